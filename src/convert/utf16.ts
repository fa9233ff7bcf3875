// UTF-16 without a byte order mark, told from the bytes alone (no decoder library: the format
// sniffer uses it before any reader is loaded).

/**
 * UTF-16 without a BOM. Text has NULs only as the high byte of ASCII in UTF-16 (every other
 * byte); Chinese UTF-16 has few NULs but its code units are CJK ideographs and punctuation.
 * Only tried when the bytes are not valid UTF-8 or hold NULs (ASCII read as UTF-16 looks CJK too).
 */
export function guessUtf16(all: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const bytes = all.subarray(0, 8192 - (Math.min(all.length, 8192) % 2));
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  const pairs = bytes.length / 2;
  if (evenZero + oddZero === 0 && isUtf8(bytes)) return null;
  // ASCII in UTF-16LE puts its NUL high byte at odd offsets, in BE at even ones; CJK text has
  // a NUL only in the rare ideograph U+xx00. NULs on both sides (beyond that) mean binary.
  if (oddZero > 0 && evenZero <= 0.02 * pairs && oddZero > evenZero) return textLike(bytes, true) > 0.9 ? 'utf-16le' : null;
  if (evenZero > 0 && oddZero <= 0.02 * pairs && evenZero > oddZero) return textLike(bytes, false) > 0.9 ? 'utf-16be' : null;
  if (evenZero + oddZero > 0) return null;
  const le = textLike(bytes, true);
  const be = textLike(bytes, false);
  if (le > 0.95 && le > be) return 'utf-16le';
  if (be > 0.95 && be > le) return 'utf-16be';
  return null;
}

/** Share of the code units that are ASCII text, CJK ideographs, CJK or full-width punctuation. */
function textLike(bytes: Uint8Array, littleEndian: boolean): number {
  let good = 0;
  const units = bytes.length >> 1;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if ((u >= 0x20 && u < 0x7f) || u === 0x09 || u === 0x0a || u === 0x0d) good++;
    else if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x2000 && u <= 0x206f)) good++;
  }
  return units > 0 ? good / units : 0;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // a sequence cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    return true;
  } catch {
    return false;
  }
}
