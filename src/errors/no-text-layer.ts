import { GoujiError } from './gouji-error.js';

/** A scanned PDF: pages are images with no text layer; it needs OCR first. */
export class NoTextLayerError extends GoujiError {
  readonly kind = 'no_text_layer' as const;
}
