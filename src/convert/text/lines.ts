import { isCjk } from '../pdf/join.js';
import type { Line } from '../pdf/types.js';

/**
 * Character-cell geometry for text dumps of PDFs (`pdftotext`, `pdftotext -layout`, text
 * copied out of a viewer). A dump has no coordinates, only columns and lines, so each line is
 * given the geometry the PDF reader works in (src/convert/pdf/types.ts): one column is `EM`
 * units wide, one text line `PITCH` units below the previous one, a blank line one more pitch.
 * The PDF reader's decisions — which lines make a paragraph, which lines are furniture, which
 * tables continue over a page — then apply to dumps unchanged.
 */

/** Width of one column (one character cell) in layout units: the em of every line. */
export const EM = 10;
/** Distance between consecutive lines: 1.5 em, a usual line spacing. */
export const PITCH = 15;

/** A line of a dump as it was printed: its page, its line number on that page and its characters. */
export interface DumpLine {
  page: number;
  /** 0-based line number on the page (blank lines count). */
  index: number;
  /** The characters, one per column (code points, so a column index is an array index). */
  chars: string[];
}

/** A stretch of a line between runs of two or more spaces: a cell of an aligned table, or a whole line. */
export interface Piece {
  /** First and one-past-last column. */
  start: number;
  end: number;
  text: string;
  /** The first piece of its line. */
  lead?: boolean;
}

/** Spaces a layout dump prints for a gap: an ideographic or no-break space counts as one. */
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\u3000' || ch === '\u00a0' || ch === '\t';

/**
 * The pieces of a line: text separated by two or more spaces (`minGap`). One space stays
 * inside a piece — it is a word space, or the small gap pdftotext prints between a number and
 * a character.
 */
export function pieces(chars: readonly string[], minGap = 2): Piece[] {
  const out: Piece[] = [];
  let start = -1;
  let lastEnd = -1;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    if (ch !== undefined && !isSpace(ch)) {
      if (start === -1) start = i;
      else if (i - lastEnd >= minGap) {
        out.push({ start, end: lastEnd, text: text(chars, start, lastEnd) });
        start = i;
      }
      lastEnd = i + 1;
    }
  }
  if (start !== -1) out.push({ start, end: lastEnd, text: text(chars, start, lastEnd) });
  if (out.length) out[0]!.lead = true;
  return out;
}

function text(chars: readonly string[], start: number, end: number): string {
  return chars.slice(start, end).join('').replace(/[ \u3000\u00a0\t]+/gu, ' ');
}

/**
 * How many columns a piece of text takes on the page: pdftotext puts each word where it starts on
 * the page but prints its characters one column each, so a word's own width is only known from its
 * characters — a Chinese character is a column (the grid is set by the body text), a Latin letter,
 * digit or half-width sign half of one.
 */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isCjk(ch) ? 1 : 0.5;
  return width;
}

/** The top of a dump line in layout units. */
export const topOf = (line: DumpLine): number => line.index * PITCH;

/**
 * A dump line as the PDF reader's Line: x from its first to its last printed column, y from its
 * line number. Runs of spaces inside it become one space (the PDF reader writes one space for a
 * wide gap too).
 */
export function toLine(line: DumpLine): Line | null {
  const parts = pieces(line.chars);
  if (!parts.length) return null;
  const top = topOf(line);
  const last = parts[parts.length - 1]!;
  const x0 = parts[0]!.start * EM;
  const x1 = (last.start + printedWidth(last.text)) * EM;
  return {
    runs: [],
    text: parts.map((p) => p.text).join(' '),
    x0,
    x1,
    top,
    bottom: top + EM,
    baseline: top + 0.85 * EM,
    size: EM,
    maxSize: EM,
    bold: false,
    page: line.page,
  };
}
