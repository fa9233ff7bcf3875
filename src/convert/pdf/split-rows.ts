import { joinWrapped } from './join.js';
import { ENUMERATOR_RE } from './paragraphs.js';
import { compact } from './text-normalize.js';
import type { DraftCell, DraftTable, PageLayout } from './types.js';

/**
 * A table row split across a page break (跨页断行): Word lets a row break when it does not fit,
 * so the cells' first lines end one page and the rest of their text starts the next page's
 * table as a row of its own. That row is found from evidence that does not depend on the
 * report, and its text is joined back into the row it continues.
 */

/** The body text area of a page (furniture removed): the extent content reaches on pages of its size. */
export interface TextArea {
  top: number;
  bottom: number;
}

/** Body text area per page: pages of one size share the extent their lines and tables reach. */
export function textAreas(pages: readonly PageLayout[]): Map<number, TextArea> {
  const bySize = new Map<string, TextArea>();
  const key = (p: PageLayout): string => `${Math.round(p.width)}x${Math.round(p.height)}`;
  for (const p of pages) {
    const boxes = [...p.lines, ...p.tables];
    if (!boxes.length) continue;
    const area = bySize.get(key(p)) ?? { top: Infinity, bottom: -Infinity };
    for (const b of boxes) {
      area.top = Math.min(area.top, b.top);
      area.bottom = Math.max(area.bottom, b.bottom);
    }
    bySize.set(key(p), area);
  }
  const out = new Map<number, TextArea>();
  for (const p of pages) {
    const area = bySize.get(key(p));
    if (area) out.set(p.page, area);
  }
  return out;
}

/** A cell that holds one figure: 5, 3,241.81, -12.5, 135.42%, （3.2）. */
const FIGURE_RE = /^[-−+＋]?[(（]?[-−]?[0-9０-９][0-9０-９,，.．]*[)）]?[%％]?$/u;
export const isFigure = (text: string): boolean => FIGURE_RE.test(compact(text));

/** Sentence-final punctuation: text ending in it most likely ended rather than wrapped. */
const ENDS_SENTENCE = /[。；;！？!?]$/u;

function rowCount(cells: readonly DraftCell[]): number {
  return cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
}

function overlap(a: DraftCell, b: DraftCell): number {
  const o = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0);
  return o / Math.max(1e-6, Math.min(a.box.x1 - a.box.x0, b.box.x1 - b.box.x0));
}

/** Leading rows of `b` that repeat the first rows of `a` (a repeated header, 标题行重复). */
function repeatedHeaderRows(a: DraftTable, b: DraftTable): number {
  const texts = (t: DraftTable, row: number): string =>
    t.cells
      .filter((c) => c.row === row)
      .sort((p, q) => p.box.x0 - q.box.x0)
      .map((c) => compact(c.text))
      .filter(Boolean)
      .join('|');
  let k = 0;
  const limit = Math.min(5, rowCount(a.cells), rowCount(b.cells) - 1);
  while (k < limit) {
    const key = texts(b, k);
    if (!key || key !== texts(a, k) || !/[^|\d.]/u.test(key)) break;
    k++;
  }
  return k;
}

/** Where `b`'s continuation row goes: for each of its non-empty cells, the cell of `a` it continues. */
export interface SplitRow {
  /** Row of `b` that continues the last row of `a`. */
  row: number;
  joins: Array<{ from: DraftCell; into: DraftCell }>;
}

/**
 * Whether the first row of `b` (after a repeated header) is the rest of the last row of `a`,
 * split by the page break. All of these must hold:
 * - `b` starts the page after `a` ends, nothing in between (the caller passes consecutive blocks),
 *   both are ruled tables of the same width;
 * - the row has text and no figures, while the last row of `a` has figures (a row of figures
 *   fits on one page; it is the long text cells that run over);
 * - each of its non-empty cells lies under a text cell (not a figure) of the last row of `a`,
 *   and it does not begin a merged cell of its own;
 * - at least one of those text cells was cut mid-line: its last line runs to the cell's right
 *   edge and does not end a sentence;
 * - where there is text in the label column (the last row's leftmost text cell), it does not
 *   start a numbered item (“2、运行维护经费” is a new row) and either two or more cells run on
 *   or the label itself was cut mid-line;
 * - geometry, where known: the last row of `a` reaches the bottom of the text area and `b`
 *   starts at its top, and each cell that runs on is filled to its bottom edge.
 */
export function findSplitRow(a: DraftTable, b: DraftTable, areas?: ReadonlyMap<number, TextArea>): SplitRow | null {
  if (a.source !== 'rulings' || b.source !== 'rulings' || b.page !== a.pageEnd + 1) return null;
  const width = a.x1 - a.x0;
  if (Math.abs(a.x0 - b.x0) > 0.03 * width || Math.abs(a.x1 - b.x1) > 0.03 * width) return null;

  const last = rowCount(a.cells) - 1;
  const row = repeatedHeaderRows(a, b);
  if (last < 0 || row >= rowCount(b.cells)) return null;
  // Cells of the last row of `a` on its last page (merged cells from above included).
  const tail = a.cells.filter((c) => c.row + c.rowSpan - 1 === last && c.page === a.pageEnd);
  const cont = b.cells.filter((c) => c.row === row);
  if (b.cells.some((c) => c.row < row && c.row + c.rowSpan > row)) return null;
  const filled = cont.filter((c) => compact(c.text));
  if (!filled.length || filled.some((c) => isFigure(c.text) || c.rowSpan > 1)) return null;
  if (!tail.some((c) => isFigure(c.text))) return null;

  const joins: SplitRow['joins'] = [];
  for (const c of filled.sort((p, q) => p.box.x0 - q.box.x0)) {
    const above = tail.filter((t) => overlap(t, c) > 0.5);
    if (!above.length || above.some((t) => isFigure(t.text))) return null;
    const into = above.filter((t) => compact(t.text)).sort((p, q) => overlap(q, c) - overlap(p, c))[0];
    if (!into) return null;
    joins.push({ from: c, into });
  }

  // At least one cell was cut mid-line: its last line runs to the right edge and does not end
  // a sentence. (Labels that merely stop, “本年收入合计” over “使用非财政拨款结余”, are rows.)
  if (!joins.some(({ into }) => into.tail?.full && !ENDS_SENTENCE.test(into.text.trim()))) return null;

  // The label column: the leftmost cell of the last row with text of its own.
  const label = tail
    .filter((t) => t.row === last && compact(t.text) && !isFigure(t.text))
    .sort((p, q) => p.box.x0 - q.box.x0)[0];
  const onLabel = joins.find((j) => j.into === label);
  if (onLabel) {
    if (ENUMERATOR_RE.test(onLabel.from.text.trim())) return null;
    const intos = new Set(joins.map((j) => j.into));
    if (intos.size < 2 && !label!.tail?.full) return null;
  }

  // Geometry: the row was cut by the bottom of the text area, and every cut cell is full.
  const areaA = areas?.get(a.pageEnd);
  const areaB = areas?.get(b.page);
  const em = Math.max(...joins.map((j) => j.into.tail?.size ?? 0), ...filled.map((c) => c.tail?.size ?? 0));
  if (areaA && areaB && em > 0) {
    const rowBottom = Math.max(...tail.map((t) => t.box.bottom));
    if (areaA.bottom - rowBottom > 2 * em) return null;
    if (b.top - areaB.top > 2 * em) return null;
  }
  for (const { into } of joins) {
    if (into.tail && into.box.bottom - into.tail.bottom > 1.5 * into.tail.size) return null;
  }
  return { row, joins };
}

/** The two halves of a cell's text, as one: run together where the first half wrapped, else on a new line. */
function joinHalves(first: DraftCell, rest: string): string {
  const wrapped = first.tail ? first.tail.full : !ENDS_SENTENCE.test(first.text.trim());
  return wrapped ? joinWrapped(first.text, rest) : `${first.text}\n${rest}`;
}

/**
 * Joins the continuation row of `b` into the last row of `a` and takes it out of `b` (its
 * later rows move up one). Returns the new tables; `b` is null when nothing is left of it.
 */
export function joinSplitRow(a: DraftTable, b: DraftTable, split: SplitRow): { a: DraftTable; b: DraftTable | null } {
  const texts = new Map<DraftCell, string>();
  for (const { from, into } of split.joins) texts.set(into, joinHalves({ ...into, text: texts.get(into) ?? into.text }, from.text));
  const cells = a.cells.map((c) => (texts.has(c) ? { ...c, text: texts.get(c)! } : c));

  const k = split.row;
  const rest = b.cells
    .filter((c) => !(c.row === k && c.rowSpan === 1))
    .map((c) => (c.row === k ? { ...c, rowSpan: c.rowSpan - 1 } : c.row > k ? { ...c, row: c.row - 1 } : c));
  if (!rest.some((c) => c.row >= k)) return { a: { ...a, cells }, b: rest.length ? { ...b, cells: rest, ys: b.ys.slice(0, k + 1) } : null };
  const ys = k === 0 ? b.ys.slice(1) : [...b.ys.slice(0, k + 1), ...b.ys.slice(k + 2)];
  return { a: { ...a, cells }, b: { ...b, cells: rest, ys, top: ys[0] ?? b.top } };
}
