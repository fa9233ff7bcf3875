import { isPageNumber } from '../pdf/layout-patterns.js';
import { joinWrapped } from '../pdf/join.js';
import { ENUMERATOR_RE } from '../pdf/paragraphs.js';
import type { DraftCell, DraftTable } from '../pdf/types.js';
import { EM, PITCH, pieces, topOf, type DumpLine, type Piece } from './lines.js';

/**
 * Tables printed as whitespace-aligned columns (`pdftotext -layout`): the column boundaries are
 * the runs of two or more spaces that the lines of a table share. Reads one page at a time.
 *
 * - A table is a run of lines of which at least `MIN_ROWS` split into two or more pieces; lines
 *   of one piece stay in it when they line up with a column (a label wrapped onto the next line,
 *   a figure set above or below its row), blank lines when there are at most `MAX_BLANKS`.
 * - Columns are the stretches that the pieces of the multi-piece lines cover (a projection,
 *   one pass over the characters); a piece spanning a gap spans those columns.
 * - Rows: each line is a row, except that a line continues the row above it when pdftotext
 *   broke a row over several lines — text that wrapped inside its cell (no figures, no number
 *   or enumerator at its start, under a cell that reached its column's edge or an empty label),
 *   or a line that fills only the columns the row above left empty (a cell set higher or lower
 *   than its neighbours).
 * - Header rows: the lines before the first line with an amount are one header row, each
 *   column's text joined top to bottom (“本年收入合” over “计” is “本年收入合计”).
 */

/** A table has at least this many lines of two or more pieces. */
const MIN_ROWS = 3;
/** Blank lines a table may hold in a row (tall rows print as blank lines). */
const MAX_BLANKS = 2;
/** A header fragment (a line of one short piece above the first row of figures) is at most this wide… */
const MAX_FRAGMENT = 12;
/** …and at most this many of them follow each other. */
const MAX_FRAGMENTS = 3;
/** At most this many lines form the header band that is joined into one row. */
const MAX_HEADER_LINES = 8;

/** A printed amount: a figure with a separator, decimals or a sign (a bare 1–3 digit number may be a 科目编码). */
const AMOUNT_RE = /^[-−+＋]?[(（]?[-−]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?[)）]?[%％]?$/u;
const isAmount = (t: string): boolean => AMOUNT_RE.test(t) && !/^[0-9０-９]{1,3}$/u.test(t);
/** Dot leaders of a table of contents. */
const LEADER_RE = /[.．·•…⋯]{3}/u;
/** A note under a table ends it. */
const NOTE_RE = /^(?:注|说明|备注)\s*\d*\s*[:：]/u;
/** A table's title or unit line is not one of its rows. */
const TITLE_RE = /(?:表|单位\s*[:：].*)$/u;
/** A line that starts a row of its own, never a wrapped cell: a number, a code, an enumerator, a total. */
const STARTS_ROW_RE = /^(?:[0-9０-９]|(?:合\s*计|总\s*计|小\s*计)$)/u;
/** Text that ends a sentence: a line after it is not the rest of the same cell. */
const ENDS_SENTENCE_RE = /[。；;！？!?]$/u;

interface Column {
  start: number;
  end: number;
}

interface RowCell {
  col: number;
  colSpan: number;
  text: string;
  start: number;
  end: number;
  /** Text was added from a line of its own (the cell wraps). */
  wrapped: boolean;
}

interface DraftRow {
  cells: Map<number, RowCell>;
  top: number;
  bottom: number;
  amounts: boolean;
  /** Columns the row's cells cover. */
  taken: Set<number>;
}

export interface TextTables {
  tables: DraftTable[];
  /** The page's lines that no table took, in order. */
  rest: DumpLine[];
}

/** Finds the aligned tables of one page of a dump. Linear in the page's characters. */
export function findTextTables(lines: readonly DumpLine[]): TextTables {
  const parts = lines.map((l) => pieces(l.chars));
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
    let body = parts[i]!.some((p) => isAmount(p.text));
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
        body ||= q.some((p) => isAmount(p.text));
      } else if (q.length === 1 && j === lastText && isPageNumber(q[0]!.text)) {
        break;
      } else if (!(q.length === 1 && fitsColumn(q[0]!, starts, ends))) {
        // Above the first row of figures, a stacked header prints short fragments anywhere.
        if (!body && q.length === 1 && q[0]!.end - q[0]!.start <= MAX_FRAGMENT && !NOTE_RE.test(q[0]!.text) && ++tentative <= MAX_FRAGMENTS) continue;
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
    if (multi >= MIN_ROWS) {
      const region = lines.slice(first, last + 1);
      const table = readTable(region, parts.slice(first, last + 1));
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
  return ps.length >= 2 && !ps.some((p) => LEADER_RE.test(p.text)) && !NOTE_RE.test(ps[0]!.text);
}

/** A line of one piece belongs to the table above when it starts or ends where a column does and is not a sentence or a note. */
function fitsColumn(p: Piece, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  if (NOTE_RE.test(p.text) || (p.end - p.start > 24 && ENDS_SENTENCE_RE.test(p.text))) return false;
  return [p.start - 1, p.start, p.start + 1].some((x) => starts.has(x)) || [p.end - 1, p.end, p.end + 1].some((x) => ends.has(x));
}

/**
 * Columns: the stretches covered by the pieces of the lines with amounts (the body), then the
 * stretches covered by other lines' pieces that fall wholly between body columns (a header over
 * a column left empty, at least two spaces from the body columns). Header text spanning body columns does not join them: a heading is
 * often wider than the figures under it.
 */
function findColumns(parts: ReadonlyArray<readonly Piece[]>): Column[] {
  const multi = parts.filter((ps) => ps.length >= 2);
  const body = multi.filter((ps) => ps.some((p) => isAmount(p.text)));
  const base = cover(body.length >= 2 ? body : multi);
  if (body.length < 2) return base;
  const inGaps = multi.flatMap((ps) => ps.filter((p) => !base.some((c) => p.start < c.end + 3 && p.end + 3 > c.start)));
  return [...base, ...cover([inGaps])].sort((a, b) => a.start - b.start);
}

/** The stretches of columns the pieces cover, found by a projection (one pass over the columns). */
function cover(parts: ReadonlyArray<readonly Piece[]>): Column[] {
  let width = 0;
  for (const ps of parts) for (const p of ps) width = Math.max(width, p.end);
  const diff = new Int32Array(width + 2);
  for (const ps of parts) {
    for (const p of ps) {
      diff[p.start]! += 1;
      diff[p.end]! -= 1;
    }
  }
  const columns: Column[] = [];
  let depth = 0;
  let start = -1;
  for (let x = 0; x <= width; x++) {
    depth += diff[x]!;
    if (depth > 0 && start === -1) start = x;
    if (depth <= 0 && start !== -1) {
      columns.push({ start, end: x });
      start = -1;
    }
  }
  return columns;
}

/** The columns a piece covers: those it overlaps, or the nearest one when it sits in a gap. */
function columnsOf(p: Piece, columns: readonly Column[], colAt: Int32Array): [number, number] {
  let first = -1;
  let last = -1;
  for (let x = p.start; x < p.end && x < colAt.length; x++) {
    const c = colAt[x]!;
    if (c < 0) continue;
    if (first === -1) first = c;
    last = c;
  }
  if (first !== -1) return [first, last];
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, k) => {
    const d = Math.min(Math.abs(c.start - p.start), Math.abs(c.end - p.end));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return [best, best];
}

interface Placed extends Piece {
  col: number;
  colSpan: number;
}

/**
 * A piece in its columns. One spanning several columns is split at its single spaces when each
 * part then falls in a column of its own (“基本支出 项目支出” over two columns); letter-spaced
 * text (“因 公 出 国 （ 境 ） 费”) loses its spaces.
 */
function place(p: Piece, columns: readonly Column[], colAt: Int32Array): Placed[] {
  const [first, last] = columnsOf(p, columns, colAt);
  if (last > first && p.text.includes(' ')) {
    const words: Piece[] = [];
    let start = p.start;
    for (const w of p.text.split(' ')) {
      const len = Array.from(w).length;
      words.push({ start, end: start + len, text: w });
      start += len + 1;
    }
    const spots = words.map((w) => columnsOf(w, columns, colAt));
    if (spots.every(([a, b], k) => a === b && (k === 0 || a > spots[k - 1]![0]))) {
      return words.map((w, k) => ({ ...w, col: spots[k]![0], colSpan: 1 }));
    }
  }
  const text = /^(?:\S )+\S$/u.test(p.text) ? p.text.replace(/ /g, '') : p.text;
  return [{ ...p, text, col: first, colSpan: last - first + 1 }];
}

/**
 * Pieces of one line that landed in one column although they are printed apart (“类   款  项”
 * over three code columns, the middle ones in gaps): a piece that sits in a gap moves to the
 * next column to the right when the column it is nearest to is taken by the piece before it.
 */
function spread(placed: Placed[], columns: readonly Column[], colAt: Int32Array): Placed[] {
  for (let k = 1; k < placed.length; k++) {
    const p = placed[k]!;
    const before = placed[k - 1]!;
    const inGap = colAt[p.start] === -1 && colAt[p.end - 1] === -1;
    const next = before.col + before.colSpan;
    if (inGap && p.colSpan === 1 && p.col < next && next < columns.length) placed[k] = { ...p, col: next };
  }
  return placed;
}

function readTable(region: readonly DumpLine[], parts: ReadonlyArray<readonly Piece[]>): DraftTable | null {
  const columns = findColumns(parts);
  if (columns.length < 2) return null;
  const width = columns[columns.length - 1]!.end;
  const colAt = new Int32Array(width + 1).fill(-1);
  columns.forEach((c, k) => colAt.fill(k, c.start, c.end));
  const page = region[0]!.page;

  const lines = region.map((line, k) => ({ line, placed: spread(parts[k]!.flatMap((p) => place(p, columns, colAt)), columns, colAt) }));
  // A line of amounts only, printed just above a line that leaves its columns empty, belongs to
  // that line's row (pdftotext centres the figures of a tall row): read it after that line.
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!.placed;
    const b = lines[k + 1]!.placed;
    if (a.length && b.length && a.every((p) => isAmount(p.text)) && !b.every((p) => isAmount(p.text)) && disjoint(a, b)) {
      [lines[k], lines[k + 1]] = [lines[k + 1]!, lines[k]!];
      k++;
    }
  }

  const rows: DraftRow[] = [];
  let header: DraftRow | null = null;
  let headerLines = 0;
  let blankBefore = false;
  lines.forEach(({ line, placed }) => {
    if (!placed.length) {
      blankBefore = true;
      return;
    }
    const top = topOf(line);
    const amounts = placed.some((p) => isAmount(p.text));
    const prev = blankBefore ? undefined : rows[rows.length - 1];
    blankBefore = false;

    // The header band (lines before the first amount): a row per line, as the PDF reader gives
    // a row per ruled header row.
    if (!amounts && !rows.some((r) => r.amounts)) {
      const row = newRow(top);
      for (const p of placed) {
        let above: DraftRow | undefined;
        for (let r = rows.length - 1; r >= 0 && !above && isFragment(p); r--) if (rows[r]!.cells.has(p.col)) above = rows[r];
        addText(above ?? row, p, top, false);
      }
      if (row.cells.size) rows.push(row);
      header = rows[rows.length - 1] ?? null;
      return;
    }
    if (prev && prev !== header && continuesCells(prev, placed, columns)) {
      for (const p of placed) addText(prev, p, top, true);
      return;
    }
    if (prev && prev !== header && fillsGaps(prev, placed, amounts)) {
      for (const p of placed) addText(prev, p, top, false);
      prev.amounts ||= amounts;
      return;
    }
    const row = newRow(top);
    for (const p of placed) addText(row, p, top, false);
    row.amounts = amounts;
    rows.push(row);
  });
  if (rows.length < 2 || !rows.some((r) => r.amounts || r.cells.size >= 2)) return null;
  centreHeaders(rows, columns);
  spanCodeHeaders(rows, columns.length);

  const cells: DraftCell[] = [];
  rows.forEach((row, r) => {
    for (const c of [...row.cells.values()].sort((a, b) => a.col - b.col)) {
      cells.push({
        row: r,
        col: c.col,
        rowSpan: 1,
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

/**
 * A header fragment: one character alone under a header cell — the end of a word that wrapped
 * (“本年收入合” over “计”): Chinese header words have two characters or more. 类, 款 and 项 are
 * the headers of the code columns and stand alone.
 */
function isFragment(p: Placed): boolean {
  return Array.from(p.text).length === 1 && !/[类款项\d]/u.test(p.text);
}

/**
 * A header cell merged over several columns (“收入” over 项目 | 决算数) is printed centred over
 * them: each header cell takes the run of columns, free in its row, whose middle is nearest to
 * the middle of its text.
 */
function centreHeaders(rows: DraftRow[], columns: readonly Column[]): void {
  for (const row of rows) {
    if (row.amounts) break;
    for (const cell of [...row.cells.values()]) {
      const mid = (cell.start + cell.end) / 2;
      let best = { first: cell.col, last: cell.col + cell.colSpan - 1 };
      const distance = (a: number, b: number): number => Math.abs((columns[a]!.start + columns[b]!.end) / 2 - mid);
      // One more column on either side at most, and only for a clear gain (the columns' extents
      // are only as exact as the characters).
      const low = best.first > 0 && !row.taken.has(best.first - 1) ? best.first - 1 : best.first;
      const high = best.last + 1 < columns.length && !row.taken.has(best.last + 1) ? best.last + 1 : best.last;
      for (let a = low; a <= cell.col; a++) {
        for (let b = cell.col + cell.colSpan - 1; b <= high; b++) {
          if (columns[a]!.start <= mid && mid <= columns[b]!.end && distance(a, b) <= distance(best.first, best.last) - 1.5) best = { first: a, last: b };
        }
      }
      if (best.first === cell.col && best.last === cell.col + cell.colSpan - 1) continue;
      row.cells.delete(cell.col);
      cell.col = best.first;
      cell.colSpan = best.last - best.first + 1;
      row.cells.set(cell.col, cell);
      for (let c = best.first; c <= best.last; c++) row.taken.add(c);
    }
  }
}

/** A 科目编码 cell: a 2–3 digit code (类 201, 款 06, 项 01). */
const CODE_RE = /^[0-9]{2,3}$/u;

/**
 * Header text over the code columns (“支出功能分类 / 科目编码” over 类 | 款 | 项) spans all of
 * them, as the merged cell it is in the PDF: pdftotext prints it over one or two of them. A
 * one-character header (类, 款, 项) names its own column and stays.
 */
function spanCodeHeaders(rows: DraftRow[], count: number): void {
  const body = rows.filter((r) => r.amounts);
  const isCode = Array.from({ length: count }, (_, c) => {
    const texts = body.map((r) => r.cells.get(c)?.text ?? '').filter((t) => t && !/^[类款项]$/u.test(t));
    return texts.length > 0 && texts.every((t) => CODE_RE.test(t));
  });
  for (const row of rows) {
    if (row.amounts) break;
    for (const cell of row.cells.values()) {
      const codes = isCode.slice(cell.col, cell.col + cell.colSpan);
      if (!codes.every(Boolean) || Array.from(cell.text).length < 2) continue;
      let first = cell.col;
      let last = cell.col + cell.colSpan - 1;
      while (first > 0 && isCode[first - 1] && !row.taken.has(first - 1)) first--;
      while (last + 1 < count && isCode[last + 1] && !row.taken.has(last + 1)) last++;
      if (first === cell.col && last === cell.col + cell.colSpan - 1) continue;
      row.cells.delete(cell.col);
      cell.col = first;
      cell.colSpan = last - first + 1;
      row.cells.set(first, cell);
      for (let c = first; c <= last; c++) row.taken.add(c);
    }
  }
}

function disjoint(a: readonly Placed[], b: readonly Placed[]): boolean {
  return a.every((p) => b.every((q) => p.col + p.colSpan <= q.col || q.col + q.colSpan <= p.col));
}

function newRow(top: number): DraftRow {
  return { cells: new Map(), top, bottom: top + PITCH, amounts: false, taken: new Set() };
}

/** Puts a piece into a row: into the cell of its column (joined as wrapped text), or a new cell. */
function addText(row: DraftRow, p: Placed, top: number, wrapped: boolean): void {
  row.bottom = Math.max(row.bottom, top + PITCH);
  const cell = row.cells.get(p.col);
  if (cell) {
    cell.text = joinWrapped(cell.text, p.text);
    cell.colSpan = Math.max(cell.colSpan, p.col + p.colSpan - cell.col);
    cell.start = Math.min(cell.start, p.start);
    cell.end = Math.max(cell.end, p.end);
    cell.wrapped ||= wrapped;
  } else {
    row.cells.set(p.col, { col: p.col, colSpan: p.colSpan, text: p.text, start: p.start, end: p.end, wrapped });
  }
  for (let c = p.col; c < p.col + p.colSpan; c++) row.taken.add(c);
}

/**
 * A line of text only that is the rest of the row above: each piece lies under a text cell of
 * that row that reached its column's right edge (the text wrapped there) or was already
 * wrapped, or under the empty label of a row of figures (the label printed lower).
 */
function continuesCells(prev: DraftRow, placed: readonly Placed[], columns: readonly Column[]): boolean {
  if (placed.some((p) => isAmount(p.text) || STARTS_ROW_RE.test(p.text) || ENUMERATOR_RE.test(p.text))) return false;
  return placed.every((p) => {
    const cell = prev.cells.get(p.col);
    if (!cell) return prev.amounts && !prev.taken.has(p.col) && p.colSpan === 1;
    if (isAmount(cell.text) || ENDS_SENTENCE_RE.test(cell.text)) return false;
    return cell.wrapped || cell.end >= columns[cell.col + cell.colSpan - 1]!.end - 1;
  });
}

/**
 * A line that fills only columns the row above left empty, where one of the two holds only
 * amounts or no amounts at all: pdftotext printed one row's cells at different heights.
 */
function fillsGaps(prev: DraftRow, placed: readonly Placed[], amounts: boolean): boolean {
  for (const p of placed) for (let c = p.col; c < p.col + p.colSpan; c++) if (prev.taken.has(c)) return false;
  const onlyAmounts = placed.every((p) => isAmount(p.text));
  const prevOnlyAmounts = [...prev.cells.values()].every((c) => isAmount(c.text));
  return onlyAmounts || !amounts || prevOnlyAmounts || !prev.amounts;
}
