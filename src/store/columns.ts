import type { ReportRows, Row } from './rows.js';

/** A value SQLite stores as it is. */
export type Cell = string | number | null;

/**
 * A table's rows column by column (列式), as a StoredReport carries them from the thread that
 * built them to the one that writes them: a few arrays per table instead of an object per row,
 * and no `document` column (every row's is the report's sha256; the writer binds it). The
 * ingest thread receives a report ~2× cheaper so (structured clone: 4.6 → 2.0 ms per report on
 * the 46 real PDFs + seed forms, GC included) and binds the values by position as they are.
 */
export interface Columns {
  /** Column names, in the order of `values`. */
  names: string[];
  /** One array per name: that column's values, row by row (each `count` long). */
  values: Cell[][];
  /** How many rows. */
  count: number;
}

/** The document tables of a report (see ReportRows), column by column. */
export type ColumnRows = { [table in keyof ReportRows]: Columns };

/** The column every document table has and the writer fills in (the report's sha256). */
export const DOCUMENT_COLUMN = 'document';

/** Rows (objects with the same keys, as reportRows() and searchRows() build them) column by column, without `document`. */
export function toColumns(rows: readonly Row[]): Columns {
  const names = rows.length === 0 ? [] : Object.keys(rows[0]!).filter((name) => name !== DOCUMENT_COLUMN);
  const values = names.map((name) => rows.map((row) => row[name] as Cell));
  return { names, values, count: rows.length };
}

/** Every document table of a report column by column. */
export function columnRows(rows: ReportRows): ColumnRows {
  return {
    sections: toColumns(rows.sections),
    paragraphs: toColumns(rows.paragraphs),
    cells: toColumns(rows.cells),
    facts: toColumns(rows.facts),
    relations: toColumns(rows.relations),
    tables: toColumns(rows.tables),
    table_rows: toColumns(rows.table_rows),
    indicators: toColumns(rows.indicators),
    findings: toColumns(rows.findings),
    finding_values: toColumns(rows.finding_values),
    warnings: toColumns(rows.warnings),
  };
}

/** The rows back as objects, `document` first (to read or compare a StoredReport; the writer binds the columns as they are). */
export function rowsOf(columns: Columns, document: string): Row[] {
  return Array.from({ length: columns.count }, (_, i) => {
    const row: Row = { [DOCUMENT_COLUMN]: document };
    columns.names.forEach((name, c) => (row[name] = columns.values[c]![i]!));
    return row;
  });
}
