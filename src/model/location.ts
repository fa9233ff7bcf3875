import { z } from 'zod';

/** A character range into `Document.text`; `end` is exclusive (unist style). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** PDF user-space box [x0, y0, x1, y1], y growing upwards as pdf.js reports it. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

/**
 * Where a number, fact or finding came from. One location type for the whole project.
 * - `block`: index into `Document.blocks`; `page` is 1-based and null for .docx/text.
 * - `span`: range into `Document.text` (for a table cell: the cell's own text range).
 * - `table`/`row`/`col`: for table cells — `table` is the block index of the table,
 *   `row`/`col` the grid position of the cell (0-based).
 * - `section`: id of the innermost section (see `Section.id`), null before the first heading.
 * - `quote`: the source text the value was read from (a sentence or the cell text).
 */
export const Location = z.object({
  block: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
  span: Span.nullable(),
  section: z.string().nullable(),
  table: z.number().int().nonnegative().nullable(),
  row: z.number().int().nonnegative().nullable(),
  col: z.number().int().nonnegative().nullable(),
  quote: z.string(),
  bbox: BBox.nullable().optional(),
});
export type Location = z.infer<typeof Location>;
