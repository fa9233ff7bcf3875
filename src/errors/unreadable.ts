import { GoujiError } from './gouji-error.js';

/** The file exists but cannot be opened: no permission (EACCES/EPERM), a symlink loop (ELOOP), an I/O error. */
export class UnreadableError extends GoujiError {
  readonly kind = 'unreadable' as const;
}
