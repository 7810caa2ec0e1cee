import { EngineError, type EngineHealth, type EngineOutput, type LanguagePair, type TranslateOptions, type TranslationEngine } from '../types.ts';
import { nameCandidates, parse, readingsBySurface } from '../analysed-stream.ts';
import { protectNames, type ProtectedStream } from '../names.ts';
import { bilingualDictionary, DEFAULT_APERTIUM_DIR, installedModes, nullFlushCommand, routesInto, type ApertiumRoute } from './apertium/modes.ts';
import { ApertiumPipeline } from './apertium/pipeline.ts';
import { WordLookups } from './apertium/word-lookups.ts';
import { postEditEnglish } from './apertium/post-edit.ts';
import { decodeSegment, encodeSegment, joinBatch, splitBatch, stripMarks } from './apertium/stream.ts';

/**
 * The offline default engine: Apertium from the distribution's packages, driven as long-lived pipelines (one per
 * mode, started on demand, stopped when idle). Each mode runs as two processes with our name protection between
 * them: the morphological analyser, then the rest of the mode's programs.
 */

export interface ApertiumOptions {
  /** Apertium's data directory (holding modes/). */
  dataDir?: string;
  /** Stop a pair's pipeline after this long without work. */
  idleMs?: number;
  /** Give up on a pipeline that answers nothing for this long. */
  timeoutMs?: number;
  /** Keep capitalised common words that are used as names (see names.ts). */
  protectNames?: boolean;
  /** Segments per batch sent down a route; batches of a pivot overlap across its two legs. */
  batchSize?: number;
}

interface Leg {
  analyse: ApertiumPipeline;
  rest: ApertiumPipeline;
  /** Settles once the batch last given to `analyse` has been handed to `rest`. */
  turn: Promise<void>;
}

export class ApertiumEngine implements TranslationEngine {
  readonly name = 'apertium';
  private readonly dataDir: string;
  private readonly idleMs: number;
  private readonly timeoutMs: number;
  private readonly names: boolean;
  private readonly batchSize: number;
  private readonly legs = new Map<string, Promise<Leg>>();
  /**
   * Small helper pipelines: target-language analysers (how the target spells the capitalised words of a batch)
   * and the bilingual dictionaries of a pivot's earlier legs (which names they rename), by command.
   */
  private readonly helpers = new Map<string, ApertiumPipeline>();
  /** Helpers' answers by word, by helper ('analyser gl-en'). */
  private readonly answers = new Map<string, WordLookups>();
  /** Helpers by what they are to a mode ('analyser gl-en'), so that a mode's file is read once, not per batch. */
  private readonly modeHelpers = new Map<string, Promise<ApertiumPipeline | undefined>>();
  private routes: Promise<ApertiumRoute[]> | undefined;
  private nextId = 0;

  constructor(options: ApertiumOptions = {}) {
    this.dataDir = options.dataDir ?? DEFAULT_APERTIUM_DIR;
    this.idleMs = options.idleMs ?? 10 * 60_000;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.names = options.protectNames ?? true;
    this.batchSize = options.batchSize ?? 32;
  }

  async pairs(): Promise<LanguagePair[]> {
    return (await this.allRoutes()).map(({ from, to, route }) => ({ from, to, route }));
  }

  async health(): Promise<EngineHealth> {
    const routes = await this.allRoutes();
    if (routes.length === 0) {
      return { ok: false, detail: `no Apertium pairs into English in ${this.dataDir}/modes (run npm run setup)` };
    }
    return { ok: true, detail: routes.map((r) => r.route.join('→')).join(', ') };
  }

  async translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput> {
    const route = (await this.allRoutes()).find((r) => r.from === from && r.to === to);
    if (!route) throw new EngineError(this.name, 'unsupported_pair', `no Apertium route ${from}→${to} in ${this.dataDir}`);
    options.signal?.throwIfAborted();
    const texts = [...segments];
    const work = segments.flatMap((segment, index) => (segment.trim() ? [index] : []));
    if (work.length > 0) {
      for (const leg of await Promise.all(route.modes.map((mode) => this.leg(mode)))) {
        leg.analyse.warm();
        leg.rest.warm();
      }
      if (this.names) for (const helper of await this.nameHelpers(route)) helper.warm();
    }
    const batches: number[][] = [];
    for (let i = 0; i < work.length; i += this.batchSize) batches.push(work.slice(i, i + this.batchSize));
    let unknownWords = 0;
    await Promise.all(
      batches.map(async (batch) => {
        const outputs = await this.runBatch(batch.map((i) => segments[i]!), route, options.format);
        batch.forEach((segmentIndex, k) => (texts[segmentIndex] = outputs.texts[k]!));
        unknownWords += outputs.unknownWords;
      }),
    );
    options.signal?.throwIfAborted();
    return {
      texts,
      engine: this.name,
      route: route.route,
      charsBilled: segments.reduce((sum, s) => sum + s.length, 0),
      unknownWords,
    };
  }

  async close(): Promise<void> {
    const legs = await Promise.allSettled(this.legs.values());
    const helpers = [...this.helpers.values()];
    this.legs.clear();
    this.helpers.clear();
    this.modeHelpers.clear();
    this.answers.clear();
    await Promise.all(helpers.map((helper) => helper.stop()));
    await Promise.all(
      legs.flatMap((leg) => (leg.status === 'fulfilled' ? [leg.value.analyse.stop(), leg.value.rest.stop()] : [])),
    );
  }

  /** CPU seconds used by all running pipelines (see ApertiumPipeline.cpuSeconds), for the benchmark. */
  async cpuSeconds(): Promise<number | undefined> {
    let total = 0;
    for (const leg of await Promise.all(this.legs.values())) {
      for (const pipeline of [leg.analyse, leg.rest]) {
        const seconds = pipeline.cpuSeconds();
        if (seconds === undefined) return undefined;
        total += seconds;
      }
    }
    return total;
  }

  /** The running pipelines of a mode (for tests and `doctor`): process ids, or undefined when stopped. */
  async pipelinePids(mode: string): Promise<(number | undefined)[]> {
    const leg = await this.leg(mode);
    return [leg.analyse.pid, leg.rest.pid];
  }

  /**
   * `unknownWords` counts the lower-case words some leg could not translate, for the quality check; capitalised
   * ones are names, which are expected to pass through.
   */
  private async runBatch(segments: string[], route: ApertiumRoute, format: 'html' | 'text'): Promise<{ texts: string[]; unknownWords: number }> {
    const encoded = segments.map((segment) => encodeSegment(this.nextId++, segment, format));
    let stream = joinBatch(encoded);
    /** The names earlier legs kept, so that later legs keep them too. */
    const names = new Set<string>();
    const verbatim = new Set<string>();
    let unknownWords = 0;
    for (const [index, mode] of route.modes.entries()) {
      const leg = await this.leg(mode);
      const context = { verbatim, finalLeg: index === route.modes.length - 1 };
      const answer = await this.retryOnce(() => this.runLeg(mode, leg, stream, names, context, route));
      for (const word of answer.verbatim) verbatim.add(word);
      const stripped = stripMarks(answer.stream);
      for (const word of [...answer.names, ...stripped.unknown]) {
        if (/^\p{Lu}/u.test(word)) names.add(word.replace(/\\(.)/g, '$1'));
      }
      unknownWords += stripped.unknown.filter((word) => !/^\p{Lu}/u.test(word)).length;
      stream = stripped.stream;
    }
    const edit = route.to === 'en' ? postEditEnglish : undefined;
    try {
      return { texts: splitBatch(stream, encoded).map((part, k) => decodeSegment(part, encoded[k]!, format, edit)), unknownWords };
    } catch (error) {
      throw new EngineError(this.name, 'bad_response', `${route.modes.join(' → ')}: ${(error as Error).message}`);
    }
  }

  private async runLeg(
    mode: string,
    leg: Leg,
    chunk: string,
    keep: Set<string>,
    context: { verbatim: Set<string>; finalLeg: boolean },
    route: ApertiumRoute,
  ): Promise<ProtectedStream> {
    const previous = leg.turn;
    let release!: () => void;
    leg.turn = new Promise((resolve) => (release = resolve));
    let prepared: ProtectedStream;
    let pending: Promise<string[]>;
    try {
      const [analysed] = await leg.analyse.run([chunk]);
      prepared = { stream: analysed!, names: [], verbatim: [] };
      if (this.names) {
        const target = route.targetAnalyser;
        const units = parse(analysed!);
        const candidates = nameCandidates(units);
        const [targetReadings, renamed] = await Promise.all([
          target ? this.analyserReadings(target, candidates.surfaces) : undefined,
          context.finalLeg ? undefined : this.renamed(mode, candidates.properReadings, route),
        ]);
        prepared = protectNames(analysed!, keep, { ...context, targetReadings, ...renamed }, units);
      }
      // Batches reach the rest of the leg in the order they reached its analyser, whatever the name look-ups
      // took: its tagger carries state from one batch into the next, so another order gives another translation.
      await previous;
      pending = leg.rest.run([prepared.stream]);
    } finally {
      release();
    }
    const [translated] = await pending;
    return { ...prepared, stream: translated! };
  }

  /** A mode's analyser's readings of words (as written in a stream), by word. */
  private async analyserReadings(mode: string, surfaces: string[]): Promise<Map<string, string[]>> {
    if (surfaces.length === 0) return new Map();
    return this.lookups(`analyser ${mode}`, async (words) => {
      // Superblanks keep the words apart, so that no two of them are read as one multiword.
      const [answer] = await (await this.analyserHelper(mode)).run([`${words.join('[]')}[]`]);
      return readingsBySurface(answer!);
    }).lookUp(surfaces);
  }

  /**
   * The proper-noun readings (of an analysed stream) that an earlier leg's bilingual dictionary gives another lemma,
   * and of those the ones left in a pivot spelling that the last leg does not know (so copies as it is) and the
   * target language does not know as a name either.
   */
  private async renamed(mode: string, readings: string[], route: ApertiumRoute): Promise<{ renamed: Set<string>; stranded: Set<string> }> {
    const dictionary = await this.dictionaryHelper(mode);
    if (readings.length === 0 || !dictionary) return { renamed: new Set(), stranded: new Set() };
    const translations = await this.lookups(`dictionary ${mode}`, async (words) => {
      const [answer] = await dictionary.run([`${words.map((r) => `^${r}$`).join('[]')}[]`]);
      return readingsBySurface(answer!);
    }).lookUp(readings);
    const lemma = (reading: string): string => reading.replace(/^[@#*]/, '').replace(/<.*$/, '');
    const renamed = new Map<string, string>();
    for (const [reading, out] of translations) {
      const other = out.map(lemma).find((l) => l !== lemma(reading));
      if (other) renamed.set(reading, other);
    }
    const pivot = [...new Set(renamed.values())];
    if (pivot.length === 0) return { renamed: new Set(), stranded: new Set() };
    // Asked of the analysers only: a word through a leg's tagger would shift how it tags the next batch.
    const [pivotReadings, targetReadings] = await Promise.all([
      this.analyserReadings(route.modes[route.modes.length - 1]!, pivot),
      route.targetAnalyser ? this.analyserReadings(route.targetAnalyser, pivot) : new Map<string, string[]>(),
    ]);
    // A spelling the analyser answered for as one word, and knows in no reading.
    const copied = (p: string): boolean => {
      const readings = pivotReadings.get(p);
      return readings !== undefined && readings.length > 0 && readings.every((r) => r.startsWith('*'));
    };
    const named = (p: string): boolean => (targetReadings.get(p) ?? []).some((r) => r.includes('<np>'));
    const stranded = new Set([...renamed].filter(([, p]) => copied(p) && !named(p)).map(([r]) => r));
    return { renamed: new Set(renamed.keys()), stranded };
  }

  /**
   * The helpers name protection will ask on this route, so that they start with the route's pipelines rather than
   * on the first batch's way from the analyser to the rest of its leg.
   */
  private async nameHelpers(route: ApertiumRoute): Promise<ApertiumPipeline[]> {
    const last = route.modes[route.modes.length - 1]!;
    const helpers = await Promise.all([
      route.targetAnalyser ? this.analyserHelper(route.targetAnalyser) : undefined,
      ...route.modes.slice(0, -1).map((mode) => this.dictionaryHelper(mode)),
      route.modes.length > 1 ? this.analyserHelper(last) : undefined,
    ]);
    return helpers.filter((helper) => helper !== undefined);
  }

  private async analyserHelper(mode: string): Promise<ApertiumPipeline> {
    const helper = await this.modeHelper(`analyser ${mode}`, async () => {
      // A leg's own analyser answers each chunk alone (it has no tagger's state), so it can answer for names too:
      // one process fewer to start on a pivot.
      const leg = this.legs.get(mode);
      if (leg) return (await leg).analyse;
      const command = await nullFlushCommand(this.dataDir, mode);
      return this.helper(command.slice(0, command.indexOf(' |')));
    });
    return helper!;
  }

  /** Undefined when the mode's file names no bilingual dictionary. */
  private dictionaryHelper(mode: string): Promise<ApertiumPipeline | undefined> {
    return this.modeHelper(`dictionary ${mode}`, async () => {
      const dictionary = await bilingualDictionary(this.dataDir, mode);
      return dictionary ? this.helper(`lt-proc -z -b '${dictionary}'`) : undefined;
    });
  }

  private lookups(key: string, ask: (words: string[]) => Promise<Map<string, string[]>>): WordLookups {
    let lookups = this.answers.get(key);
    if (!lookups) {
      lookups = new WordLookups(ask);
      this.answers.set(key, lookups);
    }
    return lookups;
  }

  private modeHelper(key: string, make: () => Promise<ApertiumPipeline | undefined>): Promise<ApertiumPipeline | undefined> {
    let helper = this.modeHelpers.get(key);
    if (!helper) {
      helper = make();
      helper.catch(() => this.modeHelpers.delete(key));
      this.modeHelpers.set(key, helper);
    }
    return helper;
  }

  private helper(command: string): ApertiumPipeline {
    let helper = this.helpers.get(command);
    if (!helper) {
      helper = new ApertiumPipeline({ idleMs: this.idleMs, timeoutMs: this.timeoutMs, mode: command, command });
      this.helpers.set(command, helper);
    }
    return helper;
  }

  /** A pipeline that died (killed, out of memory) fails what it held; it restarts on the next request. */
  private async retryOnce<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof EngineError && error.code === 'unavailable') return run();
      throw error;
    }
  }

  private leg(mode: string): Promise<Leg> {
    let leg = this.legs.get(mode);
    if (!leg) {
      leg = nullFlushCommand(this.dataDir, mode).then((command) => {
        const split = command.indexOf(' |');
        const common = { idleMs: this.idleMs, timeoutMs: this.timeoutMs };
        return {
          analyse: new ApertiumPipeline({ ...common, mode: `${mode} analyser`, command: command.slice(0, split) }),
          rest: new ApertiumPipeline({ ...common, mode, command: command.slice(split + 2) }),
          turn: Promise.resolve(),
        };
      });
      leg.catch(() => this.legs.delete(mode));
      this.legs.set(mode, leg);
    }
    return leg;
  }

  private allRoutes(): Promise<ApertiumRoute[]> {
    this.routes ??= installedModes(this.dataDir).then((modes) => routesInto(modes, 'en'));
    return this.routes;
  }
}
