import chardet from 'chardet';
import iconv from 'iconv-lite';
import { decoderName, encodingForLabel } from './charset-labels.ts';
import { decodeUtf8Lenient, decodeWindows1252, utf8Stats, type Utf8Stats } from './utf8.ts';

export type CharsetSource = 'header' | 'bom' | 'meta' | 'detected' | 'default';

export interface DecodedText {
  /** Valid Unicode, without a BOM. */
  text: string;
  /** Canonical WHATWG encoding name ("windows-1252", "shift_jis", "utf-8"). */
  charset: string;
  source: CharsetSource;
}

interface Choice {
  charset: string;
  source: CharsetSource;
}

const META_SCAN_BYTES = 4096;
/** chardet is slow on whole pages and gains nothing past this much text. */
const DETECT_BYTES = 64 * 1024;

/** Decode an HTML page: HTTP header, BOM, `<meta charset>` / http-equiv, detection, then UTF-8. */
export function decodeHtml(body: Buffer, contentType?: string | null): DecodedText {
  return decode(body, contentType, metaCharset);
}

/** Decode XML or JSON: HTTP header, BOM, the `<?xml encoding="…"?>` declaration, detection, then UTF-8. */
export function decodeText(body: Buffer, contentType?: string | null): DecodedText {
  return decode(body, contentType, xmlDeclarationCharset);
}

function decode(body: Buffer, contentType: string | null | undefined, declared: (head: string) => string | null): DecodedText {
  const bom = sniffBom(body);
  if (bom) return { text: decodeAs(body.subarray(bom.length), bom.charset), charset: bom.charset, source: 'bom' };
  const head = body.subarray(0, META_SCAN_BYTES).toString('latin1');
  const inDocument = declared(head);
  const stats = utf8Stats(body);
  const choice =
    trust(headerCharset(contentType), stats, 'header') ??
    // A document cannot announce UTF-16 in ASCII-compatible bytes; browsers read such a declaration as UTF-8.
    trust(inDocument?.startsWith('utf-16') ? 'utf-8' : inDocument, stats, 'meta') ??
    detect(body, stats);
  return { text: decodeAs(body, choice.charset), charset: choice.charset, source: choice.source };
}

/**
 * A declaration is believed unless the bytes contradict it: a declared UTF-8 whose bytes are not UTF-8, or a declared
 * legacy encoding whose non-ASCII bytes all form valid UTF-8 sequences (legacy text almost never does by chance).
 */
function trust(charset: string | null, stats: Utf8Stats, source: CharsetSource): Choice | null {
  if (!charset) return null;
  if (charset.startsWith('utf-16')) return { charset, source };
  if (charset === 'utf-8') return stats.invalid === 0 ? { charset, source } : null;
  if (stats.invalid === 0 && stats.multibyte > 0) return { charset: 'utf-8', source: 'detected' };
  return { charset, source };
}

function detect(body: Buffer, stats: Utf8Stats): Choice {
  if (stats.invalid === 0) return { charset: 'utf-8', source: stats.multibyte > 0 ? 'detected' : 'default' };
  // UTF-8 with a few stray bytes stays UTF-8; legacy multi-byte text forms valid UTF-8 pairs only by rare chance.
  if (stats.multibyte >= stats.invalid) return { charset: 'utf-8', source: 'detected' };
  for (const match of chardet.analyse(body.subarray(0, DETECT_BYTES))) {
    const charset = encodingForLabel(match.name);
    if (charset && charset !== 'utf-8') return { charset, source: 'detected' };
  }
  return { charset: 'windows-1252', source: 'default' };
}

function decodeAs(bytes: Buffer, charset: string): string {
  if (charset === 'utf-8') return decodeUtf8Lenient(bytes);
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  const text = iconv.decode(bytes, decoderName(charset), { stripBOM: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function sniffBom(b: Buffer): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** The charset parameter of a Content-Type header, as a canonical encoding, or null. */
export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  const label = m?.[1] ?? m?.[2];
  return label ? encodingForLabel(label) : null;
}

function metaCharset(head: string): string | null {
  const html = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    const charset = m?.[1] ? encodingForLabel(m[1]) : null;
    if (charset) return charset;
  }
  return null;
}

function xmlDeclarationCharset(head: string): string | null {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  return m?.[1] ? encodingForLabel(m[1]) : null;
}
