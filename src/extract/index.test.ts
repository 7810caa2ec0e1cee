import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from './index.ts';
import type { Block } from './types.ts';

const page = (name: string): string => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const URL_ = 'https://diariodelsur.example/economia/2024/03/12/plan-vivienda.html';
const p = (text: string, html = text): Block => ({ type: 'paragraph', html, text });

test('a news page comes out as its article blocks, without furniture', () => {
  const expected: Block[] = [
    {
      type: 'image',
      src: 'https://diariodelsur.example/img/2024/ministra-vivienda.jpg',
      alt: 'La ministra en rueda de prensa',
      width: 1200,
      height: 675,
      caption: 'La ministra de Vivienda, tras el Consejo de Ministros.',
      credit: 'Agencia Efe',
    },
    p(
      'El Consejo de Ministros aprobó este martes el plan estatal de vivienda, que destinará 3.000 millones de euros a la construcción de pisos de alquiler asequible durante los próximos cinco años.',
      'El Consejo de Ministros aprobó este martes el <strong>plan estatal de vivienda</strong>, que destinará 3.000 millones de euros a la construcción de pisos de alquiler asequible durante los próximos cinco años.',
    ),
    p(
      'La ministra defendió la medida ante los periodistas y recordó que, según el Instituto Nacional de Estadística, el precio del alquiler ha subido un 40% en una década.',
      'La ministra defendió la medida ante los periodistas y recordó que, según el <a href="https://www.ine.es/prensa/alquiler.htm">Instituto Nacional de Estadística</a>, el precio del alquiler ha subido un 40% en una década.',
    ),
    { type: 'heading', level: 2, html: 'Quién podrá acceder a las ayudas', text: 'Quién podrá acceder a las ayudas' },
    p(
      'Las ayudas se dirigen a menores de 35 años y a familias con ingresos inferiores a tres veces el indicador público de renta. Las comunidades autónomas gestionarán las solicitudes.',
      'Las ayudas se dirigen a menores de 35 años y a familias con ingresos inferiores a tres veces el <em>indicador público de renta</em>. Las comunidades autónomas gestionarán las solicitudes.',
    ),
    {
      type: 'blockquote',
      html: 'Es el mayor esfuerzo público en vivienda de los últimos veinte años, y llega cuando más falta hace.',
      text: 'Es el mayor esfuerzo público en vivienda de los últimos veinte años, y llega cuando más falta hace.',
    },
    p('Los requisitos para solicitar la ayuda son los siguientes:'),
    {
      type: 'list',
      ordered: false,
      items: [
        { html: 'Tener la residencia legal en España.', text: 'Tener la residencia legal en España.' },
        { html: 'No ser propietario de otra vivienda.', text: 'No ser propietario de otra vivienda.' },
        { html: 'Destinar el piso a <em>residencia habitual</em>.', text: 'Destinar el piso a residencia habitual.' },
      ],
    },
    {
      type: 'related',
      items: [
        { url: 'https://diariodelsur.example/economia/2024/03/10/alquileres-record.html', title: 'Los alquileres marcan un nuevo récord en las grandes ciudades' },
        { url: 'https://diariodelsur.example/politica/2024/03/11/oposicion-vivienda.html', title: 'La oposición pide una ley de vivienda distinta' },
      ],
    },
    { type: 'heading', level: 2, html: 'Reacciones de la oposición', text: 'Reacciones de la oposición' },
    p(
      'La oposición calificó el plan de «insuficiente» y anunció que presentará enmiendas en el Congreso, donde el Gobierno necesita el apoyo de sus socios para convalidar el decreto.',
    ),
  ];
  const article = extract(page('news-page.html'), URL_);
  assert.equal(article.url, URL_);
  assert.deepEqual(article.blocks, expected);
});

test('per-source rules: remove drops elements, body restricts the body', () => {
  const html = page('news-page.html');
  const removed = extract(html, URL_, { remove: ['blockquote', 'figure'] });
  assert.ok(!removed.blocks.some((b) => b.type === 'blockquote' || b.type === 'image'));
  const ruled = extract(html, URL_, { body: '#comments' });
  assert.deepEqual(ruled.blocks, [
    { type: 'heading', level: 3, html: 'Comentarios', text: 'Comentarios' },
    p('Ya era hora de que hicieran algo con los alquileres, esto no hay quien lo pague.'),
  ]);
});

test('paragraphs split by double <br> stay separate blocks', () => {
  const text = 'Primera frase del artículo con suficiente texto para contar como párrafo, sin duda alguna.';
  const other = 'Segunda frase del artículo, también larga, que no debe pegarse a la primera en ningún caso.';
  const html = `<html><body><div class="content">${text}<br><br>${other}<br/><br/>${text} ${other}</div></body></html>`;
  assert.deepEqual(extract(html, URL_).blocks, [p(text), p(other), p(`${text} ${other}`)]);
});

const garbage: [string, string][] = [
  ['empty string', ''],
  ['binary junk', '\u0000\u0001\u0002\uFFFD\uD800garbage<<<>>>\u0007'],
  ['only a comment', '<!-- nothing -->'],
  ['unclosed tags', '<div><p><span><a href="javascript:x">'.repeat(200)],
  ['an XML feed', '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>'],
  ['deeply nested inline', `<p>${'<b>'.repeat(3000)}texto${'</b>'.repeat(3000)}</p>`],
  ['a huge flat page', `<html><body>${'<p>Una frase de relleno, con comas, para el artículo.</p>'.repeat(5000)}</body></html>`],
];

for (const [name, html] of garbage) {
  test(`garbage does not throw: ${name}`, () => {
    const article = extract(html, 'https://example.org/a');
    assert.ok(Array.isArray(article.blocks));
    assert.equal(article.url, 'https://example.org/a');
  });
}
