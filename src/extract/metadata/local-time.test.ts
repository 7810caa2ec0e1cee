import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inZone, localise } from './local-time.ts';

test('inZone restates an instant with the zone offset, daylight saving included', () => {
  assert.equal(inZone(Date.parse('2022-11-06T23:00:00Z'), 'Europe/Berlin'), '2022-11-07T00:00:00+01:00');
  assert.equal(inZone(Date.parse('2022-07-06T23:00:00Z'), 'Europe/Berlin'), '2022-07-07T01:00:00+02:00');
  assert.equal(inZone(Date.parse('2022-05-04T02:41:00Z'), 'America/La_Paz'), '2022-05-03T22:41:00-04:00');
});

test('localise moves a UTC stamp only onto a day the page shows', () => {
  const cases: [string, (string | null)[], string, string | null, string][] = [
    ['2022-11-06T23:00:00Z', ['2022-11-07'], 'https://x.de/a', 'de', '2022-11-07T00:00:00+01:00'],
    ['2022-05-04T02:41:00Z', ['2022-05-03'], 'https://x.com.bo/a', 'es', '2022-05-03T22:41:00-04:00'],
    ['2022-11-06T23:00:00Z', [null], 'https://x.de/a', 'de', '2022-11-06T23:00:00Z'],
    ['2022-11-06T23:00:00Z', ['2022-11-06'], 'https://x.de/a', 'de', '2022-11-06T23:00:00Z'],
    ['2022-11-06T12:00:00Z', ['2022-11-07'], 'https://x.de/a', 'de', '2022-11-06T12:00:00Z'],
    ['2022-11-06T23:00:00+01:00', ['2022-11-07'], 'https://x.de/a', 'de', '2022-11-06T23:00:00+01:00'],
  ];
  for (const [stamp, shown, url, lang, want] of cases) assert.equal(localise(stamp, shown, url, lang), want, `${stamp} ${shown}`);
});
