import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { creditedSource } from './credit.ts';

function paragraphs(body: string): Parameters<typeof creditedSource>[0] {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  return Array.from(document.querySelectorAll('p')) as unknown as Parameters<typeof creditedSource>[0];
}

const LONG = 'Der Gemeinderat hat am Dienstagabend nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen';

test('agency and source credits are kept as the page writes them', () => {
  const cases: [string, string[]][] = [
    [`<p>${LONG}. (FR mit dpa)</p><p>Mehr zum Thema</p>`, ['FR mit dpa']],
    [`<p>Hamburg (dpa/lno) – ${LONG}.</p><p>${LONG}.</p>`, ['dpa/lno']],
    [`<p>${LONG}.</p><p style="text-align:right">Quelle: <a href="https://www.kathpress.at">kathpress</a></p>`, ['kathpress']],
    [`<p>${LONG}.</p><p><em>Quelle: MDR THÜRINGEN/ls</em></p>`, ['MDR THÜRINGEN/ls']],
    [`<p>${LONG}.</p><p>Quelle: KNA 19.11.21</p>`, ['KNA']],
    [`<p>${LONG} (siehe oben)</p>`, []],
    [`<p>Berlin (Reuters) ist kein Anfang eines Satzes mit Gedankenstrich</p>`, []],
    [`<p>${LONG}.</p><div class="comments"><p>Quelle: mein Nachbar</p></div>`, []],
    [`<h1>Masken gestohlen</h1><p class="credit">JIJI</p><p>${LONG}.</p>`, ['JIJI']],
    [`<h1>Masken gestohlen</h1><p class="credit">Foto: Anna Weber</p><p>${LONG}.</p>`, []],
  ];
  for (const [body, want] of cases) assert.deepEqual(creditedSource(paragraphs(body)), want, body);
});
