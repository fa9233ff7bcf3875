// Plain TypeScript on purpose: the limits are resolved before a file is even sniffed (an
// empty file is refused with them), so nothing here may import zod. The zod schema of the
// same shape, for validating limits that come in a queue job, is in ./limits-schema.ts.

const MiB = 1024 * 1024;

/** Limits that protect the process from hostile or oversized files. */
export interface ReadLimits {
  /** Largest input file accepted, in bytes (default 100 MiB). */
  maxInputBytes: number;
  /** Most bytes a .docx may unpack to, counted while inflating (default 256 MiB). */
  maxUnzippedBytes: number;
  /** Most entries a .docx zip may hold (default 10 000). */
  maxZipEntries: number;
  /** Most pages read from a PDF (default 2000). */
  maxPages: number;
  /** Time allowed for one file, in milliseconds (default 120 s); a thread is stopped when it runs over. */
  timeoutMs: number;
  /** Most table cells in one document, counting each cell's row × col span on the grid (default 250 000). */
  maxCells: number;
  /** Most blocks (paragraphs and tables) in one document (default 200 000). */
  maxBlocks: number;
  /** Deepest nesting of HTML elements (a .docx is read through HTML too) (default 256). */
  maxNesting: number;
  /** Most figures (numbers) read from one paragraph or table cell (default 5 000). */
  maxFactsPerBlock: number;
  /** Longest paragraph, line or cell text, in characters (default 200 000). */
  maxLineLength: number;
  /** Heap of the thread that reads one file, in MiB: a file that needs more ends as too_complex (default 1024). */
  maxHeapMb: number;
}

/** Limits as given: any of them, each a positive whole number; the rest take their defaults. */
export type ReadLimitsInput = { [K in keyof ReadLimits]?: number | undefined };

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxInputBytes: 100 * MiB,
  maxUnzippedBytes: 256 * MiB,
  maxZipEntries: 10_000,
  maxPages: 2000,
  timeoutMs: 120_000,
  maxCells: 250_000,
  maxBlocks: 200_000,
  maxNesting: 256,
  maxFactsPerBlock: 5_000,
  maxLineLength: 200_000,
  maxHeapMb: 1024,
});

/** The given limits over the defaults; throws a RangeError naming a limit that is not a positive whole number. */
export function resolveLimits(input: ReadLimitsInput = {}): ReadLimits {
  if (input === null || typeof input !== 'object') throw new RangeError(`invalid limits: expected an object, got ${input === null ? 'null' : typeof input}`);
  const limits: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const value: unknown = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`invalid limit ${key}: ${typeof value === 'number' ? value : typeof value} (use a positive whole number)`);
    }
    limits[key] = value;
  }
  return limits;
}
