import { z } from 'zod';
import { loadPatterns } from '../../patterns/load.js';

const RadicalsFile = z.object({
  radicals: z.record(z.string().length(1), z.string().min(1).max(2)),
});

const RADICALS: ReadonlyMap<string, string> = new Map(Object.entries(loadPatterns('cjk-radicals.json', RadicalsFile).radicals));

/** Kangxi Radicals U+2F00–U+2FD5 and CJK Radicals Supplement U+2E80–U+2EFF. */
const RADICAL_RE = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;
/** Zero-width and control characters some PDF producers leave in text runs. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Cleans the text of one glyph run: radicals that CJK fonts emit in place of ideographs
 * (“⾦额”) become the unified ideograph (“金额”) — only those code points, never NFKC over the
 * whole text, which would also turn full-width punctuation and digits into ASCII (full-width
 * digits are left for the number parser); invisible characters go; tabs and no-break spaces
 * become plain spaces.
 */
export function normalizeRunText(text: string): string {
  return text
    .replace(RADICAL_RE, (ch) => RADICALS.get(ch) ?? ch)
    .replace(INVISIBLE_RE, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/gu, ' ');
}

/** Whitespace-free form used to compare texts (repeated headers, furniture keys). */
export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}
