import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { fields, parseId, parseInput } from './validation';

describe('form fields', () => {
  it('treats an unticked checkbox and an empty or absent select as "none", not as an error', () => {
    const schema = z.object({ consent: fields.checkbox(), parent: fields.optionalId() });
    assert.deepEqual(parseInput(schema, {}), { ok: true, data: { consent: false, parent: null } });
    assert.deepEqual(parseInput(schema, { consent: 'on', parent: '3' }), {
      ok: true,
      data: { consent: true, parent: 3 },
    });
    assert.deepEqual(parseInput(schema, { consent: 'on', parent: '' }), {
      ok: true,
      data: { consent: true, parent: null },
    });
    assert.deepEqual(parseInput(schema, { parent: 'x' }), { ok: false, errors: { parent: 'number' } });
  });

  it('gives each failing field one error key that the views translate', () => {
    const schema = z.object({ name: fields.text(5), email: fields.email(), starts: fields.date() });
    assert.deepEqual(parseInput(schema, { name: '  ', email: 'nope', starts: '2026-02-30' }), {
      ok: false,
      errors: { name: 'required', email: 'email', starts: 'date' },
    });
    assert.deepEqual(parseInput(schema, { name: 'toolong', email: 'a@b.no', starts: '2026-02-28' }), {
      ok: false,
      errors: { name: 'tooLong' },
    });
  });

  it('trims text and stores e-mail in lower case', () => {
    const schema = z.object({ name: fields.text(), email: fields.email() });
    assert.deepEqual(parseInput(schema, { name: '  Grue  ', email: ' Ola@Grue.KOMMUNE.no ' }), {
      ok: true,
      data: { name: 'Grue', email: 'ola@grue.kommune.no' },
    });
  });

  it('accepts only plain ids within PostgreSQL integer range', () => {
    const schema = z.object({ id: fields.id() });
    assert.deepEqual(parseInput(schema, { id: '42' }), { ok: true, data: { id: 42 } });
    assert.deepEqual(parseInput(schema, { id: 42 }), { ok: true, data: { id: 42 } });
    for (const bad of ['0x10', '1e3', '-1', '0', '2147483648', '99999999999', '']) {
      assert.equal(parseInput(schema, { id: bad }).ok, false, bad);
    }
    assert.equal(parseId('2147483647'), 2147483647);
    assert.equal(parseId('2147483648'), null);
    assert.equal(parseId('007'), null);
    assert.equal(parseId(undefined), null);
  });
});
