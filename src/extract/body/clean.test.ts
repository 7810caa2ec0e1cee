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
