import type { FlowBlock } from './paragraphs.js';
import { compact } from './text-normalize.js';
import type { DraftCell, DraftTable } from './types.js';

/** Column boundaries this close (page units) are the same boundary on two pages. */
const SAME_X = 3;

/**
 * A table that ends one page and a table that starts the next, with nothing in between and
 * the same columns, are one table: the second one's cells are appended as further rows, its
 * header rows are dropped when they repeat the first one's, and pageEnd records the last page.
 */
export function mergeContinuedTables(blocks: readonly FlowBlock[]): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind === 'table' && prev?.kind === 'table' && continuesOn(prev.table, block.table)) {
      out[out.length - 1] = { kind: 'table', table: merge(prev.table, block.table) };
    } else {
      out.push(block);
    }
  }
  return out;
}

function continuesOn(a: DraftTable, b: DraftTable): boolean {
  if (b.page !== a.pageEnd + 1) return false;
  const width = a.x1 - a.x0;
  if (Math.abs(a.x0 - b.x0) > 0.03 * width || Math.abs(a.x1 - b.x1) > 0.03 * width) return false;
  // The columns of one are (nearly all) columns of the other: the continuation may subdivide
  // columns, or another table may follow on below the continued rows.
  const share = (p: readonly number[], q: readonly number[]): number => p.filter((x) => q.some((y) => Math.abs(x - y) <= SAME_X)).length / p.length;
  return Math.max(share(a.xs, b.xs), share(b.xs, a.xs)) >= 0.8;
}

function rowCount(cells: readonly DraftCell[]): number {
  return cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
}

/** The boundaries of both tables as one sorted list, near-equal ones counted once. */
function unionXs(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (out.length && x - out[out.length - 1]! <= SAME_X) continue;
    out.push(x);
  }
  return out;
}

function nearestIndex(xs: readonly number[], x: number): number {
  let best = 0;
  xs.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs(xs[best]! - x)) best = i;
  });
  return best;
}

/** Re-expresses a table's cells on a finer set of column boundaries. */
function regrid(table: DraftTable, xs: readonly number[]): DraftCell[] {
  return table.cells.map((c) => {
    // A cell's columns come from its own table's boundaries, mapped onto the shared ones.
    const left = table.xs[c.col] ?? c.box.x0;
    const right = table.xs[c.col + c.colSpan] ?? c.box.x1;
    const col = nearestIndex(xs, left);
    const end = Math.max(col + 1, nearestIndex(xs, right));
    return { ...c, col, colSpan: end - col };
  });
}

function rowKey(cells: readonly DraftCell[], row: number): string {
  return cells
    .filter((c) => c.row === row)
    .sort((p, q) => p.col - q.col)
    .map((c) => `${c.col}:${c.colSpan}:${compact(c.text)}`)
    .join('|');
}

function merge(a: DraftTable, b: DraftTable): DraftTable {
  const xs = unionXs(a.xs, b.xs);
  const first = regrid(a, xs);
  let second = regrid(b, xs);
  // Header rows the continuation repeats (in order, from the top) are left out.
  let drop = 0;
  const limit = Math.min(5, rowCount(first), rowCount(second) - 1);
  while (drop < limit) {
    const key = rowKey(second, drop);
    if (!key || key !== rowKey(first, drop) || !/[^|:\d]/u.test(key)) break;
    drop++;
  }
  if (drop > 0 && second.some((c) => c.row < drop && c.row + c.rowSpan > drop)) drop = 0;
  const offset = rowCount(first) - drop;
  second = second.filter((c) => c.row >= drop).map((c) => ({ ...c, row: c.row + offset }));
  return {
    ...a,
    x0: Math.min(a.x0, b.x0),
    x1: Math.max(a.x1, b.x1),
    xs,
    ys: a.ys,
    cells: [...first, ...second],
    pageEnd: b.pageEnd,
  };
}
