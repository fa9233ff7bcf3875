import { z } from 'zod';
import { ERROR_KINDS, STAGES, type FileError as FileErrorShape } from './gouji-error.js';

// zod schemas of the typed-error shapes in ./gouji-error.ts, for validating a FileError that
// comes from elsewhere (a thread, a queue, a stored row) and for the JSON Schema. Kept apart
// so that refusing a file loads no zod.

export const ErrorKind = z.enum(ERROR_KINDS);
export type ErrorKind = z.infer<typeof ErrorKind>;

export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const FileError = z.object({
  kind: ErrorKind,
  message: z.string(),
  /** True when trying again may succeed (a timeout); false for a broken file. */
  transient: z.boolean(),
  /** For `internal_error`: the stage that failed. */
  stage: Stage.optional(),
});
export type FileError = z.infer<typeof FileError>;

// the schema and the plain type describe the same shape
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<FileError, FileErrorShape> = true;
void sameShape;
