import { z } from 'zod';
import { NumberValue } from './number.js';

/** A column of a typed table: its header text and the dimensions read from it. */
export const TableColumn = z.object({
  col: z.number().int().nonnegative(),
  label: z.string(),
  /** e.g. { year: "2023", kind: "决算数" } from “2023年决算数”. */
  dims: z.record(z.string(), z.string()).default({}),
  /** What the column holds: row labels, row numbers (行次), codes (科目编码), written text, or values. */
  kind: z.enum(['label', 'index', 'code', 'text', 'value']).optional(),
  /** Unit of the column's bare figures (“（万元）” in its header, 分 for 分值/得分), else null. */
  unit: z.string().nullable().optional(),
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
  /** Index of the header band (Table.bands) the row belongs to. */
  band: z.number().int().nonnegative().optional(),
  /** Side-by-side tables: which segment of the band (0 = left-most); absent when one. */
  segment: z.number().int().nonnegative().optional(),
});
export type TableRow = z.infer<typeof TableRow>;

/**
 * A run of rows under one header: a table may re-define its columns part-way down
 * (“经费控制情况 | 2022年决算数 | …” after “财政供养人员情况 | 编制数 | …”), and a text dump
 * may run two tables together; each header starts a band.
 */
export const TableBand = z.object({
  index: z.number().int().nonnegative(),
  /** Grid rows [startRow, endRow) — caption and header rows included. */
  startRow: z.number().int().nonnegative(),
  endRow: z.number().int().nonnegative(),
  headerRows: z.array(z.number().int().nonnegative()),
  /** A one-cell title row just above the header (“楼堂馆所控制情况”). */
  captionRow: z.number().int().nonnegative().nullable(),
  caption: z.string().nullable(),
  /** Unit of bare figures in the band (caption, stub header “年度预算申请（万元）”, or the table's). */
  unit: z.string().nullable(),
  /** Columns holding the row labels (the header column(s)). */
  labelCols: z.array(z.number().int().nonnegative()),
  columns: z.array(TableColumn),
  /**
   * Side-by-side tables (“收入: 项目 | 决算数 | 支出: 项目 | 合计 | …”): the column runs read as
   * tables of their own, each with its label columns. Absent when the band is one table.
   */
  segments: z
    .array(
      z.object({
        startCol: z.number().int().nonnegative(),
        endCol: z.number().int().nonnegative(),
        labelCols: z.array(z.number().int().nonnegative()),
      }),
    )
    .optional(),
});
export type TableBand = z.infer<typeof TableBand>;

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
  /** Columns of the first header band (see `bands` for tables with several). */
  columns: z.array(TableColumn),
  rows: z.array(TableRow),
  bands: z.array(TableBand).optional(),
  /**
   * How each band's row structure was chosen (src/extract/table/structure.ts): the reading
   * taken — `marks` (numbering, 其中, codes, indentation), `columns` (the column a label stands
   * in), `siblings` (unmarked rows beside the numbered row they follow), `sums` (groups found
   * by their sums) — and every reading weighed, with its score (sums that hold minus sums that
   * fail): the alternatives rejected. Omitted when a band had one reading only.
   */
  structure: z
    .array(z.object({ band: z.number().int().nonnegative(), segment: z.number().int().nonnegative(), reading: z.string(), scores: z.record(z.string(), z.number().int()) }))
    .optional(),
});
export type Table = z.infer<typeof Table>;
