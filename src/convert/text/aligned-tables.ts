import { isPageNumber } from '../pdf/layout-patterns.js';
import { ENUMERATOR_RE } from '../pdf/paragraphs.js';
import type { DraftCell, DraftTable } from '../pdf/types.js';
import { EM, pieces, printedWidth, topOf, type DumpLine, type Piece } from './lines.js';
import { addText, newRow, type DraftRow, type Placed } from './table-cells.js';
import { codeColumns, headerRows } from './table-header.js';

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

/** A printed amount: a figure with a separator, decimals or a sign (a bare 1–3 digit number may be a 科目编码). */
const AMOUNT_RE = /^[-−+＋]?[(（]?[-−]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?[)）]?[%％]?$/u;
const isAmountText = (t: string): boolean => AMOUNT_RE.test(t) && !/^[0-9０-９]{1,3}$/u.test(t);
/** An amount, but not a bare number that starts its line: a 科目编码 (20502, 3010101) or a row number. */
const isAmount = (p: Piece): boolean => isAmountText(p.text) && !(p.lead && /^[0-9]+$/u.test(p.text));
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

export interface Column {
  start: number;
  end: number;
}

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

/**
 * pdftotext separates a figure from the next column's text by one space when they nearly touch
 * (“96,282,213.44 一、公共安全支出”): a piece is split where an amount written with a separator
 * or decimals meets text.
 */
function splitAtAmounts(p: Piece): Piece[] {
  if (!p.text.includes(' ')) return [p];
  const tokens: Piece[] = [];
  let start = p.start;
  for (const word of p.text.split(' ')) {
    const len = Array.from(word).length;
    tokens.push({ start, end: start + len, text: word });
    start += len + 1;
  }
  const amount = (t: Piece): boolean => isAmountText(t.text) && /[.,，．]/u.test(t.text);
  if (!tokens.some(amount) || tokens.every(amount)) return [p];
  const out: Piece[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && amount(t) === amount({ ...last, text: last.text.split(' ').pop()! })) {
      last.text = `${last.text} ${t.text}`;
      last.end = t.end;
    } else {
      out.push({ ...t });
    }
  }
  if (p.lead) out[0]!.lead = true;
  return out;
}

function isTableLine(ps: readonly Piece[]): boolean {
  return ps.length >= 2 && !ps.some((p) => LEADER_RE.test(p.text) || META_RE.test(p.text)) && !NOTE_RE.test(ps[0]!.text);
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
  const body = multi.filter((ps) => ps.some((p) => isAmount(p)));
  if (body.length < 2) return cover(multi);
  // Amounts printed on a line of their own (a figure set above its row) mark their column too.
  const base = joinTextStretches(
    cover([...body, parts.flatMap((ps) => (ps.length === 1 && isAmount(ps[0]!) ? ps : []))]),
    body.flat().filter(isAmount),
  );
  const inGaps = multi.flatMap((ps) => ps.filter((p) => !base.some((c) => p.start < c.end + 2 && p.end + 2 > c.start)));
  // A header column over no figures is printed on two lines or more (“上级补助 / 收入”): a
  // single word in a gap is a heading over several columns (“支出”), not a column.
  // Nor is one that a wider header joins to a body column (“一般公共预算” over “财 / 政拨款”,
  // printed left of the figures under it).
  const overlaps = (p: Piece, c: Column): boolean => p.start < c.end && p.end > c.start;
  const headerPieces = multi.filter((ps) => !ps.some((p) => isAmount(p))).flat();
  const joined = (c: Column): boolean => headerPieces.some((p) => overlaps(p, c) && base.some((b) => overlaps(p, b)));
  const extra = cover([inGaps]).filter((c) => inGaps.filter((p) => overlaps(p, c)).length >= 2 && !joined(c));
  // Figures stand right-aligned in their cells and headings centred, so a heading drifts left of
  // its figures: a column of figures with no heading over it takes the heading column just left
  // of it (“事业收入” printed two columns before the 0.00 under it).
  const firstBody = parts.findIndex((ps) => ps.some((p) => isAmount(p)));
  // (Only over a header of words: the first lines of a table continued from the page before are
  // rows — codes and labels — not headings.)
  const headings = parts.slice(0, firstBody).filter((ps) => !ps.some((p) => /^[0-9]/u.test(p.text))).flat();
  const columns = [...base.map((c) => ({ ...c })), ...extra.map((c) => ({ ...c, extra: true }))].sort((a, b) => a.start - b.start);
  const out: Column[] = [];
  for (const c of columns) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- it widens: out holds draft columns with `extra`
    const left = out[out.length - 1] as (Column & { extra?: boolean }) | undefined;
    if (!('extra' in c) && left?.extra && headings.length && !headings.some((p) => overlaps(p, c))) {
      left.end = c.end;
      delete left.extra;
      continue;
    }
    out.push(c);
  }
  return out.map((c) => ({ start: c.start, end: c.end }));
}

/**
 * A gutter is two spaces wide at least (the gap that splits a line into pieces): two stretches of
 * text closer than that, on different lines, are one column (“一、财政拨款收入” over an indented
 * “本年收入合计”). A stretch of figures keeps its own column however close the text beside it.
 */
function joinTextStretches(columns: Column[], amounts: readonly Piece[]): Column[] {
  const holdsAmount = (c: Column): boolean => amounts.some((p) => p.start < c.end && p.end > c.start);
  const out: Column[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && c.start - last.end < 2 && !holdsAmount(last) && !holdsAmount(c)) last.end = c.end;
    else out.push({ ...c });
  }
  return out;
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
