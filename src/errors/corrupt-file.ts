import { GoujiError } from './gouji-error.js';

/** The file claims a format but its bytes are broken (truncated zip, malformed XML or PDF). */
export class CorruptFileError extends GoujiError {
  readonly kind = 'corrupt_file' as const;
}
