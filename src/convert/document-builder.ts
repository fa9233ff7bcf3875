import { TooComplexError } from '../errors/index.js';
import type { BBox, Block, Cell, Document, Furniture } from '../model/index.js';
import { resolveLimits, type ReadLimits } from './limits.js';

/** The structure limits the builder enforces, where every reader's blocks pass (see limits.ts). */
export type StructureLimits = Pick<ReadLimits, 'maxCells' | 'maxBlocks' | 'maxLineLength'>;

/** A cell handed to the builder; spans into the document text are computed here. */
export interface CellInput {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  text: string;
  page?: number | null;
  bbox?: BBox | null;
  /** Already counted against maxCells by the reader (takeCells) while laying out the grid. */
  placed?: boolean;
}

export interface BlockOptions {
  page?: number | null;
  bbox?: BBox | null;
}

/**
 * Builds a Document block by block and keeps `Document.text` and every span in step:
 * a paragraph is its text + "\n"; a table is its cells row by row, "\t" between cells,
 * "\n" after each row. Every reader (docx, pdf, text, html) goes through this.
 */
export class DocumentBuilder {
  private text = '';
  private readonly blocks: Block[] = [];
  private readonly furniture: Furniture[] = [];
  private readonly limits: StructureLimits;
  /** Grid cells taken so far (row span × col span of each cell), against maxCells. */
  private cellArea = 0;

  constructor(limits: Partial<StructureLimits> = {}) {
    this.limits = { ...resolveLimits(), ...limits };
  }

  /**
   * Counts grid cells against maxCells before a reader lays them out (an HTML table with
   * rowspan/colspan 1000 is a million grid cells in a few bytes). Throws too_complex.
   */
  takeCells(area: number): void {
    this.cellArea += area;
    if (this.cellArea > this.limits.maxCells) {
      throw new TooComplexError(
        `the document's tables have more than ${this.limits.maxCells} grid cells (row × column spans counted) — over the maxCells limit; raise maxCells to read it`,
      );
    }
  }

  private takeBlock(): void {
    if (this.blocks.length >= this.limits.maxBlocks) {
      throw new TooComplexError(`the document has more than ${this.limits.maxBlocks} paragraphs and tables — over the maxBlocks limit; raise maxBlocks to read it`);
    }
  }

  private checkLength(text: string): void {
    if (text.length > this.limits.maxLineLength) {
      throw new TooComplexError(
        `a paragraph or cell has ${text.length} characters, over the ${this.limits.maxLineLength}-character maxLineLength limit; raise maxLineLength to read it`,
      );
    }
  }

  addParagraph(text: string, options: BlockOptions & { bold?: boolean } = {}): void {
    this.takeBlock();
    this.checkLength(text);
    const start = this.text.length;
    this.text += text + '\n';
    this.blocks.push({
      kind: 'paragraph',
      index: this.blocks.length,
      page: options.page ?? null,
      span: { start, end: start + text.length },
      text,
      ...(options.bold ? { bold: true } : {}),
      ...(options.bbox ? { bbox: options.bbox } : {}),
    });
  }

  /** Adds a table; cells may come in any order and are laid out row-major. */
  addTable(cellsIn: CellInput[], options: BlockOptions & { pageEnd?: number | null } = {}): void {
    if (cellsIn.length === 0) return;
    this.takeBlock();
    if (!cellsIn.every((c) => c.placed)) this.takeCells(cellsIn.reduce((n, c) => n + (c.placed ? 0 : (c.rowSpan ?? 1) * (c.colSpan ?? 1)), 0));
    for (const c of cellsIn) this.checkLength(c.text);
    const sorted = [...cellsIn].sort((a, b) => a.row - b.row || a.col - b.col);
    const start = this.text.length;
    const cells: Cell[] = [];
    let rows = 0;
    let cols = 0;
    let currentRow = -1;
    for (const c of sorted) {
      if (c.row !== currentRow) {
        if (currentRow !== -1) this.text += '\n';
        currentRow = c.row;
      } else {
        this.text += '\t';
      }
      const cellStart = this.text.length;
      this.text += c.text;
      const rowSpan = c.rowSpan ?? 1;
      const colSpan = c.colSpan ?? 1;
      rows = Math.max(rows, c.row + rowSpan);
      cols = Math.max(cols, c.col + colSpan);
      cells.push({
        row: c.row,
        col: c.col,
        rowSpan,
        colSpan,
        text: c.text,
        span: { start: cellStart, end: this.text.length },
        ...(c.page != null ? { page: c.page } : {}),
        ...(c.bbox ? { bbox: c.bbox } : {}),
      });
    }
    const end = this.text.length;
    this.text += '\n';
    this.blocks.push({
      kind: 'table',
      index: this.blocks.length,
      page: options.page ?? null,
      ...(options.pageEnd != null ? { pageEnd: options.pageEnd } : {}),
      span: { start, end },
      rows,
      cols,
      cells,
      ...(options.bbox ? { bbox: options.bbox } : {}),
    });
  }

  addFurniture(item: Furniture): void {
    this.furniture.push(item);
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  build(pages: number | null = null): Document {
    return { text: this.text, blocks: this.blocks, pages, furniture: this.furniture };
  }
}
