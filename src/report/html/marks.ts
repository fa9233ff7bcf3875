import type { Cell, Report, TableBlock } from '../../model/index.js';

/** A range of Document.text that one or more findings use (their figures). */
export interface MarkRange {
  start: number;
  end: number;
  /** Indexes into Report.findings. */
  findings: number[];
}

/**
 * Where each finding's figures stand: ranges of paragraph text by block, and table cells by
 * "block:row:col" (the cell's top-left position) with ranges inside the cell's text.
 */
export interface FigureMarks {
  paragraphs: Map<number, MarkRange[]>;
  cells: Map<string, MarkRange[]>;
  /** Block index where each finding's first located figure is (for links without script). */
  firstBlock: Map<number, number>;
}

export function cellKey(block: number, row: number, col: number): string {
  return `${block}:${row}:${col}`;
}

/** The cell covering grid position (row, col) — a merged cell is stored at its top-left. */
export function cellAt(table: TableBlock, row: number, col: number): Cell | undefined {
  return table.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
}

function add(map: Map<string | number, MarkRange[]>, key: string | number, range: MarkRange): void {
  const list = map.get(key) ?? [];
  const same = list.find((r) => r.start === range.start && r.end === range.end);
  if (same) {
    for (const f of range.findings) if (!same.findings.includes(f)) same.findings.push(f);
  } else list.push(range);
  map.set(key, list);
}

/** Collects the figures of every finding from their values' locations (block + span, or table + row + col). */
export function figureMarks(report: Report): FigureMarks {
  const marks: FigureMarks = { paragraphs: new Map(), cells: new Map(), firstBlock: new Map() };
  report.findings.forEach((finding, i) => {
    for (const value of finding.values) {
      const loc = value.location;
      const block = report.document.blocks[loc.table ?? loc.block];
      if (!block) continue;
      if (block.kind === 'table' && loc.row != null && loc.col != null) {
        const cell = cellAt(block, loc.row, loc.col);
        if (!cell) continue;
        // Inside the cell's own text when the span is; else the whole cell.
        const inside = loc.span && loc.span.start >= cell.span.start && loc.span.end <= cell.span.end && loc.span.end > loc.span.start;
        const range = inside ? { start: loc.span!.start, end: loc.span!.end, findings: [i] } : { start: cell.span.start, end: cell.span.end, findings: [i] };
        add(marks.cells, cellKey(block.index, cell.row, cell.col), range);
      } else if (block.kind === 'paragraph' && loc.span && loc.span.end > loc.span.start) {
        add(marks.paragraphs, block.index, { start: loc.span.start, end: loc.span.end, findings: [i] });
      } else continue;
      if (!marks.firstBlock.has(i)) marks.firstBlock.set(i, block.index);
    }
  });
  return marks;
}

/** A piece of text, with the findings whose figure it is (empty: plain text). */
export interface TextPiece {
  text: string;
  findings: number[];
}

/**
 * Cuts `text` (which starts at `offset` in Document.text) at the mark boundaries; each piece
 * lists the findings covering it. Ranges outside the text are clipped.
 */
export function splitMarked(text: string, offset: number, ranges: readonly MarkRange[] = []): TextPiece[] {
  const local = ranges
    .map((r) => ({ start: Math.max(0, r.start - offset), end: Math.min(text.length, r.end - offset), findings: r.findings }))
    .filter((r) => r.end > r.start);
  if (local.length === 0) return text === '' ? [] : [{ text, findings: [] }];
  const cuts = [...new Set([0, text.length, ...local.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    const findings = [...new Set(local.filter((r) => r.start <= a && r.end >= b).flatMap((r) => r.findings))].sort((x, y) => x - y);
    pieces.push({ text: text.slice(a, b), findings });
  }
  return pieces;
}
