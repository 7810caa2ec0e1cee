import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { EngineError } from '../types.ts';
import { ApertiumEngine } from './apertium.ts';

const installed = existsSync('/usr/share/apertium/modes/spa-eng.mode');
const skip = installed ? false : 'Apertium is not installed (npm run setup installs it; CI does)';
const MARKS = /(^|[\s(>"'])[*#@]\p{L}/u;

/** One sentence per direct and pivot pair, each about a housing law. */
const PAIRS: { from: string; route: string[]; text: string }[] = [
  { from: 'es', route: ['es', 'en'], text: 'El gobierno aprobó la nueva ley de vivienda el martes.' },
  { from: 'ca', route: ['ca', 'en'], text: "El govern va aprovar la nova llei d'habitatge dimarts." },
  { from: 'gl', route: ['gl', 'en'], text: 'O goberno aprobou a nova lei de vivenda o martes.' },
  { from: 'eu', route: ['eu', 'en'], text: 'Gobernuak etxebizitza legea onartu zuen.' },
  { from: 'is', route: ['is', 'en'], text: 'Ríkisstjórnin samþykkti ný lög um húsnæði.' },
  { from: 'mk', route: ['mk', 'en'], text: 'Владата го одобри новиот закон за домување.' },
  { from: 'sh', route: ['sh', 'en'], text: 'Vlada je usvojila novi zakon o stanovanju.' },
  { from: 'eo', route: ['eo', 'en'], text: 'La registaro aprobis la novan leĝon pri loĝado.' },
  { from: 'pt', route: ['pt', 'es', 'en'], text: 'O governo aprovou a nova lei da habitação na terça-feira.' },
  { from: 'fr', route: ['fr', 'es', 'en'], text: 'Le gouvernement a approuvé la nouvelle loi sur le logement mardi.' },
  { from: 'it', route: ['it', 'es', 'en'], text: 'Il governo ha approvato la nuova legge sulla casa martedì.' },
  { from: 'ro', route: ['ro', 'es', 'en'], text: 'Guvernul a aprobat noua lege a locuințelor marți.' },
];

test('every direct and pivot pair translates into English without unknown-word marks', { skip }, async () => {
  for (const { from, route, text } of PAIRS) {
    const engine = new ApertiumEngine();
    try {
      const out = await engine.translate([text, 'Wkrtzl xyzzyqua.'], from, 'en', { format: 'text' });
      assert.deepEqual(out.route, route, from);
      assert.match(out.texts[0]!, /\blaws?\b/, `${from}: ${out.texts[0]}`);
      for (const text of out.texts) assert.doesNotMatch(text, MARKS, `${from}: ${text}`);
      assert.equal(out.texts[1], 'Wkrtzl xyzzyqua.', from);
    } finally {
      await engine.close();
    }
  }
});

test('generation-error marks, which Apertium escapes, never reach a reader', { skip }, async () => {
  const engine = new ApertiumEngine();
  try {
    const out = await engine.translate(['Juan no se dio cuenta de nada.'], 'es', 'en', { format: 'html' });
    assert.doesNotMatch(out.texts[0]!, /[@#*\\]/, out.texts[0]);
    assert.match(out.texts[0]!, /did not/);
    assert.ok((out.unknownWords ?? 0) >= 1, 'the untranslatable word is counted for the quality check');
  } finally {
    await engine.close();
  }
});

test('inline HTML, names, numbers, URLs and e-mail addresses come through', { skip }, async () => {
  const engine = new ApertiumEngine();
  try {
    const cases: { from: string; format: 'html' | 'text'; input: string; keep: string[]; lose: RegExp[] }[] = [
      {
        from: 'es',
        format: 'html',
        input: 'El presidente habló con <a href="https://x.es/a?b=1">los ministros</a> y <em>la prensa</em> &amp; otros.',
        keep: ['<a href="https://x.es/a?b=1">the ministers</a>', '<em>the press</em>', '&amp;'],
        lose: [],
      },
      {
        from: 'es',
        format: 'text',
        input: 'El presidente de El Salvador habló con Lee Hsien Loong y con la senadora Rosa Parks.',
        keep: ['El Salvador', 'Lee Hsien Loong', 'Rosa Parks'],
        lose: [/Saviour/, /reads/, /pink/i],
      },
      {
        from: 'pt',
        format: 'text',
        input: 'O presidente de El Salvador falou com Lee Hsien Loong.',
        keep: ['Salvador', 'Lee Hsien Loong'],
        lose: [/Saviour/, /reads/],
      },
      {
        from: 'es',
        format: 'text',
        input: 'Escriba a prensa@diario.es o visite https://diario.es/a?b=1 antes del 12 de mayo de 2024, con 3.500 personas.',
        keep: ['prensa@diario.es', 'https://diario.es/a?b=1', '12 May 2024', '3.500'],
        lose: [],
      },
    ];
    for (const { from, format, input, keep, lose } of cases) {
      const [text] = (await engine.translate([input], from, 'en', { format })).texts;
      for (const part of keep) assert.ok(text!.includes(part), `${input}\n→ ${text}\nlacks ${part}`);
      for (const pattern of lose) assert.doesNotMatch(text!, pattern, `${input}\n→ ${text}`);
    }
  } finally {
    await engine.close();
  }
});

test('pivots keep names the first leg would rename or the last leg would leave in Spanish', { skip }, async () => {
  const engine = new ApertiumEngine();
  try {
    const cases: { from: string; input: string; keep: string[]; lose: RegExp[] }[] = [
      {
        from: 'pt',
        input: 'Centenas de crianças migrantes foram deslocadas para um acampamento na fronteira do Texas e da China.',
        keep: ['Texas', 'of China'],
        lose: [/Tejas|Knit/],
      },
      {
        from: 'fr',
        input: 'La National Science Foundation finance des chercheurs de l’Université de Syracuse, près des comtés de Lee et Collier.',
        keep: ['National Science Foundation', 'Syracuse', 'Lee and Collier'],
        lose: [/Nacional|Siracusa|Necklace/],
      },
      { from: 'fr', input: 'Il a comparé les relations avec la Russie et l’Iran.', keep: ['Iran'], lose: [/will go/] },
    ];
    for (const { from, input, keep, lose } of cases) {
      const [text] = (await engine.translate([input], from, 'en', { format: 'text' })).texts;
      for (const part of keep) assert.ok(text!.includes(part), `${input}\n→ ${text}\nlacks ${part}`);
      for (const pattern of lose) assert.doesNotMatch(text!, pattern, `${input}\n→ ${text}`);
    }
  } finally {
    await engine.close();
  }
});

test('blank segments pass through and unsupported pairs fail clearly', { skip }, async () => {
  const engine = new ApertiumEngine();
  try {
    const out = await engine.translate(['', '  ', 'Hola.'], 'es', 'en', { format: 'text' });
    assert.deepEqual(out.texts, ['', '  ', 'Hello.']);
    await assert.rejects(
      engine.translate(['Hallo'], 'de', 'en', { format: 'text' }),
      (error: unknown) => error instanceof EngineError && error.code === 'unsupported_pair' && /de→en/.test(error.message),
    );
  } finally {
    await engine.close();
  }
});

test('one long-lived pipeline per mode: reused across calls, restarted after it is killed, stopped when idle', { skip }, async () => {
  // Long enough that a loaded machine cannot idle the pipeline out between two calls, short enough to see it stop.
  const engine = new ApertiumEngine({ idleMs: 3000 });
  try {
    await engine.translate(['Hola, mundo.'], 'es', 'en', { format: 'text' });
    const first = await engine.pipelinePids('spa-eng');
    assert.ok(first.every((pid) => pid !== undefined));
    const out = await engine.translate(['Buenos días.', 'Buenas noches.'], 'es', 'en', { format: 'text' });
    assert.deepEqual(out.texts, ['Good morning.', 'Good nights.']);
    assert.deepEqual(await engine.pipelinePids('spa-eng'), first);

    process.kill(-first[1]!, 'SIGKILL');
    const again = await engine.translate(['Hola, mundo.'], 'es', 'en', { format: 'text' });
    assert.deepEqual(again.texts, ['Hello, world.']);
    const restarted = await engine.pipelinePids('spa-eng');
    assert.equal(restarted[0], first[0]);
    assert.notEqual(restarted[1], first[1]);

    let pids = restarted;
    for (let waited = 0; waited < 30_000 && pids.some((pid) => pid !== undefined); waited += 100) {
      await sleep(100);
      pids = await engine.pipelinePids('spa-eng');
    }
    assert.deepEqual(pids, [undefined, undefined]);
  } finally {
    await engine.close();
  }
});
