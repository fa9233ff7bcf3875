import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { sha256 } from '../analyze.js';
import { sniff, type Sniffed } from '../convert/detect.js';
import { resolveLimits, type ReadLimitsInput } from '../convert/limits.js';
import { isGoujiError, TooLargeError, type ErrorKind, type FileError } from '../errors/index.js';
import { readInput } from '../read-input.js';
import type { Dataset } from '../store/dataset.js';
import type { Executor } from './executor.js';
import { BatchWriter, type FinishedFile, type WrittenOutcome } from './batch-writer.js';
import { emptyTimes, type IngestOutcome } from './outcome.js';
import { walkInputs } from './walk.js';

/** The part of the dataset ingest uses. */
export type DatasetSink = Pick<Dataset, 'has' | 'writeBatch'>;

export interface IngestOptions {
  /** Files and folders to read. */
  paths: readonly string[];
  dataset: DatasetSink;
  executor: Executor;
  /** Read limits; files over `maxInputBytes` are recorded as too_large without being sent anywhere. */
  limits?: ReadLimitsInput;
  /** Called as the run goes (progress bar, log lines). */
  onEvent?: (event: IngestEvent) => void;
  /** Aborting stops taking new files; files in flight end when the executor is closed. */
  signal?: AbortSignal;
  /** How many files / rows the writer puts in one transaction at most (see BatchWriter). */
  batch?: { maxFiles?: number; maxRows?: number };
}

/** How one input file ended in this run. */
export type FileStatus =
  | 'ok' // analyzed, report stored
  | 'failed' // analyzed, typed error stored
  | 'stored' // skipped: the dataset already holds these bytes
  | 'duplicate' // skipped: the same bytes at another path earlier in this run
  | 'unreadable'; // could not be read from disk (gone, permission); nothing stored

export type IngestEvent =
  | { type: 'start'; total: number; unreadable: number }
  | {
      type: 'file';
      path: string;
      status: FileStatus;
      sha256: string | null;
      format: Sniffed | null;
      error?: FileError;
      facts?: number;
      findings?: { error: number; warning: number; info: number };
    };

export interface IngestSummary {
  /** Files found under the inputs. */
  files: number;
  /** Files analyzed in this run (ok + failed). */
  analyzed: number;
  ok: number;
  failed: number;
  skipped: { stored: number; duplicate: number };
  unreadable: { path: string; message: string }[];
  /** Facts and findings in the reports stored by this run. */
  facts: number;
  findings: { error: number; warning: number; info: number };
  /** Files that failed in this run, by error kind. */
  failures: Partial<Record<ErrorKind, number>>;
  /** Files analyzed in this run by format: as read for reports, as sniffed from the bytes for failures ("zip", "binary"). */
  formats: Partial<Record<Sniffed, number>>;
  /** Wall-clock seconds of the run. */
  seconds: number;
  /**
   * Milliseconds summed over files: the pipeline stages and `rows` (validating the Report,
   * tokenising, deflating: building the dataset rows) in the threads / workers; `store`, the
   * writer's time in the dataset's transactions on the ingest thread (wall time, not per file).
   */
  stages: { convert: number; segment: number; extract: number; reconcile: number; rows: number; store: number };
  /** Transactions the writer committed (each holds one or more files). */
  batches: number;
  /** True when the run was stopped before every file was taken. */
  interrupted: boolean;
}

/**
 * Walks the inputs, hashes each file, skips bytes the dataset already holds (and repeats
 * within the run), hands the rest to the executor — which reads each file and builds its
 * dataset rows — and writes the outcomes as they arrive, in batched transactions (BatchWriter):
 * this thread reads, hashes and writes; it neither parses nor tokenises a report.
 * Every input ends as ok, failed, skipped or unreadable — exactly once. Throws only when the
 * executor fails (infrastructure: the thread pool cannot start, Redis is gone); what was
 * written until then stays, and the next run carries on from there.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const limits = resolveLimits(options.limits);
  const { executor, dataset } = options;
  const emit = options.onEvent ?? (() => {});
  const walked = await walkInputs(options.paths);
  const summary: IngestSummary = {
    files: walked.files.length,
    analyzed: 0,
    ok: 0,
    failed: 0,
    skipped: { stored: 0, duplicate: 0 },
    unreadable: [...walked.unreadable],
    facts: 0,
    findings: { error: 0, warning: 0, info: 0 },
    failures: {},
    formats: {},
    seconds: 0,
    stages: { ...emptyTimes(), rows: 0, store: 0 },
    batches: 0,
    interrupted: false,
  };
  emit({ type: 'start', total: walked.files.length, unreadable: walked.unreadable.length });

  const taken = new Set<string>(); // sha256 of files taken in this run
  let next = 0;
  let failure: unknown = null;

  const processFile = async (path: string): Promise<void> => {
    // 1. read and hash (a file that vanished or is not readable is listed, nothing stored)
    let size: number;
    let sha: string;
    let bytes: Uint8Array | null = null;
    try {
      // the same read as gouji analyze: not_found, not_a_file, unreadable or too_large alike
      bytes = await readInput(path, limits.maxInputBytes);
      size = bytes.length;
      sha = sha256(bytes);
    } catch (error) {
      try {
        if (!(error instanceof TooLargeError)) throw error;
        size = (await stat(path)).size;
        sha = await hashFile(path); // a regular file over the limit: hashed, never held in memory, never sent to a worker
      } catch (failure) {
        const message = isGoujiError(failure) ? `${failure.kind}: ${failure.message}` : failure instanceof Error ? failure.message : String(failure);
        summary.unreadable.push({ path, message });
        emit({ type: 'file', path, status: 'unreadable', sha256: null, format: null, ...(isGoujiError(failure) ? { error: failure.toJSON() } : {}) });
        return;
      }
    }
    if (skip(path, sha)) return;
    // 2. analyze (a rejection here is the executor failing, not the file)
    let outcome: IngestOutcome;
    let format: Sniffed | null = null;
    if (bytes === null) {
      outcome = {
        ok: false,
        error: new TooLargeError(
          `the file has ${size} bytes, over the ${limits.maxInputBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`,
        ).toJSON(),
        times: null,
      };
    } else {
      format = sniff(bytes);
      outcome = await executor.run({ path, sha256: sha, bytes });
    }
    // 3. to the writer: stored with its batch, then counted and acknowledged (onWritten)
    writer.add({ path, sha256: sha, bytes: size, format, outcome });
  };

  const acks = new Set<Promise<void>>();
  const writer = new BatchWriter({
    dataset,
    ...(options.batch ?? {}),
    onWritten: (file, written) => {
      // the executor may forget the file now (queue mode removes its job and blob); a failing
      // ack is the executor failing, as a failing run() is
      const ack: Promise<void> = executor.ack(file.sha256).catch((error: unknown) => void (failure ??= error));
      acks.add(ack);
      void ack.then(() => acks.delete(ack));
      tally(file, written);
    },
  });

  const skip = (path: string, sha: string): boolean => {
    const status: FileStatus | null = taken.has(sha) ? 'duplicate' : dataset.has(sha) ? 'stored' : null;
    if (!status) {
      taken.add(sha);
      return false;
    }
    summary.skipped[status === 'duplicate' ? 'duplicate' : 'stored']++;
    emit({ type: 'file', path, status, sha256: sha, format: null });
    return true;
  };

  const tally = ({ path, sha256: sha, format, outcome }: FinishedFile, written: WrittenOutcome): void => {
    summary.analyzed++;
    const kind = written.ok ? written.summary.format : format;
    if (kind) summary.formats[kind] = (summary.formats[kind] ?? 0) + 1;
    if (outcome.times) for (const stage of ['convert', 'segment', 'extract', 'reconcile'] as const) summary.stages[stage] += outcome.times[stage];
    if (outcome.ok && 'rowsMs' in outcome) summary.stages.rows += outcome.rowsMs ?? 0;
    if (written.ok) {
      const { facts, findings } = written.summary;
      summary.ok++;
      summary.facts += facts;
      for (const s of ['error', 'warning', 'info'] as const) summary.findings[s] += findings[s];
      emit({ type: 'file', path, status: 'ok', sha256: sha, format: written.summary.format, facts, findings: { ...findings } });
    } else {
      summary.failed++;
      summary.failures[written.error.kind] = (summary.failures[written.error.kind] ?? 0) + 1;
      emit({ type: 'file', path, status: 'failed', sha256: sha, format, error: written.error });
    }
  };

  const lane = async (): Promise<void> => {
    while (!failure && !options.signal?.aborted && next < walked.files.length) {
      const path = walked.files[next++]!;
      try {
        await processFile(path);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  const lanes = Math.max(1, Math.min(executor.capacity, walked.files.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  try {
    writer.close(); // what finished last; a dataset failure here is the run's failure
  } catch (error) {
    failure ??= error;
  }
  await Promise.all(acks);

  summary.stages.store = writer.writeMs;
  summary.batches = writer.batches;
  summary.seconds = (performance.now() - started) / 1000;
  if (failure && !options.signal?.aborted) throw failure instanceof Error ? failure : new Error(`ingest stopped: ${JSON.stringify(failure)}`);
  summary.interrupted = Boolean(options.signal?.aborted) && (next < walked.files.length || failure !== null);
  return summary;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
