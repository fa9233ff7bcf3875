import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file under the project's corpus/. */
export function corpusPath(name: string): string {
  return fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url));
}

/** Bytes of a corpus file, as the Uint8Array every reader takes. */
export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath(name)));
}
