/** Declared language values ("de_DE", "EN-us", "pt-br", "German") normalised to BCP-47 ("de-DE", "en-US", "pt-BR"). */

const NAMES: Record<string, string> = {
  german: 'de', deutsch: 'de', english: 'en', spanish: 'es', español: 'es', french: 'fr', français: 'fr',
  italian: 'it', italiano: 'it', portuguese: 'pt', português: 'pt', polish: 'pl', polski: 'pl', dutch: 'nl',
  russian: 'ru', ukrainian: 'uk',
};

export function normaliseLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const first = value.split(/[,;]/)[0]!.trim();
  if (!first) return null;
  const named = NAMES[first.toLowerCase()];
  if (named) return named;
  const parts = first.replace(/_/g, '-').split('-');
  const lang = parts[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(lang) || lang === 'und' || lang === 'xx') return null;
  const rest = parts.slice(1).filter((p) => /^[a-z0-9]{2,8}$/i.test(p)).map((p) => {
    if (p.length === 2) return p.toUpperCase();
    if (p.length === 4 && /^[a-z]+$/i.test(p)) return p[0]!.toUpperCase() + p.slice(1).toLowerCase();
    return p.toLowerCase();
  });
  return [lang, ...rest].join('-');
}
