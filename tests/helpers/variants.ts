import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
export const SEED_DOCX = join(CORPUS, 'huaihua-gxj-2023.docx');
export const SEED_TXT = join(CORPUS, 'huaihua-gxj-2023.txt');

/** The same .docx with a zip comment: new bytes (a new sha256), the same document. */
export function docxVariant(docx: Buffer, n: number): Buffer {
  const eocd = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || docx.readUInt16LE(eocd + 20) !== 0) throw new Error('expected a .docx without a zip comment');
  const comment = Buffer.from(`gouji variant ${n}`);
  const out = Buffer.concat([docx, comment]);
  out.writeUInt16LE(comment.length, eocd + 20);
  return out;
}

/** The same text with n trailing newlines: new bytes, the same document. */
export function textVariant(text: Buffer, n: number): Buffer {
  return Buffer.concat([text, Buffer.alloc(n, 0x0a)]);
}

/**
 * Writes `docx` .docx copies and `txt` text copies of the seed report into `dir`, each with
 * different bytes (so a different sha256) and the same content. Returns the file paths.
 */
export function writeVariants(dir: string, counts: { docx: number; txt: number }, start = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const docx = readFileSync(SEED_DOCX);
  const txt = readFileSync(SEED_TXT);
  const files: string[] = [];
  for (let i = 0; i < counts.docx; i++) {
    const path = join(dir, `report-${String(start + i).padStart(4, '0')}.docx`);
    writeFileSync(path, docxVariant(docx, start + i));
    files.push(path);
  }
  for (let i = 0; i < counts.txt; i++) {
    const path = join(dir, `report-${String(start + i).padStart(4, '0')}.txt`);
    writeFileSync(path, textVariant(txt, start + i));
    files.push(path);
  }
  return files;
}

/** Copies a corpus file into `dir` under `name`. */
export function copyInto(dir: string, source: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  copyFileSync(source, path);
  return path;
}
