import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatTimeRange, parseLocalized } from './index';

describe('parseLocalized', () => {
  it('reads our languages from stored JSON and anything broken as empty', () => {
    assert.deepEqual(parseLocalized('{"nb":"Samling","sv":"Träff","en":""}'), { nb: 'Samling', sv: 'Träff' });
    assert.deepEqual(parseLocalized('{"nb":"Samling","de":"Treffen","en":3}'), { nb: 'Samling' });
    for (const broken of ['', null, undefined, 'not json', '[]', '"text"', 'null', '42'])
      assert.deepEqual(parseLocalized(broken), {}, String(broken));
  });
});

describe('formatTimeRange', () => {
  const start = '2014-05-20T08:00:00.000Z';
  it('says a span within one day once, in the event zone and the reader language', () => {
    assert.equal(
      formatTimeRange(start, '2014-05-20T09:30:00.000Z', 'nb', 'Europe/Oslo'),
      '20. mai 2014, 10:00–11:30',
    );
    assert.equal(
      formatTimeRange(start, '2014-05-20T09:30:00.000Z', 'en', 'Europe/Stockholm'),
      '20 May 2014, 10:00–11:30',
    );
    assert.equal(
      formatTimeRange(start, '2014-05-20T09:30:00.000Z', 'en', 'Europe/London'),
      '20 May 2014, 09:00–10:30',
    );
  });
  it('names both days of a span across midnight, and one time when start and end are the same', () => {
    const text = formatTimeRange(start, '2014-05-21T13:00:00.000Z', 'en', 'Europe/Oslo', 'long');
    assert.match(text, /20 May 2014.*10:00.*21 May 2014.*15:00/);
    assert.equal(formatTimeRange(start, start, 'en', 'Europe/Oslo'), '20 May 2014, 10:00');
  });
  it('shows an instant as its date in the given zone', () => {
    // 23:30 UTC on 19 May is already 20 May in Oslo.
    assert.equal(formatDate('2014-05-19T23:30:00.000Z', 'en', 'long', 'Europe/Oslo'), '20 May 2014');
    assert.equal(formatDate('2014-05-19T23:30:00.000Z', 'en', 'long', 'America/New_York'), '19 May 2014');
  });
});
