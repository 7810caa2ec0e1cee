import type { Kysely } from 'kysely';
import { bumpSiteGenerationOn, dropSiteGenerationTriggers } from '../site-generation.ts';
import { ARTICLE_COLUMNS_SHOWN } from './004-views.ts';

/**
 * What the organize stage writes shows on pages too: the story an article joined ("Full coverage", the home page's
 * Stories), a near-duplicate leaving the lists, a category's IPTC code and provenance (JSON-LD, API), and a story's
 * own headline and counts. 004's triggers predate those columns and the stories table; these extend them, so the page
 * cache drops what clustering or categorising changed.
 */
const ORGANIZE_COLUMNS = ['story_id', 'near_duplicate_of', 'category_source', 'category_confidence', 'category_iptc'];
const STORY_COLUMNS_SHOWN = ['headline', 'first_seen', 'last_seen', 'article_count', 'outlet_count', 'language_count'];

export async function up(db: Kysely<any>): Promise<void> {
  await dropSiteGenerationTriggers(db, 'articles');
  await bumpSiteGenerationOn(db, 'articles', [...ARTICLE_COLUMNS_SHOWN, ...ORGANIZE_COLUMNS]);
  await bumpSiteGenerationOn(db, 'stories', STORY_COLUMNS_SHOWN, { published: false });
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropSiteGenerationTriggers(db, 'stories');
  await dropSiteGenerationTriggers(db, 'articles');
  await bumpSiteGenerationOn(db, 'articles', ARTICLE_COLUMNS_SHOWN);
}
