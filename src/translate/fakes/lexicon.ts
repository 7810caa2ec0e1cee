/**
 * The fakes' "translation": a tiny word map per source language, applied to text outside tags and outside
 * `translate="no"` elements, keeping capitalisation. Deterministic, so tests can state the exact output.
 * Words not in the map pass through unchanged, as a real engine does with names.
 */

const WORDS: Record<string, Record<string, string>> = {
  es: {
    el: 'the', la: 'the', los: 'the', las: 'the', un: 'a', una: 'a', de: 'of', del: 'of the', en: 'in', y: 'and',
    que: 'that', con: 'with', por: 'by', para: 'for', es: 'is', ha: 'has', dijo: 'said', hoy: 'today',
    gobierno: 'government', presidente: 'president', ministro: 'minister', ciudad: 'city', casa: 'house',
    nueva: 'new', nuevo: 'new', ley: 'law', año: 'year', años: 'years', millones: 'million', euros: 'euros',
    lluvia: 'rain', fuerte: 'heavy', capital: 'capital', visitó: 'visited', escribió: 'wrote', contacto: 'contact',
  },
  fr: {
    le: 'the', la: 'the', les: 'the', un: 'a', une: 'a', de: 'of', et: 'and', en: 'in', dans: 'in',
    gouvernement: 'government', président: 'president', ministre: 'minister', ville: 'city', nouvelle: 'new',
    loi: 'law', dit: 'said', aujourd: 'today', est: 'is', a: 'has',
  },
  de: {
    der: 'the', die: 'the', das: 'the', ein: 'a', eine: 'a', und: 'and', in: 'in', von: 'of', ist: 'is',
    regierung: 'government', präsident: 'president', minister: 'minister', stadt: 'city', neue: 'new',
    gesetz: 'law', sagte: 'said', heute: 'today',
  },
  pt: {
    o: 'the', a: 'the', os: 'the', as: 'the', um: 'a', uma: 'a', de: 'of', e: 'and', em: 'in',
    governo: 'government', presidente: 'president', ministro: 'minister', cidade: 'city', nova: 'new',
    lei: 'law', disse: 'said', hoje: 'today',
  },
};

export function knowsLanguage(lang: string): boolean {
  return lang in WORDS;
}

/** Applies `extra` (glossary entries, source → target) first, then the word map. */
export function fakeTranslate(html: string, from: string, extra: Record<string, string> = {}): string {
  const words = WORDS[from] ?? {};
  let protectedDepth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<span\b[^>]*translate="no"/i.test(part)) protectedDepth++;
        else if (/^<\/span>/i.test(part) && protectedDepth > 0) protectedDepth--;
        return part;
      }
      if (protectedDepth > 0) return part;
      let text = part;
      for (const [source, target] of Object.entries(extra)) text = text.split(source).join(target);
      return text.replace(/\p{L}+/gu, (word) => {
        const target = words[word.toLowerCase()];
        if (target === undefined) return word;
        return word[0] !== word[0]!.toLowerCase() ? target[0]!.toUpperCase() + target.slice(1) : target;
      });
    })
    .join('');
}
