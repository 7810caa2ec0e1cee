import { features, type Bag, type ClusterText, type Features } from './features.ts';

/**
 * Incremental story clustering. Each arriving article is compared with the stories active around its date (their
 * centroids, weighted by inverse document frequency over every article seen) and joins the most similar one over a
 * threshold, or starts a story of its own. Same arrivals in the same order give the same stories.
 */

export interface ClusterArticle extends ClusterText {
  id: string;
  /** ISO 8601 or epoch ms: when the article appeared. */
  date: string | number;
}

export interface ClusterOptions {
  /** An article may join a story seen within this long of its date (either side). */
  windowMs: number;
  /** Share of the English-text similarity in the score when both sides have English text; the rest is names and numbers. */
  textWeight: number;
  /** Least score to join a story when the article and the story both have English text. */
  textThreshold: number;
  /** Least names-and-numbers similarity to join when one side has no English text (untranslated). */
  entityThreshold: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  windowMs: 72 * 3600_000,
  textWeight: 0.7,
  textThreshold: 0.4,
  entityThreshold: 0.22,
};

interface Story {
  key: string;
  text: Bag;
  entities: Bag;
  textMembers: number;
  firstSeen: number;
  lastSeen: number;
  /** The bags' norms under the weights of `epoch`; recomputed when the story or the weights change. */
  norms: { epoch: number; text: number; entities: number } | null;
}

/**
 * Term weights are taken from a snapshot of the document frequencies, refreshed whenever the articles seen grow by
 * this factor: weights drift slowly, and story norms then need recomputing only at a refresh, not on every arrival.
 */
const REFRESH_GROWTH = 1.1;

interface Weighted {
  keys: string[];
  weights: number[];
  norm: number;
}

export interface Assignment {
  /** The story to join, or null to start one. */
  story: string | null;
  score: number;
}

function time(date: string | number): number {
  const t = typeof date === 'number' ? date : Date.parse(date);
  if (Number.isNaN(t)) throw new Error(`clustering: date "${date}" is not a date`);
  return t;
}

export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly df = new Map<string, number>();
  private docs = 0;
  private weights = { epoch: 0, docs: 0, df: new Map<string, number>() };
  private readonly stories = new Map<string, Story>();
  private readonly counted = new Set<string>();

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  }

  /** Where `article` belongs among the stories placed so far. Counts its words into the document frequencies. */
  assign(article: ClusterArticle, f: Features = features(article)): Assignment {
    this.count(article.id, f);
    const at = time(article.date);
    const o = this.options;
    let best: Assignment = { story: null, score: 0 };
    const text = this.weigh(f.text);
    const entities = this.weigh(f.entities);
    for (const story of this.stories.values()) {
      if (story.lastSeen < at - o.windowMs || story.firstSeen > at + o.windowMs) continue;
      const norms = this.norms(story);
      const entity = this.cosine(entities, story.entities, norms.entities);
      const withText = f.text.size > 0 && story.textMembers > 0;
      const score = withText ? o.textWeight * this.cosine(text, story.text, norms.text) + (1 - o.textWeight) * entity : entity;
      const threshold = withText ? o.textThreshold : o.entityThreshold;
      if (score >= threshold && score > best.score) best = { story: story.key, score };
    }
    return best;
  }

  /** Puts `article` in story `key` (made when new): after assign, or to rebuild known stories from the store. */
  place(article: ClusterArticle, key: string, f: Features = features(article)): void {
    this.count(article.id, f);
    const at = time(article.date);
    let story = this.stories.get(key);
    if (!story) {
      story = { key, text: new Map(), entities: new Map(), textMembers: 0, firstSeen: at, lastSeen: at, norms: null };
      this.stories.set(key, story);
    }
    for (const [k, v] of f.text) story.text.set(k, (story.text.get(k) ?? 0) + v);
    for (const [k, v] of f.entities) story.entities.set(k, (story.entities.get(k) ?? 0) + v);
    if (f.text.size > 0) story.textMembers++;
    story.firstSeen = Math.min(story.firstSeen, at);
    story.lastSeen = Math.max(story.lastSeen, at);
    story.norms = null;
  }

  /** assign then place: the key of the story joined, or the article's id for a story it starts. */
  add(article: ClusterArticle): { story: string; started: boolean; score: number } {
    const f = features(article);
    const a = this.assign(article, f);
    const story = a.story ?? article.id;
    this.place(article, story, f);
    return { story, started: a.story === null, score: a.score };
  }

  private count(id: string, f: Features): void {
    if (this.counted.has(id)) return;
    this.counted.add(id);
    this.docs++;
    for (const k of f.text.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    for (const k of f.entities.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    if (this.docs > Math.floor(this.weights.docs * REFRESH_GROWTH)) {
      this.weights = { epoch: this.weights.epoch + 1, docs: this.docs, df: new Map(this.df) };
    }
  }

  private idf(k: string): number {
    return Math.log(1 + this.weights.docs / (this.weights.df.get(k) ?? 1));
  }

  private norm(b: Bag): number {
    let sum = 0;
    for (const [k, v] of b) {
      const w = v * this.idf(k);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private norms(story: Story): { text: number; entities: number } {
    if (story.norms?.epoch !== this.weights.epoch) {
      story.norms = { epoch: this.weights.epoch, text: this.norm(story.text), entities: this.norm(story.entities) };
    }
    return story.norms;
  }

  /** An article's bag ready to meet many stories: each term's weight times its idf once more (the story side's). */
  private weigh(bag: Bag): Weighted {
    const keys: string[] = [];
    const weights: number[] = [];
    let sum = 0;
    for (const [k, v] of bag) {
      const idf = this.idf(k);
      keys.push(k);
      weights.push(v * idf * idf);
      sum += v * idf * (v * idf);
    }
    return { keys, weights, norm: Math.sqrt(sum) };
  }

  private cosine(a: Weighted, b: Bag, normB: number): number {
    if (a.norm === 0 || normB === 0) return 0;
    let dot = 0;
    for (let i = 0; i < a.keys.length; i++) {
      const other = b.get(a.keys[i]!);
      if (other !== undefined) dot += a.weights[i]! * other;
    }
    return dot / (a.norm * normB);
  }
}
