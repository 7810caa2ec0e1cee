import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate } from './feed-dates.ts';

test('isoDate keeps the stated offset', () => {
  const cases: [string, string | undefined][] = [
    ['Wed, 01 May 2024 09:15:00 +0200', '2024-05-01T09:15:00+02:00'],
    ['Wed, 01 May 2024 07:00:00 GMT', '2024-05-01T07:00:00Z'],
    ['1 May 2024 07:00 EDT', '2024-05-01T07:00:00-04:00'],
    ['Thu, 2 May 24 23:30:00 CEST', '2024-05-02T23:30:00+02:00'],
    ['Mié, 01 Mayo 2024 09:15:00 +0200', '2024-05-01T09:15:00+02:00'],
    ['Do, 02 Mai 2024 10:00:00 +0200', '2024-05-02T10:00:00+02:00'],
    ['2024-05-03T07:45:00+02:00', '2024-05-03T07:45:00+02:00'],
    ['2024-05-03T07:45+0200', '2024-05-03T07:45:00+02:00'],
    ['2024-05-03 07:45:12.250-03:00', '2024-05-03T07:45:12.250-03:00'],
    ['2024-05-03T07:45:00Z', '2024-05-03T07:45:00Z'],
    ['2024-05-03T07:45:00', '2024-05-03T07:45:00'],
    ['2024-05-03', '2024-05-03'],
    ['2024-02-30', undefined],
    ['Wed, 01 Foo 2024 09:15:00 +0200', undefined],
    ['May 1, 2024 09:15:00 UTC', '2024-05-01T09:15:00Z'],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [raw, want] of cases) assert.equal(isoDate(raw), want, raw);
});
