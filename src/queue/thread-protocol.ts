import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { StageTimes } from '../analyze.js';
import type { ReadLimitsInput } from '../convert/limits.js';
import type { FileError } from '../errors/index.js';
import type { Report } from '../model/index.js';
import type { StoredReport } from '../store/stored-report.js';
import { toFileError } from '../analyze.js';
import { emptyTimes } from './outcome.js';

/** Main thread → pool thread: read one file. */
export interface RunMessage {
  type: 'run';
  id: number;
  path: string;
  bytes: Uint8Array;
  limits: ReadLimitsInput;
  /** Report relations that tie too (analyze --all). */
  all?: boolean;
  /** 'stored': answer with the report's dataset rows, validated and tokenised here (ingest). */
  output?: 'report' | 'stored';
}

/**
 * Pool thread → main thread. The Report travels as JSON text (cheap to pass between threads);
 * for ingest, as the rows the dataset stores (`rowsMs`: validating, tokenising, deflating here).
 */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'released' }
  | { type: 'done'; id: number; ok: true; json: string; times: StageTimes; heapBytes?: number }
  | { type: 'done'; id: number; ok: true; stored: StoredReport; rowsMs: number; times: StageTimes; heapBytes?: number }
  | { type: 'done'; id: number; ok: false; error: FileError; times: StageTimes; heapBytes?: number };

/** Main thread → pool thread, before the pool stops an idle thread: free what outlives a thread (nodejieba's dictionary). */
export interface ReleaseMessage {
  type: 'release';
}

/** Reads one file inside a thread: returns the Report (or its JSON), throws a GoujiError for a bad file. */
export type ThreadHandler = (task: Omit<RunMessage, 'type' | 'id' | 'output'>, times: StageTimes) => Promise<Report | string>;

/** Runs inside a pool thread: answers each `run` with `done`, one at a time. */
export function serveThread(handler: ThreadHandler): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread() must run inside a worker thread');
  // A reader's promise that rejects after its file has been answered (a parser's leftover work)
  // must not take the thread down with the next file, which would be blamed for the crash.
  process.on('unhandledRejection', () => undefined);
  let storeLoaded = false;
  const answer = async (message: RunMessage | ReleaseMessage): Promise<void> => {
    if (message.type === 'release') {
      if (storeLoaded) (await import('../store/tokens.js')).releaseTokenizer();
      port.postMessage({ type: 'released' } satisfies ThreadMessage);
      return;
    }
    if (message.type !== 'run') return;
    const times = emptyTimes();
    let reply: ThreadMessage;
    try {
      const report = await handler({ path: message.path, bytes: message.bytes, limits: message.limits, ...(message.all ? { all: true } : {}) }, times);
      if (message.output === 'stored') {
        const started = performance.now();
        // loaded on the first ingest file only (zod schema, nodejieba): `analyze` threads never need it
        const { storedReport } = await import('../store/stored-report.js');
        storeLoaded = true;
        const stored = storedReport(report);
        reply = { type: 'done', id: message.id, ok: true, stored, rowsMs: performance.now() - started, times, heapBytes: heapBytes() };
      } else {
        reply = { type: 'done', id: message.id, ok: true, json: typeof report === 'string' ? report : JSON.stringify(report), times, heapBytes: heapBytes() };
      }
    } catch (error) {
      reply = { type: 'done', id: message.id, ok: false, error: toFileError(error), times, heapBytes: heapBytes() };
    }
    port.postMessage(reply);
  };
  port.on('message', (message: RunMessage | ReleaseMessage) => void answer(message));
  port.postMessage({ type: 'ready' } satisfies ThreadMessage);
}

/**
 * This thread's V8 heap as committed right after a file (it grows to the file's peak and
 * shrinks only at a later GC) plus memory held outside it (buffers): the file's footprint,
 * for the fuzz run's figures.
 */
function heapBytes(): number {
  const h = getHeapStatistics();
  return h.total_heap_size + h.external_memory;
}
