import { z } from 'zod';

/** The kinds of failure a file can end in; each has its own class in this folder. */
export const ErrorKind = z.enum([
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
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

/** Where in the pipeline an internal error happened (see DESIGN.md, “The pipeline”). */
export const Stage = z.enum(['read', 'convert', 'segment', 'extract', 'reconcile', 'report', 'worker']);
export type Stage = z.infer<typeof Stage>;

/** How a failed file is recorded (JSON, dataset, job result). */
export const FileError = z.object({
  kind: ErrorKind,
  message: z.string(),
  /** True when trying again may succeed (a timeout); false for a broken file. */
  transient: z.boolean(),
  /** For `internal_error`: the stage that failed. */
  stage: Stage.optional(),
});
export type FileError = z.infer<typeof FileError>;

/** Base class: a typed, person-readable reason a file could not be read. */
export abstract class GoujiError extends Error {
  abstract readonly kind: ErrorKind;
  readonly transient: boolean = false;

  constructor(message: string, options?: { cause?: unknown }) {
    // one line, always: a reader's message (a parser's, a zod dump) can hold line breaks
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
    this.name = new.target.name;
  }

  toJSON(): FileError {
    return { kind: this.kind, message: this.message, transient: this.transient };
  }
}

export function isGoujiError(e: unknown): e is GoujiError {
  return e instanceof GoujiError;
}
