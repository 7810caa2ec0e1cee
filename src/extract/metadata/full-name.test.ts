import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeGivenName } from './full-name.ts';

test('a lone given name is completed from the texts that spell the full name', () => {
  const cases: [string[], string[], string[]][] = [
    [['Nils'], ['25. Oktober 2023', 'Eine Kolumne von Nils Pickert'], ['Nils Pickert']],
    [['Fritz'], ['Datum: 19.11.2021 Autor: Fritz ImhofQuelle: Livenet'], ['Fritz Imhof']],
    [['Todd'], ['By', 'Todd Bates', 'Date'], ['Todd Bates']],
    [['Stefanus'], ['Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter'], ['Stefanus Stahl']],
    [['Lena'], ['Von Lena Marie'.toLowerCase()], ['Lena']],
    [['Anna Müller'], ['Anna Müller Schmidt'], ['Anna Müller']],
    [['Nils', 'Jan'], ['Nils Pickert'], ['Nils', 'Jan']],
  ];
  for (const [names, texts, want] of cases) assert.deepEqual(completeGivenName(names, texts), want, texts.join(' / '));
});

test('a given name followed by a word that is no surname stays as it is', () => {
  const cases: [string[], string[]][] = [
    [['Creeny'], ['Über Creeny Was ich liebe']],
    [['Steffi'], ['1. Februar 2022 Steffi Kaufratgeber, Beschäftigung']],
    [['Henry'], ['Von Henry In Aktuell']],
  ];
  for (const [names, texts] of cases) assert.deepEqual(completeGivenName(names, texts), names, texts.join(' / '));
});
