import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxAgeSeconds, retryAfterMs } from './cache-headers.ts';

const NOW = Date.parse('2026-03-03T10:00:00Z');

const maxAges: [Record<string, string>, number | null][] = [
  [{}, null],
  [{ 'cache-control': 'public, max-age=300' }, 300],
  [{ 'cache-control': 'max-age="60"' }, 60],
  [{ 'cache-control': 's-maxage=120' }, 120],
  [{ 'cache-control': 'max-age=300', age: '100' }, 200],
  [{ 'cache-control': 'max-age=300', age: '400' }, 0],
  [{ 'cache-control': 'no-cache, max-age=300' }, 0],
  [{ 'cache-control': 'No-Store' }, 0],
  [{ 'cache-control': 'max-age=600', expires: 'Tue, 03 Mar 2026 10:01:00 GMT' }, 600],
  [{ expires: 'Tue, 03 Mar 2026 10:10:00 GMT' }, 600],
  [{ expires: 'Tue, 03 Mar 2026 10:10:00 GMT', date: 'Tue, 03 Mar 2026 10:05:00 GMT' }, 300],
  [{ expires: 'Tue, 03 Mar 2026 09:00:00 GMT' }, 0],
  [{ expires: '0' }, 0],
  [{ 'cache-control': 'private' }, null],
];
for (const [headers, expected] of maxAges) {
  test(`maxAgeSeconds(${JSON.stringify(headers)}) = ${expected}`, () => assert.equal(maxAgeSeconds(headers, NOW), expected));
}

const retries: [string | undefined, number | undefined][] = [
  [undefined, undefined],
  ['120', 120_000],
  [' 0 ', 0],
  ['Tue, 03 Mar 2026 10:02:00 GMT', 120_000],
  ['Tue, 03 Mar 2026 09:00:00 GMT', 0],
  ['soon', undefined],
  ['-5', undefined],
];
for (const [value, expected] of retries) {
  test(`retryAfterMs(${JSON.stringify(value)}) = ${expected}`, () => assert.equal(retryAfterMs(value, NOW), expected));
}
