import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../dom.ts';
import { blocksText, extractBody } from './index.ts';

test('a related-posts list is furniture even when it holds much of a short post page', () => {
  const excerpt = (n: number): string =>
    `<li><a href="/p${n}">Beitrag ${n}</a><small>Ein älterer Beitrag über die Stadtwerke, die Straßenbahn und den Haushalt der Stadt, Teil ${n}.</small></li>`;
  const html = `<html><body><div class="post"><h1>Kurz notiert</h1><div class="entry">
<p>Die Stadtbibliothek bleibt am Samstag wegen einer Betriebsversammlung geschlossen, teilte die Stadt mit.</p>
<p>Ab Montag gelten wieder die üblichen Öffnungszeiten, auch für die Zweigstellen in den Stadtteilen.</p>
<ul class="related_post">${[1, 2, 3].map(excerpt).join('')}</ul></div></div></body></html>`;
  const text = blocksText(extractBody(parseDocument(html), 'https://blog.example/kurz'));
  assert.match(text, /Ab Montag gelten wieder/);
  assert.ok(!text.includes('Ein älterer Beitrag'), text);
});

test("a heading's anchor id made from its words does not make it furniture", () => {
  const para = (n: number): string => `<p>Punkt ${n}: Die neue Version bringt schnellere Builds, bessere Fehlermeldungen und eine überarbeitete Oberfläche für alle Nutzer.</p>`;
  const html = `<html><body><article><h1>Was ist neu</h1>${para(1)}${para(2)}${para(3)}<h2 id="what-comes-next">Was kommt als Nächstes?</h2>${para(4)}${para(5)}</article></body></html>`;
  const text = blocksText(extractBody(parseDocument(html), 'https://blog.example/neu'));
  assert.match(text, /Was kommt als Nächstes\?/);
});
