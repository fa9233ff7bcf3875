import { GoujiError } from './gouji-error.js';

/** The bytes are not a .docx, .pdf, text or HTML report (an image, an archive, a .doc, …). */
export class UnsupportedFormatError extends GoujiError {
  readonly kind = 'unsupported_format' as const;
}
