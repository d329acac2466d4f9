import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formGroups, pairKey, type GroupingCase } from './grouping';

const make = (id: number, organisationId = id, regionId: number | null = null, themes: string[] = []) => ({
  id,
  organisationId,
  regionId,
  themes,
});
const sizes = (groups: number[][]) => groups.map((g) => g.length).sort();

describe('formGroups', () => {
  it('makes groups of 2–3: 4 → 2+2, 5 → 3+2, 7 → 3+2+2, 1 → one of 1, 0 → none', () => {
    const cases = (n: number) => Array.from({ length: n }, (_, i) => make(i + 1));
    assert.deepEqual(formGroups(cases(0), new Set()), []);
    assert.deepEqual(formGroups(cases(1), new Set()), [[1]]);
    assert.deepEqual(sizes(formGroups(cases(2), new Set())), [2]);
    assert.deepEqual(sizes(formGroups(cases(3), new Set())), [3]);
    assert.deepEqual(sizes(formGroups(cases(4), new Set())), [2, 2]);
    assert.deepEqual(sizes(formGroups(cases(5), new Set())), [2, 3]);
    assert.deepEqual(sizes(formGroups(cases(7), new Set())), [2, 2, 3]);
    assert.deepEqual(sizes(formGroups(cases(12), new Set())), [3, 3, 3, 3]);
  });

  it('never puts two cases of one organisation together, and keeps every case once (random inputs)', () => {
    let state = 7;
    const rnd = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let round = 0; round < 300; round++) {
      const n = 2 + rnd(24);
      const organisations = 1 + Math.max(rnd(n), Math.ceil(n / 3));
      const cases: GroupingCase[] = Array.from({ length: n }, (_, i) =>
        make(i + 1, 100 + rnd(organisations), rnd(3) === 0 ? null : rnd(4), rnd(2) ? ['housing'] : ['youth']),
      );
      const metBefore = new Set<string>();
      for (let k = 0; k < n; k++) metBefore.add(pairKey(1 + rnd(n), 1 + rnd(n)));
      const groups = formGroups(cases, metBefore, round);
      assert.deepEqual(
        groups.flat().sort((a, b) => a - b),
        cases.map((c) => c.id),
      );
      for (const group of groups) {
        const orgs = group.map((id) => cases[id - 1]!.organisationId);
        assert.equal(new Set(orgs).size, orgs.length, `round ${round}: ${JSON.stringify(groups)}`);
      }
      const perOrg = Math.max(
        ...[...new Set(cases.map((c) => c.organisationId))].map(
          (o) => cases.filter((c) => c.organisationId === o).length,
        ),
      );
      // When the organisations allow it, every group has 2 or 3 cases.
      if (perOrg <= Math.ceil(n / 3)) for (const g of groups) assert.ok(g.length >= 2 && g.length <= 3);
    }
  });

  it('keeps the hard rule even when an organisation has many cases', () => {
    const cases = [make(1, 9), make(2, 9), make(3, 9), make(4, 8)];
    const groups = formGroups(cases, new Set());
    assert.equal(groups.length, 3);
    for (const g of groups) assert.ok(g.filter((id) => id <= 3).length <= 1);
  });

  it('avoids pairs that met before when another grouping exists', () => {
    // Four cases, two groups of two: 1–2 and 3–4 met at the last workshop, so 1 and 2 must part.
    const cases = [make(1), make(2), make(3), make(4)];
    for (let seed = 1; seed <= 20; seed++) {
      const groups = formGroups(cases, new Set(['1-2', '3-4']), seed);
      for (const g of groups)
        assert.ok(!(g.includes(1) && g.includes(2)) && !(g.includes(3) && g.includes(4)));
    }
    // Six cases: 1-2-3 met, 4-5-6 met; every new group of three must mix the two.
    const six = [1, 2, 3, 4, 5, 6].map((id) => make(id));
    const met = new Set(['1-2', '1-3', '2-3', '4-5', '4-6', '5-6']);
    const mixed = formGroups(six, met, 3);
    assert.equal(mixed.length, 2);
    for (const g of mixed) {
      const earlier = g.filter((id) => id <= 3).length;
      assert.ok(earlier === 1 || earlier === 2, JSON.stringify(mixed));
    }
  });

  it('mixes regions and themes, and meeting again weighs more than sharing a region', () => {
    // Two regions with two cases each: each group of two gets one of each region.
    const regions = [make(1, 1, 10), make(2, 2, 10), make(3, 3, 20), make(4, 4, 20)];
    for (const g of formGroups(regions, new Set(), 5))
      assert.notEqual(regions[g[0]! - 1]!.regionId, regions[g[1]! - 1]!.regionId);
    const themes = [
      make(1, 1, null, ['bolig']),
      make(2, 2, null, ['Bolig']),
      make(3, 3, null, ['ungdom']),
      make(4, 4, null, ['ungdom']),
    ];
    for (const g of formGroups(themes, new Set(), 5)) assert.ok(!(g.includes(1) && g.includes(2)));
    // 1 met both 3 and 4 before; the only grouping avoiding that puts same-region cases together.
    const groups = formGroups(regions, new Set(['1-3', '1-4']), 5);
    assert.deepEqual(groups, [
      [1, 2],
      [3, 4],
    ]);
  });

  it('gives the same groups for the same seed', () => {
    const cases = Array.from({ length: 11 }, (_, i) => make(i + 1, i % 6, i % 3, [`t${i % 4}`]));
    assert.deepEqual(formGroups(cases, new Set(), 42), formGroups(cases, new Set(), 42));
  });
});
