import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { CorruptFileError, TooLargeError, UnsupportedFormatError } from '../errors/index.js';
import type { ReadLimits } from './limits.js';
import { localData, overlapping, zipAmbiguity, type DataRange } from './zip-shape.js';

/**
 * Refuses an archive whose shape zip readers could disagree on, or whose entries share their
 * data (zip-shape.ts); then walks its entries and inflates each one, counting the bytes as they come out, so a
 * zip bomb is refused while unzipping — never after (small parts in one call capped at their
 * declared size, large ones streamed). Declared sizes are checked first
 * (cheap), then the real inflated sizes (declared sizes can lie). Returns entry names.
 */
export async function checkZip(bytes: Uint8Array, limits: ReadLimits): Promise<Set<string>> {
  // what mammoth's zip reader (JSZip) would read must be what is checked here (zip-shape.ts)
  const ambiguous = zipAmbiguity(bytes);
  if (ambiguous) throw new CorruptFileError(`the .docx archive is malformed: ${ambiguous}; zip readers could disagree on what it holds — open and re-save it in Word or WPS`);
  const zip = await openZip(bytes);
  const names = new Set<string>();
  let declared = 0;
  let inflated = 0;
  const tooLarge = (n: number) =>
    new TooLargeError(
      n > limits.maxUnzippedBytes
        ? `the .docx would unpack to more than ${limits.maxUnzippedBytes} bytes (${n}+ so far) — refused as a possible zip bomb (raise maxUnzippedBytes if it is genuine)`
        : `a part of the .docx unpacks to more bytes than its zip header declares — refused as a possible zip bomb`,
    );
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new TooLargeError(`the zip holds ${zip.entryCount} entries, over the ${limits.maxZipEntries}-entry limit`);
    }
    // every entry first (names, declared sizes, where its data lies), then inflate
    const files: { entry: yauzl.Entry; data: DataRange }[] = [];
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      names.add(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnzippedBytes) throw tooLarge(declared);
      const data = localData(bytes, entry);
      if (typeof data === 'string') throw corrupt(new Error(data));
      files.push({ entry, data });
    }
    const overlap = overlapping(files.map((f) => f.data));
    if (overlap) throw corrupt(new Error(`the data of ${overlap[1].name} overlaps that of ${overlap[0].name}`));
    for (const { entry, data } of files) {
      const small = entry.uncompressedSize <= SMALL_ENTRY && (entry.compressionMethod === 0 || entry.compressionMethod === 8);
      inflated = small ? inflateSmall(bytes, entry, data, inflated, limits.maxUnzippedBytes, tooLarge) : await drain(zip, entry, inflated, limits.maxUnzippedBytes, tooLarge);
    }
  } finally {
    zip.close();
  }
  return names;
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(new CorruptFileError(`the file starts like a .docx (zip) but its archive is broken: ${err?.message ?? 'unreadable'} — it may be truncated; export it again`));
      else resolve(zip);
    });
  });
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => { cleanup(); resolve(entry); };
    const onEnd = () => { cleanup(); resolve(null); };
    const onError = (err: Error) => { cleanup(); reject(corrupt(err)); };
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function drain(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  sofar: number,
  limit: number,
  tooLarge: (n: number) => Error,
): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        if (err && /encrypt/i.test(err.message)) {
          reject(new UnsupportedFormatError('the zip is password-protected; it is not a readable .docx'));
        } else reject(corrupt(err ?? new Error('unreadable entry')));
        return;
      }
      let total = sofar;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.destroy();
          reject(tooLarge(total));
        }
      });
      stream.on('error', (e: Error) =>
        // yauzl checks each entry against its declared size as it inflates
        reject(/too many bytes/i.test(e.message) ? tooLarge(total) : corrupt(e)),
      );
      stream.on('end', () => resolve(total));
    });
  });
}

/**
 * Entries declared at most this large (a report's XML parts) are inflated in one synchronous
 * call, never past their declared size + 1 byte, so the output buffer stays this small; larger
 * ones (images) are streamed. Streaming every part cost the seed .docx 8 ms, inflating 0.3 MB.
 */
const SMALL_ENTRY = 4 * 1024 * 1024;

/** One small entry inflated from its data in the zip (found by localData). */
function inflateSmall(bytes: Uint8Array, entry: yauzl.Entry, range: DataRange, sofar: number, limit: number, tooLarge: (n: number) => Error): number {
  if (entry.isEncrypted()) throw new UnsupportedFormatError('the zip is password-protected; it is not a readable .docx');
  const data = bytes.subarray(range.start, range.end);
  let size: number;
  if (entry.compressionMethod === 0) size = data.byteLength;
  else {
    // never more than one byte past what the header declares (or past the whole limit)
    const cap = Math.min(entry.uncompressedSize, limit - sofar) + 1;
    try {
      size = inflateRawSync(data, { maxOutputLength: cap }).byteLength;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(sofar + cap);
      throw corrupt(error instanceof Error ? error : new Error(String(error)));
    }
  }
  if (size > entry.uncompressedSize) throw tooLarge(sofar + size);
  if (size < entry.uncompressedSize) throw corrupt(new Error(`${entry.fileName} unpacks to ${size} bytes, fewer than the ${entry.uncompressedSize} its header declares`));
  const total = sofar + size;
  if (total > limit) throw tooLarge(total);
  return total;
}

function corrupt(err: Error): CorruptFileError {
  return new CorruptFileError(`the .docx archive is damaged: ${err.message} — it may be truncated; export it again`, { cause: err });
}
