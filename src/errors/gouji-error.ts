// Plain TypeScript on purpose: every typed error loads with the refusal of an empty or
// unreadable file, before any reader, so nothing here may import zod. The zod schemas of
// these shapes (for validating what comes back from a thread or a queue) are in ./schema.ts.

/** The kinds of failure a file can end in; each has its own class in this folder. */
export const ERROR_KINDS = [
  'unsupported_format',
  'corrupt_file',
  'encrypted',
  'no_text_layer',
  'too_large',
  'timeout',
  'empty_file',
  'not_found',
  'not_a_file',
  'unreadable',
  'too_complex',
  'internal_error',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Where in the pipeline an internal error happened (see DESIGN.md, “The pipeline”). */
export const STAGES = ['read', 'convert', 'segment', 'extract', 'reconcile', 'report', 'worker'] as const;
export type Stage = (typeof STAGES)[number];

export function isErrorKind(value: unknown): value is ErrorKind {
  return (ERROR_KINDS as readonly unknown[]).includes(value);
}

export function isStage(value: unknown): value is Stage {
  return (STAGES as readonly unknown[]).includes(value);
}

/** How a failed file is recorded (JSON, dataset, job result). */
export interface FileError {
  kind: ErrorKind;
  message: string;
  /** True when trying again may succeed (a timeout); false for a broken file. */
  transient: boolean;
  /** For `internal_error`: the stage that failed. */
  stage?: Stage;
}

/**
 * What marks a GoujiError, instead of `instanceof`: the CLI's start-up path is a CommonJS
 * bundle with its own copy of these classes (scripts/build.mjs), and a program may load two
 * copies of gouji; a registered symbol is the same in every copy.
 */
const BRAND: unique symbol = Symbol.for('gouji.GoujiError') as never;

/** Base class: a typed, person-readable reason a file could not be read. */
export abstract class GoujiError extends Error {
  abstract readonly kind: ErrorKind;
  readonly transient: boolean = false;
  readonly [BRAND] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    // one line, always: a reader's message (a parser's, a zod dump) can hold line breaks
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
    this.name = new.target.name;
  }

  toJSON(): FileError {
    return { kind: this.kind, message: this.message, transient: this.transient };
  }
}

/** True for a GoujiError from any copy of gouji (see BRAND). */
export function isGoujiError(e: unknown): e is GoujiError {
  return typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true;
}
