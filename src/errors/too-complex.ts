import { GoujiError } from './gouji-error.js';

/**
 * The file is within the byte limits but its structure is not: more table cells, blocks,
 * nesting, facts in one block or characters in one line than the limits allow (see
 * src/convert/limits.ts), or more memory than a reading thread may use.
 */
export class TooComplexError extends GoujiError {
  readonly kind = 'too_complex' as const;
}

/** V8's “Maximum call stack size exceeded”: input nested deeper than a recursive reader can go. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack size/i.test(error.message);
}

/** The typed error for a stack overflow on deep input. */
export function tooDeep(cause?: unknown): TooComplexError {
  return new TooComplexError('the file is nested too deeply to read (tables in tables, elements in elements) — over what gouji can follow', { cause });
}
