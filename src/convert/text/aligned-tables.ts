import { isPageNumber } from '../pdf/layout-patterns.js';
import { ENUMERATOR_RE } from '../pdf/paragraphs.js';
import type { DraftCell, DraftTable } from '../pdf/types.js';
import { isAmount, isAmountText, splitAtAmounts } from './amounts.js';
import { findColumns, place, spread } from './columns.js';
import { EM, pieces, printedWidth, topOf, type DumpLine, type Piece } from './lines.js';
import { addText, newRow, type DraftRow, type Placed } from './table-cells.js';
import { codeColumns, headerRows } from './table-header.js';

/**
 * Tables printed as whitespace-aligned columns (`pdftotext -layout`), one page at a time:
 *
 * - A table is a run of lines of which at least `MIN_ROWS` split at runs of two or more spaces
 *   into two or more pieces. A line of one piece stays in it when it starts or ends where a column
 *   does, or when it is short and a table line follows (a label wrapped onto its own line, a
 *   stacked header's fragment); blank lines when there are at most `MAX_BLANKS` in a row. A note
 *   (注：), a title (…表), the 编制部门/单位 line and a table of contents end it or stay out of it.
 * - Columns: columns.ts. The header (the lines above the first amount): table-header.ts.
 * - Rows: each line is a row, except that a line continues the row above it when pdftotext broke
 *   a row over several lines — text that wrapped inside its cell (no figures, no number or
 *   enumerator at its start, under a cell that reached the limit its column's text wraps at, or
 *   under the empty label of a row of figures), or a line that fills only the columns the row
 *   above left empty (a cell printed higher or lower than its neighbours); a line of amounts only,
 *   printed just above the line whose row it belongs to, is read after it.
 */

/** A table has at least this many lines of two or more pieces. */
const MIN_ROWS = 3;
/** Blank lines a table may hold in a row (tall rows print as blank lines). */
const MAX_BLANKS = 2;
/** A header fragment (a line of one short piece above the first row of figures) is at most this wide… */
const MAX_FRAGMENT = 12;
/** …and at most this many of them follow each other. */
const MAX_FRAGMENTS = 3;

/** Dot leaders of a table of contents. */
const LEADER_RE = /[.．·•…⋯]{3}/u;
/** A note under a table ends it. */
const NOTE_RE = /^(?:注|说明|备注)\s*\d*\s*[:：]/u;
/** The line above a table naming who made it and its unit (编制部门：… 单位：万元) is not a row. */
const META_RE = /^(?:编制)?(?:部门|单位|填报单位|预算单位)(?:名称)?\s*[:：]/u;
/** A table's title or unit line is not one of its rows. */
const TITLE_RE = /(?:表|单位\s*[:：].*)$/u;
/** A line that starts a row of its own, never a wrapped cell: a number, a code, an enumerator, a total. */
const STARTS_ROW_RE = /^(?:[0-9０-９]|(?:合\s*计|总\s*计|小\s*计)$)/u;
/** Text that ends a sentence: a line after it is not the rest of the same cell. */
const ENDS_SENTENCE_RE = /[。；;！？!?]$/u;

export interface TextTables {
  tables: DraftTable[];
  /** The page's lines that no table took, in order. */
  rest: DumpLine[];
}

/** Lines above a table that continues the previous page's (a running header, “续表”) are at most this many. */
const MAX_LINES_ABOVE_CONTINUATION = 3;

/**
 * Finds the aligned tables of one page of a dump. Linear in the page's characters. `continuing`:
 * the previous page ended with a table, so a table at the top of this page may be its last row
 * or two.
 */
export function findTextTables(lines: readonly DumpLine[], options: { continuing?: boolean } = {}): TextTables {
  const parts = lines.map((l) => pieces(l.chars).flatMap(splitAtAmounts));
  const lastText = parts.reduce((k, p, i) => (p.length ? i : k), -1);
  const tables: DraftTable[] = [];
  const used = new Set<number>();
  let i = 0;
  /** Lines before this one were already looked at as part of a table run. */
  let lowest = 0;
  while (i < lines.length) {
    if (!isTableLine(parts[i]!)) {
      i++;
      continue;
    }
    const starts = new Set<number>();
    const ends = new Set<number>();
    const note = (ps: readonly Piece[]): void => ps.forEach((p) => (starts.add(p.start), ends.add(p.end)));
    note(parts[i]!);
    let last = i;
    let blanks = 0;
    let multi = 1;
    let tentative = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const q = parts[j]!;
      if (!q.length) {
        if (++blanks > MAX_BLANKS) break;
        continue;
      }
      blanks = 0;
      if (isTableLine(q)) {
        note(q);
        multi++;
      } else if (q.length === 1 && j === lastText && isPageNumber(q[0]!.text)) {
        break;
      } else if (!(q.length === 1 && fitsColumn(q[0]!, starts, ends))) {
        // A short piece off the columns (a stacked header's fragment, a label printed between
        // the lines of its row) stays when a line of the table follows it; a title does not.
        const short = q.length === 1 && q[0]!.end - q[0]!.start <= MAX_FRAGMENT;
        if (short && !NOTE_RE.test(q[0]!.text) && !TITLE_RE.test(q[0]!.text) && ++tentative <= MAX_FRAGMENTS) continue;
        break;
      }
      tentative = 0;
      last = j;
    }
    // Lines of one piece just above that line up with the columns: the first rows of a table
    // continued from the page before (“十四、资源勘探工业信息等 / 支出” in its label column).
    let first = i;
    for (let k = i - 1; k >= 0 && !used.has(k) && k >= lowest; k--) {
      const q = parts[k]!;
      if (!q.length) break;
      if (!(q.length === 1 && fitsColumn(q[0]!, starts, ends) && !TITLE_RE.test(q[0]!.text))) break;
      first = k;
    }
    const atTop = options.continuing === true && !tables.length && parts.slice(0, first).filter((q) => q.length).length <= MAX_LINES_ABOVE_CONTINUATION;
    if (multi >= MIN_ROWS || atTop) {
      const region = lines.slice(first, last + 1);
      const table = readTable(region, parts.slice(first, last + 1), atTop ? 1 : 2);
      if (table) {
        tables.push(table);
        for (let k = first; k <= last; k++) used.add(k);
      }
    }
    i = last + 1;
    lowest = i;
  }
  return { tables, rest: lines.filter((_, k) => !used.has(k)) };
}

function isTableLine(ps: readonly Piece[]): boolean {
  return ps.length >= 2 && !ps.some((p) => LEADER_RE.test(p.text) || META_RE.test(p.text)) && !NOTE_RE.test(ps[0]!.text);
}

/** A line of one piece belongs to the table above when it starts or ends where a column does and is not a sentence or a note. */
function fitsColumn(p: Piece, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  if (NOTE_RE.test(p.text) || (p.end - p.start > 24 && ENDS_SENTENCE_RE.test(p.text))) return false;
  return [p.start - 1, p.start, p.start + 1].some((x) => starts.has(x)) || [p.end - 1, p.end, p.end + 1].some((x) => ends.has(x));
}

function readTable(region: readonly DumpLine[], parts: ReadonlyArray<readonly Piece[]>, minRows: number): DraftTable | null {
  const columns = findColumns(parts);
  if (columns.length < 2) return null;
  const width = columns[columns.length - 1]!.end;
  const colAt = new Int32Array(width + 1).fill(-1);
  columns.forEach((c, k) => colAt.fill(k, c.start, c.end));
  const page = region[0]!.page;

  const lines = region.map((line, k) => ({ line, placed: spread(parts[k]!.flatMap((p) => place(p, columns, colAt)), columns, colAt) }));
  // The header: the lines before the first line with an amount (table-header.ts).
  const firstBody = lines.findIndex(({ placed }) => placed.some((p) => isAmount(p)));
  if (firstBody < 0) return null;
  // A line of amounts only, printed just above a line that leaves its columns empty, belongs to
  // that line's row (pdftotext centres the figures of a tall row): read it after that line.
  for (let k = firstBody; k + 1 < lines.length; k++) {
    const a = lines[k]!.placed;
    const b = lines[k + 1]!.placed;
    if (a.length && b.length && a.every((p) => isAmount(p)) && !b.every((p) => isAmount(p)) && disjoint(a, b)) {
      [lines[k], lines[k + 1]] = [lines[k + 1]!, lines[k]!];
      k++;
    }
  }
  // “类 款 项” under the code columns belongs to the header even when pdftotext printed a figure
  // of the 合计 row above it.
  const codeHeads = (placed: readonly Placed[]): boolean => placed.length > 0 && placed.every((p) => /^[类款项]$/u.test(p.text));
  const headerLines = lines
    .filter(({ placed }, k) => placed.length && (k < firstBody || codeHeads(placed)))
    .map(({ line, placed }) => ({ top: topOf(line), placed }));

  // Where each column's text stops at the widest, and whether two lines or more stop there: a
  // column whose text wraps has such a limit.
  const limit = columns.map(() => ({ end: 0, count: 0 }));
  for (const { placed } of lines) {
    for (const p of placed) {
      const l = limit[p.col + p.colSpan - 1]!;
      const end = p.start + printedWidth(p.text);
      if (end > l.end + 0.5) Object.assign(l, { end, count: 1 });
      else if (end >= l.end - 0.5) l.count++;
    }
  }
  const body: DraftRow[] = [];
  let blankBefore = false;
  for (const { line, placed } of lines.slice(firstBody)) {
    if (codeHeads(placed)) continue;
    if (!placed.length) {
      blankBefore = true;
      continue;
    }
    const top = topOf(line);
    const amounts = placed.some((p) => isAmount(p));
    const prev = blankBefore ? undefined : body[body.length - 1];
    blankBefore = false;
    if (prev && continuesCells(prev, placed, limit)) {
      for (const p of placed) addText(prev, p, top, true);
    } else if (prev && fillsGaps(prev, placed, amounts)) {
      for (const p of placed) addText(prev, p, top, false);
      prev.amounts ||= amounts;
    } else {
      const row = newRow(top);
      for (const p of placed) addText(row, p, top, false);
      row.amounts = amounts;
      body.push(row);
    }
  }
  const isFigures = columns.map((_, c) => body.some((r) => isAmountText(r.cells.get(c)?.text ?? '')));
  const rows = [...headerRows(headerLines, columns, codeColumns(body, columns.length), isFigures), ...body];
  if (rows.length < minRows) return null;

  const cells: DraftCell[] = [];
  rows.forEach((row, r) => {
    for (const c of [...row.cells.values()].sort((a, b) => a.col - b.col)) {
      cells.push({
        row: r,
        col: c.col,
        rowSpan: c.rowSpan ?? 1,
        colSpan: c.colSpan,
        text: c.text,
        page,
        box: { x0: c.start * EM, x1: c.end * EM, top: row.top, bottom: row.bottom },
      });
    }
  });
  const x0 = columns[0]!.start * EM;
  const x1 = width * EM;
  const xs = [x0, ...columns.slice(1).map((c, k) => ((columns[k]!.end + c.start) / 2) * EM), x1];
  return {
    x0,
    x1,
    top: rows[0]!.top,
    bottom: rows[rows.length - 1]!.bottom,
    page,
    pageEnd: page,
    xs,
    ys: [...rows.map((r) => r.top), rows[rows.length - 1]!.bottom],
    cells,
    source: 'alignment',
  };
}

function disjoint(a: readonly Placed[], b: readonly Placed[]): boolean {
  return a.every((p) => b.every((q) => p.col + p.colSpan <= q.col || q.col + q.colSpan <= p.col));
}

/**
 * A line of text only that is the rest of the row above: each piece lies under a text cell of
 * that row that reached its column's right edge (the text wrapped there) or was already
 * wrapped, or under the empty label of a row of figures (the label printed lower).
 */
function continuesCells(prev: DraftRow, placed: readonly Placed[], limit: ReadonlyArray<{ end: number; count: number }>): boolean {
  if (placed.some((p) => isAmount(p) || STARTS_ROW_RE.test(p.text) || ENUMERATOR_RE.test(p.text))) return false;
  return placed.every((p) => {
    const cell = prev.cells.get(p.col);
    if (!cell) return prev.amounts && !prev.taken.has(p.col) && p.colSpan === 1;
    if (isAmountText(cell.text) || ENDS_SENTENCE_RE.test(cell.text)) return false;
    if (cell.wrapped) return true;
    const l = limit[cell.col + cell.colSpan - 1]!;
    return l.count >= 2 && cell.start + printedWidth(cell.text) >= l.end - 1;
  });
}

/**
 * A line that fills only columns the row above left empty, where one of the two holds only
 * amounts or no amounts at all: pdftotext printed one row's cells at different heights.
 */
function fillsGaps(prev: DraftRow, placed: readonly Placed[], amounts: boolean): boolean {
  for (const p of placed) for (let c = p.col; c < p.col + p.colSpan; c++) if (prev.taken.has(c)) return false;
  const onlyAmounts = placed.every((p) => isAmount(p));
  const prevOnlyAmounts = [...prev.cells.values()].every((c) => isAmountText(c.text) && !(c.col === 0 && /^[0-9]+$/u.test(c.text)));
  return onlyAmounts || !amounts || prevOnlyAmounts || !prev.amounts;
}
