/**
 * News agency and source credits, the way German-language and many other newsrooms print them instead of a
 * byline: a dateline at the article's start ("Hamburg (dpa/lno) – …"), a closing credit in brackets ("… (FR mit
 * dpa)") and a source line at its end ("Quelle: kathpress"). Kept as written: the page itself credits them.
 */
import { visibleText, type DomElement } from './dom.ts';

/** The wire services credits name; a credit in brackets counts only when it names one, so "(siehe oben)" never does. */
const AGENCY = /(?:^|[\s/,+])(?:dpa|afp|ap|apa|reuters|kna|epd|sda|ats|efe|ansa|kyodo|jiji|xinhua|tass|pap|ctk|mti|anp|belga|tt|ntb|ritzau|ddp|dapd|sid|kap|kathpress|idea|ots|upi|ani|pti|ians|lusa|europa press)(?=$|[\s/,+)])/i;
const CREDIT = /^[\p{L}\p{N}][\p{L}\p{N}.\s/,+&-]{0,38}$/u;
const DATELINE = /^[\p{Lu}][\p{L}.\s-]{1,40}\s\(([^()]{2,40})\)\s*[-–—:]/u;
const CLOSING = /\(([^()]{2,40})\)\s*$/u;
const SOURCE_LINE = /^(?:quelle|source|fuente|fonte|źródło)\s*:\s*(.{2,40})$/iu;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|source|agency|quelle)(?:$|[\s_-])/i;
const COMMENTS = /comment|kommentar|respond|reply|antwort|sidebar|widget|caption|figure/i;

function credited(text: string | undefined, needAgency: boolean): string[] {
  // "Quelle: KNA 19.11.21": the credit without its date.
  const t = text?.replace(/\s+\d{1,2}\.\d{1,2}\.\d{2,4}.*$/, '').trim();
  return t && CREDIT.test(t) && (!needAgency || AGENCY.test(t)) ? [t] : [];
}

function outside(el: DomElement): boolean {
  for (let cur: DomElement | null = el, i = 0; cur && i < 6; cur = cur.parentElement, i++) {
    if (COMMENTS.test(`${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''}`)) return false;
  }
  return true;
}

/** The agency or source an article credits: its closing lines first, then the dateline of its first paragraph. */
export function creditedSource(paragraphs: DomElement[]): string[] {
  const ps = paragraphs.filter((el) => el.tagName.toUpperCase() === 'P' && outside(el));
  // "<p class="credit">JIJI</p>" under the headline: a paragraph marked as the credit that names a wire service.
  for (const p of ps) {
    const marked = credited(CREDIT_CLASS.test(p.getAttribute('class') ?? '') ? visibleText(p) : undefined, true);
    if (marked.length > 0) return marked;
  }
  const texts = ps.map((p) => visibleText(p)).filter((t) => t.length > 0);
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 40); i--) {
    const t = texts[i]!;
    const source = t.length <= 60 ? SOURCE_LINE.exec(t) : null;
    const found = credited(source?.[1], false);
    if (found.length > 0) return found;
    const closing = t.length >= 80 ? credited(CLOSING.exec(t)?.[1], true) : [];
    if (closing.length > 0) return closing;
  }
  for (const t of texts.slice(0, 12)) {
    const dateline = credited(DATELINE.exec(t)?.[1], true);
    if (dateline.length > 0) return dateline;
  }
  return [];
}
