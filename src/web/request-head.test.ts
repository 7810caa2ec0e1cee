import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSimpleGet } from './request-head.ts';

const head = (...lines: string[]) => lines.join('\r\n');

test('a browser GET gives its target and the headers an answer depends on, names in lower case', () => {
  const got = parseSimpleGet(
    head(
      'GET /2026/03/26/floods-7?ref=home HTTP/1.1',
      'Host: news.example',
      'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
      'Accept: text/html,application/xhtml+xml',
      'Accept-Encoding:gzip, deflate, br',
      'If-None-Match: "abc-gz"  ',
      'Connection: keep-alive',
      'Sec-Purpose:',
    ),
  );
  assert.deepEqual(got, {
    target: '/2026/03/26/floods-7?ref=home',
    headers: {
      host: 'news.example',
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
      'accept-encoding': 'gzip, deflate, br',
      'if-none-match': '"abc-gz"',
      connection: 'keep-alive',
      'sec-purpose': '',
    },
  });
});

test('anything but the plainest GET is left to Node', () => {
  const refused: Record<string, string> = {
    'another method': head('POST / HTTP/1.1', 'Host: a'),
    HEAD: head('HEAD / HTTP/1.1', 'Host: a'),
    'HTTP/1.0': head('GET / HTTP/1.0', 'Host: a'),
    'absolute form': head('GET http://a/ HTTP/1.1', 'Host: a'),
    'asterisk form': head('OPTIONS * HTTP/1.1', 'Host: a'),
    'space in the target': head('GET /a b HTTP/1.1', 'Host: a'),
    'non-ASCII target': head('GET /caf\u00e9 HTTP/1.1', 'Host: a'),
    'no Host': head('GET / HTTP/1.1', 'Accept: */*'),
    'empty Host': head('GET / HTTP/1.1', 'Host: '),
    'two Hosts': head('GET / HTTP/1.1', 'Host: a', 'Host: b'),
    'a repeated header that is read': head('GET / HTTP/1.1', 'Host: a', 'Accept-Encoding: gzip', 'Accept-Encoding: br'),
    'a body length': head('GET / HTTP/1.1', 'Host: a', 'Content-Length: 0'),
    'chunked body': head('GET / HTTP/1.1', 'Host: a', 'Transfer-Encoding: chunked'),
    'Expect': head('GET / HTTP/1.1', 'Host: a', 'Expect: 100-continue'),
    'Upgrade': head('GET / HTTP/1.1', 'Host: a', 'Upgrade: websocket', 'Connection: Upgrade'),
    'Connection: close': head('GET / HTTP/1.1', 'Host: a', 'Connection: close'),
    'space before the colon': head('GET / HTTP/1.1', 'Host : a'),
    'line folding': head('GET / HTTP/1.1', 'Host: a', 'X-Long: one', ' two'),
    'a field without a colon': head('GET / HTTP/1.1', 'Host: a', 'Broken'),
    'a bare LF inside a line': head('GET / HTTP/1.1', 'Host: a\nX-Smuggled: yes'),
    'a bare CR inside a line': head('GET / HTTP/1.1', 'Host: a\rX: b'),
    'a NUL in a value': head('GET / HTTP/1.1', 'Host: a', 'User-Agent: x\u0000y'),
    'a byte beyond ASCII in a value': head('GET / HTTP/1.1', 'Host: a', 'User-Agent: caf\u00e9'),
    'an empty line inside the head': head('GET / HTTP/1.1', '', 'Host: a'),
  };
  for (const [what, text] of Object.entries(refused)) assert.equal(parseSimpleGet(text), null, what);
});

test('headers that do not change the answer are skipped, even when repeated', () => {
  const got = parseSimpleGet(head('GET / HTTP/1.1', 'host: a', 'Cookie: x=1', 'Cookie: y=2', 'X-Forwarded-For: 10.0.0.1'));
  assert.deepEqual(got, { target: '/', headers: { host: 'a' } });
});
