import { cellIndexAt, type Grid, hasVerticalAt } from './grid.js';
import { isCjk, joinWrapped } from './join.js';
import { buildLines } from './lines.js';
import type { Box, DraftTable, Line, Run } from './types.js';

function contains(box: Box, x: number, y: number, slack = 1): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.top - slack && y <= box.bottom + slack;
}

/**
 * Splits a run at the column rulings it crosses (an exporter may write a whole table row as
 * one string). Character positions are estimated from the run's width, ideographs counting
 * twice as wide as Latin characters.
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
  const pieces: Run[] = [];
  let buffer: string[] = [];
  let bufferStart = run.x0;
  let pos = run.x0;
  const flush = (end: number): void => {
    const text = buffer.join('').trim();
    if (text) pieces.push({ ...run, text, x0: bufferStart, x1: end });
    buffer = [];
    bufferStart = end;
  };
  let k = 0;
  chars.forEach((ch, i) => {
    const w = weights[i]! * scale;
    while (k < cuts.length && pos + w / 2 > cuts[k]!.x) {
      flush(pos);
      k++;
    }
    buffer.push(ch);
    pos += w;
  });
  flush(pos);
  return pieces.length ? pieces : [run];
}

/**
 * Text of one cell from its lines: a line that runs to the cell's right edge wrapped, so the
 * next line continues it (joined without a break); a line that stops short ended there, and
 * the break is kept as "\n" as the .docx reader keeps a cell's separate paragraphs.
 */
export function cellText(lines: readonly Line[], box: Box): string {
  if (!lines.length) return '';
  const pad = Math.min(8, Math.max(1, Math.min(...lines.map((l) => l.x0 - box.x0))));
  const avail = box.x1 - box.x0 - 2 * pad;
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const wrapped = prev.x1 - prev.x0 >= avail - 1.1 * prev.size;
    text = wrapped ? joinWrapped(text, line.text) : `${text}\n${line.text}`;
  }
  return text;
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
      text: cellText(buildLines(buckets[gi]![ci]!, page), cell.box),
    })),
  }));
  return { tables, rest };
}
