import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../index.ts';
import type { Block } from '../types.ts';
import { dropRepeatedStandfirst } from './index.ts';

const page = (name: string): string => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const URL_ = 'https://vestnik.example/society/2024/05/02/svini.html';
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => ('text' in b ? [b.text] : [b.type]));

const DEK = 'В Тверской области фермеры дают свиньям игрушки, чтобы животные меньше болели и быстрее росли.';
const PIGS = '«Свиньи игривы,';

test('the dek printed above the article is the standfirst, not the first body paragraph', () => {
  const article = extract(page('dek-and-short-paragraph-ru.html'), URL_);
  assert.equal(article.standfirst, DEK);
  const body = texts(article.blocks);
  assert.ok(!body.includes(DEK), `body repeats the standfirst: ${body[0]}`);
  assert.match(body[0] ?? '', /^На ферме под Тверью/);
});

const shortParagraphPages: [string, string][] = [
  ['inside the body container, after an ad slot', 'dek-and-short-paragraph-ru.html'],
  ['beside the best-scoring container', 'short-paragraph-sibling-ru.html'],
];

for (const [name, file] of shortParagraphPages) {
  test(`a short paragraph between body paragraphs stays, in order: ${name}`, () => {
    const body = texts(extract(page(file), URL_).blocks);
    const i = body.indexOf(PIGS);
    assert.ok(i > 0, `"${PIGS}" missing from ${JSON.stringify(body)}`);
    assert.match(body[i - 1] ?? '', /\.$/);
    assert.match(body[i + 1] ?? '', /^и если им нечем заняться/);
  });
}

const p = (text: string): Block => ({ type: 'paragraph', html: text, text });
const image: Block = { type: 'image', src: 'https://vestnik.example/img/1.jpg' };

const dropCases: [string, Block[], string | null, Block[]][] = [
  ['first paragraph equal to the standfirst goes', [p(DEK), p('Дальше.')], DEK, [p('Дальше.')]],
  ['a lead image before it does not protect it', [image, p(DEK), p('Дальше.')], DEK, [image, p('Дальше.')]],
  ['whitespace differences do not matter', [p(DEK.replace(/ /g, '  '))], DEK, []],
  ['a heading repeating the dek goes too', [{ type: 'heading', level: 2, html: DEK, text: DEK }, p('Дальше.')], DEK, [p('Дальше.')]],
  ['the same text later in the body stays', [p('Сначала.'), p(DEK)], DEK, [p('Сначала.'), p(DEK)]],
  ['a first paragraph that only starts like it stays', [p(`${DEK} И ещё.`)], DEK, [p(`${DEK} И ещё.`)]],
  ['no standfirst, nothing dropped', [p(DEK)], null, [p(DEK)]],
];

for (const [name, blocks, standfirst, expected] of dropCases) {
  test(`dropRepeatedStandfirst: ${name}`, () => {
    assert.deepEqual(dropRepeatedStandfirst(blocks, standfirst), expected);
  });
}

const LONG_1 = 'El Consejo de Ministros aprobó este martes el plan estatal de vivienda, que destinará 3.000 millones de euros a pisos de alquiler.';
const LONG_2 = 'La ministra defendió la medida ante los periodistas y recordó que el precio del alquiler ha subido un 40% en una década.';
const publisherCopy = (body: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', articleBody: body }] })}</script>`;
const newsPage = (head: string): string =>
  `<html><head>${head}</head><body><div class="texto"><p>${LONG_1}</p><p>¿Te gusta leernos? Únete a nuestro canal</p><p>${LONG_2}</p><p>Ver más de economía aquí</p></div></body></html>`;

const crossChecks: [string, string, string[]][] = [
  ['short lines missing from the publisher copy go', publisherCopy(`${LONG_1}\n\n${LONG_2} ${'Más texto del artículo. '.repeat(20)}`), [LONG_1, LONG_2]],
  ['a publisher copy that disagrees with our paragraphs is ignored', publisherCopy(`Otro texto. ${'Nada que ver con la página. '.repeat(30)}`), [LONG_1, '¿Te gusta leernos? Únete a nuestro canal', LONG_2, 'Ver más de economía aquí']],
  ['without one, nothing changes', '', [LONG_1, '¿Te gusta leernos? Únete a nuestro canal', LONG_2, 'Ver más de economía aquí']],
];

for (const [name, head, expected] of crossChecks) {
  test(`JSON-LD articleBody cross-check: ${name}`, () => {
    assert.deepEqual(texts(extract(newsPage(head), URL_).blocks), expected);
  });
}

const PARA = 'Las ayudas se dirigen a menores de 35 años y a familias con ingresos inferiores a tres veces el indicador público de renta.';
const related = '<ul><li><a href="/a">Los alquileres marcan un récord</a></li><li><a href="/b">La oposición pide otra ley</a></li></ul>';

const headingCases: [string, string, string[]][] = [
  ['a heading over a box of links goes', `<h2>Quién podrá acceder</h2><p>${PARA}</p><h2>Weitere Themen</h2>${related}<p>${PARA} Fin.</p>`, ['Quién podrá acceder', PARA, 'related', `${PARA} Fin.`]],
  ['a heading straight before one of its rank goes', `<p>${PARA}</p><h2>Lust auf mehr?</h2><h2>Reacciones</h2><p>${PARA} Fin.</p>`, [PARA, 'Reacciones', `${PARA} Fin.`]],
  ['a heading over a sub-heading stays', `<p>${PARA}</p><h2>Reacciones</h2><h3>En el Congreso</h3><p>${PARA} Fin.</p>`, [PARA, 'Reacciones', 'En el Congreso', `${PARA} Fin.`]],
  ['a heading with next to nothing under it at the end goes', `<p>${PARA}</p><p>${PARA} Fin.</p><h3>Explore further</h3><p>Newsletter</p>`, [PARA, `${PARA} Fin.`, 'Newsletter']],
];

for (const [name, body, expected] of headingCases) {
  test(`section headings: ${name}`, () => {
    assert.deepEqual(texts(extract(`<html><body><div class="texto">${body}</div></body></html>`, URL_).blocks), expected);
  });
}
