import { GoujiError } from './gouji-error.js';

/** The file exceeds a limit (bytes in, bytes unzipped, pages); the limit is an option. */
export class TooLargeError extends GoujiError {
  readonly kind = 'too_large' as const;
}
