import {
  DEFAULT_LIMITS
} from "./chunk-AGPICMRN.js";

// dist/queue/jobs.js
import { Redis } from "ioredis";
import { z as z2 } from "zod";

// dist/convert/limits-schema.js
import { z } from "zod";
var ReadLimits = z.object({
  maxInputBytes: z.number().int().positive().default(DEFAULT_LIMITS.maxInputBytes),
  maxUnzippedBytes: z.number().int().positive().default(DEFAULT_LIMITS.maxUnzippedBytes),
  maxZipEntries: z.number().int().positive().default(DEFAULT_LIMITS.maxZipEntries),
  maxPages: z.number().int().positive().default(DEFAULT_LIMITS.maxPages),
  timeoutMs: z.number().int().positive().default(DEFAULT_LIMITS.timeoutMs),
  maxCells: z.number().int().positive().default(DEFAULT_LIMITS.maxCells),
  maxBlocks: z.number().int().positive().default(DEFAULT_LIMITS.maxBlocks),
  maxNesting: z.number().int().positive().default(DEFAULT_LIMITS.maxNesting),
  maxFactsPerBlock: z.number().int().positive().default(DEFAULT_LIMITS.maxFactsPerBlock),
  maxLineLength: z.number().int().positive().default(DEFAULT_LIMITS.maxLineLength),
  maxHeapMb: z.number().int().positive().default(DEFAULT_LIMITS.maxHeapMb)
});

// dist/queue/jobs.js
var DEFAULT_QUEUE = "gouji";
var ANALYZE_JOB = "analyze";
function blobKey(sha256) {
  return `gouji:blob:${sha256}`;
}
var AnalyzeJobData = z2.object({
  /** Path on the ingesting machine, recorded in the report's source. */
  path: z2.string(),
  sha256: z2.string().regex(/^[0-9a-f]{64}$/),
  bytes: z2.number().int().nonnegative(),
  /** Redis key of the bytes (see blobKey). */
  blob: z2.string(),
  /** The ingest run's read limits, so a worker reads exactly as the in-process pool would. */
  limits: ReadLimits.partial()
});
var AnalyzeJobResult = z2.object({
  stored: z2.unknown().optional(),
  report: z2.unknown().optional(),
  rowsMs: z2.number().optional(),
  times: z2.object({ convert: z2.number(), segment: z2.number(), extract: z2.number(), reconcile: z2.number() }).nullable()
});
var ANALYZE_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 1e3 },
  removeOnComplete: false,
  removeOnFail: false
};
function bullConnection(url) {
  return { url, maxRetriesPerRequest: null };
}
var RedisUnavailableError = class extends Error {
  name = "RedisUnavailableError";
};
async function checkRedis(url, timeoutMs = 5e3) {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => {
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new RedisUnavailableError(`cannot reach Redis at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    client.disconnect();
  }
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

export {
  DEFAULT_QUEUE,
  ANALYZE_JOB,
  blobKey,
  AnalyzeJobData,
  AnalyzeJobResult,
  ANALYZE_JOB_OPTIONS,
  bullConnection,
  checkRedis,
  redactUrl
};
