import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { EngineError } from '../../types.ts';

/**
 * One long-lived Apertium pipeline (the programs of one `.mode` file in null-flush form) fed NUL-terminated
 * chunks. Chunks are written as soon as they arrive and answered in the order written: the pipeline is a single
 * ordered stream, so pipelining them keeps every stage busy without ever mixing two requests. Started on first
 * use, stopped after `idleMs` without work, started again after it dies.
 */

export interface PipelineOptions {
  /** Mode name, for messages ('spa-eng'). */
  mode: string;
  /** Shell pipeline from nullFlushCommand(). */
  command: string;
  idleMs: number;
  /** A chunk not answered within this time kills the pipeline and fails every pending chunk. */
  timeoutMs: number;
}

interface Pending {
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}

const STDERR_KEEP = 4096;

export class ApertiumPipeline {
  private child: ChildProcess | undefined;
  private pending: Pending[] = [];
  private received: Buffer[] = [];
  private stderr = '';
  private idleTimer: NodeJS.Timeout | undefined;
  private timeoutTimer: NodeJS.Timeout | undefined;
  private starts = 0;
  private timedOut = false;

  constructor(private readonly options: PipelineOptions) {}

  /** Process id of the running pipeline's shell (its process group), if running. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** How many times a pipeline process has been started. */
  get startCount(): number {
    return this.starts;
  }

  /**
   * CPU seconds (user + system) used so far by the running pipeline's programs, read from /proc (Linux); for
   * benchmarks that must not depend on how busy the machine is. Undefined when stopped or without /proc.
   */
  cpuSeconds(): number | undefined {
    const group = this.child?.pid;
    if (group === undefined) return undefined;
    let ticks = 0;
    try {
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        let stat: string;
        try {
          stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        } catch {
          continue;
        }
        // Fields after the parenthesised command name: state ppid pgrp … utime (12th) stime (13th).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
      }
    } catch {
      return undefined;
    }
    return ticks / 100; // USER_HZ, 100 on Linux
  }

  /** Starts the pipeline now rather than on its first chunk, so that all of a route's programs load at once. */
  warm(): void {
    if (!this.child) {
      this.start();
      this.becomeIdle();
    }
  }

  /** Sends each chunk NUL-terminated and resolves with the answers in the same order. Chunks must not be empty. */
  run(chunks: string[]): Promise<string[]> {
    for (const chunk of chunks) {
      if (chunk.length === 0 || chunk.includes('\0')) {
        throw new Error(`apertium ${this.options.mode}: a chunk must be non-empty and free of NUL bytes`);
      }
    }
    if (chunks.length === 0) return Promise.resolve([]);
    const child = this.child ?? this.start();
    clearTimeout(this.idleTimer);
    const answers = chunks.map(
      (chunk) =>
        new Promise<string>((resolve, reject) => {
          this.pending.push({ resolve, reject });
          child.stdin!.write(`${chunk}\0`);
        }),
    );
    this.holdEventLoop(true);
    this.armTimeout();
    return Promise.all(answers);
  }

  async stop(): Promise<void> {
    clearTimeout(this.idleTimer);
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.holdEventLoop(true);
    this.kill(child);
    await exited;
  }

  private start(): ChildProcess {
    // Its own process group, so that stopping it ends every program of the pipeline, not only the shell.
    const child = spawn('bash', ['-c', this.options.command], {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    this.starts++;
    this.child = child;
    this.timedOut = false;
    this.received = [];
    this.stderr = '';
    child.stdout!.on('data', (data: Buffer) => this.onData(data));
    child.stderr!.on('data', (data: Buffer) => {
      this.stderr = (this.stderr + data.toString('utf8')).slice(-STDERR_KEEP);
    });
    child.stdin!.on('error', () => undefined);
    child.on('error', (error) => this.onExit(child, `could not start: ${error.message}`));
    child.on('exit', (code, signal) => this.onExit(child, `exited (${signal ?? `code ${code}`})`));
    return child;
  }

  private onData(data: Buffer): void {
    let rest = data;
    for (let nul = rest.indexOf(0); nul !== -1; nul = rest.indexOf(0)) {
      this.received.push(rest.subarray(0, nul));
      const text = Buffer.concat(this.received).toString('utf8');
      this.received = [];
      rest = rest.subarray(nul + 1);
      this.pending.shift()?.resolve(text);
    }
    if (rest.length > 0) this.received.push(rest);
    if (this.pending.length === 0) this.becomeIdle();
    else this.armTimeout();
  }

  private onExit(child: ChildProcess, how: string): void {
    if (this.child !== child) return;
    this.child = undefined;
    clearTimeout(this.timeoutTimer);
    clearTimeout(this.idleTimer);
    const stderr = this.stderr.trim();
    const error = new EngineError(
      'apertium',
      this.timedOut ? 'timeout' : 'unavailable',
      `pipeline ${this.options.mode} ${how}${stderr ? `: ${stderr}` : ''}`,
    );
    for (const waiting of this.pending.splice(0)) waiting.reject(error);
  }

  private becomeIdle(): void {
    clearTimeout(this.timeoutTimer);
    this.holdEventLoop(false);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), this.options.idleMs);
    this.idleTimer.unref();
  }

  private armTimeout(): void {
    clearTimeout(this.timeoutTimer);
    const child = this.child;
    this.timeoutTimer = setTimeout(() => {
      if (!child) return;
      this.timedOut = true;
      this.stderr += `no answer within ${this.options.timeoutMs} ms`;
      this.kill(child);
    }, this.options.timeoutMs);
    this.timeoutTimer.unref();
  }

  /** An idle pipeline must not keep the process alive; one with work pending must. */
  private holdEventLoop(hold: boolean): void {
    const child = this.child;
    if (!child) return;
    const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as { ref(): void; unref(): void }[];
    for (const handle of handles) {
      if (hold) handle.ref();
      else handle.unref();
    }
  }

  private kill(child: ChildProcess): void {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}
