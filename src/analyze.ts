import { createHash } from 'node:crypto';
import { convert } from './convert/index.js';
import { resolveLimits, type ReadLimitsInput } from './convert/limits.js';
import { InternalError, isGoujiError, type GoujiError, isStackOverflow, oneLine, TimeoutError, tooDeep, type FileError, type Stage } from './errors/index.js';
import type { Report } from './model/index.js';
import { readInput } from './read-input.js';

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
  const converted = await stage('convert', () => withTimeout(convert(bytes, limits), limits.timeoutMs));
  const converting = performance.now() - start;
  if (times) times.convert += converting;
  // the stages after reading load only once a file has been read (not for an empty file)
  const { analyzeConverted } = await import('./pipeline.js');
  return analyzeConverted(bytes, converted, options, times, start + converting);
}

/**
 * Runs one pipeline stage: a typed error passes through; a stack overflow is input nested too
 * deep (too_complex); anything else thrown is a bug in gouji in that stage (internal_error).
 */
async function stage<T>(name: Stage, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asTyped(error, name);
  }
}

/** stage() for the synchronous stages (segment, extract, reconcile: src/pipeline.ts). */
export function runStage<T>(name: Stage, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asTyped(error, name);
  }
}

function asTyped(error: unknown, name: Stage): GoujiError {
  if (isGoujiError(error)) return error;
  if (isStackOverflow(error)) return tooDeep(error);
  return new InternalError(name, describe(error), { cause: error });
}

/** One line for any thrown value; a ZodError says which path failed and why. */
function describe(error: unknown): string {
  if (isZodError(error)) {
    const issue = error.issues[0];
    return issue ? `the Report does not validate at ${issue.path.join('.') || '(root)'}: ${issue.message}` : 'the Report does not validate';
  }
  return oneLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/** Outcome of reading one file: a Report, or the typed error it ended in. */
export type AnalyzeResult =
  | { ok: true; report: Report }
  | { ok: false; path: string | null; sha256: string | null; bytes: number | null; error: FileError };

/**
 * Reads and analyzes one file in this thread; never throws for a bad file. (The CLI runs the
 * same steps in a worker thread, so that --timeout can stop CPU-bound work: see analyze-isolated.ts.)
 */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  let bytes: Uint8Array | null = null;
  try {
    const limits = resolveLimits(options.limits);
    bytes = await readInput(path, limits.maxInputBytes);
    return { ok: true, report: await analyze(bytes, { ...options, path }) };
  } catch (error) {
    return { ok: false, path, sha256: bytes ? sha256(bytes) : null, bytes: bytes?.length ?? null, error: toFileError(error) };
  }
}

/** A zod validation error, told by its shape: `instanceof ZodError` would load zod with every typed error. */
function isZodError(error: unknown): error is Error & { issues: { path: PropertyKey[]; message: string }[] } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

/**
 * Turns anything thrown while reading a file into a typed, recordable error: a GoujiError as
 * it is, a stack overflow as too_complex, anything else as gouji's own bug (internal_error).
 */
export function toFileError(error: unknown, where: Stage = 'report'): FileError {
  return asTyped(error, where).toJSON();
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
