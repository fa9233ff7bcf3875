import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.js';
import { resolveLimits } from '../../src/convert/limits.js';
import { readPdf } from '../../src/convert/pdf.js';
import { CorruptFileError, EncryptedError, GoujiError, NoTextLayerError, TimeoutError, TooLargeError } from '../../src/errors/index.js';
import { corpus } from './pdf-helpers.js';

/**
 * Each failure with a real file made for it (scripts/pdf-fixtures/make_errors.sh: qpdf,
 * poppler, a JPEG-only PDF, a cut-off file). The reader must end every one with its typed
 * error, and the process must go on: the tests after each one run in the same process.
 */
async function failure(path: string, limits = {}): Promise<GoujiError> {
  const error = await readPdf(corpus(path), resolveLimits(limits)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GoujiError);
  return error as GoujiError;
}

describe('readPdf errors', () => {
  it('an encrypted PDF (user password) → encrypted', async () => {
    const error = await failure('pdf-errors/encrypted.pdf');
    expect(error).toBeInstanceOf(EncryptedError);
    expect(error.toJSON()).toMatchObject({ kind: 'encrypted', transient: false });
    expect(error.message).toMatch(/password/);
  });

  it('a PDF encrypted with only an owner password (print/copy restrictions) is read', async () => {
    const { document, format } = await convert(corpus('pdf-errors/owner-password-only.pdf'), resolveLimits());
    expect(format).toBe('pdf');
    expect(document.text).toContain('示例区图书馆是示例区文化和旅游局所属公益一类事业单位');
  });

  it('a scanned PDF (page images, no text layer) → no_text_layer, saying OCR is needed', async () => {
    const error = await failure('pdf-errors/scanned.pdf');
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect(error.kind).toBe('no_text_layer');
    expect(error.message).toMatch(/OCR/);
    expect(error.message).toMatch(/2 of 2 pages have no text/);
  });

  it('a truncated PDF → corrupt_file', async () => {
    const error = await failure('pdf-errors/truncated.pdf');
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it('bytes that start with %PDF- but hold no PDF → corrupt_file, also through convert()', async () => {
    const error = await convert(corpus('pdf-errors/garbage.pdf'), resolveLimits()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CorruptFileError);
  });

  it('more pages than maxPages → too_large, naming the limit', async () => {
    const error = await failure('pdf-layout/dept-accounts-3p.pdf', { maxPages: 2 });
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.message).toMatch(/3 pages, over the 2-page limit/);
  });

  it('running out of time → timeout (transient: a retry may succeed)', async () => {
    const error = await failure('pdf-layout/dept-accounts-3p.pdf', { timeoutMs: 1 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.toJSON()).toMatchObject({ kind: 'timeout', transient: true });
  });

  it('still reads a good PDF after all of the above, and does not touch the caller’s bytes', async () => {
    const bytes = corpus('pdf-layout/page-x-of-y.pdf');
    const copy = bytes.slice();
    const doc = await readPdf(bytes, resolveLimits());
    expect(doc.pages).toBe(2);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});
