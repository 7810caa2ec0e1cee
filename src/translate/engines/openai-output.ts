/**
 * Checks an LLM's answer before it is believed: a JSON array (fences allowed), one non-empty string per
 * segment, the same inline tags, and not the source handed back. Returns the texts, or what was wrong.
 */
export function checkOutput(sources: string[], content: string): string[] | string {
  const json = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'the answer is not a JSON array';
  }
  if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === 'string')) return 'the answer is not an array of strings';
  if (parsed.length !== sources.length) return `${parsed.length} strings for ${sources.length} segments`;
  const texts = parsed as string[];
  for (let i = 0; i < sources.length; i++) {
    if (texts[i]!.trim() === '' && /\p{L}/u.test(sources[i]!)) return `segment ${i + 1} came back empty`;
    const want = tagSignature(sources[i]!);
    const got = tagSignature(texts[i]!);
    if (want !== got) return `segment ${i + 1} changed its tags (${want || 'none'} → ${got || 'none'})`;
  }
  const long = sources.map((s, i) => i).filter((i) => words(sources[i]!) >= 4);
  const copied = long.filter((i) => flat(texts[i]!) === flat(sources[i]!));
  if (long.length > 0 && copied.length * 2 > long.length) return `${copied.length} of ${long.length} segments came back untranslated`;
  return texts;
}

/** The tags of a segment, sorted, with the attributes that carry meaning (link targets, placeholder ids). */
function tagSignature(html: string): string {
  const tags: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    const name = m[2]!.toLowerCase();
    const key = /\b(href|data-fd)="([^"]*)"/i.exec(m[3] ?? '');
    tags.push(`${m[1]}${name}${key ? `[${key[1]}=${key[2]}]` : ''}`);
  }
  return tags.sort().join(' ');
}

function words(text: string): number {
  return (text.replace(/<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? []).length;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
