import { cellIndexAt, type Grid, hasVerticalAt } from './grid.js';
import { isCjk, joinWrapped } from './join.js';
import { buildLines } from './lines.js';
import type { Box, CellTail, DraftTable, Line, Run } from './types.js';

function contains(box: Box, x: number, y: number, slack = 1): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.top - slack && y <= box.bottom + slack;
}

/** How far (in ems) from a column rule a space in the run may be and still be taken as the cut. */
const SPACE_SNAP_EMS = 1.5;

/**
 * Splits a run at the column rulings it crosses (an exporter may write a whole table row as
 * one string, and pdf.js joins neighbouring cells' text into one item with a space where the
 * gap was). Character positions are estimated from the run's width, ideographs counting twice
 * as wide as Latin characters; the estimate can be a digit off, so a space within 1.5 em of
 * the rule is where the run is cut (a number is never split: “92,165,133.99 一、部门预算”).
 */
function splitAtColumns(run: Run, grid: Grid): Run[] {
  if (run.vertical) return [run];
  const y = (run.top + run.bottom) / 2;
  const cuts = grid.xs
    .map((x, i) => ({ x, i }))
    .filter(({ x, i }) => x > run.x0 + 0.4 * run.size && x < run.x1 - 0.4 * run.size && hasVerticalAt(grid, i, y));
  if (!cuts.length) return [run];
  const chars = [...run.text];
  const weights = chars.map((ch) => (isCjk(ch) ? 1 : 0.55));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scale = (run.x1 - run.x0) / total;
  const starts: number[] = [];
  let pos = run.x0;
  for (const w of weights) {
    starts.push(pos);
    pos += w * scale;
  }
  const centre = (i: number): number => starts[i]! + (weights[i]! * scale) / 2;
  const xAt = (i: number): number => (i < chars.length ? starts[i]! : run.x1);
  // Index of the first character right of each cut: by the estimate, or at a nearby space.
  const splits: number[] = [];
  for (const cut of cuts) {
    let at = chars.findIndex((_, i) => centre(i) > cut.x);
    if (at < 0) at = chars.length;
    let best = -1;
    chars.forEach((ch, i) => {
      if (/\s/u.test(ch) && Math.abs(centre(i) - cut.x) <= SPACE_SNAP_EMS * run.size && (best < 0 || Math.abs(centre(i) - cut.x) < Math.abs(centre(best) - cut.x))) best = i;
    });
    if (best >= 0) at = best;
    splits.push(Math.max(at, splits[splits.length - 1] ?? 0));
  }
  const pieces: Run[] = [];
  const bounds = [0, ...splits, chars.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const text = chars.slice(bounds[k], bounds[k + 1]).join('').trim();
    if (text) pieces.push({ ...run, text, x0: xAt(bounds[k]!), x1: xAt(bounds[k + 1]!) });
  }
  return pieces.length ? pieces : [run];
}

/**
 * Text of one cell from its lines: a line that runs to the cell's right edge wrapped, so the
 * next line continues it (joined without a break); a line that stops short ended there, and
 * the break is kept as "\n" as the .docx reader keeps a cell's separate paragraphs.
 */
export function cellText(lines: readonly Line[], box: Box): string {
  return cellContent(lines, box).text;
}

function cellContent(lines: readonly Line[], box: Box): { text: string; tail?: CellTail } {
  if (!lines.length) return { text: '' };
  const pad = Math.min(8, Math.max(1, Math.min(...lines.map((l) => l.x0 - box.x0))));
  const avail = box.x1 - box.x0 - 2 * pad;
  const full = (l: Line): boolean => l.x1 - l.x0 >= avail - 1.1 * l.size;
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    text = full(prev) ? joinWrapped(text, line.text) : `${text}\n${line.text}`;
  }
  const last = lines[lines.length - 1]!;
  return { text, tail: { bottom: Math.max(...lines.map((l) => l.bottom)), size: last.size, full: full(last) } };
}

/**
 * Puts every run that lies inside a grid into its cell and returns the tables with their cell
 * texts, plus the runs left outside all tables (they become paragraphs).
 */
export function fillGrids(grids: readonly Grid[], runs: readonly Run[], page: number): { tables: DraftTable[]; rest: Run[] } {
  const buckets = grids.map((g) => g.cells.map(() => [] as Run[]));
  const rest: Run[] = [];
  for (const run of runs) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (run.top + run.bottom) / 2;
    const gi = grids.findIndex((g) => contains(g, cx, cy));
    if (gi < 0) {
      rest.push(run);
      continue;
    }
    const grid = grids[gi]!;
    for (const piece of splitAtColumns(run, grid)) {
      buckets[gi]![cellIndexAt(grid, (piece.x0 + piece.x1) / 2, cy)]!.push(piece);
    }
  }
  const tables = grids.map((grid, gi): DraftTable => ({
    page,
    x0: grid.x0,
    x1: grid.x1,
    top: grid.top,
    bottom: grid.bottom,
    xs: grid.xs,
    ys: grid.ys,
    pageEnd: page,
    source: 'rulings',
    cells: grid.cells.map((cell, ci) => ({
      ...cell,
      page,
      ...cellContent(buildLines(buckets[gi]![ci]!, page), cell.box),
    })),
  }));
  return { tables, rest };
}
