import type { Cell, TableBlock } from '../../model/index.js';

/** One position of the table grid: the cell covering it and how. */
export interface Slot {
  cell: Cell;
  /** The cell starts here (its top-left position). */
  origin: boolean;
  /** Covered by a cell merged down from a row above (vMerge / rowspan). */
  fromAbove: boolean;
}

/**
 * The table as a rows × cols grid. Merged cells appear once in `TableBlock.cells`; here
 * every position they cover points at them. Positions no cell covers are null (ragged rows).
 */
export class Grid {
  readonly rows: number;
  readonly cols: number;
  private readonly slots: (Slot | null)[][];

  constructor(readonly block: TableBlock) {
    this.rows = block.rows;
    this.cols = block.cols;
    this.slots = Array.from({ length: block.rows }, () => Array<Slot | null>(block.cols).fill(null));
    for (const cell of block.cells) {
      for (let r = cell.row; r < Math.min(cell.row + cell.rowSpan, this.rows); r++) {
        for (let c = cell.col; c < Math.min(cell.col + cell.colSpan, this.cols); c++) {
          this.slots[r]![c] = { cell, origin: r === cell.row && c === cell.col, fromAbove: r > cell.row };
        }
      }
    }
  }

  at(row: number, col: number): Slot | null {
    return this.slots[row]?.[col] ?? null;
  }

  /** Cells that start in this row, left to right. */
  originsIn(row: number): Cell[] {
    const out: Cell[] = [];
    for (let c = 0; c < this.cols; c++) {
      const s = this.at(row, c);
      if (s?.origin) out.push(s.cell);
    }
    return out;
  }

  /** Cells that start in this row and hold some text. */
  filledIn(row: number): Cell[] {
    return this.originsIn(row).filter((c) => c.text.trim() !== '');
  }
}
