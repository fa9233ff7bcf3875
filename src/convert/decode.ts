import chardet from 'chardet';
import type { Warning } from '../model/index.js';
import { guessUtf16 } from './detect.js';

export { guessUtf16 };

/** Text bytes decoded, with how: the encoding used and what had to be replaced. */
export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used: utf-8, utf-16le, utf-16be, gb18030, big5, … */
  encoding: string;
  /** Byte sequences that were not valid in that encoding, shown as U+FFFD. */
  replaced: number;
  /** How the encoding was chosen, for the warning. */
  how: 'bom' | 'utf-8' | 'utf-16 without bom' | 'meta charset' | 'detected';
}

/** A UTF-8 text with at most this many broken sequences is still read as UTF-8 (a damaged byte does not turn it into GB18030). */
export const MAX_BAD_UTF8 = 16;

const LEGACY_CHINESE = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
]);

/**
 * Decodes the bytes of a text or HTML report:
 * 1. a byte order mark (UTF-8, UTF-16LE/BE) decides;
 * 2. UTF-16 without a BOM, from the pattern of its bytes (NULs beside ASCII, code units that are CJK);
 * 3. HTML: `<meta charset>` / `http-equiv` content type, when it names an encoding we can decode;
 * 4. valid UTF-8, or UTF-8 with a few broken sequences (replaced, and reported as a warning);
 * 5. otherwise a detector (chardet) decides between GB18030 (GBK, GB2312) and Big5, and other
 *    encodings it is sure of; GB18030 is used only when that is the detector's answer.
 */
export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ...lossy('utf-8', bytes.subarray(3)), how: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ...lossy('utf-16le', bytes.subarray(2)), how: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ...lossy('utf-16be', bytes.subarray(2)), how: 'bom' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ...lossy(utf16, bytes), how: 'utf-16 without bom' };
  if (options.html) {
    const declared = declaredCharset(bytes);
    if (declared && declared !== 'utf-8') return { ...lossy(declared, bytes), how: 'meta charset' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', replaced: 0, how: 'utf-8' };
  } catch {
    // not valid UTF-8: a few broken bytes in a UTF-8 file, or another encoding
  }
  const asUtf8 = lossy('utf-8', bytes);
  if (asUtf8.replaced <= MAX_BAD_UTF8 && multibyteSequences(bytes) >= 4 * asUtf8.replaced) return { ...asUtf8, how: 'utf-8' };
  const detected = detect(bytes);
  return { ...lossy(detected, bytes), how: 'detected' };
}

/** Decodes text bytes (see decodeBytes); the string alone. */
export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): string {
  return decodeBytes(bytes, options).text;
}

/** Warnings a report carries about how its text was decoded (none for clean UTF-8). */
export function decodeWarnings(decoded: Decoded): Warning[] {
  const warnings: Warning[] = [];
  if (decoded.replaced > 0) {
    warnings.push({
      code: 'encoding-invalid-bytes',
      message: `${decoded.replaced} byte sequence(s) are not valid ${decoded.encoding} and were replaced by U+FFFD; the rest of the file was read as ${decoded.encoding}`,
    });
  }
  if (decoded.how === 'detected' || decoded.how === 'utf-16 without bom') {
    warnings.push({ code: 'encoding-guessed', message: `the file declares no encoding; it was read as ${decoded.encoding} (${decoded.how})` });
  }
  return warnings;
}

function lossy(encoding: string, bytes: Uint8Array): { text: string; encoding: string; replaced: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  // U+FFFD written in the file itself (EF BF BD in UTF-8) is text, not a replacement
  if (encoding === 'utf-8') replaced -= countSubsequence(bytes, [0xef, 0xbf, 0xbd]);
  return { text, encoding, replaced: Math.max(0, replaced) };
}

function countSubsequence(bytes: Uint8Array, needle: number[]): number {
  let n = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) if (bytes[i] === needle[0] && bytes[i + 1] === needle[1] && bytes[i + 2] === needle[2]) n++;
  return n;
}

/** Well-formed UTF-8 multi-byte sequences (a lead byte followed by its continuation bytes). */
function multibyteSequences(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) {
      n++;
      i += need;
    }
  }
  return n;
}

/** The encoding an HTML page declares in its first 4 KiB (`<meta charset=big5>`, `content="text/html; charset=gbk"`), if we can decode it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return null; // a label TextDecoder does not know: decide from the bytes
  }
}

/** A legacy encoding from the detector: Big5 or GB18030 when it says so, else what it is sure of, else GB18030. */
function detect(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const candidates = chardet.analyse(sample);
  const chinese = candidates.find((c) => LEGACY_CHINESE.has(c.name) && c.confidence >= 50);
  if (chinese) return LEGACY_CHINESE.get(chinese.name)!;
  for (const c of candidates) {
    if (c.confidence < 50 || c.name === 'UTF-8' || c.name === 'ASCII') continue;
    try {
      return new TextDecoder(c.name.toLowerCase()).encoding;
    } catch {
      continue;
    }
  }
  return 'gb18030'; // gouji reads Chinese reports: the national standard is the last resort
}
