import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { sha256 } from '../analyze.js';
import { sniff, type Sniffed } from '../convert/detect.js';
import { resolveLimits, type ReadLimitsInput } from '../convert/limits.js';
import { InternalError, isGoujiError, TooLargeError, type ErrorKind, type FileError } from '../errors/index.js';
import { readInput } from '../read-input.js';
import type { Dataset } from '../store/dataset.js';
import type { Executor } from './executor.js';
import { emptyTimes, type Outcome } from './outcome.js';
import { walkInputs } from './walk.js';

/** The part of the dataset ingest uses. */
export type DatasetSink = Pick<Dataset, 'has' | 'writeReport' | 'writeFailure'>;

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
  /** Milliseconds summed over files: the pipeline stages (in the threads / workers) and the dataset write. */
  stages: { convert: number; segment: number; extract: number; reconcile: number; store: number };
  /** True when the run was stopped before every file was taken. */
  interrupted: boolean;
}

/**
 * Walks the inputs, hashes each file, skips bytes the dataset already holds (and repeats
 * within the run), hands the rest to the executor and writes each outcome as it arrives.
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
    stages: { ...emptyTimes(), store: 0 },
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
    let outcome: Outcome;
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
    // 3. store, then let the executor forget the file
    const t = performance.now();
    if (outcome.ok) {
      try {
        dataset.writeReport(outcome.report);
      } catch (error) {
        if (!isReportProblem(error)) throw error; // the dataset itself fails (disk full, locked, read-only)
        // a report the dataset refuses is a bug in gouji for this one file: record it and go on
        outcome = { ok: false, error: unstorable(error), times: outcome.times };
      }
    }
    if (!outcome.ok) dataset.writeFailure({ path, sha256: sha, bytes: size, error: outcome.error });
    summary.stages.store += performance.now() - t;
    await executor.ack(sha);
    tally(path, sha, format, outcome);
  };

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

  const tally = (path: string, sha: string, format: Sniffed | null, outcome: Outcome): void => {
    summary.analyzed++;
    const kind = outcome.ok ? outcome.report.source.format : format;
    if (kind) summary.formats[kind] = (summary.formats[kind] ?? 0) + 1;
    if (outcome.times) for (const stage of ['convert', 'segment', 'extract', 'reconcile'] as const) summary.stages[stage] += outcome.times[stage];
    if (outcome.ok) {
      summary.ok++;
      const findings = { error: 0, warning: 0, info: 0 };
      for (const f of outcome.report.findings) findings[f.severity]++;
      summary.facts += outcome.report.facts.length;
      for (const s of ['error', 'warning', 'info'] as const) summary.findings[s] += findings[s];
      emit({ type: 'file', path, status: 'ok', sha256: sha, format: outcome.report.source.format, facts: outcome.report.facts.length, findings });
    } else {
      summary.failed++;
      summary.failures[outcome.error.kind] = (summary.failures[outcome.error.kind] ?? 0) + 1;
      emit({ type: 'file', path, status: 'failed', sha256: sha, format, error: outcome.error });
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

  summary.seconds = (performance.now() - started) / 1000;
  if (failure && !options.signal?.aborted) throw failure instanceof Error ? failure : new Error(`ingest stopped: ${JSON.stringify(failure)}`);
  summary.interrupted = Boolean(options.signal?.aborted) && (next < walked.files.length || failure !== null);
  return summary;
}

/**
 * True when writing a report failed because of that report (a constraint it breaks, a value the
 * row mapping cannot take), not because of the database (SQLITE_BUSY, _FULL, _IOERR, _READONLY…).
 */
function isReportProblem(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG';
  return error instanceof TypeError || error instanceof RangeError;
}

function unstorable(error: unknown): FileError {
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError('report', `gouji read the file but could not store its report (${message})`).toJSON();
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
