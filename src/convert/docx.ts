import mammoth from 'mammoth';
import type { Document } from '../model/index.js';
import { CorruptFileError, isStackOverflow, tooDeep, UnsupportedFormatError } from '../errors/index.js';
import { DocumentBuilder } from './document-builder.js';
import { appendHtml } from './html-blocks.js';
import type { ReadLimits } from './limits.js';
import { checkZip } from './zip-guard.js';

/**
 * .docx → Document: the zip is checked entry by entry against the unzip limit first,
 * then mammoth turns it into HTML (vMerge → rowspan, gridSpan → colspan) and the HTML
 * becomes blocks. Reports mark headings with bold plain paragraphs; text is kept as written.
 */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits): Promise<Document> {
  const names = await checkZip(bytes, limits);
  if (!names.has('word/document.xml')) {
    const what = names.has('xl/workbook.xml') ? 'an Excel workbook' : names.has('ppt/presentation.xml') ? 'a PowerPoint deck' : 'a zip archive';
    throw new UnsupportedFormatError(`the file is ${what}, not a Word .docx (no word/document.xml inside)`);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    if (isStackOverflow(error)) throw tooDeep(error);
    const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    throw new CorruptFileError(`the .docx could not be parsed (${why.slice(0, 200)}) — its XML is malformed; open and re-save it in Word or WPS`, { cause: error });
  }
  const builder = new DocumentBuilder(limits);
  appendHtml(html, builder, limits, 'generated');
  return builder.build(null);
}
