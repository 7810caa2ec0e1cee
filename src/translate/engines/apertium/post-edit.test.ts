import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postEditEnglish } from './post-edit.ts';

test('postEditEnglish fixes Apertium habits in English output', () => {
  const cases: [string, string][] = [
    ['“Look muppets”, he said', '"Look muppets," he said'],
    ['« Bonjour » and ‘this’', '"Bonjour" and \'this\''],
    ['He arrived the Friday to London.', 'He arrived on Friday to London.'],
    ['The Monday was cold; since the Tuesday it rains', 'on Monday was cold; since Tuesday it rains'],
    ['It starts to the 15:00 in London', 'It starts at 15:00 in London'],
    ['The EE. UU. and EE.UU. said', 'The U.S. and U.S. said'],
    ['the Mondays of the thesaurus', 'the Mondays of the thesaurus'],
  ];
  for (const [input, expected] of cases) assert.equal(postEditEnglish(input), expected, input);
});
