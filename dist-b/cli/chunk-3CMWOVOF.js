import {
  TooComplexError,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/convert/document-builder.js
var DocumentBuilder = class {
  text = "";
  blocks = [];
  furniture = [];
  limits;
  /** Grid cells taken so far (row span × col span of each cell), against maxCells. */
  cellArea = 0;
  constructor(limits = {}) {
    this.limits = { ...resolveLimits(), ...limits };
  }
  /**
   * Counts grid cells against maxCells before a reader lays them out (an HTML table with
   * rowspan/colspan 1000 is a million grid cells in a few bytes). Throws too_complex.
   */
  takeCells(area) {
    this.cellArea += area;
    if (this.cellArea > this.limits.maxCells) {
      throw new TooComplexError(
        `the document's tables have more than ${this.limits.maxCells} grid cells (row \xD7 column spans counted) \u2014 over the maxCells limit; raise maxCells to read it`
      );
    }
  }
  takeBlock() {
    if (this.blocks.length >= this.limits.maxBlocks) {
      throw new TooComplexError(`the document has more than ${this.limits.maxBlocks} paragraphs and tables \u2014 over the maxBlocks limit; raise maxBlocks to read it`);
    }
  }
  checkLength(text) {
    if (text.length > this.limits.maxLineLength) {
      throw new TooComplexError(
        `a paragraph or cell has ${text.length} characters, over the ${this.limits.maxLineLength}-character maxLineLength limit; raise maxLineLength to read it`
      );
    }
  }
  addParagraph(text, options = {}) {
    this.takeBlock();
    this.checkLength(text);
    const start = this.text.length;
    this.text += text + "\n";
    this.blocks.push({
      kind: "paragraph",
      index: this.blocks.length,
      page: options.page ?? null,
      span: { start, end: start + text.length },
      text,
      ...options.bold ? { bold: true } : {},
      ...options.bbox ? { bbox: options.bbox } : {}
    });
  }
  /** Adds a table; cells may come in any order and are laid out row-major. */
  addTable(cellsIn, options = {}) {
    if (cellsIn.length === 0) return;
    this.takeBlock();
    if (!cellsIn.every((c) => c.placed)) this.takeCells(cellsIn.reduce((n, c) => n + (c.placed ? 0 : (c.rowSpan ?? 1) * (c.colSpan ?? 1)), 0));
    for (const c of cellsIn) this.checkLength(c.text);
    const sorted = [...cellsIn].sort((a, b) => a.row - b.row || a.col - b.col);
    const start = this.text.length;
    const cells = [];
    let rows = 0;
    let cols = 0;
    let currentRow = -1;
    for (const c of sorted) {
      if (c.row !== currentRow) {
        if (currentRow !== -1) this.text += "\n";
        currentRow = c.row;
      } else {
        this.text += "	";
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
        ...c.page != null ? { page: c.page } : {},
        ...c.bbox ? { bbox: c.bbox } : {}
      });
    }
    const end = this.text.length;
    this.text += "\n";
    this.blocks.push({
      kind: "table",
      index: this.blocks.length,
      page: options.page ?? null,
      ...options.pageEnd != null ? { pageEnd: options.pageEnd } : {},
      span: { start, end },
      rows,
      cols,
      cells,
      ...options.bbox ? { bbox: options.bbox } : {}
    });
  }
  addFurniture(item) {
    this.furniture.push(item);
  }
  get blockCount() {
    return this.blocks.length;
  }
  build(pages = null) {
    return { text: this.text, blocks: this.blocks, pages, furniture: this.furniture };
  }
};

export {
  DocumentBuilder
};
