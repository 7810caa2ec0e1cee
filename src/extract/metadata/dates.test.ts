import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHumanDate, parseMachineDate, plausible, urlDate } from './dates.ts';

test('machine dates keep the offset the page states', () => {
  const cases: [string, string | null][] = [
    ['2022-11-06T23:00:00+01:00', '2022-11-06T23:00:00+01:00'],
    ['2022-11-06T23:00:00+0100', '2022-11-06T23:00:00+01:00'],
    ['2022-11-06 23:00:00', '2022-11-06T23:00:00'],
    ['2021-03-08T11:15:28.000Z', '2021-03-08T11:15:28Z'],
    ['2021-03-26T19:26:03-05:00', '2021-03-26T19:26:03-05:00'],
    ['2021-03-26', '2021-03-26'],
    ['20210326', '2021-03-26'],
    ['2022-5-3T23:57:00', '2022-05-03T23:57:00'],
    ['Wed, 04 May 2022 10:00:00 +0200', '2022-05-04T10:00:00+02:00'],
    ['Fri, 26 Mar 2021 08:00:00 GMT', '2021-03-26T08:00:00Z'],
    ['2021-02-30T10:00:00Z', null],
    ['not a date', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(parseMachineDate(input), want, input);
});

test('visible dates in many languages become a calendar day', () => {
  const cases: [string, string | null][] = [
    ['Veröffentlicht am 6. November 2022, 14:30 Uhr', '2022-11-06'],
    ['Stand: 06.11.2022', '2022-11-06'],
    ['26 de marzo de 2021', '2021-03-26'],
    ['Publié le 26 mars 2021 à 08h30', '2021-03-26'],
    ['6 listopada 2022', '2022-11-06'],
    ['26 marzo 2021', '2021-03-26'],
    ['26 de março de 2021', '2021-03-26'],
    ['26 maart 2021', '2021-03-26'],
    ['November 6, 2022', '2022-11-06'],
    ['Nov. 6th, 2022', '2022-11-06'],
    ['2022-11-06', '2022-11-06'],
    ['2022年11月6日', '2022-11-06'],
    ['6 ноября 2022', '2022-11-06'],
    ['26/03/2021', '2021-03-26'],
    ['Version 1.2.3', null],
    ['Olympia 2022', null],
  ];
  for (const [input, want] of cases) assert.equal(parseHumanDate(input), want, input);
  assert.equal(parseHumanDate('11/06/2022', true), '2022-11-06');
  assert.equal(parseHumanDate('11/06/2022', false), '2022-06-11');
  assert.equal(parseHumanDate('03/26/2021', false), '2021-03-26');
});

test('dates in URL paths', () => {
  const cases: [string, string | null][] = [
    ['https://x.example/2022/11/06/story-title', '2022-11-06'],
    ['https://x.example/news/2022-11-06-story', '2022-11-06'],
    ['https://x.example/story-20221106.html', '2022-11-06'],
    ['https://x.example/2022/11/story', null],
    ['https://x.example/article/123456789', null],
    ['not a url', null],
  ];
  for (const [input, want] of cases) assert.equal(urlDate(input), want, input);
});

test('plausible days lie between 1995 and tomorrow', () => {
  const now = Date.parse('2024-01-01T12:00:00Z');
  assert.equal(plausible('2023-12-31', now), true);
  assert.equal(plausible('2024-01-02T08:00:00+01:00', now), true);
  assert.equal(plausible('2024-01-05', now), false);
  assert.equal(plausible('1994-12-31', now), false);
});
