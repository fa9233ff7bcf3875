import { z } from 'zod';

const MiB = 1024 * 1024;

/** Limits that protect the process from hostile or oversized files. */
export const ReadLimits = z.object({
  /** Largest input file accepted, in bytes (default 100 MiB). */
  maxInputBytes: z.number().int().positive().default(100 * MiB),
  /** Most bytes a .docx may unpack to, counted while inflating (default 256 MiB). */
  maxUnzippedBytes: z.number().int().positive().default(256 * MiB),
  /** Most entries a .docx zip may hold (default 10 000). */
  maxZipEntries: z.number().int().positive().default(10_000),
  /** Most pages read from a PDF (default 2000). */
  maxPages: z.number().int().positive().default(2000),
  /** Time allowed for one file, in milliseconds (default 120 s); a thread is stopped when it runs over. */
  timeoutMs: z.number().int().positive().default(120_000),
  /** Most table cells in one document, counting each cell's row × col span on the grid (default 250 000). */
  maxCells: z.number().int().positive().default(250_000),
  /** Most blocks (paragraphs and tables) in one document (default 200 000). */
  maxBlocks: z.number().int().positive().default(200_000),
  /** Deepest nesting of HTML elements (a .docx is read through HTML too) (default 256). */
  maxNesting: z.number().int().positive().default(256),
  /** Most figures (numbers) read from one paragraph or table cell (default 5 000). */
  maxFactsPerBlock: z.number().int().positive().default(5_000),
  /** Longest paragraph, line or cell text, in characters (default 200 000). */
  maxLineLength: z.number().int().positive().default(200_000),
  /** Heap of the thread that reads one file, in MiB: a file that needs more ends as too_complex (default 1024). */
  maxHeapMb: z.number().int().positive().default(1024),
});
export type ReadLimits = z.infer<typeof ReadLimits>;
export type ReadLimitsInput = z.input<typeof ReadLimits>;

export function resolveLimits(input: ReadLimitsInput = {}): ReadLimits {
  const parsed = ReadLimits.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`invalid limit ${issue.path.join('.')}: ${issue.message} (use a positive whole number)`);
  }
  return parsed.data;
}
