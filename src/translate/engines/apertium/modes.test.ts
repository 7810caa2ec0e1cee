import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nullFlushPipeline } from './modes.ts';

const stages = (command: string): string[] => command.split('|').map((stage) => stage.trim().replace(/\s+/g, ' '));

test('every program of a mode runs in null-flush mode, with the generator keeping its marks', () => {
  const command = nullFlushPipeline("lt-proc 'a.automorf.bin' | apertium-tagger -g $2 'a.prob' | lt-proc $1 'a.autogen.bin'\n", 'a.mode');
  assert.deepEqual(stages(command), ["lt-proc -z 'a.automorf.bin'", "apertium-tagger -z -g 'a.prob'", "lt-proc -z -g 'a.autogen.bin'"]);
});

test('a transfer that looks words up itself is split into lt-proc -b and apertium-transfer -b', () => {
  const command = nullFlushPipeline(
    "apertium-pretransfer | apertium-transfer '/d/gl-en.t1x' '/d/gl-en.t1x.bin' '/d/gl-en.autobil.bin' | apertium-interchunk '/d/gl-en.t2x' '/d/gl-en.t2x.bin'",
    'gl-en.mode',
  );
  assert.deepEqual(stages(command), [
    'apertium-pretransfer -z',
    "lt-proc -z -b '/d/gl-en.autobil.bin'",
    "apertium-transfer -z -b '/d/gl-en.t1x' '/d/gl-en.t1x.bin'",
    "apertium-interchunk -z '/d/gl-en.t2x' '/d/gl-en.t2x.bin'",
  ]);
});

test('a transfer fed by its own lt-proc -b, or with options, keeps them', () => {
  const command = nullFlushPipeline(
    "lt-proc -b 'x.autobil.bin' | apertium-transfer -b 'x.t1x' 'x.t1x.bin' | apertium-transfer -n 'y.t1x' 'y.t1x.bin' 'y.autobil.bin'",
    'x.mode',
  );
  assert.deepEqual(stages(command), [
    "lt-proc -z -b 'x.autobil.bin'",
    "apertium-transfer -z -b 'x.t1x' 'x.t1x.bin'",
    "lt-proc -z -b 'y.autobil.bin'",
    "apertium-transfer -z -b -n 'y.t1x' 'y.t1x.bin'",
  ]);
});

test('an empty mode file is an error naming the file', () => {
  assert.throws(() => nullFlushPipeline(' \n', '/modes/x.mode'), /\/modes\/x\.mode is empty/);
});
