import { describe, expect, it } from 'vitest';
import { analyze, analyzeFile } from '../../src/analyze.js';
import { GoujiError, type ErrorKind } from '../../src/errors/index.js';
import { corpusBytes, corpusPath } from '../helpers/corpus.js';

// Fixtures made by scripts/make-bad-fixtures.py; zip-extra-record and zip-shifted are archives
// that yauzl (the guard) and JSZip (mammoth) would read differently, made in a review of the
// zip guard: a fourth central record the end record does not count, and a second archive
// whose directory sits before junk bytes that JSZip re-bases its offsets over.
const cases: Array<[file: string, kind: ErrorKind, says: RegExp]> = [
  ['bad/empty.docx', 'empty_file', /empty/],
  ['bad/truncated.docx', 'corrupt_file', /truncated/],
  ['bad/random.docx', 'unsupported_format', /neither a \.docx/],
  ['bad/image.docx', 'unsupported_format', /image/],
  ['bad/workbook.docx', 'unsupported_format', /Excel workbook/],
  ['bad/malformed-xml.docx', 'corrupt_file', /XML is malformed/],
  ['bad/legacy.doc', 'unsupported_format', /legacy Word \.doc/],
  ['bad/encrypted.docx', 'encrypted', /password/],
  ['bad/zip-bomb.docx', 'too_large', /zip bomb/],
  ['bad/zip-bomb-lying.docx', 'too_large', /zip bomb/],
  ['bad/zip-extra-record.docx', 'corrupt_file', /more records than its end record/],
  ['bad/zip-shifted.docx', 'corrupt_file', /central directory ends at byte/],
];

describe('bad input ends as a typed error', () => {
  it.each(cases)('%s → %s', async (file, kind, says) => {
    const result = await analyzeFile(corpusPath(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.message).toMatch(says);
    expect(result.error.message).not.toMatch(/\n/);
    await expect(analyze(corpusBytes(file))).rejects.toBeInstanceOf(GoujiError);
  });

  it('refuses a 1 GiB zip bomb while inflating, without the memory to hold it', async () => {
    const before = process.memoryUsage().rss;
    const error = await analyze(corpusBytes('bad/zip-bomb.docx')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'too_large' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('checks the inflated bytes, not only the sizes the zip declares', async () => {
    // The lying bomb declares 1000 bytes for a 64 MiB part; a low limit is hit mid-stream too.
    const error = await analyze(corpusBytes('bad/zip-bomb-lying.docx'), { limits: { maxUnzippedBytes: 1024 * 1024 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'too_large' });
  });

  it('applies the input-size limit as an option', async () => {
    const result = await analyzeFile(corpusPath('huaihua-gxj-2023.docx'), { limits: { maxInputBytes: 1000 } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too_large' } });
  });

  it('rejects a nonsensical limit with a message that says how to fix it', async () => {
    await expect(analyze(corpusBytes('huaihua-gxj-2023.txt'), { limits: { maxPages: -1 } })).rejects.toThrow(/maxPages/);
  });
});
