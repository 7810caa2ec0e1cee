import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl, urlHash } from './canonical-url.ts';

test('normalizeUrl', () => {
  const cases: [string, string][] = [
    ['HTTPS://Elpais.COM:443/Internacional/2024-05-01/x.html#comments', 'https://elpais.com/Internacional/2024-05-01/x.html'],
    ['http://example.es:80/a', 'http://example.es/a'],
    ['http://example.es:8080/a', 'http://example.es:8080/a'],
    ['https://example.es', 'https://example.es/'],
    ['https://example.es/a/', 'https://example.es/a/'],
    ['https://example.es/a/./b/../c', 'https://example.es/a/c'],
    ['https://example.es/a?utm_source=rss&utm_medium=feed&id=7', 'https://example.es/a?id=7'],
    ['https://example.es/a?fbclid=IwAR0x&gclid=Cj0&mc_cid=1&mc_eid=2&ocid=ms&cmpid=x&xtor=RSS-1', 'https://example.es/a'],
    ['https://example.es/a?ns_mchannel=rss&ns_source=x&at_medium=social&at_campaign=y&_ga=2.1&igshid=abc', 'https://example.es/a'],
    ['https://example.es/a?ref=twitter&ref_src=twsrc%5Etfw', 'https://example.es/a'],
    ['https://example.es/a?ref=48213', 'https://example.es/a?ref=48213'],
    ['https://example.es/a?z=1&b=2&a=3&b=1', 'https://example.es/a?a=3&b=2&b=1&z=1'],
    ['https://example.es/a?', 'https://example.es/a'],
    ['https://example.es/a?&&x=1&', 'https://example.es/a?x=1'],
    ['https://example.es/a?flag&x=', 'https://example.es/a?flag&x='],
    ['https://example.es/%7Euser/%61%2fb?q=%e2%82%ac', 'https://example.es/~user/a%2Fb?q=%E2%82%AC'],
    ['https://example.es/españa/año?q=niño', 'https://example.es/espa%C3%B1a/a%C3%B1o?q=ni%C3%B1o'],
    ['https://www.example.es/a', 'https://www.example.es/a'],
    ['https://münchen.de/a', 'https://xn--mnchen-3ya.de/a'],
    ['https://example.es./a', 'https://example.es/a'],
  ];
  for (const [input, want] of cases) assert.equal(normalizeUrl(input), want, input);
});

test('normalizeUrl strips www. only when told', () => {
  assert.equal(normalizeUrl('https://WWW.example.es/a', { stripWww: true }), 'https://example.es/a');
});

test('normalizeUrl rejects what is not an absolute http(s) URL', () => {
  assert.throws(() => normalizeUrl('/relative/path'), /not a valid absolute URL: "\/relative\/path"/);
  assert.throws(() => normalizeUrl('ftp://example.es/a'), /not an http\(s\) URL: ftp:\/\/example.es\/a/);
});

test('urlHash is the sha256 of the normalised URL', () => {
  const a = urlHash('https://example.es/a?utm_source=x#top');
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(a, urlHash('HTTPS://EXAMPLE.ES/a'));
  assert.notEqual(a, urlHash('https://example.es/b'));
});
