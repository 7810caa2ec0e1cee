import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeConfig, loadConfig } from './load.ts';
import { fixture, problemsOf } from './test-helpers.ts';
import { ENV_OPTIONS, type EnvOption } from './env.ts';

test('a valid file: values, defaults and durations', () => {
  const config = loadConfig({ path: fixture('valid.yaml'), env: {} });
  assert.equal(config.dataDir, './var/desk');
  assert.equal(config.userAgent.contactUrl, 'https://desk.example.org/about');
  assert.equal(config.userAgent.product, 'ForeignDesk/0.1');
  assert.equal(config.fetch.perHostDelay, 2000);
  assert.equal(config.fetch.allowPrivateNetworks, false);
  assert.deepEqual(config.languages, ['es', 'ca', 'en']);
  assert.equal(config.sources.length, 2);
  const [elpais, ara] = config.sources;
  assert.equal(elpais!.name, 'El País');
  assert.equal(elpais!.pollInterval, 600_000);
  assert.deepEqual(elpais!.sections, { internacional: 'News/World' });
  assert.equal(ara!.mode, 'excerpt-only');
  assert.equal(ara!.pollInterval, 15 * 60_000);
});

test('every problem is listed with file, line, key path and source id', () => {
  const file = fixture('invalid.yaml');
  const problems = problemsOf(() => loadConfig({ path: file, env: {} }));
  const want = [
    /invalid\.yaml:2:17: fetch\.perHostDelay: .*duration/,
    /invalid\.yaml:12:14: sources\[1\] \(id "lemonde"\)\.country: .*ISO 3166-1/,
    /invalid\.yaml:19:9: sources\[2\] \(id "publico"\)\.feeds\[0\]: must be an http\(s\) URL/,
    /invalid\.yaml:21:12: sources\[2\] \(id "publico"\)\.feedz: unknown option$/,
    /sources\[2\] \(id "publico"\)\.articleUrlPattern: required when sectionPages are given/,
    /invalid\.yaml:22:9: sources\[3\] \(id "elpais"\)\.id: duplicate source id "elpais" \(also sources\[0\]\)/,
  ];
  for (const pattern of want) assert.ok(problems.some((p) => pattern.test(p)), `${pattern} not in:\n${problems.join('\n')}`);
  assert.equal(problems.length, want.length, problems.join('\n'));
  assert.throws(() => loadConfig({ path: file, env: {} }), (e: Error) => e.message.startsWith(`invalid configuration (${file}):\n  - `));
});

test('YAML syntax errors and bad shapes name the file, line and column', () => {
  const cases: [string, RegExp][] = [
    ['syntax-error.yaml', /syntax-error\.yaml:5:1: Missing closing "quote$/],
    ['not-a-mapping.yaml', /not-a-mapping\.yaml: the top level must be a mapping of options, not a list/],
    ['no-such-file.yaml', /no-such-file\.yaml: configuration file not found/],
  ];
  for (const [name, pattern] of cases) {
    const problems = problemsOf(() => loadConfig({ path: fixture(name), env: {} }));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, pattern);
  }
});

test('file from FOREIGNDESK_CONFIG; a missing default file means all defaults', () => {
  assert.equal(loadConfig({ env: { FOREIGNDESK_CONFIG: fixture('valid.yaml') } }).sources.length, 2);
  const empty = mkdtempSync(join(tmpdir(), 'fd-config-'));
  const cwd = process.cwd();
  try {
    process.chdir(empty);
    const config = loadConfig({ env: {} });
    assert.deepEqual(config.sources, []);
    assert.equal(config.dataDir, './data');
    assert.equal(config.fetch.maxRedirects, 5);
    assert.match(problemsOf(() => loadConfig({ env: { FOREIGNDESK_CONFIG: 'gone.yaml' } }))[0]!, /gone\.yaml: configuration file not found/);
  } finally {
    process.chdir(cwd);
    rmSync(empty, { recursive: true });
  }
});

test('environment overrides, validated like the file and named when wrong', () => {
  const path = fixture('valid.yaml');
  const cases: [Record<string, string>, (c: ReturnType<typeof loadConfig>) => unknown, unknown][] = [
    [{ FOREIGNDESK_DATA_DIR: '/srv/desk' }, (c) => c.dataDir, '/srv/desk'],
    [{ DATABASE_URL: 'postgres://desk:pw@db/desk' }, (c) => c.databaseUrl, 'postgres://desk:pw@db/desk'],
    [{ FOREIGNDESK_ALLOW_PRIVATE_NETWORKS: 'true' }, (c) => c.fetch.allowPrivateNetworks, true],
    [{ FOREIGNDESK_ALLOW_PRIVATE_NETWORKS: '127.0.0.0/8, ::1/128' }, (c) => c.fetch.allowPrivateNetworks, ['127.0.0.0/8', '::1/128']],
    [{ FOREIGNDESK_USER_AGENT_CONTACT: 'https://ops.example.org/' }, (c) => c.userAgent.contactUrl, 'https://ops.example.org/'],
    [{ FOREIGNDESK_LANGUAGES: 'de,pl' }, (c) => c.languages, ['de', 'pl']],
    [{ FOREIGNDESK_RESPECT_ROBOTS: 'no' }, (c) => c.fetch.respectRobots, false],
  ];
  for (const [env, get, want] of cases) assert.deepEqual(get(loadConfig({ path, env })), want, JSON.stringify(env));

  const problems = problemsOf(() =>
    loadConfig({ path, env: { FOREIGNDESK_USER_AGENT_CONTACT: 'mailto:me@example.org', FOREIGNDESK_MAX_BODY_BYTES: 'lots' } }),
  );
  assert.deepEqual(problems.sort(), [
    'environment FOREIGNDESK_MAX_BODY_BYTES (fetch.maxBodyBytes): expected a whole number, got "lots"',
    'environment FOREIGNDESK_USER_AGENT_CONTACT: userAgent.contactUrl: must be an http(s) URL',
  ]);
});

test('secrets come only from the environment and are masked when printed', () => {
  const table: EnvOption[] = [...ENV_OPTIONS, { path: ['dataDir'], env: 'FOREIGNDESK_TEST_SECRET', kind: 'string', secret: true }];
  const problems = problemsOf(() => loadConfig({ path: fixture('valid.yaml'), env: {}, table }));
  assert.deepEqual(problems, [
    `${fixture('valid.yaml')}:1:10: dataDir is a secret; set it with the environment variable FOREIGNDESK_TEST_SECRET, not in the file`,
  ]);
  const config = loadConfig({ path: fixture('valid.yaml'), env: { DATABASE_URL: 'postgres://desk:s3cret@db:5432/desk' } });
  const printed = describeConfig(config, table);
  assert.ok(!printed.includes('s3cret') && !printed.includes('./var/desk'), printed);
  const back = parse(printed) as { dataDir: string; databaseUrl: string; sources: { name: string }[] };
  assert.equal(back.dataDir, '********');
  assert.equal(back.databaseUrl, 'postgres://desk:********@db:5432/desk');
  assert.equal(back.sources[0]!.name, 'El País');
});
