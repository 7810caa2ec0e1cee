/**
 * The last resorts for pages whose markup names no byline or date: the signature line many articles end with
 * ("Von Anna Müller", "Text: Max Weber"), a post-meta line ("Gespeichert von rasos am 24. Juli 2017") and the
 * date a footer paragraph states ("Erschienen am: 01.11.2023").
 */
import { namesFrom, ROLE_WORD } from './authors.ts';
import { visibleText, type DomElement, type DomNode } from './dom.ts';
import { parseHumanDate, parseMachineDate, plausible } from './dates.ts';

const SIGNATURE = new RegExp(
  '^(?:(?:blog\\s*)?(?:text|texto|texte|beitrag|artikel|bericht|reportage|interview|written|geschrieben|verfasst|escrito|écrit|scritto|napisane)\\s+)?' +
    '(?:von|by|por|par|door|di|da|od|przez|autor(?:in)?|author|auteur|autore|autora|text|texto|texte|tekst)\\s*[:\\-–—]?\\s+(.+)$',
  'iu',
);
/** "… von rasos am 24. Juli 2017": a name between "von/by" and a date word, in a post-meta line only. */
const POSTED_BY = /(?:^|[\s|(])(?:von|by|por|par|door)\s+(\S+(?:\s+\S+){0,3}?)(?:\s+(?:am|on|um|at|le|el|il|op)\s+\S|\s*[|•·)])/iu;
const META_CLASS = /meta|info|submitted/i;
/** Footer credits name the site's makers, not the article's writer. */
const SITE_CREDIT = /©|\(c\)|copyright|proudly|(?:design(?:ed)?|powered|hosted|developed|theme|template|made|realisiert|umgesetzt|gestaltet|betrieben|präsentiert|unterstützt|bereitgestellt)\s+(?:by|von)/iu;
/** Credits that follow the writer's name in one signature line ("Text von X   Illustration von Y"). */
const OTHER_CREDIT = /\s+(?:illustration(?:en)?|fotos?|bilder|photos?|grafik|video|mitarbeit|mit\s+material|with|con|avec|und\s+fotos?)\b.*$/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|von|van|de|der|den|da|di|del|la|le|zu|y)$/u;
const COMMENTS = /comment|kommentar|respond|reply|antwort|review|sidebar|widget/i;
const MAX_LINE = 90;

/** Two to four capitalised words (initials and name particles allowed): a person, not "Berlin nach München". */
function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!);
}

/** In the comments, or in a form ("… 3 courriels par mois" in a newsletter sign-up label). */
function inComments(el: DomElement): boolean {
  let cur: DomElement | null = el;
  for (let i = 0; i < 6 && cur; i++, cur = cur.parentElement) {
    if (/^(?:FORM|LABEL)$/i.test(cur.tagName)) return true;
    if (COMMENTS.test(`${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function namesOfSignature(text: string, siteName: string | null): string[] {
  const m = SIGNATURE.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return [];
  const names = namesFrom(m[1]!.replace(OTHER_CREDIT, ''), siteName);
  // "Von Anna Müller, Berlin": a one-word part after the writer is the place of writing.
  const people = names.filter((n, i) => i === 0 || n.includes(' '));
  return people.length > 0 && personLike(people[0]!) ? people.filter(personLike) : [];
}

const EMPHASIS = new Set(['B', 'STRONG', 'I', 'EM']);

const RIGHT_ALIGNED = /text-align\s*:\s*right/i;

/**
 * "<p><b><i>Anna Müller</i></b></p>" after a long paragraph: the writer signing off at the article's end. The
 * name must fill the paragraph and be set in bold or italics, so a short sentence never passes. A short line may
 * sit between ("Blessing, 816 Seiten" under a book review).
 */
function emphasisedSignature(el: DomElement, text: string): boolean {
  if (el.tagName.toUpperCase() !== 'P' || !personLike(text) || el.children.length !== 1) return false;
  const inner = el.children[0]!;
  if (!EMPHASIS.has(inner.tagName.toUpperCase()) || visibleText(inner) !== text) return false;
  const siblings = Array.from(el.parentElement?.children ?? []);
  const at = siblings.indexOf(el);
  const before = siblings.slice(Math.max(0, at - 2), at);
  if (!before.some((sib) => sib.tagName.toUpperCase() === 'P' && visibleText(sib).length >= 150)) return false;
  // Set flush right, the way letters are signed, it is a signature even with footnotes below it.
  if (RIGHT_ALIGNED.test(el.getAttribute('style') ?? '') || /^right$/i.test(el.getAttribute('align') ?? '')) return true;
  // A bold line followed by more text is a subheading ("Weitere Informationen"), not a signature.
  return siblings.slice(at + 1).every((sib) => visibleText(sib).length < 40);
}

/** The paragraph's lines as <br> breaks them. */
function brLines(el: DomElement): string[] {
  const lines = [''];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) lines[lines.length - 1] += node.textContent ?? '';
    else if (node.nodeType === 1) {
      if ((node as DomElement).tagName.toUpperCase() === 'BR') lines.push('');
      else for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/**
 * "Benni<br>10. September 2017": a paragraph of a name (a blogger's given name too) and the day of writing;
 * "Kazım Türkmen<br>DITIB-Bundesvorsitzender": a full name and the signer's office, as statements are signed.
 */
function lineSigned(el: DomElement): string[] {
  if (el.tagName.toUpperCase() !== 'P') return [];
  const lines = brLines(el);
  if (lines.length !== 2 || lines[1]!.length > 40) return [];
  const dated = parseHumanDate(lines[1]!) !== null;
  if (!dated && !(personLike(lines[0]!) && ROLE_WORD.test(lines[1]!.replace(/-/g, ' ')))) return [];
  const words = lines[0]!.split(' ');
  return words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}\p{Ll}/u.test(lines[0]!) ? namesFrom(lines[0]!, null) : [];
}

/** The writer a short signature or post-meta line names, the article's end first; [] when none. */
export function signedAuthors(lines: DomElement[], siteName: string | null): string[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    const el = lines[i]!;
    const text = visibleText(el);
    const postMeta = el.tagName.toUpperCase() !== 'P' || META_CLASS.test(el.getAttribute('class') ?? '');
    if (text.length < 6 || text.length > (postMeta ? 2 * MAX_LINE : MAX_LINE)) continue;
    let names = emphasisedSignature(el, text) ? namesFrom(text, siteName) : namesOfSignature(text, siteName);
    if (names.length === 0) names = lineSigned(el);
    if (names.length === 0 && postMeta && !SITE_CREDIT.test(text)) {
      const posted = POSTED_BY.exec(text);
      // A username ("rasos") or a person; never a phrase such as "Google Maps-Inhalten laden".
      if (posted) names = namesFrom(posted[1]!, siteName).slice(0, 1).filter((n) => personLike(n) || /^[\p{L}\p{N}._-]+$/u.test(n));
    }
    if (names.length > 0 && !inComments(el)) return names;
  }
  return [];
}

const BARE_CUE = /^(?:von|by|por|par|door|autor(?:in)?|author|auteur|autore|text|texto|texte)\s*:?$/iu;
const LAST_BLOCKS = 12;

/**
 * "…<br>Autor: Anna Müller" or "Von:<br>Anna Müller" closing an article set in a div or table cell rather than in
 * paragraphs: the signature among the last lines of the last such blocks.
 */
export function blockSignedAuthors(blocks: DomElement[], siteName: string | null): string[] {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - LAST_BLOCKS); i--) {
    const block = blocks[i]!;
    if (inComments(block)) continue;
    const lines = brLines(block).slice(-3);
    for (let j = lines.length - 1; j >= 0; j--) {
      const line = BARE_CUE.test(lines[j]!) && j + 1 < lines.length ? `${lines[j]} ${lines[j + 1]}` : lines[j]!;
      if (line.length > MAX_LINE) continue;
      const names = namesOfSignature(line, siteName);
      if (names.length > 0) return names;
    }
  }
  return [];
}

const PUBLISHED_LABEL = /(?:erschienen|veröffentlicht|publiziert|published|posted|publicado|publicada|publié|publiée|pubblicato|opublikowano|gepubliceerd|datum|date|fecha|data|wurde am|gespeichert|geschrieben)\b[^\d]{0,40}/iu;
const UPDATED_LABEL = /(?:aktualisiert|letzte änderung|stand|updated|last edited|actualizado|mis à jour|aggiornato)\b[^\d]{0,40}/iu;

/**
 * A date stated in a short paragraph or post-meta line: one labelled as the publication first, then one labelled
 * as the last change, then a line that is little more than a date.
 */
export function statedDate(lines: DomElement[], monthFirst: boolean, now: number): string | null {
  const texts: string[] = [];
  for (const el of lines) {
    const t = visibleText(el);
    if (t.length >= 6 && t.length <= 200 && /\d/.test(t) && !inComments(el)) texts.push(t);
  }
  const after = (label: RegExp, t: string): string | null => {
    const m = label.exec(t);
    return m ? parseHumanDate(t.slice(m.index + m[0].length, m.index + m[0].length + 40), monthFirst) : null;
  };
  const passes: ((t: string) => string | null)[] = [
    (t) => after(PUBLISHED_LABEL, t),
    (t) => after(UPDATED_LABEL, t),
    (t) => (t.length <= 60 ? parseHumanDate(t, monthFirst) : null),
  ];
  for (const pass of passes) {
    for (const t of texts) {
      const d = pass(t);
      if (d && plausible(d, now)) return d;
    }
  }
  return null;
}

const SCRIPT_DATE = /["']?(?:datePublished|date_published|published_?at|publish_?date|pub_?date|publication_?date|first_?published(?:_at)?|createdAt|pageDate)["']?\s*[:=]\s*["']((?:19|20)\d{2}-\d{1,2}-\d{1,2}[^"']{0,30})["']/i;
const SCRIPT_SCAN = 200_000;

/** "datePublished": "…" or published_at: "…" in a page's inline script data (not JSON-LD). */
export function scriptDate(scripts: DomElement[], now: number): string | null {
  for (const el of scripts) {
    const m = SCRIPT_DATE.exec((el.textContent ?? '').slice(0, SCRIPT_SCAN));
    const d = m ? parseMachineDate(m[1]) : null;
    if (d && plausible(d, now)) return d;
  }
  return null;
}
