import type { StageTimes } from '../analyze.js';
import type { ReadLimitsInput } from '../convert/limits.js';
import {
  CorruptFileError,
  EmptyFileError,
  EncryptedError,
  InternalError,
  NoTextLayerError,
  NotAFileError,
  NotFoundError,
  TimeoutError,
  TooComplexError,
  TooLargeError,
  UnreadableError,
  UnsupportedFormatError,
  isErrorKind,
  isStage,
  type ErrorKind,
  type FileError,
  type GoujiError,
} from '../errors/index.js';
import { Report } from '../model/index.js';
import type { StoredReport } from '../store/stored-report.js';

/** One file to analyze, wherever it runs (a pool thread here, a queue worker elsewhere). */
export interface AnalyzeTask {
  /** Path recorded in the report's source (absolute). */
  path: string;
  sha256: string;
  bytes: Uint8Array;
  /** Read limits for this file (default: the pool's); a queue job carries the ingest run's. */
  limits?: ReadLimitsInput;
  /** Report relations that tie too, as info findings (analyze --all). */
  all?: boolean;
  /** What a pool thread answers: the Report as JSON (default), or its dataset rows built in the thread (ingest). */
  output?: 'report' | 'stored';
}

/** How one file ended: its Report, or the typed error it ended in. */
export type Outcome = { ok: true; report: Report; times: StageTimes | null } | { ok: false; error: FileError; times: StageTimes | null };

/**
 * How one file ended, as ingest takes it from an executor: the dataset rows of its report,
 * built where it was read (a pool thread, a queue worker; `rowsMs` spent there building them),
 * or — from an executor that hands back Reports — the Report, whose rows the ingest thread builds.
 */
export type IngestOutcome = Outcome | { ok: true; stored: StoredReport; times: StageTimes | null; rowsMs?: number };

export function emptyTimes(): StageTimes {
  return { convert: 0, segment: 0, extract: 0, reconcile: 0 };
}

/**
 * A Report coming back from another thread or machine, as JSON text or parsed JSON:
 * validated by the zod schema (the same step in both modes, so both store the same rows).
 */
export function reportFromJson(json: unknown): Report {
  return Report.parse(typeof json === 'string' ? JSON.parse(json) : json);
}

const ERROR_CLASSES: Record<Exclude<ErrorKind, 'internal_error'>, new (message: string) => GoujiError> = {
  unsupported_format: UnsupportedFormatError,
  corrupt_file: CorruptFileError,
  encrypted: EncryptedError,
  no_text_layer: NoTextLayerError,
  too_large: TooLargeError,
  timeout: TimeoutError,
  empty_file: EmptyFileError,
  not_found: NotFoundError,
  not_a_file: NotAFileError,
  unreadable: UnreadableError,
  too_complex: TooComplexError,
};

/** A typed error rebuilt from its kind and message (a job's failure reason). */
function rebuild(kind: ErrorKind, message: string): FileError {
  if (kind !== 'internal_error') return new ERROR_CLASSES[kind](message).toJSON();
  const stage = /\(([a-z]+) stage\)/.exec(message)?.[1];
  return { kind, message, transient: true, ...(isStage(stage) ? { stage } : {}) };
}

/** A typed error as one line, `kind: message` — the form a failed BullMQ job keeps as its reason. */
export function errorReason(error: FileError): string {
  return `${error.kind}: ${error.message}`;
}

/**
 * Reads back a failed job's reason. `kind: message` gives that typed error; anything else
 * (a crashed or repeatedly stalled worker, a bug) is recorded as a corrupt file with the reason,
 * as the in-process pool records a crashed thread.
 */
export function errorFromReason(reason: string | undefined | null): FileError {
  const text = reason ?? 'no reason given';
  const match = /^([a-z_]+): ([\s\S]*)$/.exec(text);
  if (match && isErrorKind(match[1])) return rebuild(match[1], match[2]!);
  return new InternalError('worker', `the worker failed on this file: ${text}`).toJSON();
}

/**
 * The error a thread crash records (the pool replaces the thread). Running out of the thread's
 * heap is the file's size showing (too_complex); any other crash is gouji's (internal_error).
 */
export function crashError(detail: string, code?: string): FileError {
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(detail)) {
    return new TooComplexError(`reading the file needed more memory than a reading thread may use (maxHeapMb); it is too large or too complex`).toJSON();
  }
  return new InternalError('worker', `the thread reading this file crashed: ${detail}`).toJSON();
}
