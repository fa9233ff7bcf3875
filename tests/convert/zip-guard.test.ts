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

  it('reads the central directory from a ZIP64 end record', async () => {
    const zip = await zipOf({ 'word/document.xml': XML, '[Content_Types].xml': '<Types/>' }, 'DEFLATE');
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = zip.length - 22;
    const [count, size, offset] = [view.getUint16(eocd + 10, true), view.getUint32(eocd + 12, true), view.getUint32(eocd + 16, true)];
    // a ZIP64 end record and its locator between the directory and the end record, whose own
    // fields now say “see ZIP64” (0xFFFF, 0xFFFFFFFF), as a writer does past 65 535 entries
    const z64 = new DataView(new ArrayBuffer(56 + 20));
    z64.setUint32(0, 0x06064b50, true);
    z64.setBigUint64(4, 44n, true);
    z64.setUint16(12, 45, true);
    z64.setUint16(14, 45, true);
    z64.setBigUint64(24, BigInt(count), true);
    z64.setBigUint64(32, BigInt(count), true);
    z64.setBigUint64(40, BigInt(size), true);
    z64.setBigUint64(48, BigInt(offset), true);
    z64.setUint32(56, 0x07064b50, true);
    z64.setBigUint64(56 + 8, BigInt(eocd), true); // where the ZIP64 end record starts
    z64.setUint32(56 + 16, 1, true);
    const end = zip.slice(eocd);
    const endView = new DataView(end.buffer);
    endView.setUint16(8, 0xffff, true);
    endView.setUint16(10, 0xffff, true);
    endView.setUint32(12, 0xffffffff, true);
    endView.setUint32(16, 0xffffffff, true);
    const out = new Uint8Array([...zip.subarray(0, eocd), ...new Uint8Array(z64.buffer), ...end]);
    const names = await checkZip(out, limits);
    expect([...names].sort()).toEqual(['[Content_Types].xml', 'word/document.xml']);
    // the same record pointing one byte off is refused
    const off = out.slice();
    new DataView(off.buffer).setBigUint64(eocd + 48, BigInt(offset + 1), true);
    await expect(checkZip(off, limits)).rejects.toMatchObject({ kind: 'corrupt_file' });
  });
});

