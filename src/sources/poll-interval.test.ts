import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextPollInterval, type PollOutcome } from './poll-interval.ts';

const base: PollOutcome = {
  currentMs: 600_000,
  configuredMs: 600_000,
  minMs: 300_000,
  maxMs: 6 * 3_600_000,
  newItems: 0,
  notModified: false,
  maxAgeSeconds: null,
  retryAfterMs: null,
  consecutiveFailures: 0,
};

test('busy feeds are polled more often, quiet ones less, within bounds', () => {
  const cases: [Partial<PollOutcome>, number][] = [
    [{ newItems: 10 }, 300_000],
    [{ newItems: 10, currentMs: 400_000 }, 300_000],
    [{ newItems: 1 }, 480_000],
    [{ newItems: 0 }, 900_000],
    [{ newItems: 0, notModified: true, currentMs: 5 * 3_600_000 }, 6 * 3_600_000],
    [{ newItems: 0, maxAgeSeconds: 3600 }, 3_600_000],
    [{ newItems: 5, maxAgeSeconds: 999_999 }, 6 * 3_600_000],
  ];
  for (const [over, want] of cases) assert.equal(nextPollInterval({ ...base, ...over }), want, JSON.stringify(over));
});

test('failures back off exponentially and honour Retry-After', () => {
  assert.equal(nextPollInterval({ ...base, newItems: null, consecutiveFailures: 1 }), 1_200_000);
  assert.equal(nextPollInterval({ ...base, newItems: null, consecutiveFailures: 3 }), 4_800_000);
  assert.equal(nextPollInterval({ ...base, newItems: null, consecutiveFailures: 20 }), 6 * 3_600_000);
  assert.equal(nextPollInterval({ ...base, newItems: null, consecutiveFailures: 1, retryAfterMs: 7_200_000 }), 7_200_000);
});
