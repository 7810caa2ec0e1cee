import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doctorReport } from './doctor.ts';
import { parseSince, translateReport } from './translate.ts';

test('--since takes ISO dates and names what it refused', () => {
  const cases: [string, string | RegExp][] = [
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T12:30:00+02:00', '2026-03-01T10:30:00.000Z'],
    ['yesterday', /--since: "yesterday" is not a date/],
    ['2026-13-45', /--since: "2026-13-45" is not a date/],
  ];
  for (const [input, want] of cases) {
    if (typeof want === 'string') assert.equal(parseSince(input).toISOString(), want);
    else assert.throws(() => parseSince(input), want);
  }
});

test('the closing tables say what happened, per engine', () => {
  const out = translateReport({
    translated: 40, passedThrough: 10, waiting: 1, unsupported: 20, failed: 0, held: 2,
    charsByEngine: { apertium: 98946, none: 0 }, memory: { hits: 119, misses: 628, hitRate: 119 / 747 }, firstError: 'deepl rate_limited',
  });
  assert.match(out, /^translated +passed through +held \(quality\) +waiting +unsupported +failed +memory hit rate$/m);
  assert.match(out, /^ +40 +10 +2 +1 +20 +0 +15\.9% \(119\/747\)$/m);
  assert.match(out, /^apertium +98946$/m);
  assert.match(out, /first error: deepl rate_limited$/);

  const doctor = doctorReport({
    engines: [
      { engine: 'apertium', health: { ok: true, detail: '' }, pairs: [{ from: 'pt', to: 'en', route: ['pt', 'es', 'en'] }], usage: { day: 5, month: 9, limits: {} } },
      { engine: 'deepl', health: { ok: false, detail: 'deepl: auth failed' }, pairs: [], usage: { day: 0, month: 0, limits: { charsPerDay: 100 } } },
    ],
    unserved: [{ source: 'kurier', language: 'pl', articles: 3 }],
  });
  assert.match(doctor, /^apertium +yes +pt→es→en +day 5, month 9 +—$/m);
  assert.match(doctor, /^deepl +NO +— +day 0\/100, month 0 +deepl: auth failed$/m);
  assert.match(doctor, /^kurier +pl +3$/m);
});
