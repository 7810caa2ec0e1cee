import type { ArticleQuery } from '../../store/published.ts';
import { decodeCursor } from './cursor.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** A query parameter the API refused, and why: the 400 response names it. */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

type Rule = (value: string, query: ArticleQuery) => void;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const RULES: Record<string, Rule> = {
  limit(value, q) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= MAX_LIMIT)) throw new BadParameter('limit', `must be an integer from 1 to ${MAX_LIMIT}, got "${value}"`);
    q.limit = n;
  },
  cursor(value, q) {
    const c = decodeCursor(value);
    if (c === null) throw new BadParameter('cursor', 'is not a cursor this API returned (use next from a previous page)');
    q.after = c;
  },
  language(value, q) {
    if (!LANGUAGE.test(value)) throw new BadParameter('language', `must be a BCP-47 language tag such as "es" or "pt-BR", got "${value}"`);
    q.language = value;
  },
  source(value, q) {
    if (!SLUG.test(value) || value.length > 100) throw new BadParameter('source', `must be a source id (lower-case letters, digits, "-"), got "${value}"`);
    q.source = value;
  },
  category(value, q) {
    const parts = value.split('/');
    if (value.length > 200 || parts.some((p) => p.trim() === '' || p !== p.trim()) || /[\u0000-\u001f]/.test(value)) {
      throw new BadParameter('category', `must be a category path such as "News" or "News/Politics", got "${value}"`);
    }
    q.category = value;
  },
  since(value, q) {
    const t = ISO_DATE.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(t)) throw new BadParameter('since', `must be an ISO 8601 date or date-time such as "2021-03-26" or "2021-03-26T18:00:00Z", got "${value}"`);
    q.since = new Date(t).toISOString();
  },
};

export const ARTICLE_PARAMETERS = Object.keys(RULES);

/** The article list's query string as a store query; throws BadParameter on the first bad or unknown parameter. */
export function parseArticleQuery(raw: Record<string, unknown>): ArticleQuery {
  const query: ArticleQuery = { limit: DEFAULT_LIMIT };
  for (const [name, value] of Object.entries(raw)) {
    const rule = RULES[name];
    if (!rule) throw new BadParameter(name, `is not a parameter of this endpoint (known: ${ARTICLE_PARAMETERS.join(', ')})`);
    if (typeof value !== 'string') throw new BadParameter(name, 'must be given once');
    rule(value, query);
  }
  return query;
}
