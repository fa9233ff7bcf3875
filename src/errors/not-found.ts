import { GoujiError } from './gouji-error.js';

/** The path names nothing (ENOENT): a typo, or the file was moved. */
export class NotFoundError extends GoujiError {
  readonly kind = 'not_found' as const;
}
