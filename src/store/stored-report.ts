import { deflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { Report } from '../model/index.js';
import { columnRows, toColumns, type ColumnRows, type Columns } from './columns.js';
import { reportKey } from './report-key.js';
import { reportRows, type Row } from './rows.js';
import { searchRows } from './search-rows.js';

/**
 * Version of the StoredReport shape. A queue worker of another gouji version may build rows
 * for another schema: the ingest side refuses those (as the worker's failure, not the file's).
 */
export const STORED_REPORT_VERSION = 2;

/**
 * Everything the dataset stores for one analyzed report (入库行), built where the report was
 * read — a pool thread or a queue worker — so the process that owns the dataset only writes:
 * the documents row (without its write time), the Report JSON deflated, the rows of every
 * document table and the search rows with their nodejieba tokens.
 */
export interface StoredReport {
  version: typeof STORED_REPORT_VERSION;
  sha256: string;
  path: string | null;
  /** documents row, all columns but ingested_at (the writer's clock). */
  document: Row;
  /** The Report as JSON, deflate-raw (the reports table). */
  json: Uint8Array;
  /** The rows of every document table, column by column (version 2; version 1 had an object per row). */
  rows: ColumnRows;
  /** search_rows without their id, column by column (the writer indexes them, FTS5, once they are inserted). */
  search: Columns;
  /** What the ingest summary counts. */
  summary: { format: Report['source']['format']; facts: number; findings: { error: number; warning: number; info: number } };
}

/**
 * Validates a Report (the zod schema, as JSON output always is) and builds its StoredReport,
 * so what is stored is exactly what `gouji analyze --format json` prints (the Report's JSON,
 * validated). Accepts the Report as JSON text or as produced by analyze(): plain data, which
 * the schema validates as it is — its copy (keys in the schema's order, unknown keys dropped,
 * defaults filled) is the one the JSON text would give, without writing and re-reading the
 * whole Report first (17% of this step's time on the real PDFs). A Report that does not
 * validate so (a value JSON would change: NaN, a Date) goes through JSON as before.
 */
export function storedReport(input: Report | string): StoredReport {
  return storedFromValid(validReport(input));
}

function validReport(input: Report | string): Report {
  if (typeof input === 'string') return Report.parse(JSON.parse(input));
  const direct = Report.safeParse(input);
  return direct.success ? direct.data : Report.parse(JSON.parse(JSON.stringify(input)));
}

/** storedReport() of a Report already validated by the schema (Dataset.writeReport's callers hold one). */
export function storedFromValid(report: Report): StoredReport {
  const rows = reportRows(report);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) findings[f.severity]++;
  return {
    version: STORED_REPORT_VERSION,
    sha256: report.source.sha256,
    path: report.source.path,
    document: {
      sha256: report.source.sha256,
      path: report.source.path,
      format: report.source.format,
      bytes: report.source.bytes,
      pages: report.source.pages ?? report.document.pages ?? null,
      title: report.meta.title,
      department: report.meta.department,
      year: report.meta.year,
      report_type: report.meta.reportType,
      grade: report.meta.grade?.text ?? null,
      status: 'ok',
      error_kind: null,
      error_message: null,
      error_transient: null,
      superseded: 0,
      report_key: reportKey(report),
    },
    json: deflateRawSync(Buffer.from(JSON.stringify(report), 'utf8'), { level: DEFLATE_LEVEL }),
    rows: columnRows(rows),
    search: toColumns(searchRows(rows)),
    summary: { format: report.source.format, facts: report.facts.length, findings },
  };
}

/**
 * zlib's fastest level for the stored Report JSON: on the 46 real PDFs and seed forms it
 * deflates 3.3× faster than the default (6) for 28% more bytes (6.2 MiB instead of 4.8 MiB
 * of 51.6 MiB of JSON; 2% of their 68 MB dataset). What it inflates to is the same.
 */
const DEFLATE_LEVEL = 1;

/** A StoredReport as plain JSON (a BullMQ job's return value): the deflated JSON in base64. */
export function storedToJson(stored: StoredReport): unknown {
  return { ...stored, json: Buffer.from(stored.json.buffer, stored.json.byteOffset, stored.json.byteLength).toString('base64') };
}

const Cell = z.union([z.string(), z.number(), z.null()]);
/** Values are checked as they are bound: SQLite takes only strings, numbers and null, and every column named, `count` long. */
const Rows = z
  .object({
    names: z.array(z.string()),
    // each column an array, its values not walked here (zod would copy every one: 1.2–1.7 ms per report instead of ~0.4)
    values: z.array(z.custom<unknown[]>((v) => Array.isArray(v), 'a column of values')),
    count: z.number().int().nonnegative(),
  })
  // a column per name, each `count` long: a short `count` would drop rows without a word
  .refine((t) => t.values.length === t.names.length && t.values.every((column) => column.length === t.count), 'one column per name, each `count` values long');
/**
 * The shape of a StoredReport from another process: its top level, checked here; the rows
 * themselves are checked by the dataset as it binds them (a value SQLite cannot take, a
 * missing column: the report is refused and recorded as a failure), not walked twice on the
 * ingest thread. (A Report is validated once, where it is built.)
 */
const StoredJson = z.object({
  version: z.literal(STORED_REPORT_VERSION),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  path: z.string().nullable(),
  document: z.record(z.string(), Cell),
  json: z.string(),
  rows: z.object({
    sections: Rows,
    paragraphs: Rows,
    cells: Rows,
    facts: Rows,
    relations: Rows,
    tables: Rows,
    table_rows: Rows,
    indicators: Rows,
    findings: Rows,
    finding_values: Rows,
    warnings: Rows,
  }),
  search: Rows,
  summary: z.object({
    format: Report.shape.source.shape.format,
    facts: z.number().int().nonnegative(),
    findings: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() }),
  }),
});

/** Reads back storedToJson(); throws (a ZodError) when the value is not one. */
export function storedFromJson(value: unknown): StoredReport {
  const parsed = StoredJson.parse(value);
  return { ...(parsed as Omit<typeof parsed, 'rows' | 'search'> & Pick<StoredReport, 'rows' | 'search'>), version: STORED_REPORT_VERSION, json: Buffer.from(parsed.json, 'base64') };
}
