import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { StageTimes } from '../analyze.js';
import { resolveLimits, type ReadLimitsInput } from '../convert/limits.js';
import { TimeoutError, type FileError } from '../errors/index.js';
import { crashError, type AnalyzeTask } from './outcome.js';
import type { StoredReport } from '../store/stored-report.js';
import type { ReleaseMessage, RunMessage, ThreadMessage } from './thread-protocol.js';

/** A file a pool thread could not read: the typed error. */
export type ThreadFailure = { ok: false; error: FileError; times: StageTimes | null; heapBytes?: number };
/** What a pool thread answers: the Report as JSON text, or the typed error. */
export type ThreadOutcome = { ok: true; json: string; times: StageTimes; heapBytes?: number } | ThreadFailure;
/** What a pool thread answers for `output: 'stored'` (ingest): the report's dataset rows built in the thread, or the typed error. */
export type StoredThreadOutcome = { ok: true; stored: StoredReport; rowsMs: number; times: StageTimes; heapBytes?: number } | ThreadFailure;

export interface ThreadPoolOptions {
  /** Number of threads (default: the machine's cores, `os.availableParallelism()`). */
  size?: number;
  /** Read limits passed to analyze() unless a task brings its own; `timeoutMs` is also the hard stop per file (default 120 s). */
  limits?: ReadLimitsInput;
  /** Module each thread runs (default ./pool-thread.js, or .ts when gouji runs from source); tests pass one that crashes or hangs. */
  threadModule?: URL;
  /** V8 heap limits per thread (default: `maxHeapMb` of the limits): a file that needs more ends as too_complex, not an out-of-memory process. */
  resourceLimits?: ResourceLimits;
  /**
   * V8 flags set (process-wide) when the first threads start, e.g. the CLI's READING_V8_FLAGS
   * (src/cli/v8-tuning.ts). Not at start-up: once the flags change, Node compiles each built-in
   * module it loads afterwards without its code cache, which a refused file would pay for.
   */
  v8Flags?: readonly string[];
}

interface Pending {
  id: number;
  task: AnalyzeTask;
  resolve: (outcome: ThreadOutcome | StoredThreadOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Time limit of the current file. */
  timeoutMs: number;
  ready: boolean;
  /** Set when the pool stops the thread itself (timeout, close): its exit is no crash. */
  stopping: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  lastError: Error | null;
}

/**
 * A fixed set of worker threads, each running analyze() on one file at a time. A file that
 * runs past the time limit has its thread terminated and ends as a TimeoutError; a thread that
 * runs out of its heap ends its file as too_complex, any other crash as internal_error. Either way the thread is replaced and the
 * next file goes on; each run() settles exactly once.
 */
export class ThreadPool {
  readonly size: number;
  private readonly limits: ReadLimitsInput;
  private readonly threadModule: URL;
  private readonly resourceLimits: ResourceLimits;
  private readonly v8Flags: readonly string[];
  private readonly slots = new Set<Slot>();
  private readonly waiting: Pending[] = [];
  private closed = false;
  private broken: Error | null = null;
  private closing: Promise<void> | null = null;
  private nextId = 1;
  private started = false;

  constructor(options: ThreadPoolOptions = {}) {
    this.size = options.size ?? availableParallelism();
    if (!Number.isInteger(this.size) || this.size < 1) throw new RangeError(`pool size must be a whole number above 0, got ${this.size}`);
    this.limits = options.limits ?? {};
    resolveLimits(this.limits); // a bad limit fails here, not in every thread
    this.threadModule = options.threadModule ?? defaultThreadModule();
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: resolveLimits(this.limits).maxHeapMb };
    this.v8Flags = options.v8Flags ?? [];
  }

  /** Reads one file in a thread. Rejects only when the pool itself cannot run (closed, threads fail to start). */
  run(task: AnalyzeTask & { output: 'stored' }): Promise<StoredThreadOutcome>;
  run(task: AnalyzeTask & { output?: 'report' }): Promise<ThreadOutcome>;
  run(task: AnalyzeTask): Promise<ThreadOutcome | StoredThreadOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the thread pool is closed'));
    if (!this.started) {
      // threads start on the first file (about a second each), not when nothing is left to read
      this.started = true;
      for (const flag of this.v8Flags) setFlagsFromString(flag);
      for (let i = 0; i < this.size; i++) this.spawn();
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Stops every thread; files not yet finished are rejected. An idle thread first frees what
   * would outlive it (nodejieba's dictionary: see releaseTokenizer). Safe to call twice.
   */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    this.failWaiting(new Error('the thread pool was closed'));
    const stops: Promise<unknown>[] = [];
    for (const slot of this.slots) {
      const idle = slot.ready && !slot.current && !slot.stopping;
      slot.stopping = true;
      if (slot.timer) clearTimeout(slot.timer);
      slot.current?.reject(new Error('the thread pool was closed'));
      slot.current = null;
      stops.push(idle ? release(slot.worker).then(() => slot.worker.terminate()) : slot.worker.terminate());
    }
    this.slots.clear();
    this.closing = Promise.all(stops).then(() => undefined);
    return this.closing;
  }

  private spawn(): void {
    const worker = new Worker(bootstrapCode(this.threadModule), { eval: true, resourceLimits: this.resourceLimits });
    const slot: Slot = { worker, timeoutMs: 0, ready: false, stopping: false, current: null, timer: null, lastError: null };
    this.slots.add(slot);
    worker.on('message', (message: ThreadMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => {
      slot.lastError = error;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, message: ThreadMessage): void {
    if (slot.stopping) return; // a late answer from a thread already given up on
    if (message.type === 'ready') {
      slot.ready = true;
    } else if (message.type === 'done' && slot.current?.id === message.id) {
      const pending = slot.current;
      slot.current = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      const heap = message.heapBytes !== undefined ? { heapBytes: message.heapBytes } : {};
      if (!message.ok) pending.resolve({ ok: false, error: message.error, times: message.times, ...heap });
      else if ('stored' in message) pending.resolve({ ok: true, stored: message.stored, rowsMs: message.rowsMs, times: message.times, ...heap });
      else pending.resolve({ ok: true, json: message.json, times: message.times, ...heap });
    }
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.stopping || this.closed) return;
    const detail = slot.lastError ? slot.lastError.message : `the thread exited with code ${code}`;
    if (!slot.ready) {
      // A thread that cannot even start (missing module, loader failure) will not start next time either.
      this.broken = new Error(`a pool thread failed to start: ${detail}`);
      this.failWaiting(this.broken);
      void this.close();
      return;
    }
    const pending = slot.current;
    slot.current = null;
    pending?.resolve({ ok: false, error: crashError(detail, (slot.lastError as { code?: string } | null)?.code), times: null });
    this.spawn();
    this.dispatch();
  }

  private onTimeout(slot: Slot): void {
    const pending = slot.current;
    if (!pending || slot.stopping) return;
    slot.stopping = true;
    slot.current = null;
    slot.timer = null;
    this.slots.delete(slot);
    void slot.worker.terminate();
    pending.resolve({
      ok: false,
      error: new TimeoutError(`reading took longer than ${slot.timeoutMs} ms; the thread was stopped (raise timeoutMs / --timeout)`).toJSON(),
      times: null,
    });
    if (!this.closed) this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (!slot.ready || slot.stopping || slot.current) continue;
      const pending = this.waiting.shift()!;
      const limits = pending.task.limits ?? this.limits;
      slot.current = pending;
      slot.timeoutMs = resolveLimits(limits).timeoutMs;
      slot.timer = setTimeout(() => this.onTimeout(slot), slot.timeoutMs);
      const message: RunMessage = {
        type: 'run',
        id: pending.id,
        path: pending.task.path,
        bytes: pending.task.bytes,
        limits,
        ...(pending.task.all ? { all: true } : {}),
        ...(pending.task.output === 'stored' ? { output: 'stored' as const } : {}),
      };
      slot.worker.postMessage(message);
    }
  }

  private failWaiting(error: Error): void {
    for (const pending of this.waiting.splice(0)) pending.reject(error);
  }
}

/**
 * Asks an idle thread to free its tokeniser and waits for its answer. The wait is bounded
 * (10 s) only so that a thread that cannot answer does not hold up close(); its memory is what
 * is at stake, not a result.
 */
function release(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (message: ThreadMessage): void => {
      if (message.type === 'released') done();
    };
    const timer = setTimeout(done, 10_000);
    worker.on('message', onMessage);
    worker.once('exit', done);
    worker.postMessage({ type: 'release' } satisfies ReleaseMessage);
  });
}

/** Whether this module runs from src/ (tests, tsx) rather than the compiled dist/. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The module pool threads run: the compiled pool-thread.js beside this module. When gouji runs
 * from src/ (tests, tsx): dist/queue/pool-thread.js if dist/ was built after every source file
 * last changed (`npm run build`; the test setup builds it), else pool-thread.ts through tsx —
 * about a second more per thread, for its loader and the compile of every module.
 */
function defaultThreadModule(): URL {
  if (!FROM_SOURCE) return new URL('./pool-thread.js', import.meta.url);
  const compiled = new URL('../../dist/queue/pool-thread.js', import.meta.url);
  try {
    const built = statSync(new URL('../../dist/.built', import.meta.url)).mtimeMs;
    if (existsSync(compiled) && newestFile(fileURLToPath(new URL('../', import.meta.url))) <= built) return compiled;
  } catch {
    // not built: run the sources
  }
  return new URL('./pool-thread.ts', import.meta.url);
}

function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Threads import the thread module. A TypeScript module (gouji running from src/ under vitest
 * or tsx, or a test's fixture) needs tsx's loader first: the thread registers it (by absolute
 * URL, so it works from any working directory) and then imports the module.
 */
function bootstrapCode(threadModule: URL): string {
  const target = JSON.stringify(threadModule.href);
  if (!threadModule.pathname.endsWith('.ts')) return `import(${target});`;
  return `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${target}); });`;
}

let cachedTsxApi: string | null = null;
function tsxApiUrl(): string {
  if (cachedTsxApi) return cachedTsxApi;
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  // the ESM build: the CommonJS build of tsx/esm/api cannot be imported from a worker's eval code
  cachedTsxApi = new URL(pkg.exports['./esm/api']!.import.default, pathToFileURL(pkgPath)).href;
  return cachedTsxApi;
}
