import { z } from 'zod';
import { NumberValue } from './number.js';

/** A column of a typed table: its header text and the dimensions read from it. */
export const TableColumn = z.object({
  col: z.number().int().nonnegative(),
  label: z.string(),
  /** e.g. { year: "2023", kind: "决算数" } from “2023年决算数”. */
  dims: z.record(z.string(), z.string()).default({}),
});
export type TableColumn = z.infer<typeof TableColumn>;

export const TableValue = z.object({
  col: z.number().int().nonnegative(),
  text: z.string(),
  number: NumberValue.nullable(),
  /** Fact id made from this cell, when it holds a figure. */
  fact: z.string().nullable(),
});
export type TableValue = z.infer<typeof TableValue>;

/** One data row: a record with its place in the row hierarchy. */
export const TableRow = z.object({
  row: z.number().int().nonnegative(),
  label: z.string(),
  /** Numbering as printed (“1、”, “（一）”), or null. */
  numbering: z.string().nullable(),
  level: z.number().int().nonnegative(),
  /** Grid row of the parent row, null for top-level rows. */
  parent: z.number().int().nonnegative().nullable(),
  /** 合计 / 总计 → total, 小计 → subtotal, “其中：” rows → breakdown. */
  role: z.enum(['total', 'subtotal', 'breakdown', 'item', 'header', 'note']),
  values: z.array(TableValue),
});
export type TableRow = z.infer<typeof TableRow>;

/** A table block read as typed rows. */
export const Table = z.object({
  id: z.string(),
  /** Index of the TableBlock in `Document.blocks`. */
  block: z.number().int().nonnegative(),
  caption: z.string().nullable(),
  /** Unit of bare cells, from the caption or a header (“单位：万元”). */
  unit: z.string().nullable(),
  section: z.string().nullable(),
  headerRows: z.number().int().nonnegative(),
  headerCols: z.number().int().nonnegative(),
  columns: z.array(TableColumn),
  rows: z.array(TableRow),
});
export type Table = z.infer<typeof Table>;
