/**
 * Every option that the environment can set: its key path in the configuration, its variable, how the text is
 * read, and whether it is a secret. Secrets come only from the environment (a secret in the file is an
 * error, so keys never land in a repository) and are masked when the configuration is printed.
 */

export type EnvKind = 'string' | 'list' | 'boolean' | 'integer' | 'boolean-or-list';

export interface EnvOption {
  path: string[];
  env: string;
  kind: EnvKind;
  secret: boolean;
}

export const ENV_OPTIONS: EnvOption[] = [
  { path: ['dataDir'], env: 'FOREIGNDESK_DATA_DIR', kind: 'string', secret: false },
  { path: ['databaseUrl'], env: 'DATABASE_URL', kind: 'string', secret: false },
  { path: ['userAgent', 'product'], env: 'FOREIGNDESK_USER_AGENT_PRODUCT', kind: 'string', secret: false },
  { path: ['userAgent', 'contactUrl'], env: 'FOREIGNDESK_USER_AGENT_CONTACT', kind: 'string', secret: false },
  { path: ['fetch', 'allowPrivateNetworks'], env: 'FOREIGNDESK_ALLOW_PRIVATE_NETWORKS', kind: 'boolean-or-list', secret: false },
  { path: ['fetch', 'respectRobots'], env: 'FOREIGNDESK_RESPECT_ROBOTS', kind: 'boolean', secret: false },
  { path: ['fetch', 'maxBodyBytes'], env: 'FOREIGNDESK_MAX_BODY_BYTES', kind: 'integer', secret: false },
  { path: ['ingest', 'concurrency'], env: 'FOREIGNDESK_INGEST_CONCURRENCY', kind: 'integer', secret: false },
  { path: ['languages'], env: 'FOREIGNDESK_LANGUAGES', kind: 'list', secret: false },
  { path: ['translation', 'target'], env: 'FOREIGNDESK_TRANSLATION_TARGET', kind: 'string', secret: false },
  { path: ['translation', 'engines'], env: 'FOREIGNDESK_TRANSLATION_ENGINES', kind: 'list', secret: false },
  { path: ['translation', 'apertium', 'dataDir'], env: 'FOREIGNDESK_APERTIUM_DIR', kind: 'string', secret: false },
  { path: ['translation', 'libretranslate', 'url'], env: 'FOREIGNDESK_LIBRETRANSLATE_URL', kind: 'string', secret: false },
  { path: ['translation', 'libretranslate', 'apiKey'], env: 'FOREIGNDESK_LIBRETRANSLATE_API_KEY', kind: 'string', secret: true },
  { path: ['translation', 'deepl', 'apiKey'], env: 'FOREIGNDESK_DEEPL_API_KEY', kind: 'string', secret: true },
  { path: ['translation', 'deepl', 'serverUrl'], env: 'FOREIGNDESK_DEEPL_SERVER_URL', kind: 'string', secret: false },
  { path: ['translation', 'google', 'apiKey'], env: 'FOREIGNDESK_GOOGLE_API_KEY', kind: 'string', secret: true },
  { path: ['translation', 'google', 'project'], env: 'FOREIGNDESK_GOOGLE_PROJECT', kind: 'string', secret: false },
  { path: ['translation', 'google', 'accessToken'], env: 'FOREIGNDESK_GOOGLE_ACCESS_TOKEN', kind: 'string', secret: true },
  { path: ['translation', 'openai', 'baseUrl'], env: 'FOREIGNDESK_OPENAI_BASE_URL', kind: 'string', secret: false },
  { path: ['translation', 'openai', 'apiKey'], env: 'FOREIGNDESK_OPENAI_API_KEY', kind: 'string', secret: true },
  { path: ['translation', 'openai', 'model'], env: 'FOREIGNDESK_OPENAI_MODEL', kind: 'string', secret: false },
  { path: ['web', 'host'], env: 'FOREIGNDESK_WEB_HOST', kind: 'string', secret: false },
  { path: ['web', 'port'], env: 'FOREIGNDESK_WEB_PORT', kind: 'integer', secret: false },
  { path: ['web', 'baseUrl'], env: 'FOREIGNDESK_WEB_BASE_URL', kind: 'string', secret: false },
  { path: ['web', 'trustProxy'], env: 'FOREIGNDESK_WEB_TRUST_PROXY', kind: 'boolean-or-list', secret: false },
];

/** The environment variable naming the configuration file. */
export const CONFIG_PATH_ENV = 'FOREIGNDESK_CONFIG';

/**
 * The typed value of an environment variable, or a message saying why it is not one. Values that parse
 * here are still validated by the schema afterwards, like values from the file.
 */
export function readEnvValue(kind: EnvKind, text: string): { value: unknown } | { error: string } {
  const trimmed = text.trim();
  const bool = /^(true|1|yes|on)$/i.test(trimmed) ? true : /^(false|0|no|off)$/i.test(trimmed) ? false : null;
  switch (kind) {
    case 'string':
      return { value: trimmed };
    case 'list':
      return { value: splitList(trimmed) };
    case 'boolean':
      return bool === null ? { error: `expected true or false, got "${text}"` } : { value: bool };
    case 'integer':
      return /^\d+$/.test(trimmed) ? { value: Number(trimmed) } : { error: `expected a whole number, got "${text}"` };
    case 'boolean-or-list':
      return { value: bool ?? splitList(trimmed) };
  }
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
