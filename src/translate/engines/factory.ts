import { ENGINE_NAMES, missingEngineSettings, type EngineName, type TranslationConfig } from '../../config/schema.ts';
import { Budgets, type BudgetCounters } from '../budget.ts';
import { EngineChain } from '../chain.ts';
import { TranslationMemory, type MemoryStore } from '../memory.ts';
import type { TranslationEngine } from '../types.ts';
import { ApertiumEngine } from './apertium.ts';
import { DeeplEngine } from './deepl.ts';
import { GoogleEngine } from './google.ts';
import { LibreTranslateEngine } from './libretranslate.ts';
import { OpenAiEngine } from './openai.ts';

/** The configured engines behind one chain, the memory in front of them, and a way to stop them. */
export interface TranslationRuntime {
  chain: EngineChain;
  memory: TranslationMemory;
  engines: TranslationEngine[];
  close(): Promise<void>;
}

export interface RuntimeDeps {
  memory: MemoryStore;
  counters: BudgetCounters;
  /** Use just this engine (`foreigndesk translate --engine NAME`), listed in `engines` or not. */
  only?: string;
  clock?: () => Date;
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** One engine from its settings; throws naming the missing key (and its environment variable) when it cannot run. */
export function buildEngine(name: EngineName, t: TranslationConfig): TranslationEngine {
  const missing = missingEngineSettings(t, name);
  if (missing.length > 0) {
    throw new Error(missing.map((m) => `translation.${m.path.join('.')}: ${m.message.replace(/when engines lists/, 'to use')}`).join('; '));
  }
  switch (name) {
    case 'apertium':
      return new ApertiumEngine({
        ...(t.apertium.dataDir ? { dataDir: t.apertium.dataDir } : {}),
        idleMs: t.apertium.idleStop,
        timeoutMs: t.apertium.timeout,
        protectNames: t.apertium.protectNames,
      });
    case 'libretranslate':
      return new LibreTranslateEngine({ url: t.libretranslate.url!, ...(t.libretranslate.apiKey ? { apiKey: t.libretranslate.apiKey } : {}) });
    case 'deepl':
      return new DeeplEngine({ authKey: t.deepl.apiKey!, englishVariant: t.deepl.englishVariant, ...(t.deepl.serverUrl ? { serverUrl: t.deepl.serverUrl } : {}) });
    case 'google': {
      const url = t.google.url ? { url: t.google.url } : {};
      return t.google.version === 'v2'
        ? new GoogleEngine({ version: 'v2', apiKey: t.google.apiKey!, ...url })
        : new GoogleEngine({ version: 'v3', project: t.google.project!, location: t.google.location, accessToken: t.google.accessToken!, glossaries: t.google.glossaries, ...url });
    }
    case 'openai':
      return new OpenAiEngine({
        url: t.openai.baseUrl!,
        model: t.openai.model!,
        ...(t.openai.apiKey ? { apiKey: t.openai.apiKey } : {}),
        ...(t.openai.languages ? { languages: t.openai.languages } : {}),
      });
  }
}

/** The chain of `translation.engines` in order (or just `only`), with memory and budgets kept by `deps`. */
export function buildTranslation(t: TranslationConfig, deps: RuntimeDeps): TranslationRuntime {
  if (deps.only !== undefined && !isEngineName(deps.only)) {
    throw new Error(`unknown engine "${deps.only}" (known: ${ENGINE_NAMES.join(', ')})`);
  }
  const names: EngineName[] = deps.only !== undefined ? [deps.only as EngineName] : t.engines;
  const engines = names.map((name) => buildEngine(name, t));
  return runtimeOf(engines, t, deps);
}

/** A runtime around engines built elsewhere (tests pointing engines at local fakes). */
export function runtimeOf(engines: TranslationEngine[], t: TranslationConfig, deps: Omit<RuntimeDeps, 'only'>): TranslationRuntime {
  const memory = new TranslationMemory(deps.memory);
  const budgets = new Budgets(deps.counters, t.budgets, deps.clock);
  const chain = new EngineChain({ engines, memory, budgets, ...(deps.clock ? { clock: deps.clock } : {}) });
  return {
    chain,
    memory,
    engines,
    close: async () => {
      await Promise.all(engines.map((e) => e.close()));
    },
  };
}
