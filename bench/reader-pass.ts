// The bare reader pass that analyze() is measured against (issue #11): what the readers alone
// cost on the same bytes with the same options, and the corpus files the benches read.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { openPdf } from '../src/convert/pdf/pdfjs.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** ../shared/corpus beside the checkout (real/ and wide/ PDFs), when it is there. */
export const SHARED = path.resolve(ROOT, '..', 'shared', 'corpus');

/** pdf.js alone, opened as gouji opens it: getTextContent and getOperatorList on every page. */
export async function barePdfPass(bytes: Uint8Array): Promise<number> {
  const doc = await (await openPdf(bytes)).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      await page.getOperatorList();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** mammoth alone, with gouji's options: the .docx as HTML. */
export async function bareDocxPass(bytes: Uint8Array): Promise<number> {
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return 0;
}

export function bareReaderPass(file: string, bytes: Uint8Array): Promise<number> {
  return file.endsWith('.docx') ? bareDocxPass(bytes) : barePdfPass(bytes);
}

function pdfsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .map((f) => path.join(dir, f))
    .sort();
}

/**
 * The files analysis speed is measured on: the seed (.docx and .pdf), the real PDFs and the
 * wide corpus PDFs (../shared/corpus, else the project's corpus/ copies). `quick` keeps the
 * seed and real/ only.
 */
export function benchFiles(quick = false): string[] {
  const seed = ['corpus/huaihua-gxj-2023.docx', 'corpus/huaihua-gxj-2023.pdf'].map((f) => path.join(ROOT, f));
  const real = pdfsUnder(path.join(SHARED, 'real')).length > 0 ? pdfsUnder(path.join(SHARED, 'real')) : pdfsUnder(path.join(ROOT, 'corpus', 'real'));
  const wide = quick ? [] : pdfsUnder(path.join(SHARED, 'wide')).length > 0 ? pdfsUnder(path.join(SHARED, 'wide')) : pdfsUnder(path.join(ROOT, 'corpus', 'wide'));
  return [...seed, ...real, ...wide];
}

/** The largest file (by bytes) of a list. */
export function largest(files: readonly string[]): string {
  return [...files].sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
