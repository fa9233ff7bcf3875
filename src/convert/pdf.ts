import type { Document } from '../model/index.js';
import { UnsupportedFormatError } from '../errors/index.js';
import type { ReadLimits } from './limits.js';

/** PDF reader (issue #5). */
export async function readPdf(_bytes: Uint8Array, _limits: ReadLimits): Promise<Document> {
  throw new UnsupportedFormatError('PDF reading is not available yet in this build');
}
