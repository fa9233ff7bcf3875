import { joinWrapped } from '../pdf/join.js';
import { PITCH, type Piece } from './lines.js';

/** A cell of a table being read from a dump: its column(s), its text and the characters it covers. */
export interface RowCell {
  col: number;
  colSpan: number;
  /** Header rows a heading spans downwards (1 unless it stands beside a group of columns). */
  rowSpan?: number;
  text: string;
  start: number;
  end: number;
  /** Text was added from a line of its own (the cell wraps). */
  wrapped: boolean;
}

/** A row being read: its cells by first column. */
export interface DraftRow {
  cells: Map<number, RowCell>;
  top: number;
  bottom: number;
  amounts: boolean;
  /** Columns the row's cells cover. */
  taken: Set<number>;
}

/** A piece of a line placed in the table's columns. */
export interface Placed extends Piece {
  col: number;
  colSpan: number;
}

export function newRow(top: number): DraftRow {
  return { cells: new Map(), top, bottom: top + PITCH, amounts: false, taken: new Set() };
}

/** Puts a piece into a row: into the cell of its column (joined as wrapped text), or a new cell. */
export function addText(row: DraftRow, p: Placed, top: number, wrapped: boolean): void {
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

