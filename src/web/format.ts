/** How the site writes languages, countries, dates, engines and routes for English readers. */

const languages = new Intl.DisplayNames(['en'], { type: 'language' });
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const readable = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const readableDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function languageName(code: string): string {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Portuguese → Spanish → English" from ["pt", "es", "en"]. */
export function routeText(route: string[]): string {
  return route.map(languageName).join(' → ');
}

const ENGINE_NAMES: Record<string, string> = {
  apertium: 'Apertium',
  libretranslate: 'LibreTranslate',
  deepl: 'DeepL',
  google: 'Google Translate',
  openai: 'a language model',
};

export function engineName(engine: string, model: string | null): string {
  const name = ENGINE_NAMES[engine] ?? engine;
  return engine === 'openai' && model ? `${name} (${model})` : name;
}

const FLAG_TEXT: Record<string, string> = {
  unknown_words: 'words the engine did not know',
  length_ratio: 'a length far from the original’s',
  source_language_left: 'passages left untranslated',
  names_lost: 'names that may have been changed',
  placeholders_lost: 'formatting that may have been lost',
};

export function qualityFlagText(flag: string): string {
  return FLAG_TEXT[flag] ?? flag.replaceAll('_', ' ');
}

/** "26 March 2021 at 19:26 UTC"; the raw text when it is not a date. */
export function readableTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${readable.format(d)} UTC`;
}

export function readableDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : readableDay.format(d);
}

/** ISO 8601 UTC with milliseconds, for `<time datetime>` and structured data; the raw text when it is not a date. */
export function isoTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString();
}

/** "2021-03-26" from a site path "/2021/03/26/slug-42". */
export function dayOfPath(path: string): string {
  const m = /^\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}
