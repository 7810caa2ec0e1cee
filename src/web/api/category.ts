import type { ArticleCard } from '../../store/published.ts';
import { categoryNode, iptcUri } from '../../organize/taxonomy.ts';

/** An article's category for API clients: its path and name, its IPTC Media Topic and where it came from. */
export function categoryInfo(a: Pick<ArticleCard, 'category' | 'categoryAssignment'>) {
  if (a.category === null) return null;
  const iptc = a.categoryAssignment?.iptc ?? categoryNode(a.category)?.iptc ?? null;
  return {
    path: a.category,
    name: categoryNode(a.category)?.name ?? a.category.split('/').at(-1)!,
    iptc: iptc === null ? null : { code: iptc, uri: iptcUri(iptc) },
    source: a.categoryAssignment?.source ?? null,
    confidence: a.categoryAssignment?.confidence ?? null,
  };
}

/** The OpenAPI schema of categoryInfo. */
export const CATEGORY_INFO_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      required: ['path', 'name', 'iptc', 'source', 'confidence'],
      properties: {
        path: { type: 'string', description: 'as in `category`, e.g. "News/Politics"' },
        name: { type: 'string', description: 'the last part of the path, e.g. "Politics"' },
        iptc: {
          oneOf: [
            {
              type: 'object',
              required: ['code', 'uri'],
              properties: { code: { type: 'string', description: 'IPTC Media Topic QCode, e.g. "medtop:11000000"' }, uri: { type: 'string', format: 'uri' } },
            },
            { type: 'null' },
          ],
        },
        source: { oneOf: [{ enum: ['section-map', 'feed', 'classifier'] }, { type: 'null' }], description: 'where the category came from' },
        confidence: { oneOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'null' }] },
      },
    },
    { type: 'null' },
  ],
};
