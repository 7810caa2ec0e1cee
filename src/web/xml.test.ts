import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { escapeXml, xml, xmlDocument } from './xml.ts';

test('escapeXml: markup characters become entities, characters XML forbids are dropped', () => {
  const cases: [string, string][] = [
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["l'été", 'l&apos;été'],
    ['bell\u0007 and null\u0000', 'bell and null'],
    ['tab\tnewline\n', 'tab\tnewline\n'],
    ['lone \uD800 surrogate, pair 😀', 'lone  surrogate, pair 😀'],
    ['', ''],
  ];
  for (const [input, want] of cases) assert.equal(escapeXml(input), want, JSON.stringify(input));
});

test('xml: values are escaped, nested fragments and lists are kept as markup, empty values vanish', () => {
  const hostile = 'a <b> & "c"';
  const items = ['x&y', '<z>'].map((t) => xml`<item>${t}</item>`);
  const doc = xml`<root title="${hostile}">${hostile}${items}${null}${undefined}${false}${42}</root>`;
  assert.equal(doc.text, '<root title="a &lt;b&gt; &amp; &quot;c&quot;">a &lt;b&gt; &amp; &quot;c&quot;<item>x&amp;y</item><item>&lt;z&gt;</item>42</root>');
  const parsed = new DOMParser().parseFromString(xmlDocument(doc), 'text/xml');
  const root = parsed.documentElement!;
  assert.deepEqual([...root.querySelectorAll('item')].map((e) => e.textContent), ['x&y', '<z>']);
  assert.ok(xmlDocument(doc).startsWith('<?xml version="1.0" encoding="utf-8"?>\n<root'));
});
