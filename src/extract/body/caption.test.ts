import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../dom.ts';
import { blocksText, extractBody } from './index.ts';

const PARAGRAPHS = Array.from({ length: 4 }, (_, i) =>
  `<p>Absatz ${i + 1}: Die Brücke über den Fluss wurde nach vier Jahren Bauzeit am Montag für den Verkehr freigegeben, früher als geplant.</p>`,
).join('');

const bodyOf = (inner: string): string =>
  blocksText(extractBody(parseDocument(`<html><body><article><h1>Brücke offen</h1><div class="entry-content">${inner}</div></article></body></html>`), 'https://zeitung.example/b'));

test('a caption box beside its picture is not body text', () => {
  const text = bodyOf(`${PARAGRAPHS.slice(0, 200)}<div class="wp-caption"><img src="/b.jpg" alt=""><p class="wp-caption-text">Die neue Brücke bei Nacht</p></div>${PARAGRAPHS}`);
  assert.ok(!text.includes('Die neue Brücke bei Nacht'), text);
  assert.match(text, /Absatz 4/);
});

test('a credit line and a picture label are not body text', () => {
  const text = bodyOf(`${PARAGRAPHS}<span class="image-subtitle">Luftbild der Baustelle</span><p class="photo-credits">Foto: Stadtwerke</p>`);
  assert.ok(!text.includes('Luftbild der Baustelle'), text);
  assert.ok(!text.includes('Stadtwerke'), text);
});

test('a figure without a readable picture keeps its caption as text', () => {
  const text = bodyOf(`${PARAGRAPHS}<figure class="slide"><amp-img src="/1.jpg"></amp-img><figcaption class="slide-caption"><p>Der erste Pfeiler steht im Fluss.</p></figcaption></figure>`);
  assert.match(text, /Der erste Pfeiler steht im Fluss\./);
});
