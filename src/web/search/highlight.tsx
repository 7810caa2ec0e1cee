import { MARK_CLOSE, MARK_OPEN } from '../../organize/search/document.ts';
import { escapeXml } from '../xml.ts';

/**
 * The index marks matched words with private-use characters (never HTML): text becomes markup only here, each
 * piece escaped, so a hostile title or body can never turn a highlight into an XSS hole.
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export function pieces(marked: string): Piece[] {
  const out: Piece[] = [];
  let inside = false;
  let text = '';
  const flush = () => {
    if (text) out.push({ text, marked: inside });
    text = '';
  };
  for (const ch of marked) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      inside = ch === MARK_OPEN;
    } else text += ch;
  }
  flush();
  return out;
}

/** For the API: escaped HTML with <mark> around matched words. */
export function markedHtml(marked: string): string {
  return pieces(marked)
    .map((p) => (p.marked ? `<mark>${escapeXml(p.text)}</mark>` : escapeXml(p.text)))
    .join('');
}

export const plainText = (marked: string) => pieces(marked).map((p) => p.text).join('');

/** For pages: Preact escapes each piece; matched words in <mark>. */
export function Marked(props: { text: string }) {
  return <>{pieces(props.text).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}
