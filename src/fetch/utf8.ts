import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * UTF-8 checks and a forgiving UTF-8 decoder. Real pages are often UTF-8 with a few stray windows-1252 bytes pasted
 * in, or cut at our size cap in the middle of a character; neither should turn into U+FFFD or into mojibake.
 */

/** Byte length of the UTF-8 sequence starting at i: 0 if invalid there, -1 if valid but cut off by the end. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) return -1;
    const t = b[i + k]!;
    if (k === 1 ? t < lo || t > hi : t < 0x80 || t > 0xbf) return 0;
  }
  return n;
}

export interface Utf8Stats {
  /** Bytes that start no valid sequence. */
  invalid: number;
  /** Valid sequences of two or more bytes. */
  multibyte: number;
}

export function utf8Stats(b: Uint8Array): Utf8Stats {
  if (isAscii(b)) return { invalid: 0, multibyte: 0 };
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < b.length) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(b, i);
    if (n === -1) break;
    if (n === 0) {
      invalid++;
      i++;
    } else {
      multibyte++;
      i += n;
    }
  }
  return { invalid, multibyte };
}

/** WHATWG windows-1252: iconv-lite leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; browsers map them to C1 controls. */
const WINDOWS_1252 = [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1252')].map((ch, i) =>
  ch === '\uFFFD' ? String.fromCharCode(i) : ch,
);

export function decodeWindows1252(b: Buffer): string {
  return b.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c.charCodeAt(0)]!);
}

/** UTF-8, with each invalid byte read as windows-1252 and a sequence cut off at the end dropped. */
export function decodeUtf8Lenient(b: Buffer): string {
  if (isUtf8(b)) return b.toString('utf8');
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < b.length) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(b.toString('utf8', runStart, i));
    if (n === -1) return parts.join('');
    parts.push(WINDOWS_1252[b[i]!]!);
    i++;
    runStart = i;
  }
  parts.push(b.toString('utf8', runStart, i));
  return parts.join('');
}
