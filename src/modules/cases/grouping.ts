/**
 * Forming coaching groups of 2–3 cases (seed 001's "WS casen"). Pure: no database, deterministic for
 * a given seed. The hard rule — never two cases of one organisation in a group — is kept by
 * construction (dealing round-robin) and by every later swap; the soft wishes are a cost that a
 * swap-improving local search lowers, from a few seeded starting points.
 */

export interface GroupingCase {
  id: number;
  organisationId: number;
  /** The county/region the case's organisation belongs to; null when unknown. */
  regionId: number | null;
  themes: string[];
}

// Weights of the soft wishes, per pair of cases in one group. Meeting again is the one to avoid most:
// the point of new groups is new eyes on a case.
const MET_BEFORE = 100;
const SAME_REGION = 10;
const SHARED_THEME = 3;
const RESTARTS = 8;

/** The key of a pair in `metBefore`: "a-b" with a < b. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** A small seeded generator (mulberry32), so the same input and seed give the same groups. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

interface Prepared extends GroupingCase {
  themeSet: Set<string>;
}

function pairCost(a: Prepared, b: Prepared, metBefore: Set<string>): number {
  let cost = 0;
  if (metBefore.has(pairKey(a.id, b.id))) cost += MET_BEFORE;
  if (a.regionId != null && a.regionId === b.regionId) cost += SAME_REGION;
  for (const theme of a.themeSet) if (b.themeSet.has(theme)) cost += SHARED_THEME;
  return cost;
}

function groupCost(group: Prepared[], metBefore: Set<string>): number {
  let cost = 0;
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) cost += pairCost(group[i]!, group[j]!, metBefore);
  return cost;
}

/** Does `group`, with `leaving` taken out, have room for `coming` without a second case of its organisation? */
function fits(group: Prepared[], leaving: Prepared, coming: Prepared): boolean {
  return group.every((c) => c === leaving || c.organisationId !== coming.organisationId);
}

/**
 * The number of groups: as many groups of three as possible, topped up with twos (4 → 2+2, 5 → 3+2,
 * 7 → 3+2+2), but never fewer groups than the largest organisation has cases — the hard rule comes
 * first, even if that leaves smaller groups.
 */
function groupCount(cases: GroupingCase[]): number {
  const perOrganisation = new Map<number, number>();
  for (const c of cases)
    perOrganisation.set(c.organisationId, (perOrganisation.get(c.organisationId) ?? 0) + 1);
  return Math.max(Math.ceil(cases.length / 3), ...perOrganisation.values());
}

/** One attempt: a seeded deal that keeps the hard rule, then swaps while any swap lowers the cost. */
function attempt(cases: Prepared[], count: number, metBefore: Set<string>, next: () => number) {
  // Largest organisation first, then dealt round-robin: an organisation's k ≤ count cases sit at k
  // consecutive positions, so they land in k different groups.
  const sizes = new Map<number, number>();
  for (const c of cases) sizes.set(c.organisationId, (sizes.get(c.organisationId) ?? 0) + 1);
  const order = shuffle(cases, next).sort(
    (a, b) =>
      sizes.get(b.organisationId)! - sizes.get(a.organisationId)! || a.organisationId - b.organisationId,
  );
  const groups: Prepared[][] = Array.from({ length: count }, () => []);
  order.forEach((c, i) => groups[i % count]!.push(c));

  let improved = true;
  while (improved) {
    improved = false;
    for (const g of shuffle([...groups.keys()], next)) {
      for (let h = 0; h < count; h++) {
        if (h === g) continue;
        for (const a of [...groups[g]!]) {
          for (const b of [...groups[h]!]) {
            if (!fits(groups[g]!, a, b) || !fits(groups[h]!, b, a)) continue;
            const before = groupCost(groups[g]!, metBefore) + groupCost(groups[h]!, metBefore);
            const gAfter = groups[g]!.map((c) => (c === a ? b : c));
            const hAfter = groups[h]!.map((c) => (c === b ? a : c));
            if (groupCost(gAfter, metBefore) + groupCost(hAfter, metBefore) < before) {
              groups[g] = gAfter;
              groups[h] = hAfter;
              improved = true;
              break;
            }
          }
          if (improved) break;
        }
        if (improved) break;
      }
      if (improved) break;
    }
  }
  const cost = groups.reduce((sum, group) => sum + groupCost(group, metBefore), 0);
  return { groups, cost };
}

/**
 * Groups of 2–3 case ids (n = 1 gives one group of 1, n = 0 none). Never two cases of one
 * organisation in a group; mixes regions and themes and avoids pairs that met before
 * (`metBefore` holds "a-b" keys with a < b), the last weighing most. Deterministic for a seed.
 */
export function formGroups(cases: GroupingCase[], metBefore: Set<string>, seed = 1): number[][] {
  if (cases.length === 0) return [];
  const prepared: Prepared[] = [...cases]
    .sort((a, b) => a.id - b.id)
    .map((c) => ({ ...c, themeSet: new Set(c.themes.map((t) => t.trim().toLowerCase()).filter(Boolean)) }));
  const count = cases.length === 1 ? 1 : groupCount(cases);
  const next = random(seed);
  let best: { groups: Prepared[][]; cost: number } | null = null;
  for (let i = 0; i < RESTARTS; i++) {
    const result = attempt(prepared, count, metBefore, next);
    if (!best || result.cost < best.cost) best = result;
    if (best.cost === 0) break;
  }
  return best!.groups
    .map((group) => group.map((c) => c.id).sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}
