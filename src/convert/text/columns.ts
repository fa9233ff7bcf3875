import { isAmount } from './amounts.js';
import type { Piece } from './lines.js';
import type { Placed } from './table-cells.js';

/** A column of a space-aligned table: the character columns [start, end) its cells take. */
export interface Column {
  start: number;
  end: number;
}

/**
 * The columns of a space-aligned table, from its lines' pieces. First the stretches the pieces of
 * the lines with amounts (the body) cover — a projection, one pass over the characters — then the
 * stretches of other lines' pieces that fall wholly between body columns, at least two spaces
 * from them (a heading over a column left empty). Header text spanning body columns does not
 * join them: a heading is often wider than the figures under it.
 */
export function findColumns(parts: ReadonlyArray<readonly Piece[]>): Column[] {
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
  type Draft = Column & { extra: boolean };
  const columns: Draft[] = [...base.map((c) => ({ ...c, extra: false })), ...extra.map((c) => ({ ...c, extra: true }))].sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  for (const c of columns) {
    const left = out[out.length - 1];
    if (!c.extra && left?.extra && headings.length && !headings.some((p) => overlaps(p, c))) {
      left.end = c.end;
      left.extra = false;
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
export function place(p: Piece, columns: readonly Column[], colAt: Int32Array): Placed[] {
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
export function spread(placed: Placed[], columns: readonly Column[], colAt: Int32Array): Placed[] {
  for (let k = 1; k < placed.length; k++) {
    const p = placed[k]!;
    const before = placed[k - 1]!;
    const inGap = colAt[p.start] === -1 && colAt[p.end - 1] === -1;
    const next = before.col + before.colSpan;
    if (inGap && p.colSpan === 1 && p.col < next && next < columns.length) placed[k] = { ...p, col: next };
  }
  return placed;
}

