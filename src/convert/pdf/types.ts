/**
 * Geometry the PDF reader works in: page space with the origin at the top-left corner and y
 * growing downwards (pdf.js viewport at scale 1), so “above” is a smaller y and reading order
 * is sorting by `top`. Boxes are converted back to PDF user space (y up) only when a block
 * is written into the Document.
 */
export interface Box {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

/** One text item from pdf.js (a glyph run, possibly a single glyph). */
export interface Run extends Box {
  text: string;
  /** Font size in page units (the em). */
  size: number;
  baseline: number;
  bold: boolean;
  /** Text drawn up or down the page (rotated 90°) rather than left to right. */
  vertical: boolean;
}

/** Runs on one baseline, left to right. `text` is already joined (see join.ts). */
export interface Line extends Box {
  runs: Run[];
  text: string;
  /** The size most of the line's characters are set in; `maxSize` the largest run's. */
  size: number;
  maxSize: number;
  baseline: number;
  bold: boolean;
  page: number;
}

/** A ruling: a horizontal (`h`: at y = pos, from x = from to x = to) or vertical line. */
export interface Edge {
  dir: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}

/** A table cell on one page, in grid coordinates of its own table. */
export interface DraftCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  box: Box;
  page: number;
  /** The cell's last text line (ruled tables): where it ends, and whether it ran to the cell's right edge. */
  tail?: CellTail;
}

/** Where a cell's text stops: a row split across pages (跨页断行) fills its cells to the bottom. */
export interface CellTail {
  /** Bottom of the last line. */
  bottom: number;
  /** Its font size (the em). */
  size: number;
  /** The line runs to the cell's right edge: the text wrapped there rather than ended. */
  full: boolean;
}

/** A table found on one page (from ruling lines or from aligned text). */
export interface DraftTable extends Box {
  page: number;
  /** Column boundaries (x) and row boundaries (y), left to right and top to bottom. */
  xs: number[];
  ys: number[];
  cells: DraftCell[];
  /** Last page the table reaches once continuations are merged. */
  pageEnd: number;
  source: 'rulings' | 'alignment';
}

/** What one page contributes: its size, its body lines, tables and furniture candidates. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  tables: DraftTable[];
  /** Converts a top-left box into PDF user space [x0, y0, x1, y1] (y up). */
  /** Null when the page's geometry is not finite (a damaged PDF: NaN in a matrix or a MediaBox). */
  toPdfBox: (box: Box) => [number, number, number, number] | null;
}

export function union(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let top = Infinity;
  let x1 = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    top = Math.min(top, b.top);
    x1 = Math.max(x1, b.x1);
    bottom = Math.max(bottom, b.bottom);
  }
  return { x0, top, x1, bottom };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
