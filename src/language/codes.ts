/**
 * BCP-47 primary subtags ↔ the ISO 639-3 codes franc's models use. Only languages franc can tell apart are
 * listed; where franc models a macrolanguage by one member (Arabic → arb, Chinese → cmn, Malay → zlm,
 * Latvian → lvs, Estonian → ekk, Persian → pes, Albanian → als), that member stands for the whole.
 */
const TO_FRANC: Record<string, string> = {
  af: 'afr', ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bn: 'ben', bs: 'bos', ca: 'cat', cs: 'ces',
  da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'ekk', fa: 'pes', fi: 'fin',
  fr: 'fra', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye', id: 'ind', it: 'ita',
  ja: 'jpn', ka: 'kat', kk: 'kaz', ko: 'kor', lt: 'lit', lv: 'lvs', mk: 'mkd', mr: 'mar', ms: 'zlm',
  nb: 'nob', nl: 'nld', nn: 'nno', no: 'nob', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk',
  sl: 'slv', sq: 'als', sr: 'srp', sv: 'swe', sw: 'swh', ta: 'tam', th: 'tha', tl: 'tgl', tr: 'tur',
  uk: 'ukr', ur: 'urd', uz: 'uzn', vi: 'vie', zh: 'cmn',
};

/** The primary language subtag, lower-case: "pt-BR" → "pt". */
export function primarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** franc's code for a BCP-47 tag, or null when franc has no model for it. */
export function toFrancCode(tag: string): string | null {
  return TO_FRANC[primarySubtag(tag)] ?? null;
}
