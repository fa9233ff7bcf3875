import type { Document, Format, Warning } from '../model/index.js';
import { EmptyFileError, EncryptedError, TooLargeError, UnsupportedFormatError } from '../errors/index.js';
import { sniff } from './detect.js';
import type { ReadLimits } from './limits.js';

export interface Converted {
  format: Format;
  document: Document;
  /** How the bytes were read, when the report should say so (encoding guessed, bytes replaced, traditional characters normalised). */
  warnings: Warning[];
}

/**
 * Bytes → Document, choosing the reader from the bytes themselves. Each reader (and the
 * text decoder, the traditional-character table) is imported when first needed, so a file
 * refused from its first bytes loads no mammoth, pdf.js, chardet or zod.
 */
export async function convert(bytes: Uint8Array, limits: ReadLimits): Promise<Converted> {
  const read = await readDocument(bytes, limits);
  const { simplifyDocument } = await import('../text/traditional.js');
  const simplified = simplifyDocument(read.document);
  if (!simplified) return read;
  return {
    ...read,
    document: simplified.document,
    warnings: [
      ...read.warnings,
      {
        code: 'traditional-characters',
        message: `the report is written in traditional characters; ${simplified.changed} were normalised to simplified (萬→万, 決→决 …) so that its labels and units are understood — quotes show the simplified text`,
      },
    ],
  };
}

/** The reader a file needs, decided from its bytes. */
export type Reader = 'docx' | 'pdf' | 'html' | 'text';

/**
 * The reader for these bytes, decided from the bytes alone — or the typed error when none
 * applies (empty, too large, a .doc or password-protected Office file, JSON, another binary).
 * Cheap and loads no reader: `gouji analyze` checks it before starting a thread.
 */
export function readerFor(bytes: Uint8Array, limits: ReadLimits): Reader {
  if (bytes.length === 0) throw new EmptyFileError('the file is empty (0 bytes)');
  if (bytes.length > limits.maxInputBytes) {
    throw new TooLargeError(
      `the file has ${bytes.length} bytes, over the ${limits.maxInputBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`,
    );
  }
  const kind = sniff(bytes);
  if (isOleCompound(bytes)) {
    throw containsUtf16(bytes, 'EncryptionInfo')
      ? new EncryptedError('the Office file is password-protected; remove the password in Word/WPS and save it again as .docx')
      : new UnsupportedFormatError('the file is a legacy Word .doc (OLE compound file); save it as .docx or PDF');
  }
  switch (kind) {
    case 'zip':
    case 'pdf':
    case 'html':
    case 'text':
      return kind === 'zip' ? 'docx' : kind;
    case 'json':
      throw new UnsupportedFormatError('the file is JSON data, not a report — gouji reads .docx, .pdf, text and HTML reports');
    default:
      throw new UnsupportedFormatError(
        'the file is binary but neither a .docx (zip) nor a PDF — an image, a legacy .doc or another format; save it as .docx or PDF',
      );
  }
}

async function readDocument(bytes: Uint8Array, limits: ReadLimits): Promise<Converted> {
  switch (readerFor(bytes, limits)) {
    case 'docx':
      return { format: 'docx', document: await (await import('./docx.js')).readDocx(bytes, limits), warnings: [] };
    case 'pdf':
      return { format: 'pdf', document: await (await import('./pdf.js')).readPdf(bytes, limits), warnings: [] };
    case 'html': {
      const { decodeBytes, decodeWarnings } = await import('./decode.js');
      const decoded = decodeBytes(bytes, { html: true });
      return { format: 'html', document: (await import('./text.js')).readHtml(decoded.text, limits), warnings: decodeWarnings(decoded) };
    }
    case 'text': {
      const { decodeBytes, decodeWarnings } = await import('./decode.js');
      const decoded = decodeBytes(bytes);
      return { format: 'text', document: (await import('./text.js')).readText(decoded.text, limits), warnings: decodeWarnings(decoded) };
    }
  }
}

/** Legacy .doc files and password-protected .docx files are OLE compound files. */
function isOleCompound(bytes: Uint8Array): boolean {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return ole.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
