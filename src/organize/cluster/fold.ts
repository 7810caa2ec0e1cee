/**
 * Folding text to plain lower-case Latin letters, so that names written in another script or with other accents
 * ("Трамп", "Tramp", "Trump"; "Macron", "Macrón") meet.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ў: 'u', ђ: 'dj', ј: 'j',
  љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Latin letters that Unicode decomposition leaves alone. */
const LATIN: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i' };

/** Lower-case, accents stripped, Cyrillic and Greek transliterated. */
export function fold(text: string): string {
  const lower = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? GREEK[ch] ?? LATIN[ch] ?? ch;
  return out;
}

/**
 * A name's consonant skeleton: how it sounds more than how one language spells it. Vowels, h, w and y go (they
 * carry most of the spelling differences between transliterations), similar consonants merge and doubles collapse:
 * "Warren", "Уоррен" → "rn"; "Elizabeth", "Элизабет" → "lsbt"; "Trump", "Трампа" → "trmp".
 */
export function skeleton(name: string): string {
  const s = fold(name)
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/j/g, 'i')
    .replace(/v/g, 'f')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s;
}
