import { GoujiError } from './gouji-error.js';

/** Reading the file took longer than the per-file time limit. */
export class TimeoutError extends GoujiError {
  readonly kind = 'timeout' as const;
  override readonly transient = true;
}
