import { z } from 'zod';
import { DEFAULT_LIMITS, type ReadLimits as ReadLimitsShape, type ReadLimitsInput as ReadLimitsInputShape } from './limits.js';

/**
 * The zod schema of the read limits in ./limits.ts (same fields, same defaults), for limits
 * that come from outside: a queue job's, the library API's. Kept apart so that refusing a
 * file loads no zod.
 */
export const ReadLimits = z.object({
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
  maxHeapMb: z.number().int().positive().default(DEFAULT_LIMITS.maxHeapMb),
});
export type ReadLimits = z.infer<typeof ReadLimits>;
export type ReadLimitsInput = z.input<typeof ReadLimits>;

// the schema and the plain types describe the same shape
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: [Same<ReadLimits, ReadLimitsShape>, Same<ReadLimitsInput, ReadLimitsInputShape>] = [true, true];
void sameShape;
