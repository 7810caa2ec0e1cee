/** The headers a cached answer depends on (validators, encoding, view counting) and the ones HTTP/1.1 requires. */
const READ = new Set(['host', 'accept-encoding', 'if-none-match', 'if-modified-since', 'user-agent', 'sec-purpose', 'purpose', 'x-purpose', 'x-moz', 'connection']);

/** Headers that announce a body, a protocol switch or an interim answer: such a request is never a plain read. */
const REFUSED = new Set(['content-length', 'transfer-encoding', 'expect', 'upgrade', 'http2-settings']);

const REQUEST_LINE = /^GET (\/[\x21-\x7e]*) HTTP\/1\.1$/;
const FIELD = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*([\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?[ \t]*$/;

export interface SimpleGet {
  /** The origin-form request target, query included. */
  target: string;
  /** The headers of `READ` that were sent, names in lower case. */
  headers: Record<string, string>;
}

/**
 * A request head (without its closing blank line, as latin1 text) when it is the plainest kind there is: an
 * HTTP/1.1 GET of an origin-form target, one Host, every field well formed in visible ASCII, no body, no upgrade,
 * no `Connection` other than keep-alive, and no repeated field among those read. Anything else gives null, so
 * that Node's own parser, with its limits and error answers, deals with it: this reader only has to be right
 * about what it accepts.
 */
export function parseSimpleGet(head: string): SimpleGet | null {
  const lines = head.split('\r\n');
  const line = REQUEST_LINE.exec(lines[0]!);
  if (!line) return null;
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const field = FIELD.exec(lines[i]!);
    if (!field) return null;
    const name = field[1]!.toLowerCase();
    if (REFUSED.has(name)) return null;
    if (!READ.has(name)) continue;
    if (name in headers) return null;
    headers[name] = field[2] ?? '';
  }
  if (!headers.host) return null;
  if (headers.connection !== undefined && headers.connection.toLowerCase() !== 'keep-alive') return null;
  return { target: line[1]!, headers };
}
