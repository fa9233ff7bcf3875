import type { Run } from './types.js';

/**
 * Characters written without spaces around them in Chinese text: ideographs, kana, hangul,
 * CJK and full-width punctuation, and the curly quotes / dashes / ellipsis Chinese text uses.
 */
const CJK_RE =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018-\u201f\u2026\u00b7\u2027\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u3251-\u325f\u32b1-\u32bf]|[\u{20000}-\u{3ffff}]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

/** The last code point (not spreading the string: lines are joined onto a growing paragraph, and a spread per join is quadratic). */
export function lastChar(s: string): string | undefined {
  if (s.length === 0) return undefined;
  const low = s.charCodeAt(s.length - 1);
  const high = s.length >= 2 ? s.charCodeAt(s.length - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? s.slice(-2) : s.slice(-1);
}

function firstChar(s: string): string | undefined {
  const code = s.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * Whether a space belongs between two pieces of text that are `gap` apart on one line.
 * Chinese is written without spaces, so a gap next to a CJK character is only a space when
 * it is wide (a column gap, a blank between fields); between Latin letters and digits a gap of
 * a fifth of an em already is one. `base` is the spacing the line puts between all its glyphs
 * (justified text drawn glyph by glyph), so that letter spacing never reads as a space and a
 * number drawn digit by digit stays whole.
 */
export function needsSpace(left: string, right: string, gap: number, em: number, base = 0): boolean {
  const g = gap - Math.max(0, base);
  if (g >= 0.8 * em) return true;
  if (g < 0.18 * em) return false;
  const a = lastChar(left);
  const b = firstChar(right);
  if (a === undefined || b === undefined || a === ' ' || b === ' ') return false;
  return !isCjk(a) && !isCjk(b);
}

/**
 * The spacing a line puts between consecutive glyphs when it is drawn one glyph per run
 * (justified text, per-glyph positioning): the median gap between single-character runs.
 */
export function glyphSpacing(runs: readonly Run[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if ([...a.text].length === 1 && [...b.text].length === 1) gaps.push(b.x0 - a.x1);
  }
  if (gaps.length < 3) return 0;
  gaps.sort((x, y) => x - y);
  const m = gaps[gaps.length >> 1]!;
  return m > 0 ? m : 0;
}

/** Joins runs on one line (left to right) into text, inserting spaces only where they belong. */
export function joinRuns(runs: readonly Run[]): string {
  const base = glyphSpacing(runs);
  let out = '';
  let prev: Run | undefined;
  for (const run of runs) {
    const text = run.text;
    if (prev && out && text) {
      const em = Math.max(prev.size, run.size);
      if (needsSpace(out, text, run.x0 - prev.x1, em, base) && !out.endsWith(' ') && !text.startsWith(' ')) out += ' ';
    }
    out += text;
    prev = run;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Joins a wrapped line to the text before it: nothing between Chinese characters, a space
 * between Latin words or numbers (a line never breaks inside a number, so two numbers on
 * either side of a wrap were written apart).
 */
export function joinWrapped(before: string, after: string, lastOfBefore?: string): string {
  if (!before) return after;
  if (!after) return before;
  const a = lastOfBefore || lastChar(before); // the caller may know it without flattening `before`
  const b = firstChar(after);
  if (isCjk(a) || isCjk(b) || a === ' ' || b === ' ') return before + after;
  if (a === '-' && /[A-Za-z]/.test(b ?? '')) return before + after;
  return `${before} ${after}`;
}
