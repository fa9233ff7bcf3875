import { joinWrapped } from '../pdf/join.js';
import type { Column } from './columns.js';
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
      if (span) widenOverFigures(span, p, line, lines.slice(k + 1), spanned, isFigures);
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
  if (groups.length && main.cells.size) headingsBesideGroups(rows, main, isCode);
  return rows;
}

/**
 * A heading beside the groups (“合计” and “项目支出” beside “基本支出” over 小计 | 人员经费 |
 * 公用经费) is one cell over all header rows in the PDF: it moves from the last header row to the
 * first, spanning them all, so that the group's columns alone sit under the group.
 */
function headingsBesideGroups(rows: DraftRow[], main: DraftRow, isCode: readonly boolean[]): void {
  const covered = new Set<number>();
  for (const row of rows) {
    if (row === main) continue;
    for (const c of row.cells.values()) for (let k = c.col; k < c.col + c.colSpan; k++) covered.add(k);
  }
  const top = rows[0]!;
  for (const cell of [...main.cells.values()]) {
    const cols = Array.from({ length: cell.colSpan }, (_, k) => cell.col + k);
    if (cols.some((c) => covered.has(c) || isCode[c])) continue;
    main.cells.delete(cell.col);
    for (const c of cols) main.taken.delete(c);
    top.cells.set(cell.col, { ...cell, rowSpan: rows.length });
    for (const c of cols) top.taken.add(c);
  }
}

/**
 * A heading over columns of figures (“收入预算” over 合计 | 财政拨款收入 | 事业收入 | …) spans the
 * columns of figures beside it that no other heading of its line stands over, as far as the line
 * of headings under it reaches (“基本支出” over 小计 | 人员经费 | 公用经费, not over the 合计 and
 * 项目支出 beside them, whose headings stand higher): centring in characters finds only the middle
 * of such a group, Chinese headings being wider on the page than the digits under them.
 */
function widenOverFigures(
  span: { first: number; last: number },
  p: Placed,
  line: HeaderLine,
  below: readonly HeaderLine[],
  spanned: ReadonlySet<number>,
  isFigures: readonly boolean[],
): void {
  for (let c = span.first; c <= span.last; c++) if (!isFigures[c]) return;
  const subheads = (l: HeaderLine): number[] => l.placed.filter((q) => Array.from(q.text).length > 1).map((q) => q.col);
  const under = below.find((l) => new Set(subheads(l).filter((c) => c >= span.first && c <= span.last)).size >= 2);
  if (!under) return;
  const named = new Set(subheads(under));
  const free = (c: number): boolean => isFigures[c] === true && !spanned.has(c) && !line.placed.some((q) => q !== p && c >= q.col && c < q.col + q.colSpan);
  for (let c = span.first - 1; c >= 0 && free(c); c--) if (named.has(c)) span.first = c;
  for (let c = span.last + 1; c < isFigures.length && free(c); c++) if (named.has(c)) span.last = c;
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
