import { GoujiError } from './gouji-error.js';

/** The path is a folder, a FIFO, a socket or a device (/dev/zero), not a regular file. */
export class NotAFileError extends GoujiError {
  readonly kind = 'not_a_file' as const;
}
