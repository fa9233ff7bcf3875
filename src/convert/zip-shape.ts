// The shape of a zip archive, checked before anything is inflated: gouji's guard enumerates a
// .docx with yauzl, and mammoth reads it with JSZip. The two parse an archive differently
// where it is malformed — yauzl reads exactly the end record's count of central records,
// JSZip reads records for as long as their signature repeats; JSZip re-bases every offset when
// bytes sit between the central directory and its end record, yauzl does not — so a crafted
// archive could show the guard one set of parts and mammoth another (a part declared at 1 000
// bytes holding 2 GiB, unchecked). An archive on which they could disagree is refused.

const END = 0x06054b50; // end of central directory record (EOCD)
const END64 = 0x06064b50; // ZIP64 end of central directory record
const LOCATOR64 = 0x07064b50; // ZIP64 end of central directory locator
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header

/** Where the central directory is and how many records it has, by its end record (ZIP64 when there is one). */
interface Directory {
  offset: number;
  size: number;
  count: number;
  /** Where the (ZIP64) end record starts: the directory must end exactly here. */
  end: number;
}

function directoryOf(view: DataView): Directory | string | null {
  const length = view.byteLength;
  let eocd = -1;
  // the last end record in the final 64 KiB + 22 bytes, as both readers search for it
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null; // not a zip at all, or truncated: yauzl refuses it with its own message
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === LOCATOR64) {
    const at = Number(view.getBigUint64(eocd - 12, true)); // float-ok: a byte offset in the archive, not a figure
    if (at + 56 > length || view.getUint32(at, true) !== END64) return 'its ZIP64 end record is missing';
    const read = (offset: number): number => Number(view.getBigUint64(at + offset, true)); // float-ok: byte offsets and counts of the archive, not figures
    return { count: read(32), size: read(40), offset: read(48), end: at };
  }
  return { count: view.getUint16(eocd + 10, true), size: view.getUint32(eocd + 12, true), offset: view.getUint32(eocd + 16, true), end: eocd };
}

/**
 * Why zip readers could disagree on what this archive holds, or null when they cannot: the
 * central directory must end where its end record starts, and hold exactly as many records
 * as the end record says.
 */
export function zipAmbiguity(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directoryOf(view);
  if (dir === null || typeof dir === 'string') return dir;
  if (dir.offset + dir.size !== dir.end) {
    return `its central directory ends at byte ${dir.offset + dir.size} but its end record is at byte ${dir.end}`;
  }
  let records = 0;
  for (let at = dir.offset; at + 46 <= bytes.byteLength && view.getUint32(at, true) === CENTRAL; records++) {
    if (records > dir.count) break;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (records !== dir.count) return `its central directory holds ${records > dir.count ? 'more' : 'fewer'} records than its end record's ${dir.count}`;
  return null;
}

/** An entry's compressed data: [start, end) in the archive, after its local header. */
export interface DataRange {
  name: string;
  start: number;
  end: number;
}

/**
 * Where an entry's compressed data lies, read from its local header (as yauzl and JSZip read
 * it), or why it cannot be read: a missing local header, or data past the end of the file.
 */
export function localData(bytes: Uint8Array, entry: { fileName: string; relativeOffsetOfLocalHeader: number; compressedSize: number }): DataRange | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) return `invalid local file header signature for ${entry.fileName}`;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return `the data of ${entry.fileName} runs past the end of the file`;
  return { name: entry.fileName, start, end };
}

/** Two entries whose data overlap (one compressed region inflated under many names), or null. */
export function overlapping(ranges: readonly DataRange[]): [DataRange, DataRange] | null {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return [sorted[i - 1]!, sorted[i]!];
  return null;
}
