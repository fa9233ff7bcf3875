import { GoujiError } from './gouji-error.js';

/** The file has no bytes, or no text at all. */
export class EmptyFileError extends GoujiError {
  readonly kind = 'empty_file' as const;
}
