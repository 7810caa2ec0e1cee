import { escapeHtml } from './segments.ts';

/**
 * Glossary and protected spans. Before a segment goes to an engine, glossary terms ("Naypyidó" → "Naypyidaw"),
 * names that must never be translated (outlet names from source configuration), numbers, URLs and e-mail
 * addresses become `<span translate="no" class="notranslate" data-fd="N">…</span>` placeholders: DeepL
 * honours translate="no" and Google both it and class="notranslate" in HTML mode, Apertium passes tags
 * through, and the LLM prompt and check demand them unchanged. Whatever an engine does to a placeholder's
 * content, restore() puts back the exact text kept in its slot.
 */

export type Glossary = Record<string, string>;

export interface ProtectionRules {
  /** Source term → target term, replaced by placeholders (unless the engine applies them natively). */
  terms: Glossary;
  /** Written as they are in every language: outlet names. */
  keep: string[];
}

export interface Protected {
  html: string;
  /** Slot N holds the HTML that placeholder N stands for. */
  slots: string[];
}

/** A source's own terms override global ones for the same source term. */
export function mergeGlossaries(global: Glossary, perSource: Glossary = {}): Glossary {
  const merged: Glossary = { ...global, ...perSource };
  for (const [source, target] of Object.entries(merged)) {
    if (!source.trim() || !target.trim()) throw new Error(`glossary: empty term in "${source}" → "${target}"`);
  }
  return merged;
}

const URL_RE = String.raw`(?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)»”']`;
const EMAIL_RE = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
/** Digits with their inner separators: 1.234,5 · 10:30 · 2024-03-26 · 3/4. */
const NUMBER_RE = String.raw`\p{N}+(?:[.,:/-]\p{N}+)*`;

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex over HTML text (so terms are matched escaped); terms longest first so "Nueva York Times" wins over "Nueva York". */
function compile(rules: ProtectionRules): { re: RegExp; replacement: Map<string, string> } {
  const replacement = new Map<string, string>();
  for (const name of rules.keep) if (name.trim()) replacement.set(escapeHtml(name), escapeHtml(name));
  for (const [source, target] of Object.entries(rules.terms)) replacement.set(escapeHtml(source), escapeHtml(target));
  const words = [...replacement.keys()].sort((a, b) => b.length - a.length).map(regexEscape);
  const named = words.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])|` : '';
  return { re: new RegExp(`${named}${URL_RE}|${EMAIL_RE}|(?<![\\p{L}\\p{N}])${NUMBER_RE}`, 'gu'), replacement };
}

export function protect(html: string, rules: ProtectionRules): Protected {
  const { re, replacement } = compile(rules);
  const slots: string[] = [];
  let depth = 0;
  const out = html.split(/(<[^>]*>)/).map((part) => {
    if (part.startsWith('<')) {
      if (/^<span\b[^>]*translate=["']?no/i.test(part)) depth++;
      else if (/^<\/span>/i.test(part) && depth > 0) depth--;
      return part;
    }
    if (depth > 0 || part === '') return part;
    return part.replace(re, (match) => {
      const value = replacement.get(match) ?? match;
      const n = slots.push(value) - 1;
      return `<span translate="no" class="notranslate" data-fd="${n}">${value}</span>`;
    });
  });
  return { html: out.join(''), slots };
}

export interface Restored {
  html: string;
  /** Placeholders the engine dropped: their text is missing from the output. */
  lost: number;
}

const PLACEHOLDER = /<span\b[^>]*?\bdata-fd=["']?(\d+)["']?[^>]*>[\s\S]*?<\/span>/gi;

export function restore(html: string, slots: string[]): Restored {
  const seen = new Set<number>();
  const out = html.replace(PLACEHOLDER, (whole, id: string) => {
    const n = Number(id);
    if (n >= slots.length) return whole;
    seen.add(n);
    return slots[n]!;
  });
  return { html: out, lost: slots.length - seen.size };
}

/** True when nothing but placeholders, tags, spaces and punctuation is left: no engine is needed. */
export function nothingToTranslate(protectedHtml: string): boolean {
  return !/[\p{L}]/u.test(protectedHtml.replace(PLACEHOLDER, '').replace(/<[^>]*>/g, '').replace(/&[a-z]+;|&#\w+;/gi, ''));
}
