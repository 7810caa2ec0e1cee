/**
 * XML out (feeds, sitemaps): a tagged template that escapes every interpolated value unless it is already markup
 * built by this template, so stored text can never open an element or break out of an attribute.
 */
export class Xml {
  constructor(readonly text: string) {}
}

export type XmlValue = string | number | Xml | readonly Xml[] | null | undefined | false;

// Characters XML 1.0 does not allow at all (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/F):
// escaping cannot help, so they are dropped rather than making the whole document unparseable.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function piece(value: XmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Xml) return value.text;
  if (Array.isArray(value)) return value.map((v: Xml) => v.text).join('');
  return escapeXml(String(value));
}

export function xml(strings: TemplateStringsArray, ...values: XmlValue[]): Xml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += piece(v) + strings[i + 1]!;
  });
  return new Xml(out);
}

/** A complete document: the declaration, then the root element. */
export function xmlDocument(root: Xml): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.text}\n`;
}
