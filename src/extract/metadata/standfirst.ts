import { meta, type PageSignals } from './collect.ts';
import { clean, textOf } from './dom.ts';
import { ldString, type LdNode } from './jsonld.ts';
import { normTitle } from './title.ts';

/** Descriptions cut off by the CMS end in an ellipsis or stop mid-sentence; those are not a dek. */
function looksCut(text: string): boolean {
  return /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(text) || !/[.!?»"“”')\]]\s*$/.test(text) && text.length >= 150;
}

/** The dek: a dek element near the headline, else a description that is a whole statement of its own. */
export function chooseStandfirst(s: PageSignals, article: LdNode | null, title: string | null): string | null {
  const h1 = s.h1s[0];
  const h1Pos = h1 ? (s.order.get(h1) ?? -1) : -1;
  const titleNorm = title ? normTitle(title) : '';
  for (const el of s.deks) {
    const pos = s.order.get(el) ?? -1;
    if (h1Pos >= 0 && (pos < h1Pos - 5 || pos > h1Pos + 60)) continue;
    const text = textOf(el);
    if (text.length < 30 || text.length > 600 || normTitle(text) === titleNorm) continue;
    return text;
  }
  const description = ldString(article?.['description']) ?? meta(s, 'og:description', 'description', 'twitter:description');
  if (!description) return null;
  const text = clean(description);
  if (text.length < 30 || looksCut(text) || normTitle(text) === titleNorm) return null;
  return text;
}
