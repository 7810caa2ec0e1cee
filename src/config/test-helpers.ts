import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './load.ts';

/** For config tests: the path of a file in testdata/. */
export const fixture = (name: string) => fileURLToPath(new URL(`testdata/${name}`, import.meta.url));

/** The problems a ConfigError lists; fails the test when `fn` throws nothing or something else. */
export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}
