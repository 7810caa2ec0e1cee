import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeConfig, loadConfig } from './load.ts';
import { fixture, problemsOf } from './test-helpers.ts';

test('translation defaults: Apertium alone, into English, hold below 0.6', () => {
  const t = loadConfig({ path: fixture('valid.yaml'), env: {} }).translation;
  assert.equal(t.target, 'en');
  assert.deepEqual(t.engines, ['apertium']);
  assert.equal(t.apertium.idleStop, 600_000);
  assert.deepEqual(t.quality, { threshold: 0.6, belowThreshold: 'hold' });
  assert.deepEqual(t.budgets, {});
});

test('translation settings from the file, the key from the environment, masked when printed', () => {
  const config = loadConfig({ path: fixture('translation-valid.yaml'), env: { FOREIGNDESK_DEEPL_API_KEY: 'dk-secret:fx' } });
  const t = config.translation;
  assert.deepEqual(t.engines, ['deepl', 'apertium']);
  assert.equal(t.deepl.apiKey, 'dk-secret:fx');
  assert.equal(t.apertium.idleStop, 120_000);
  assert.deepEqual(t.budgets.deepl, { charsPerDay: 100_000, charsPerMonth: 500_000 });
  assert.deepEqual(config.sources[0]!.glossary, { Birmania: 'Myanmar' });
  const printed = describeConfig(config);
  assert.ok(!printed.includes('dk-secret'), printed);
  assert.match(printed, /apiKey: "\*{8}"/);
});

test('an engine listed without its key names the key and the variable to set', () => {
  const problems = problemsOf(() => loadConfig({ path: fixture('translation-valid.yaml'), env: {} }));
  assert.deepEqual(problems, [
    `${fixture('translation-valid.yaml')}:4:5: translation.deepl.apiKey: required when engines lists deepl; set FOREIGNDESK_DEEPL_API_KEY`,
  ]);
  const env = problemsOf(() => loadConfig({ path: fixture('valid.yaml'), env: { FOREIGNDESK_TRANSLATION_ENGINES: 'apertium, google' } }));
  assert.equal(env.length, 1, env.join('\n'));
  assert.match(env[0]!, /translation\.google\.apiKey: required for Google v2 .*FOREIGNDESK_GOOGLE_API_KEY/);
});

test('every problem in the translation section is listed with its line and key', () => {
  const file = fixture('translation-invalid.yaml');
  const problems = problemsOf(() => loadConfig({ path: file, env: {} }));
  const want = [
    /translation-invalid\.yaml:6:13: translation\.deepl\.apiKey is a secret; set it with the environment variable FOREIGNDESK_DEEPL_API_KEY, not in the file/,
    /translation-invalid\.yaml:2:20: translation\.engines\[1\]: Invalid option: expected one of "apertium"\|"libretranslate"\|"deepl"\|"google"\|"openai"/,
    /translation-invalid\.yaml:4:10: translation\.libretranslate\.url: must be an http\(s\) URL/,
    /translation-invalid\.yaml:10:27: translation\.budgets\.deepl\.charsPerDay: .*>0/,
    /translation-invalid\.yaml:11:11: translation\.budgets\.bing: unknown option$/,
    /translation-invalid\.yaml:13:16: translation\.quality\.threshold: .*<=1/,
    /translation-invalid\.yaml:14:21: translation\.quality\.belowThreshold: Invalid option/,
    /translation-invalid\.yaml:22:17: sources\[0\] \(id "elpais"\)\.glossary\.Naypyidó: .*>=1 character/,
  ];
  for (const pattern of want) assert.ok(problems.some((p) => pattern.test(p)), `${pattern} not in:\n${problems.join('\n')}`);
  assert.equal(problems.length, want.length, problems.join('\n'));
});

test('cross-checks run once the section parses: an engine twice, a missing model', () => {
  const file = fixture('translation-valid.yaml');
  const env = { FOREIGNDESK_DEEPL_API_KEY: 'k', FOREIGNDESK_TRANSLATION_ENGINES: 'deepl,openai,deepl', FOREIGNDESK_OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' };
  const problems = problemsOf(() => loadConfig({ path: file, env }));
  assert.deepEqual(problems, [
    `${file}:2:3: translation.openai.model: required when engines lists openai`,
    'environment FOREIGNDESK_TRANSLATION_ENGINES: translation.engines[2]: "deepl" is listed twice',
  ]);
});
