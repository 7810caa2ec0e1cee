import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostQueue, MAX_CRAWL_DELAY_MS } from './host-queue.ts';
import { FetchError } from './types.ts';

const options = { perHostConcurrency: 1, perHostDelayMs: 40, maxBackoffMs: 100_000 };

/** A virtual clock: sleeping advances time at once, so the schedule can be asserted exactly. */
function virtualClock(start = 1_000_000) {
  const clock = {
    time: start,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

test('requests to one host start in order and perHostDelayMs apart; other hosts do not wait', async () => {
  const clock = virtualClock();
  const queue = new HostQueue(options, clock);
  const starts: string[] = [];
  const task = (name: string) => async () => {
    starts.push(`${name}@${clock.time - 1_000_000}`);
    return name;
  };
  const done = await Promise.all([
    queue.run('a.test', 'http://a.test/1', task('a1')),
    queue.run('a.test', 'http://a.test/2', task('a2')),
    queue.run('b.test', 'http://b.test/1', task('b1')),
    queue.run('a.test', 'http://a.test/3', task('a3')),
  ]);
  assert.deepEqual(done, ['a1', 'a2', 'b1', 'a3']);
  assert.deepEqual(starts, ['a1@0', 'b1@0', 'a2@40', 'a3@80']);
});

test('the delay runs from the previous start, so a slow request does not add to it', async () => {
  const clock = virtualClock();
  const queue = new HostQueue(options, clock);
  const starts: number[] = [];
  const slow = async () => {
    starts.push(clock.time - 1_000_000);
    clock.time += 100;
  };
  await Promise.all([queue.run('a.test', 'u', slow), queue.run('a.test', 'u', slow), queue.run('a.test', 'u', slow)]);
  assert.deepEqual(starts, [0, 100, 200]);
});

test('a failing task frees the slot for the next one', async () => {
  const queue = new HostQueue({ ...options, perHostDelayMs: 0 });
  const first = queue.run('a.test', 'http://a.test/1', async () => {
    throw new Error('boom');
  });
  const second = queue.run('a.test', 'http://a.test/2', async () => 'ok');
  await assert.rejects(first, /boom/);
  assert.equal(await second, 'ok');
  assert.deepEqual([queue.hostStatus('a.test').inFlight, queue.hostStatus('a.test').queued], [0, 0]);
});

test('Crawl-delay raises the delay, capped at a minute', () => {
  const queue = new HostQueue(options);
  void queue.run('a.test', 'http://a.test/', async () => null, 5_000);
  assert.equal(queue.hostStatus('a.test').delayMs, 5_000);
  void queue.run('b.test', 'http://b.test/', async () => null, 3_600_000);
  assert.equal(queue.hostStatus('b.test').delayMs, MAX_CRAWL_DELAY_MS);
  void queue.run('c.test', 'http://c.test/', async () => null, 10);
  assert.equal(queue.hostStatus('c.test').delayMs, 40);
});

test('backoff: Retry-After when given, else 30 s doubling, capped; success resets the run', () => {
  const clock = virtualClock();
  const queue = new HostQueue(options, clock);
  const waits = [
    queue.backOff('a.test', 503),
    queue.backOff('a.test', 503),
    queue.backOff('a.test', 429, 5_000),
    queue.backOff('a.test', 503),
  ];
  assert.deepEqual(waits, [30_000, 60_000, 60_000, 100_000]);
  clock.time += 200_000;
  queue.succeeded('a.test');
  assert.equal(queue.backOff('a.test', 503), 30_000);
  assert.equal(queue.backOff('b.test', 429, 7_200_000), 100_000);
});

test('a host in backoff fails fast with the remaining wait, without running the task', async () => {
  const clock = virtualClock();
  const queue = new HostQueue(options, clock);
  queue.backOff('a.test', 429, 90_000);
  clock.time += 20_000;
  let ran = false;
  const err = await queue
    .run('a.test', 'http://a.test/x', async () => {
      ran = true;
    })
    .catch((e: unknown) => e);
  assert.ok(err instanceof FetchError);
  assert.deepEqual([err.code, err.status, err.retryAfterMs, err.url, ran], ['http_status', 429, 70_000, 'http://a.test/x', false]);
  assert.equal(queue.hostStatus('a.test').backoffUntil, 1_090_000);
  clock.time += 70_001;
  assert.equal(await queue.run('a.test', 'http://a.test/x', async () => 'ok'), 'ok');
  assert.equal(queue.hostStatus('a.test').backoffUntil, null);
});
