import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { EngineError } from '../../types.ts';
import { ApertiumPipeline } from './pipeline.ts';

const options = { mode: 'test', idleMs: 60_000, timeoutMs: 30_000 };

test('chunks are answered in order by one process, restarted after it dies', async () => {
  // `cat` answers each NUL-terminated chunk with itself: the protocol without Apertium.
  const pipeline = new ApertiumPipeline({ ...options, command: 'cat' });
  try {
    const [first, second] = await Promise.all([pipeline.run(['uno', 'dos']), pipeline.run(['tres', 'cuatro ñ €'])]);
    assert.deepEqual([first, second], [['uno', 'dos'], ['tres', 'cuatro ñ €']]);
    const pid = pipeline.pid;
    assert.deepEqual(await pipeline.run(['cinco']), ['cinco']);
    assert.equal(pipeline.pid, pid);
    assert.equal(pipeline.startCount, 1);

    process.kill(-pid!, 'SIGKILL');
    while (pipeline.pid !== undefined) await sleep(20);
    assert.deepEqual(await pipeline.run(['siete']), ['siete']);
    assert.equal(pipeline.startCount, 2);
  } finally {
    await pipeline.stop();
  }
});

test('a pipeline that fails or hangs rejects with a clear EngineError', async () => {
  const failing = new ApertiumPipeline({ ...options, command: 'echo "no such mode" >&2; exit 3' });
  await assert.rejects(failing.run(['hola']), (error: unknown) => {
    return error instanceof EngineError && error.code === 'unavailable' && /test exited \(code 3\): no such mode/.test(error.message);
  });
  const hanging = new ApertiumPipeline({ ...options, timeoutMs: 200, command: 'cat > /dev/null' });
  await assert.rejects(hanging.run(['hola']), (error: unknown) => {
    return error instanceof EngineError && error.code === 'timeout' && /no answer within 200 ms/.test(error.message);
  });
  assert.throws(() => hanging.run(['']), /non-empty/);
});
