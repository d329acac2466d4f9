import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrganisationForm, parsePersonForm } from './forms';

// The forms use the platform's optional fields as they are; these pin what a browser's posts become.
describe('network forms', () => {
  it('reads an absent or empty county as none', () => {
    const base = { name: 'Volda', kind: 'municipality', country: 'NO' };
    for (const form of [base, { ...base, parentId: '' }]) {
      const parsed = parseOrganisationForm(form);
      assert.ok(parsed.ok);
      assert.equal(parsed.data.parentId, null);
      assert.deepEqual(parsed.data.memberIds, []);
    }
    assert.deepEqual(parseOrganisationForm({ ...base, parentId: 'x' }), {
      ok: false,
      errors: { parentId: 'number' },
    });
  });

  it('keeps attributes only with the consent box ticked, and reads "not given" as null', () => {
    const unticked = parsePersonForm({ name: 'Kari', sector: 'public', organisationId_0: '' });
    assert.ok(unticked.ok);
    assert.equal(unticked.data.attributes, null);
    assert.deepEqual(unticked.data.organisations, []);

    const ticked = parsePersonForm({ name: 'Kari', consent: 'on', sector: 'public', ageBand: '' });
    assert.ok(ticked.ok);
    assert.deepEqual(ticked.data.attributes, { sector: 'public', yearsLivedBand: null, ageBand: null });

    assert.deepEqual(parsePersonForm({ name: 'Kari', consent: 'on', sector: 'state' }), {
      ok: false,
      errors: { sector: 'choice' },
    });
    assert.deepEqual(parsePersonForm({ name: 'Kari', organisationId_0: '', role_0: 'Ordfører' }), {
      ok: false,
      errors: { organisationId_0: 'required' },
    });
  });
});
