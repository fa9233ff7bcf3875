import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { convert } from './convert/index.js';
import { resolveLimits, type ReadLimitsInput } from './convert/limits.js';
import { CorruptFileError, GoujiError, TimeoutError, TooLargeError, type FileError } from './errors/index.js';
import type { Report } from './model/index.js';

export interface AnalyzeOptions {
  /** Path recorded in `source.path` (the bytes are what is read; the name is never trusted). */
  path?: string | null;
  /** Input, unzip, page and time limits; each has a default (see ReadLimits). */
  limits?: ReadLimitsInput;
  /** Report relations that tie too, as `info` findings. */
  all?: boolean;
}

/** Time spent per stage, in milliseconds (for benchmarks and progress). */
export interface StageTimes {
  convert: number;
  segment: number;
  extract: number;
  reconcile: number;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The whole pure pipeline: bytes → Report. Throws a GoujiError subclass for a file that
 * cannot be read (see src/errors/); anything else thrown is a bug in gouji.
 */
export async function analyze(bytes: Uint8Array, options: AnalyzeOptions = {}, times?: StageTimes): Promise<Report> {
  const limits = resolveLimits(options.limits);
  const start = performance.now();
  const converted = await withTimeout(convert(bytes, limits), limits.timeoutMs);
  const converting = performance.now() - start;
  if (times) times.convert += converting;
  // the stages after reading load only once a file has been read (not for an empty file)
  const { analyzeConverted } = await import('./pipeline.js');
  return analyzeConverted(bytes, converted, options, times, start + converting);
}

/** Outcome of reading one file: a Report, or the typed error it ended in. */
export type AnalyzeResult =
  | { ok: true; report: Report }
  | { ok: false; path: string | null; sha256: string | null; bytes: number | null; error: FileError };

/** Reads and analyzes one file; never throws for a bad file. */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  let bytes: Uint8Array | null = null;
  try {
    const limits = resolveLimits(options.limits);
    const info = await stat(path);
    if (info.size > limits.maxInputBytes) {
      throw new TooLargeError(
        `the file has ${info.size} bytes, over the ${limits.maxInputBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`,
      );
    }
    bytes = new Uint8Array(await readFile(path));
    return { ok: true, report: await analyze(bytes, { ...options, path }) };
  } catch (error) {
    return { ok: false, path, sha256: bytes ? sha256(bytes) : null, bytes: bytes?.length ?? null, error: toFileError(error) };
  }
}

/** Turns anything thrown while reading a file into a typed, recordable error. */
export function toFileError(error: unknown): FileError {
  if (error instanceof GoujiError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return new CorruptFileError(`gouji could not read the file: ${message}`).toJSON();
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`reading took longer than ${ms} ms (raise timeoutMs / --timeout)`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
