import { joinWrapped } from '../pdf/join.js';
import type { Column } from './aligned-tables.js';
import { addText, newRow, type DraftRow, type Placed } from './table-cells.js';

/**
 * The header of a space-aligned table: the lines above its first row of figures. pdftotext
 * prints a header cell of several lines as stacked fragments, and centres the single-line cells
 * beside it vertically, so a header line is not a header row. The header is rebuilt as the PDF
 * reader would give it:
 * - group rows: a heading centred over several columns (“收入” over 项目 | 决算数) spans them,
 *   one row per line that has such headings;
 * - a code row: the heading over the 科目编码 columns (“支出功能分类 / 科目编码” over 类 | 款 | 项)
 *   spans all of them;
 * - one row with the rest, each column's fragments joined top to bottom (“本年收入合” + “计” is
 *   “本年收入合计”; “附属单 / 位上 / 缴收入” is “附属单位上缴收入”).
 */

export interface HeaderLine {
  top: number;
  placed: Placed[];
}

/** A 科目编码 cell: a 2–3 digit code (类 201, 款 06, 项 01). */
const CODE_RE = /^[0-9]{2,3}$/u;

/** Columns whose body cells are all 科目编码 (the 类/款/项 a header row may leave in them aside). */
export function codeColumns(body: readonly DraftRow[], count: number): boolean[] {
  return Array.from({ length: count }, (_, c) => {
    const texts = body.map((r) => r.cells.get(c)?.text ?? '').filter((t) => t && !/^[类款项]$/u.test(t));
    return texts.length > 0 && texts.every((t) => CODE_RE.test(t));
  });
}

export function headerRows(
  lines: readonly HeaderLine[],
  columns: readonly Column[],
  isCode: readonly boolean[],
  /** Columns that hold figures in the body. */
  isFigures: readonly boolean[] = [],
): DraftRow[] {
  if (!lines.length) return [];
  const groups: DraftRow[] = [];
  const codeRow = newRow(lines[0]!.top);
  const main = newRow(lines[0]!.top);
  let codeText = '';
  lines.forEach((line, k) => {
    let group: DraftRow | null = null;
    const spanned = new Set<number>();
    for (const p of line.placed) {
      const span = groupSpan(p, line, lines.slice(k + 1), columns, spanned, k === 0);
      if (span) widenOverFigures(span, p, line, spanned, isFigures);
      if (span) {
        for (let c = span.first; c <= span.last; c++) spanned.add(c);
        group ??= newRow(line.top);
        addText(group, { ...p, col: span.first, colSpan: span.last - span.first + 1 }, line.top, false);
      } else if (isCodeHeading(p, isCode)) {
        codeText = joinWrapped(codeText, p.text);
      } else {
        addText(main, p, line.top, false);
      }
    }
    if (group) groups.push(group);
  });
  const rows = [...groups];
  if (codeText) {
    const first = isCode.indexOf(true);
    let last = first;
    while (last + 1 < isCode.length && isCode[last + 1]) last++;
    addText(codeRow, { start: 0, end: 0, text: codeText, col: first, colSpan: last - first + 1 }, lines[0]!.top, false);
    rows.push(codeRow);
  }
  if (main.cells.size) rows.push(main);
  return rows;
}

/**
 * A heading over columns of figures (“收入预算” over 合计 | 财政拨款收入 | 事业收入 | …) spans all
 * the columns of figures beside it that no other heading of its line stands over: centring in
 * characters finds only the middle of such a group, Chinese headings being wider on the page than
 * the digits under them.
 */
function widenOverFigures(span: { first: number; last: number }, p: Placed, line: HeaderLine, spanned: ReadonlySet<number>, isFigures: readonly boolean[]): void {
  const free = (c: number): boolean => isFigures[c] === true && !spanned.has(c) && !line.placed.some((q) => q !== p && c >= q.col && c < q.col + q.colSpan);
  for (let c = span.first; c <= span.last; c++) if (!isFigures[c]) return;
  while (span.first > 0 && free(span.first - 1)) span.first--;
  while (span.last + 1 < isFigures.length && free(span.last + 1)) span.last++;
}

/** Header text of two characters or more over the code columns only (not 类, 款, 项 themselves). */
function isCodeHeading(p: Placed, isCode: readonly boolean[]): boolean {
  if (Array.from(p.text).length < 2) return false;
  for (let c = p.col; c < p.col + p.colSpan; c++) if (!isCode[c]) return false;
  return true;
}

/**
 * The columns a heading spans when it is centred over several: the run of columns, free in its
 * line and at most one more on either side, whose middle is clearly nearer the middle of its text
 * than its own column's — and under which a later header line has two headings of its own.
 */
function groupSpan(
  p: Placed,
  line: HeaderLine,
  below: readonly HeaderLine[],
  columns: readonly Column[],
  spanned: ReadonlySet<number>,
  /** The heading is on the header's first line, where a cell printed over several lines does not start. */
  firstLine = false,
): { first: number; last: number } | null {
  const free = (c: number): boolean => !spanned.has(c) && !line.placed.some((q) => q !== p && c >= q.col && c < q.col + q.colSpan);
  // The first line of a cell printed over several lines is no heading: pdftotext prints a tall
  // header cell around the line that holds the single-line cells, so the rest of its text comes
  // below that line, starting where it starts (“事业单位” … “经营收入”).
  let middle = -1;
  below.forEach((l, k) => {
    if (middle < 0 || l.placed.length > below[middle]!.placed.length) middle = k;
  });
  if (!firstLine && below.slice(middle + 1).some((l) => l.placed.some((q) => q.col >= p.col && q.col < p.col + p.colSpan && Math.abs(q.start - p.start) <= 1))) return null;
  const mid = (p.start + p.end) / 2;
  const distance = (a: number, b: number): number => Math.abs((columns[a]!.start + columns[b]!.end) / 2 - mid);
  const own = { first: p.col, last: p.col + p.colSpan - 1 };
  let best = own;
  const low = own.first > 0 && free(own.first - 1) ? own.first - 1 : own.first;
  const high = own.last + 1 < columns.length && free(own.last + 1) ? own.last + 1 : own.last;
  for (let a = low; a <= own.first; a++) {
    for (let b = own.last; b <= high; b++) {
      if (columns[a]!.start <= mid && mid <= columns[b]!.end && distance(a, b) < distance(best.first, best.last)) best = { first: a, last: b };
    }
  }
  if (best.last === best.first) return null;
  const under = below.some((l) => new Set(l.placed.filter((q) => Array.from(q.text).length > 1 && q.col >= best.first && q.col <= best.last).map((q) => q.col)).size >= 2);
  return under ? best : null;
}
