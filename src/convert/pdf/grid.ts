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
  const edges = snapEdges(edgesIn);
  const hs = edges.filter((e) => e.dir === 'h');
  const vs = edges.filter((e) => e.dir === 'v');
  // Union-find over rulings: hs are 0..H-1, vs are H..H+V-1.
  const parent = edges.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(hs.length + j);
    });
  });
  const ordered = [...hs, ...vs];
  const components = new Map<number, Edge[]>();
  ordered.forEach((e, i) => {
    const root = find(i);
    const list = components.get(root) ?? [];
    list.push(e);
    components.set(root, list);
  });

  const grids: Grid[] = [];
  for (const comp of components.values()) {
    const ch = comp.filter((e) => e.dir === 'h');
    const cv = comp.filter((e) => e.dir === 'v');
    if (ch.length < 1 || cv.length < 1) continue;
    const left = Math.min(...ch.map((e) => e.from), ...cv.map((e) => e.pos));
    const right = Math.max(...ch.map((e) => e.to), ...cv.map((e) => e.pos));
    const top = Math.min(...cv.map((e) => e.from), ...ch.map((e) => e.pos));
    const bottom = Math.max(...cv.map((e) => e.to), ...ch.map((e) => e.pos));
    const xs = tracks([left, right, ...cv.map((e) => e.pos)]);
    const ys = tracks([top, bottom, ...ch.map((e) => e.pos)]);
    // A single framed box, or a page frame with a rule under the running header (one
    // column), is not a table.
    if (xs.length < 3 || ys.length < 2) continue;

    // Rulings per boundary, with the outer frame counted as drawn (open frames are common).
    const vertical = new Map<number, Array<[number, number]>>();
    const horizontal = new Map<number, Array<[number, number]>>();
    for (const e of cv) {
      const i = nearest(xs, e.pos);
      if (i >= 0) vertical.set(i, [...(vertical.get(i) ?? []), [e.from, e.to]]);
    }
    for (const e of ch) {
      const i = nearest(ys, e.pos);
      if (i >= 0) horizontal.set(i, [...(horizontal.get(i) ?? []), [e.from, e.to]]);
    }
    const R = ys.length - 1;
    const C = xs.length - 1;
    const id = (r: number, c: number): number => r * C + c;
    const cellParent = Array.from({ length: R * C }, (_, i) => i);
    const findCell = (i: number): number => {
      while (cellParent[i] !== i) i = cellParent[i] = cellParent[cellParent[i]!]!;
      return i;
    };
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && coverage(vertical.get(c + 1), ys[r]!, ys[r + 1]!) < 0.5) cellParent[findCell(id(r, c + 1))] = findCell(id(r, c));
        if (r + 1 < R && coverage(horizontal.get(r + 1), xs[c]!, xs[c + 1]!) < 0.5) cellParent[findCell(id(r + 1, c))] = findCell(id(r, c));
      }
    }
    const groups = new Map<number, Array<[number, number]>>();
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const root = findCell(id(r, c));
        groups.set(root, [...(groups.get(root) ?? []), [r, c]]);
      }
    }
    const cells: GridCell[] = [];
    for (const members of groups.values()) {
      const r0 = Math.min(...members.map((m) => m[0]));
      const r1 = Math.max(...members.map((m) => m[0]));
      const c0 = Math.min(...members.map((m) => m[1]));
      const c1 = Math.max(...members.map((m) => m[1]));
      const rectangular = members.length === (r1 - r0 + 1) * (c1 - c0 + 1);
      const parts = rectangular ? [[r0, c0, r1, c1]] : members.map(([r, c]) => [r, c, r, c]);
      for (const [ra, ca, rb, cb] of parts as Array<[number, number, number, number]>) {
        cells.push({
          row: ra,
          col: ca,
          rowSpan: rb - ra + 1,
          colSpan: cb - ca + 1,
          box: { x0: xs[ca]!, x1: xs[cb + 1]!, top: ys[ra]!, bottom: ys[rb + 1]! },
        });
      }
    }
    if (cells.length < 2) continue;
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const cellAt = new Int32Array(R * C);
    cells.forEach((cell, i) => {
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) cellAt[id(r, c)] = i;
    });
    grids.push({ x0: xs[0]!, x1: xs[C]!, top: ys[0]!, bottom: ys[R]!, xs, ys, cells, vertical, cellAt });
  }
  return grids.sort((a, b) => a.top - b.top || a.x0 - b.x0);
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
