import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsExpression, parseQuery, QueryError } from './query.ts';

const COLUMNS = ['title', 'body'];
const fts = (text: string) => ftsExpression(parseQuery(text), COLUMNS);

test('reader text becomes quoted FTS5 terms: words ANDed, phrases, prefixes, OR, exclusions', () => {
  const cases: [string, string][] = [
    ['lluvia Madrid', '{title body} : ("lluvia" AND "madrid")'],
    ['"prime minister" budget', '{title body} : ("prime minister" AND "budget")'],
    ['minist*', '{title body} : ("minist" *)'],
    ['"prime min"*', '{title body} : ("prime min" *)'],
    ['Madrid OR Barcelona lluvia', '{title body} : (("madrid" OR "barcelona") AND "lluvia")'],
    ['election -europe -"european union"', '{title body} : ("election") NOT {title body} : ("europe" OR "european union")'],
    ['tax NOT income', '{title body} : ("tax") NOT {title body} : ("income")'],
    ['covid-19 U.S.', '{title body} : ("covid 19" AND "u s")'],
    ['tax AND income', '{title body} : ("tax" AND "income")'],
  ];
  for (const [input, expected] of cases) assert.equal(fts(input), expected, input);
});

test('FTS5 syntax typed by a reader stays text: no operators, column filters, NEAR or quotes reach the index', () => {
  const cases: [string, string][] = [
    ['NEAR(ministro ley)', '{title body} : ("near ministro" AND "ley")'],
    ['title:secret', '{title body} : ("title secret")'],
    ['{body}:x', '{title body} : ("body x")'],
    ['ministro ^ley', '{title body} : ("ministro" AND "ley")'],
    ['(ley)', '{title body} : ("ley")'],
    ['and or not', '{title body} : ("and" AND "or" AND "not")'],
    ['a"b"c', '{title body} : ("a" AND "b" AND "c")'],
    ['€ ley', '{title body} : ("ley")'],
  ];
  for (const [input, expected] of cases) assert.equal(fts(input), expected, input);
});

test('malformed searches are refused with an explanation a reader can act on', () => {
  const cases: [string, RegExp][] = [
    ['"unbalanced', /quotation mark at character 1 is not closed/],
    ['ley "prime minister', /quotation mark at character 5 is not closed/],
    ['*', /\* marks the end of a word/],
    ['mi*', /at least 3 letters/],
    ['(', /no words to look for/],
    ['( ) : ^', /no words to look for/],
    ['', /no words to look for/],
    ['AND OR', /OR must stand between two words/],
    ['OR ley', /OR must stand between two words/],
    ['ley OR', /OR must stand between two words/],
    ['ley NOT', /NOT must come before a word/],
    ['-only -these', /only says what to leave out/],
    ['x'.repeat(501), /at most 500 are allowed/],
    [Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), /more than 32 words/],
  ];
  for (const [input, message] of cases) assert.throws(() => parseQuery(input), (err: unknown) => err instanceof QueryError && message.test(err.message), input);
});

test('diacritics are kept in the query (the index tokenizer folds both sides) and text is NFC', () => {
  assert.equal(fts('González'), '{title body} : ("gonzález")');
  assert.equal(fts('Gonza\u0301lez'), '{title body} : ("gonzález")');
});
