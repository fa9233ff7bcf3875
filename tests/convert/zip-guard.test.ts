// The zip guard inflates every part of a .docx before mammoth does, counting what comes out:
// small parts in one call capped at their declared size, large ones streamed (issue #11 made
// the small path synchronous). Real zips written by JSZip (mammoth's own zip library), some
// with their declared sizes edited to lie.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../../src/convert/limits.js';
import { checkZip } from '../../src/convert/zip-guard.js';

const XML = '<w:document>' + '<w:p>预算执行率 98.5%</w:p>'.repeat(2000) + '</w:document>';

async function zipOf(entries: Record<string, string | Uint8Array>, compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Sets the uncompressed size of every entry, in the local headers and the central directory. */
function declare(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

const limits = resolveLimits();

describe('zip guard', () => {
  it('reads stored and deflated parts and returns their names', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const names = await checkZip(await zipOf({ 'word/document.xml': XML, '[Content_Types].xml': '<Types/>' }, compression), limits);
      expect([...names].sort()).toEqual(['[Content_Types].xml', 'word/document.xml']);
    }
  });

  it('refuses a part that inflates to more than its header declares, without inflating it all', async () => {
    const lying = declare(await zipOf({ 'word/document.xml': XML }, 'DEFLATE'), 100);
    await expect(checkZip(lying, limits)).rejects.toMatchObject({ kind: 'too_large', message: expect.stringMatching(/more bytes than its zip header declares/) });
  });

  it('calls a part that holds fewer bytes than it declares damaged', async () => {
    const short = declare(await zipOf({ 'word/document.xml': XML }, 'DEFLATE'), Buffer.byteLength(XML) + 10);
    await expect(checkZip(short, limits)).rejects.toMatchObject({ kind: 'corrupt_file' });
  });

  it('counts every part against the unzip limit', async () => {
    const zip = await zipOf({ 'a.xml': XML, 'b.xml': XML }, 'DEFLATE');
    await expect(checkZip(zip, { ...limits, maxUnzippedBytes: Buffer.byteLength(XML) + 1 })).rejects.toMatchObject({ kind: 'too_large' });
    await expect(checkZip(zip, { ...limits, maxUnzippedBytes: 2 * Buffer.byteLength(XML) })).resolves.toBeInstanceOf(Set);
  });

  it('refuses two entries whose data overlap (one compressed region inflated under many names)', async () => {
    const zip = await zipOf({ 'a.xml': XML, 'b.xml': XML }, 'DEFLATE');
    const out = zip.slice();
    const view = new DataView(out.buffer);
    // point the second central record at the first entry's local header
    const records: number[] = [];
    for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) records.push(i);
    view.setUint32(records[1]! + 42, view.getUint32(records[0]! + 42, true), true);
    await expect(checkZip(out, limits)).rejects.toMatchObject({ kind: 'corrupt_file', message: expect.stringMatching(/overlaps/) });
  });

  it('refuses an archive zip readers would disagree on: a central record past the end record\'s count', async () => {
    const zip = await zipOf({ 'word/document.xml': XML, 'b.xml': '<b/>' }, 'DEFLATE');
    const out = zip.slice();
    const view = new DataView(out.buffer);
    const eocd = out.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    // the end record now counts one record fewer than the directory holds
    view.setUint16(eocd + 8, 1, true);
    view.setUint16(eocd + 10, 1, true);
    await expect(checkZip(out, limits)).rejects.toMatchObject({ kind: 'corrupt_file', message: expect.stringMatching(/more records than its end record's 1/) });
  });
});

