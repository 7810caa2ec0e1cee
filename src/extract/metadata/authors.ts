/** Turning byline text ("Von Anna Müller, Berlin | 06.11.2022") into a clean list of person names. */

const PREFIX = new RegExp(
  '^(?:(?:und\\s+)?(?:ein\\s+|eine\\s+)?(?:beitrag|artikel|text|kommentar|kolumne|gastbeitrag|interview|analyse|bericht|reportage|fotos?|bilder|pressemitteilung|recherche)\\s+(?:von|by)\\b|' +
    '(?:alles|alle\\s+(?:beiträge|artikel)|mehr|more|all\\s+posts|articles|posts)\\s+(?:von|by|from)|(?:und\\s+)?interview\\s*:?|[\\p{L}-]+-(?:experte|expertin|autor|autorin|redakteur|redakteurin|korrespondent|korrespondentin)|post\\s+author\\s+by|written\\s+by|posted\\s+by|published\\s+by|reported\\s+by|story\\s+by|words\\s+by|' +
    '(?:veröffentlicht|erstellt|eingestellt|geschrieben|verfasst|publiziert|gepostet)\\s+(?:von|by)|' +
    'escrito\\s+por|publicado\\s+por|texto\\s+de|écrit\\s+par|publié\\s+par|propos\\s+recueillis\\s+par|scritto\\s+da|a\\s+cura\\s+di|' +
    '(?:text|texto|texte|testo|tekst)\\s*(?:&|\\+|/|und|and|y|et)\\s*(?:fotos?|bilder|photos?|fotografie|interview)|' +
    'autor(?:in|en)?|autore|auteur|author|authors|verfasser(?:in)?|redaktion|redakteur(?:in)?|text|texto|texte|testo|tekst|' +
    // A lawyer's title printed before the name ("Autor: Rechtsanwalt Sebastian Einbock").
    '(?:rechts|fach)anw(?:alt|ältin)\\s|notar(?:in)?\\s|avocat(?:e)?\\s|abogad[oa]\\s|' +
    'von|vom|by|por|par|di|door|av|af|od|napisał[a]?|piše|écrit)(\\s*[:\\-–—]\\s*|\\s+|)',
  'iu',
);
const GLUED_NAME = /^\p{Lu}\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const BARE_LABEL = /^(?:von|vom|by|por|par|di|door|av|af|od|autor(?:in|en)?|autore|auteur|author|authors)\W*$/iu;
/** Addresses, also spelled out against harvesters ("anna[at]example.net"). */
const EMAIL = /\S+@\S+\.\S+|\S+\s?[[(]at[\])]\s?\S+/gi;
/** A URL ends before a closing bracket: "Deutsche Welle (www.dw.com)" keeps its brackets balanced. */
const URLISH = /https?:\/\/[^\s)\]]+|www\.[^\s)\]]+/gi;
/** A social handle printed after the name ("Williams Perdomo @wperdomod"). */
const SOCIAL_HANDLE = /(?:^|\s)@[\p{L}\p{N}._]+/gu;
/** Dates, times and relative times ("Hace 13 horas", "vor 4 Monaten", "3 hours ago") after a name. */
const DATEISH = /\b\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}\b.*$|\s(?:on|am|le|el|il|op)\s+\p{L}{3,}\.?\s+\d.*$|\b\d{1,2}:\d{2}\b.*$|\b(?:updated|aktualisiert|actualizado|mis à jour|publié|veröffentlicht|stand|am|le|el|il|on)\b\s*:?\s*\d.*$|\s(?:hace|vor|il y a|há)\s+(?:\d+|une?|una|einer?|einem)\s+\p{L}+.*$|\s\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?)\s+ago\b.*$/iu;
const SPLIT = /\s*(?:,|;|\||\s+(?:und|and|y|et|e|i|og|en|&|und\s+von)\s+|\s+&\s+|\s*\/\s*|\s+·\s+|\s+•\s+|\n)\s*/iu;
const TRAILER = /\s+(?:veröffentlicht|published|posted|autor(?:in)?|author|(?:in|under|filed under|im)\s+\p{Lu}[\p{L}\s]*|alle artikel|all articles|mehr artikel|more articles|am\s+\p{L}+|am|at|um|on|le|el|il|chefredakteur(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|staff(?: writer)?|\p{Lu}[\p{L}-]*\s+staff|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?$/iu;
/** "Christian Seiler Illustration von Markus Roost": the illustrator's or photographer's credit after the writer's name. */
const OTHER_CREDIT = /(?<=\p{L})(?<!(?:^|\s)(?:und|and|y|et|e|text|texto|texte))\s+(?:illustrations?|illustrationen|fotos?|bilder|photos?|photography|grafik|fotografie)\s*(?:von|by|de|par|por|:)\s.*$/iu;
/** Widget text that follows the name in many bylines: comment counts, categories, tags. */
const JUNK_TAIL = /(?:\s*[·•|]\s*[^·•|]*?)?\s+(?:keine?\s+|ein\s+|no\s+|one\s+|\d+\s+)?(?:kommentar\w*|comments?|kategorie\w*|categor\w*|schlagw\w*|tags?|rebloggt|ergebnisse|follow|folgen)\b.*$/isu;
const COMMENTISH = /^(?:(?:published|posted|veröffentlicht|publiziert|erstellt|publicado|publié)(?:\s+\p{L}+)?|neueste beiträge|recent posts|name\s*\*?|please enter your name here|no author|anonymous|anonym|admin|administrator|gast|guest|user)$|\s(?:sagt|says|dice|dit|schreibt|meint)\s*:?$/iu;
const ROLE = /^(?:phd|ph\.d\.|md|dr\.?|prof\.?|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|chefredakteur(?:in)?|journalist(?:in)?|editor|senior editor|staff writers?|contributor|contributing writer|fotograf(?:in)?|photographer|autor(?:in|en)?|author|auteurs?|autore|autora|autores|redaktor|redactor(?:a)?|rédacteur|rédactrice|periodista|giornalista|dziennikarz|correspondent|corresponsal|envoyé spécial|freie?r? autor(?:in)?|gastautor(?:in)?|mehr|more|folgen|follow|profil|profile|e-?mail|twitter|facebook|instagram|linkedin|kontakt|contact|alle artikel|all articles|articles?|artikel|view all posts|posts?|home|startseite|(?:forum\s+)?moderator(?:in)?|publisher|herausgeber(?:in)?)$/iu;
const NOT_NAME = /\d|[@<>{}=#“”„«»"]|^(?:fotos?|photos?|bild(?:er|quelle)?|image|quelle|credit)\s*:|email protected|\b(?:cookie|javascript|copyright|newsletter|abonn\w*|subscribe|kommentar\w*|comments?|minuten|minutes|lesezeit|read(?:ing)? time|share|teilen|drucken|print|kategorie\w*|categor\w*|schlagw\w*|tags?|ergebnisse|rebloggt|reblogged|follow\w*|folgen)\b/iu;

const PARTICLE = /^(?:von|van|de|der|den|del|della|di|da|du|des|le|la|zu|ter|ten|dos|das|al|el|bin|ibn|y|e|of)$/;

/** A lower-case first word that is no name particle ("von der Leyen") and no brand ("auto-motor.at Redaktion", "revamp-it Webteam"). */
const LOWER_PHRASE = /^(?!(?:von|van|de|der|den|del|della|di|da|du|le|la|zu|ter|ten|dos|das|al|el|bin|ibn)$)\p{Ll}+$/u;

/** "Brendan Carlin For The Mail On Sunday", "Anna Weber für die Rundschau": the writer, not the outlet. */
const FOR_OUTLET = /\s+(?:for|für|pour|para|per)\s+(?:the\s+|die\s+|den\s+|das\s+|le\s+|la\s+|el\s+)?\p{Lu}.*$/iu;
const DASHED = /\s+[-–—]\s+/;

/** A person's name (two to four words) before the outlet; a long organisation name ("… Anstalt für Religion") stays whole. */
function cutOutlet(t: string): string {
  const m = FOR_OUTLET.exec(t);
  return m && t.slice(0, m.index).split(/\s+/).length <= 4 ? t.slice(0, m.index) : t;
}

const SHORT_WORD = /^(?:in|im|am|um|an|on|at|by|to|of|de|la|le|el|il|lo|da|di|du|zu|so|ja|no|ok|is|it|es|en|et|er|ab|up|go|me|my|we|us|he|or|if|as|be|do|ad)$/i;

/** Job titles and units printed between co-authors ("Sarah Hinger, Staff Attorney, ACLU Racial Justice Program"). */
export const ROLE_WORD = /(?:^|\s)(?:\p{L}*(?:leiter|sprecher|vorsitzende|referent|direktor|präsident|beauftragte|geschäftsführer|student)(?:in|innen|r)?|director|directora|directeur|attorney|editor|chief|manager|officer|president|professor|program|programme|department|team|abteilung)(?=\s|$)/iu;

/** A user handle with a number ("Marianne1", "Bo2man"): community posts are signed with these, after a byline word. */
const HANDLE = /^\p{L}[\p{L}\p{N}._-]*\p{L}[\p{L}\p{N}._-]*$/u;
const BYLINE_WORD = /(?:^|\s)(?:von|by|por|par|door|autor(?:in)?|author|auteur)\s*:?\s+\S/iu;

function stripPrefix(t: string): string {
  const m = PREFIX.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  // A bare "Von" or "Auteur" is a label whose name sits elsewhere; a bare "Redaktion" is the name.
  if (rest.trim() === '' && BARE_LABEL.test(m[0])) return '';
  // A prefix glued to the name ("ByAlex") counts only before a capitalised word, so "Vonovia", "Diego" and "AVOCAT" stay whole.
  return m[1] === '' && !(GLUED_NAME.test(rest) || (UPPER_START.test(rest) && /\p{Ll}/u.test(m[0]))) ? t : rest;
}

const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a', caron: '\u030c' };
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ', szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', rsquo: '’', lsquo: '‘' };

/** Names that CMSs escaped twice ("Redacci&oacute;n") in meta tags and JSON-LD, read as the page meant them. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(\d{2,6});/g, (m, n: string) => (Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : m))
    .replace(/&#x([0-9a-f]{2,6});/gi, (m, n: string) => (parseInt(n, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(n, 16)) : m))
    .replace(/&([a-z])(acute|grave|uml|circ|tilde|cedil|ring|caron);/gi, (_m, c: string, mark: string) => (c + MARKS[mark.toLowerCase()]!).normalize('NFC'))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name] ?? m);
}

function stripDecorations(raw: string): string {
  let t = decodeEntities(raw).replace(EMAIL, ' ').replace(URLISH, ' ').replace(SOCIAL_HANDLE, ' ').replace(/\s+/g, ' ').trim();
  t = t.replace(DATEISH, '').replace(JUNK_TAIL, '').replace(OTHER_CREDIT, '').trim();
  for (let i = 0; i < 3; i++) {
    const next = stripPrefix(t.replace(/^[\s:\-–—|•·,]+/, '')).trim();
    if (next === t) break;
    t = next;
  }
  for (let i = 0; i < 2; i++) t = t.replace(TRAILER, '').trim();
  return t.replace(/[\s:\-–—|•·,.]+$/, '').replace(/^[\s:\-–—|•·,]+/, '').trim();
}

/** One person-like name, or null: 1–5 words, mostly capitalised, no digits, roles or boilerplate. */
export function cleanName(raw: string, allowHandle = false): string | null {
  const t = cutOutlet(stripDecorations(raw).replace(/\s*\((?:[^)]*)\)\s*/g, ' ').trim());
  if (!t || t.length > 60 || NOT_NAME.test(allowHandle && HANDLE.test(t) ? t.replace(/\d/g, '') : t) || ROLE.test(t) || COMMENTISH.test(t)) return null;
  const words = t.split(/\s+/);
  // Name particles do not count: "Les Membres du Choeur de Radio France" is five words long.
  if (words.length > 7 || words.filter((w) => !PARTICLE.test(w)).length > 5) return null;
  // "By Course or Type" is a filter: co-authors are never joined by "or"; "Ort Saarbrücken" is a field.
  if (/\s(?:or|oder|ou)\s/.test(t) || /^(?:ort|place|lieu|lugar|datum|date)\s/i.test(t)) return null;
  // "deinen Hochzeitsbloggern", "in Uncategorized": a lower-case word before a capitalised one is a phrase, not a name.
  if (words.length > 1 && LOWER_PHRASE.test(words[0]!) && words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  // Two letters ("oz", "mh") only as a user name in byline markup, never a stray preposition.
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || (letters === 2 && (!allowHandle || !/^\p{L}{2}$/u.test(t) || SHORT_WORD.test(t)))) return null;
  return t;
}

/** Splits a byline into names and keeps those that look like names; user handles only in a byline's own markup or after a byline word. */
export function namesFrom(raw: string, siteName: string | null, handles = false): string[] {
  const text = stripDecorations(raw);
  // "Jobs & Hire" as a whole is the site, before the split makes two names of it.
  if (!text || (siteName && isSiteName(text, siteName))) return [];
  const out: string[] = [];
  const allowHandle = handles || BYLINE_WORD.test(raw);
  for (const part of text.split(SPLIT)) {
    // "Kiran C Nair - Chrome Safe Browsing team": the name before a dash, when the whole is no name.
    let name = cleanName(part, allowHandle) ?? (DASHED.test(part) ? cleanName(part.split(DASHED)[0]!, allowHandle) : null);
    if (!name) continue;
    if (siteName && isSiteName(name, siteName)) continue;
    // "Matthias herrpfleger": a display name with the blog's own name glued on as a surname.
    const lastSpace = name.lastIndexOf(' ');
    if (siteName && lastSpace > 0 && /^\p{Ll}+$/u.test(name.slice(lastSpace + 1)) && isSiteName(name.slice(lastSpace + 1), siteName)) name = name.slice(0, lastSpace);
    if (!out.some((o) => sameName(o, name))) out.push(name);
  }
  // "Anna Müller, Berlin" and "Anna Müller, dpa": one word after a full name is the place or the agency;
  // "Uta Staschewski, Projektleiterin der HSS": a job title after it is no second writer.
  return out.length > 1 && out[0]!.includes(' ') ? out.filter((n, i) => i === 0 || (n.includes(' ') && !ROLE_WORD.test(n))) : out;
}

function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameName(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

/** The site's name as written, as its host ("El Colombiano" for "www.elcolombiano.com") or as one piece of it ("HSS - Hanns-Seidel-Stiftung e.V."). */
export function isSiteName(name: string, siteName: string): boolean {
  const bare = (v: string): string => norm(v.trim().replace(/^(?:https?:\/\/)?www\d?\./i, '').replace(/\.[a-z]{2,6}\/?$/i, ''));
  const n = norm(name);
  const b = bare(name);
  return [siteName, ...siteName.split(/\s+[-–—|:]\s+/)].some((v) => norm(v) === n || bare(v) === b);
}
