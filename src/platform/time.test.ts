import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocalDateTime, isoWithOffset, offsetMinutes, utcToZoned, zonedToUtc } from './time';

test('local times in Oslo and Stockholm become the right UTC instants, summer and winter', () => {
  // 20 May 2014 is summer time (CEST, UTC+2); 3 November 2014 is after the change (CET, UTC+1).
  assert.equal(zonedToUtc('2014-05-20T10:00', 'Europe/Oslo'), '2014-05-20T08:00:00.000Z');
  assert.equal(zonedToUtc('2014-11-03T09:30', 'Europe/Stockholm'), '2014-11-03T08:30:00.000Z');
  assert.equal(zonedToUtc('2014-11-03T09:30', 'Atlantic/Reykjavik'), '2014-11-03T09:30:00.000Z');
});

test('the instant comes back as the same wall clock, with its offset', () => {
  assert.equal(utcToZoned('2014-05-20T08:00:00.000Z', 'Europe/Oslo'), '2014-05-20T10:00');
  assert.equal(isoWithOffset('2014-05-20T08:00:00.000Z', 'Europe/Oslo'), '2014-05-20T10:00:00+02:00');
  assert.equal(isoWithOffset('2014-12-02T08:00:00.000Z', 'Europe/Stockholm'), '2014-12-02T09:00:00+01:00');
  assert.equal(offsetMinutes('2014-12-02T08:00:00.000Z', 'UTC'), 0);
});

test('the hour skipped in spring moves forward; the repeated hour in autumn takes one of its two instants', () => {
  // Clocks in Oslo went from 02:00 to 03:00 on 30 March 2014.
  assert.equal(zonedToUtc('2014-03-30T02:30', 'Europe/Oslo'), '2014-03-30T01:30:00.000Z');
  const autumn = zonedToUtc('2014-10-26T02:30', 'Europe/Oslo');
  assert.ok(['2014-10-26T00:30:00.000Z', '2014-10-26T01:30:00.000Z'].includes(autumn));
});

test('only real local date-times are accepted', () => {
  assert.equal(isLocalDateTime('2014-05-20T10:00'), true);
  assert.equal(isLocalDateTime('2014-02-30T10:00'), false);
  assert.equal(isLocalDateTime('2014-05-20T24:00'), false);
  assert.equal(isLocalDateTime('20.05.2014 10:00'), false);
});
