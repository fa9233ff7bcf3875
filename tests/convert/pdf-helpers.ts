import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ReadLimitsInput } from '../../src/convert/limits.js';
import { Document, type Cell, type TableBlock } from '../../src/model/index.js';
import { convertedCorpus } from '../helpers/analyzed.js';

export const corpus = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../corpus/${path}`, import.meta.url)));

/**
 * Reads a corpus PDF through the real reader (converted once per code version and shared by
 * the test files, see tests/helpers/analyzed.ts) and checks the result against the model schema.
 */
export async function readCorpusPdf(path: string, limits: ReadLimitsInput = {}): Promise<Document> {
  const { format, document } = await convertedCorpus(path, limits);
  expect(format).toBe('pdf');
  Document.parse(document);
  return document;
}

/** Text with all whitespace removed, for comparisons that must not depend on line breaks. */
export const squash = (s: string): string => s.replace(/\s+/gu, '');

export function paragraphs(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

export function tables(doc: Document): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

/** The table holding a cell whose text (spaces aside) is `text`. */
export function tableWith(doc: Document, text: string, nth = 0): TableBlock {
  const found = tables(doc).filter((t) => t.cells.some((c) => squash(c.text) === squash(text)));
  expect(found.length, `a table with a cell “${text}”`).toBeGreaterThan(nth);
  return found[nth]!;
}

function cellsWith(table: TableBlock, text: string): Cell[] {
  return table.cells.filter((c) => squash(c.text) === squash(text));
}

/**
 * The text at the crossing of the row whose label is `rowLabel` and the column whose header
 * is `colHeader`: the header above the row and right of the label nearest to the label
 * (tables with two halves, 收入 | 支出, repeat their headers).
 */
export function cellAt(table: TableBlock, rowLabel: string, colHeader: string, nthRow = 0): string {
  const heads = cellsWith(table, colHeader);
  expect(heads.length, `column “${colHeader}”`).toBeGreaterThan(0);
  const rows = cellsWith(table, rowLabel).filter((r) => heads.some((h) => h.row < r.row && h.col >= r.col + r.colSpan));
  expect(rows.length, `row “${rowLabel}”`).toBeGreaterThan(nthRow);
  const row = rows[nthRow]!;
  const head = heads.filter((h) => h.row < row.row && h.col >= row.col + row.colSpan).sort((a, b) => a.col - b.col)[0]!;
  const hit = table.cells.find((c) => c.row <= row.row && row.row < c.row + c.rowSpan && c.col >= head.col && c.col < head.col + head.colSpan);
  expect(hit, `cell at “${rowLabel}” × “${colHeader}”`).toBeDefined();
  return hit!.text;
}

/** The text of the cell right of the `nth` cell reading `label`. */
export function rightOf(table: TableBlock, label: string, nth = 0): string {
  const cells = cellsWith(table, label);
  expect(cells.length, `cell “${label}”`).toBeGreaterThan(nth);
  const c = cells[nth]!;
  const next = table.cells.find((d) => d.row <= c.row && c.row < d.row + d.rowSpan && d.col === c.col + c.colSpan);
  expect(next, `a cell right of “${label}”`).toBeDefined();
  return next!.text;
}

/** Every block's span points at its own text in Document.text. */
export function expectSpansConsistent(doc: Document): void {
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') expect(doc.text.slice(b.span.start, b.span.end)).toBe(b.text);
    else for (const c of b.cells) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.text);
  }
}
