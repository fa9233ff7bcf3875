import { terminalLine } from './safe-text.js';

/** Columns a terminal shows for one character: CJK and full-width forms take two. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** Display width of a string in terminal columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Cuts a string to at most `max` columns, ending in “…” when cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/**
 * Rows as aligned plain-text columns (two spaces apart), header first, CJK-aware;
 * cells wider than `maxWidth` are cut. Newlines inside cells become spaces. Columns listed
 * in `rightAligned` (counts) are aligned on their right edge, header included.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  maxWidth = 48,
  rightAligned: readonly number[] = [],
): string {
  const cells = [header, ...rows].map((r) => r.map((c) => truncate(terminalLine(c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ')), maxWidth)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i]! - displayWidth(c));
  return (
    cells
      .map((r) =>
        r
          .map((c, i) => (rightAligned.includes(i) ? pad(c, i) + c : i === r.length - 1 ? c : c + pad(c, i)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
