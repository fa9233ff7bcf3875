import { z } from 'zod';
import { BBox, Span } from './location.js';

/** One cell of a table grid; a merged cell appears once, at its top-left position. */
export const Cell = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  /** Cell text exactly as written; line breaks inside the cell are kept as "\n". */
  text: z.string(),
  span: Span,
  /** 1-based page where the cell's text is (PDF only). */
  page: z.number().int().positive().nullable().optional(),
  bbox: BBox.nullable().optional(),
});
export type Cell = z.infer<typeof Cell>;

const blockBase = {
  /** Position of the block in `Document.blocks`. */
  index: z.number().int().nonnegative(),
  /** 1-based page (PDF); null when the format has no pages. */
  page: z.number().int().positive().nullable(),
  /** Range of the block in `Document.text`. */
  span: Span,
  bbox: BBox.nullable().optional(),
};

export const ParagraphBlock = z.object({
  kind: z.literal('paragraph'),
  ...blockBase,
  text: z.string(),
  /** The whole paragraph is bold (reports mark headings this way, not with Word styles). */
  bold: z.boolean().optional(),
});
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

export const TableBlock = z.object({
  kind: z.literal('table'),
  ...blockBase,
  /** Last page the table reaches (a table continued over pages is one block). */
  pageEnd: z.number().int().positive().nullable().optional(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
  cells: z.array(Cell),
});
export type TableBlock = z.infer<typeof TableBlock>;

export const Block = z.discriminatedUnion('kind', [ParagraphBlock, TableBlock]);
export type Block = z.infer<typeof Block>;

/** Page furniture (running headers, footers, page numbers) kept out of the blocks. */
export const Furniture = z.object({
  page: z.number().int().positive(),
  kind: z.enum(['header', 'footer', 'page-number']),
  text: z.string(),
  bbox: BBox.nullable().optional(),
});
export type Furniture = z.infer<typeof Furniture>;

/**
 * The format-neutral reading of one file. `text` is the concatenation every span points
 * into: paragraphs end with "\n"; a table contributes its cells row by row, cells
 * separated by "\t", rows ended by "\n".
 */
export const Document = z.object({
  text: z.string(),
  blocks: z.array(Block),
  pages: z.number().int().positive().nullable(),
  furniture: z.array(Furniture).default([]),
});
export type Document = z.infer<typeof Document>;
