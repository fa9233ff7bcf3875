import { GoujiError } from './gouji-error.js';

/** The file is password-protected; gouji cannot read it without the password. */
export class EncryptedError extends GoujiError {
  readonly kind = 'encrypted' as const;
}
