// The typed errors a file can end in, one class per kind (ErrorKind in ./gouji-error.ts). They
// are one module, not one file each: every refusal of a file (an empty file, a folder, a
// missing path) loads them before anything else, and each module costs start-up time.
import { GoujiError, type Stage } from './gouji-error.js';

export * from './gouji-error.js';

/** The bytes are not a .docx, .pdf, text or HTML report (an image, an archive, a .doc, …). */
export class UnsupportedFormatError extends GoujiError {
  readonly kind = 'unsupported_format' as const;
}

/** The file claims a format but its bytes are broken (truncated zip, malformed XML or PDF). */
export class CorruptFileError extends GoujiError {
  readonly kind = 'corrupt_file' as const;
}

/** The file is password-protected; gouji cannot read it without the password. */
export class EncryptedError extends GoujiError {
  readonly kind = 'encrypted' as const;
}

/** A scanned PDF: pages are images with no text layer; it needs OCR first. */
export class NoTextLayerError extends GoujiError {
  readonly kind = 'no_text_layer' as const;
}

/** The file exceeds a limit (bytes in, bytes unzipped, pages); the limit is an option. */
export class TooLargeError extends GoujiError {
  readonly kind = 'too_large' as const;
}

/** Reading the file took longer than the per-file time limit. */
export class TimeoutError extends GoujiError {
  readonly kind = 'timeout' as const;
  override readonly transient = true;
}

/** The file has no bytes, or no text at all. */
export class EmptyFileError extends GoujiError {
  readonly kind = 'empty_file' as const;
}

/** The path names nothing (ENOENT): a typo, or the file was moved. */
export class NotFoundError extends GoujiError {
  readonly kind = 'not_found' as const;
}

/** The path is a folder, a FIFO, a socket or a device (/dev/zero), not a regular file. */
export class NotAFileError extends GoujiError {
  readonly kind = 'not_a_file' as const;
}

/** The file exists but cannot be opened: no permission (EACCES/EPERM), a symlink loop (ELOOP), an I/O error. */
export class UnreadableError extends GoujiError {
  readonly kind = 'unreadable' as const;
}

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

/**
 * A bug in gouji: an exception inside a pipeline stage that is not a typed error about the
 * file. It names the stage and is never blamed on the file.
 */
export class InternalError extends GoujiError {
  readonly kind = 'internal_error' as const;
  readonly stage: Stage;
  /** Trying again after gouji is fixed may succeed: an ingest re-run retries the file. */
  override readonly transient = true;

  constructor(stage: Stage, detail: string, options?: { cause?: unknown }) {
    super(`a bug in gouji (${stage} stage): ${oneLine(detail)} — please report it with the file`, options);
    this.stage = stage;
  }

  override toJSON() {
    return { ...super.toJSON(), stage: this.stage };
  }
}

/** The first line of a message, at most 300 characters (a zod dump or a stack is not a message). */
export function oneLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
