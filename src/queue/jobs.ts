import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';
import { ReadLimits } from '../convert/limits-schema.js';

/** Default BullMQ queue name; `--queue` picks another (two teams sharing one Redis). */
export const DEFAULT_QUEUE = 'gouji';

/** Name of the one job type: read one file. */
export const ANALYZE_JOB = 'analyze';

/** Where a file's bytes wait for a worker: content-addressed, deleted once its outcome is stored. */
export function blobKey(sha256: string): string {
  return `gouji:blob:${sha256}`;
}

/** A job: which file, and where its bytes are (workers need no shared filesystem). */
export const AnalyzeJobData = z.object({
  /** Path on the ingesting machine, recorded in the report's source. */
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Redis key of the bytes (see blobKey). */
  blob: z.string(),
  /** The ingest run's read limits, so a worker reads exactly as the in-process pool would. */
  limits: ReadLimits.partial(),
});
export type AnalyzeJobData = z.infer<typeof AnalyzeJobData>;

/**
 * What a worker returns for a file it read: the dataset rows of its report, built and
 * tokenised by the worker (storedToJson), with stage times and the time building the rows —
 * or, from a worker of an older gouji, the Report itself (validated and turned into rows on the ingest side).
 */
export const AnalyzeJobResult = z.object({
  stored: z.unknown().optional(),
  report: z.unknown().optional(),
  rowsMs: z.number().optional(),
  times: z.object({ convert: z.number(), segment: z.number(), extract: z.number(), reconcile: z.number() }).nullable(),
});
export type AnalyzeJobResult = z.infer<typeof AnalyzeJobResult>;

/**
 * Every job: retried on transient failures (a timeout, a lost worker) with exponential backoff,
 * 3 attempts in all; kept after it ends until the ingest side has stored its outcome and removes it.
 */
export const ANALYZE_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: false,
  removeOnFail: false,
} as const;

/** Connection options for BullMQ workers and event readers (blocking commands need no retry limit). */
export function bullConnection(url: string): RedisOptions & { url: string } {
  return { url, maxRetriesPerRequest: null };
}

/** A Redis URL that cannot be reached: an infrastructure failure (exit 1), said in one line. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/** Connects once, with a short timeout, so a wrong URL fails fast instead of retrying forever. */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {}); // reported through the rejected connect/ping below
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new RedisUnavailableError(`cannot reach Redis at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    client.disconnect();
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
