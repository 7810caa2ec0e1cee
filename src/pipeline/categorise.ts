import { assignCategory, type CategoryAssignment } from '../organize/assign.ts';
import { articleText } from './article-record.ts';
import type { PipelineContext } from './context.ts';

/**
 * Assigns the category of an article about to be published from the translation it will show, and stores it
 * with its provenance. A failure is logged and leaves the category as it was: it never holds back publishing.
 */
export async function categoriseArticle(ctx: Pick<PipelineContext, 'store' | 'log'>, id: number, translationId: number): Promise<CategoryAssignment | null> {
  try {
    const e = await ctx.store.categories.evidence(id, translationId);
    if (!e) return null;
    const assignment = assignCategory({
      sections: e.sections,
      labels: [e.pageSection, ...e.feedSections],
      url: e.url,
      stored: { category: e.category, source: e.categorySource },
      text: { title: e.title, standfirst: e.standfirst, body: articleText({ title: null, standfirst: null, blocks: e.blocks }) },
    });
    await ctx.store.categories.assign(id, assignment);
    ctx.log.debug({ stage: 'categorise', article: id, category: assignment.category, source: assignment.source, confidence: assignment.confidence }, 'categorised');
    return assignment;
  } catch (err) {
    ctx.log.error({ stage: 'categorise', article: id, err: (err as Error).message }, 'category not assigned');
    return null;
  }
}
