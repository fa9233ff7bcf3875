import type { Format } from '../model/index.js';

export type Sniffed = Format | 'zip' | 'binary' | 'json';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * Sniffs the format from the bytes, never the file name. A zip is only a .docx if it
 * holds word/document.xml (checked later by the docx reader, which sees the directory);
 * here a zip is reported as 'zip'. PDFs may carry junk before "%PDF-" (up to 1 KiB).
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP)) return 'zip';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) {
    if (startsWith(head, PDF, i)) return 'pdf';
  }
  const utf16 = guessUtf16(bytes); // UTF-16 without a BOM has NULs in it: text, not binary
  if (!utf16 && looksBinary(bytes.subarray(0, 8192))) return 'binary';
  const start = new TextDecoder(utf16 ?? 'utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (/^[[{]\s*["{[\]}\d-]/.test(start) && isJson(bytes)) return 'json';
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<table|<meta|<p[\s>]|<div)/.test(start)) return 'html';
  return 'text';
}

/** Text (UTF-8, UTF-16 with BOM, GB18030) has no NULs and few control bytes. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return false; // UTF-16 BOM
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return head.length > 0 && control / head.length > 0.02;
}

/** Data files (JSON) are text but not reports; gouji's own outputs are JSON. */
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

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
