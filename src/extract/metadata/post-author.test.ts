import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { postAuthorReply } from './post-author.ts';

function comments(body: string): Parameters<typeof postAuthorReply>[0] {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  return Array.from(document.querySelectorAll('[class*="comment"]')) as unknown as Parameters<typeof postAuthorReply>[0];
}

test("the writer's own reply (WordPress bypostauthor) names the writer, not the readers answering it", () => {
  const thread =
    '<ol class="commentlist"><li class="comment byuser comment-author-dottoressa"><span class="author">dottoressa</span><p>Schönes Haar!</p>' +
    '<ul class="children"><li class="comment byuser comment-author-happyface313 bypostauthor"><div class="comment-author vcard"><img alt=""></div>' +
    '<span class="author">happyface313</span><p>Danke!</p><ul class="children"><li class="comment"><span class="author">Jessica</span></li></ul></li></ul></li></ol>';
  assert.deepEqual(postAuthorReply(comments(thread)), ['happyface313']);
  assert.deepEqual(postAuthorReply(comments('<div class="comment byuser bypostauthor"><cite class="fn">Anna Weber</cite> sagt:</div>')), ['Anna Weber']);
  assert.deepEqual(postAuthorReply(comments('<li class="comment byuser comment-author-x"><span class="author">Montana</span></li>')), []);
});
