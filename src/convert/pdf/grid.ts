import type { Box, Edge } from './types.js';

/** Rulings closer than this (page units) are the same line: double rules, rounding. */
const SNAP = 2;
/** How far a ruling may stop short of the line it meets and still touch it. */
const JOIN = 2.5;
/** Column or row boundaries closer than this are one boundary. */
const MIN_TRACK = 3;

/** A grid cell before text is assigned: rows/cols index the table's `ys`/`xs`. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Grid extends Box {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** Vertical rulings per column boundary index (see `hasVerticalAt`). */
  vertical: Map<number, Array<[number, number]>>;
  /** Index into `cells` of the cell covering elementary cell (r, c), at r * (xs.length - 1) + c. */
  cellAt: Int32Array;
}

/** Snaps rulings: same-position lines are one line, touching pieces on it one segment. */
export function snapEdges(edges: readonly Edge[]): Edge[] {
  const out: Edge[] = [];
  for (const dir of ['h', 'v'] as const) {
    const list = edges.filter((e) => e.dir === dir && e.to - e.from >= 1).sort((a, b) => a.pos - b.pos);
    let cluster: Edge[] = [];
    const flush = (): void => {
      if (!cluster.length) return;
      const pos = cluster.reduce((s, e) => s + e.pos * (e.to - e.from), 0) / cluster.reduce((s, e) => s + (e.to - e.from), 0);
      const spans = cluster.map((e) => [e.from, e.to] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0]!;
      for (const [a, b] of spans.slice(1)) {
        if (a <= to + JOIN) to = Math.max(to, b);
        else {
          out.push({ dir, pos, from, to });
          [from, to] = [a, b];
        }
      }
      out.push({ dir, pos, from, to });
      cluster = [];
    };
    for (const e of list) {
      if (cluster.length && e.pos - cluster[0]!.pos > SNAP) flush();
      cluster.push(e);
    }
    flush();
  }
  return out;
}

function touches(h: Edge, v: Edge): boolean {
  return v.pos >= h.from - JOIN && v.pos <= h.to + JOIN && h.pos >= v.from - JOIN && h.pos <= v.to + JOIN;
}

/** Distinct positions, merging those closer than MIN_TRACK. */
function tracks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1]! < MIN_TRACK) continue;
    out.push(v);
  }
  return out;
}

/** Fraction of [a, b] covered by the given intervals. */
function coverage(spans: ReadonlyArray<[number, number]> | undefined, a: number, b: number): number {
  if (!spans || b <= a) return 0;
  let covered = 0;
  for (const [s, e] of spans) covered += Math.max(0, Math.min(b, e + JOIN) - Math.max(a, s - JOIN));
  return covered / (b - a);
}

function nearest(positions: readonly number[], value: number): number {
  let best = -1;
  let dist = Infinity;
  positions.forEach((p, i) => {
    const d = Math.abs(p - value);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return dist <= MIN_TRACK ? best : -1;
}

/**
 * Ruling lines → table grids. Rulings that meet form a component; a component with at least
 * two rows and two columns of cells is a table. Its column and row boundaries are the distinct
 * positions of its vertical and horizontal rulings (plus the outer edges when the frame is
 * open). Neighbouring elementary cells with no ruling between them are one merged cell, which
 * gives row and column spans.
 */
export function findGrids(edgesIn: readonly Edge[]): Grid[] {
  const grids: Grid[] = [];
  for (const comp of components(snapEdges(edgesIn))) {
    const grid = gridOf(comp);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Rulings that meet, grouped (union-find over horizontal × vertical rulings); horizontals first in each. */
function components(edges: readonly Edge[]): Edge[][] {
  const hs = edges.filter((e) => e.dir === 'h');
  const vs = edges.filter((e) => e.dir === 'v');
  // hs are 0..H-1, vs are H..H+V-1
  const parent = edges.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) if (touches(hs[i]!, vs[j]!)) parent[find(i)] = find(hs.length + j);
  }
  const ordered = [...hs, ...vs];
  const out = new Map<number, Edge[]>();
  for (let i = 0; i < ordered.length; i++) {
    const root = find(i);
    const list = out.get(root);
    if (list) list.push(ordered[i]!);
    else out.set(root, [ordered[i]!]);
  }
  return [...out.values()];
}

/** The grid of one component of rulings, or null when it is no table (one box, one column, one cell). */
function gridOf(comp: readonly Edge[]): Grid | null {
  const ch = comp.filter((e) => e.dir === 'h');
  const cv = comp.filter((e) => e.dir === 'v');
  if (ch.length < 1 || cv.length < 1) return null;
  const left = Math.min(...ch.map((e) => e.from), ...cv.map((e) => e.pos));
  const right = Math.max(...ch.map((e) => e.to), ...cv.map((e) => e.pos));
  const top = Math.min(...cv.map((e) => e.from), ...ch.map((e) => e.pos));
  const bottom = Math.max(...cv.map((e) => e.to), ...ch.map((e) => e.pos));
  const xs = tracks([left, right, ...cv.map((e) => e.pos)]);
  const ys = tracks([top, bottom, ...ch.map((e) => e.pos)]);
  // A single framed box, or a page frame with a rule under the running header (one
  // column), is not a table.
  if (xs.length < 3 || ys.length < 2) return null;
  // Rulings per boundary, with the outer frame counted as drawn (open frames are common).
  const vertical = rulingsAt(cv, xs);
  const horizontal = rulingsAt(ch, ys);
  const cells = mergedCells(xs, ys, vertical, horizontal);
  if (cells.length < 2) return null;
  const R = ys.length - 1;
  const C = xs.length - 1;
  const cellAt = new Int32Array(R * C);
  cells.forEach((cell, i) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) cellAt[r * C + c] = i;
  });
  return { x0: xs[0]!, x1: xs[C]!, top: ys[0]!, bottom: ys[R]!, xs, ys, cells, vertical, cellAt };
}

/** The spans of the rulings on each boundary (index into `positions`), in the rulings' order. */
function rulingsAt(rulings: readonly Edge[], positions: readonly number[]): Map<number, Array<[number, number]>> {
  const out = new Map<number, Array<[number, number]>>();
  for (const e of rulings) {
    const i = nearest(positions, e.pos);
    if (i < 0) continue;
    const spans = out.get(i);
    if (spans) spans.push([e.from, e.to]);
    else out.set(i, [[e.from, e.to]]);
  }
  return out;
}

/**
 * The cells of a grid: elementary cells with less than half a ruling between them are one
 * merged cell (合并单元格); a merged cell that is not a rectangle is split back into its
 * elementary cells. Sorted by row, then column.
 */
function mergedCells(xs: readonly number[], ys: readonly number[], vertical: ReadonlyMap<number, Array<[number, number]>>, horizontal: ReadonlyMap<number, Array<[number, number]>>): GridCell[] {
  const R = ys.length - 1;
  const C = xs.length - 1;
  const id = (r: number, c: number): number => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && coverage(vertical.get(c + 1), ys[r]!, ys[r + 1]!) < 0.5) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < R && coverage(horizontal.get(r + 1), xs[c]!, xs[c + 1]!) < 0.5) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const groups = new Map<number, Array<[number, number]>>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(id(r, c));
      const members = groups.get(root);
      if (members) members.push([r, c]);
      else groups.set(root, [[r, c]]);
    }
  }
  const cells: GridCell[] = [];
  const cell = (ra: number, ca: number, rb: number, cb: number): GridCell => ({
    row: ra,
    col: ca,
    rowSpan: rb - ra + 1,
    colSpan: cb - ca + 1,
    box: { x0: xs[ca]!, x1: xs[cb + 1]!, top: ys[ra]!, bottom: ys[rb + 1]! },
  });
  for (const members of groups.values()) {
    let [r0, c0] = members[0]!;
    let [r1, c1] = members[0]!;
    for (const [r, c] of members) {
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    if (members.length === (r1 - r0 + 1) * (c1 - c0 + 1)) cells.push(cell(r0, c0, r1, c1));
    else for (const [r, c] of members) cells.push(cell(r, c, r, c));
  }
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Index of the track [positions[i], positions[i+1]) holding `v`, clamped to the grid. */
function trackOf(positions: readonly number[], v: number): number {
  let lo = 0;
  let hi = positions.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (positions[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The cell of `grid` at a point (the nearest one for a point just outside). */
export function cellIndexAt(grid: Grid, x: number, y: number): number {
  return grid.cellAt[trackOf(grid.ys, y) * (grid.xs.length - 1) + trackOf(grid.xs, x)]!;
}

/** Whether a vertical ruling at column boundary `c` crosses the given y. */
export function hasVerticalAt(grid: Grid, c: number, y: number): boolean {
  const spans = grid.vertical.get(c);
  return !!spans?.some(([a, b]) => y >= a - JOIN && y <= b + JOIN);
}
