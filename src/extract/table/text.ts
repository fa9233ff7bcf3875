import { TABLE_PATTERNS } from './patterns.js';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a character takes in a monospaced dump: CJK and full-width forms take two. */
export function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Visual width of the leading white space (space 1, ideographic space 2, tab 4). */
export function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\u00a0') w += 1;
    else if (ch === '\u3000') w += 2;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

/** All white space removed: the form header and label patterns are matched against. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * Cell text as one line: a line break between two CJK characters disappears (vertical or
 * wrapped headers: “年初\n预算数” → “年初预算数”), other runs of white space become one space.
 */
export function oneLine(s: string): string {
  return s
    .trim()
    .replace(/\s*\n\s*/g, (m, offset: number, all: string) => {
      const before = all[offset - 1] ?? '';
      const after = all[offset + m.length] ?? '';
      return WIDE.test(before) || WIDE.test(after) ? '' : ' ';
    })
    .replace(/[ \t\u00a0\u3000]+/g, ' ');
}

export interface RowMarker {
  /** Numbering style id (patterns numbering.styles) and the numbering as printed. */
  style: string | null;
  numbering: string | null;
  /** “其中：” row. */
  breakdown: boolean;
  /** Label with numbering, “其中：” and a closing colon removed. */
  label: string;
  /** Width of what was removed before the label (for indentation alignment). */
  markerWidth: number;
}

/** Splits a row label into its numbering / “其中：” marker and the label itself. */
export function rowMarker(text: string): RowMarker {
  let rest = oneLine(text);
  let style: string | null = null;
  let numbering: string | null = null;
  let markerWidth = 0;
  const readNumbering = (): void => {
    for (const s of TABLE_PATTERNS.numbering) {
      const m = s.regex.exec(rest);
      if (m) {
        style = s.id;
        numbering = m[0].trim();
        markerWidth += textWidth(m[0]);
        rest = rest.slice(m[0].length);
        return;
      }
    }
  };
  readNumbering();
  let breakdown = false;
  const b = TABLE_PATTERNS.breakdown.exec(rest);
  if (b && b[0] !== '' && rest.length > b[0].length) {
    breakdown = true;
    markerWidth += textWidth(b[0]);
    rest = rest.slice(b[0].length);
    // “其中：（一）因公出国（境）支出”: the list's numbering follows the 其中
    if (style === null) readNumbering();
  }
  const label = rest.replace(/[：:]\s*$/, '').trim();
  return { style, numbering, breakdown, label, markerWidth };
}
