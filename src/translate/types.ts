/**
 * The contract every translation engine meets. Segments carry inline HTML (a[href], em, strong, i, b, sub, sup,
 * br — see src/extract/types.ts); an engine returns exactly one output per input segment, in order, with the same
 * inline tags, or throws an EngineError.
 */

export interface LanguagePair {
  from: string;
  to: string;
  /** Languages passed through, e.g. ['pt', 'es', 'en'] for a pivot through Spanish. */
  route: string[];
}

export interface EngineOutput {
  texts: string[];
  engine: string;
  /** Model name for LLM / neural engines, when the engine states one. */
  model?: string;
  route: string[];
  /** Characters sent to the engine (for budgets). */
  charsBilled: number;
  /** Words the engine marked as unknown (Apertium's `*`), counted before the marks are stripped; for quality checks. */
  unknownWords?: number;
}

export interface TranslateOptions {
  format: 'html' | 'text';
  signal?: AbortSignal;
  /** Glossary terms for this request (source term → target term), for engines that take one natively. */
  glossary?: Record<string, string>;
}

export interface EngineHealth {
  ok: boolean;
  detail: string;
}

export interface TranslationEngine {
  readonly name: string;
  /**
   * True when the engine applies TranslateOptions.glossary itself for this pair (DeepL; Google v3 with a glossary
   * configured for it); otherwise glossary terms reach the engine as protected placeholders.
   */
  nativeGlossary?(from: string, to: string): boolean;
  /** Language pairs served, as BCP-47 primary subtags ('es' → 'en'). */
  pairs(): Promise<LanguagePair[]>;
  translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput>;
  health(): Promise<EngineHealth>;
  /** Stop child processes / sockets. */
  close(): Promise<void>;
}

export type EngineErrorCode =
  | 'unsupported_pair'
  | 'not_configured'
  | 'rate_limited'
  | 'quota_exceeded'
  | 'unavailable'
  | 'bad_response'
  | 'auth'
  | 'timeout';

export class EngineError extends Error {
  constructor(
    readonly engine: string,
    readonly code: EngineErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${engine}: ${message}`);
    this.name = 'EngineError';
  }
}
