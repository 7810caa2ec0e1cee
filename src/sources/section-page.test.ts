import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { linksFromSectionPage } from './section-page.ts';

const html = readFileSync(new URL('testdata/section-page.html', import.meta.url), 'utf8');

test('linksFromSectionPage keeps same-site article links, once each, titled by their anchor text', () => {
  const cases: [RegExp, { url: string; title?: string }[]][] = [
    [
      /_1_\d+\.html/,
      [
        { url: 'https://www.ara.cat/politica/govern-aprova-pressupostos_1_4987001.html', title: 'El Govern aprova els pressupostos' },
        { url: 'https://ara.cat/politica/parlament-debat_1_4987002.html', title: 'El Parlament debat la llei' },
        { url: 'https://www.ara.cat/economia/ibex_1_4987003.html', title: "L'Ibex tanca en positiu" },
      ],
    ],
    [
      /\/politica\/.+_1_\d+\.html$/,
      [
        { url: 'https://www.ara.cat/politica/govern-aprova-pressupostos_1_4987001.html', title: 'El Govern aprova els pressupostos' },
        { url: 'https://ara.cat/politica/parlament-debat_1_4987002.html', title: 'El Parlament debat la llei' },
      ],
    ],
    [/\/nothing-matches\//, []],
  ];
  for (const [pattern, want] of cases) {
    assert.deepEqual(linksFromSectionPage(html, 'https://www.ara.cat/politica/', pattern), want, String(pattern));
  }
});
