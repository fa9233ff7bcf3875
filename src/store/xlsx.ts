import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { displayWidth } from '../cli/text-table.js';
import { TABLE_ORDER, type Dataset } from './dataset.js';
import { queryFindings, type FindingRow } from './query.js';

/** Excel's limit for the text of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Keeps a cell under Excel's limit, saying how much was cut. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const marker = (cut: number) => `…[truncated by gouji: ${cut} of ${text.length} characters left out]`;
  let keep = EXCEL_CELL_LIMIT - marker(text.length).length;
  // Do not split a surrogate pair (a character outside the BMP).
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? '')) keep--;
  return text.slice(0, keep) + marker(text.length - keep);
}

/**
 * Grid positions people read counted from 1 (the dataset stores them 0-based): the header says
 * so. Block indexes are ids, not positions a person counts, and stay as stored.
 */
const ONE_BASED: Record<string, readonly string[]> = {
  cells: ['row', 'col'],
  facts: ['row', 'col'],
  relations: ['row', 'col'],
  table_rows: ['row', 'parent'],
  indicators: ['row', 'col'],
  finding_values: ['row', 'col'],
};

/**
 * Numbers written as numbers: counts, positions, years, sizes — integers that are not
 * amounts. Every amount, rate and score stays text with its printed decimals: an Excel
 * number is a double, which would show 135.40 as 135.4 and cannot hold every exact decimal.
 */
function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value; // SQLite INTEGER columns (ids, counts, pages, years)
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return fitCell(value.toString('base64'));
  return fitCell(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Column widths from the header and the first rows, CJK counted double, within [6, 60]. */
function widths(header: readonly string[], sample: readonly (readonly unknown[])[]): number[] {
  return header.map((h, i) => {
    let w = displayWidth(h);
    for (const row of sample) {
      const v = row[i];
      if (v === null || v === undefined) continue;
      const text = typeof v === 'object' ? JSON.stringify(v) : `${v as string | number | boolean | bigint}`;
      const line = text.length > 200 ? text.slice(0, 200) : text;
      w = Math.max(w, Math.max(...line.split('\n').map((l) => displayWidth(l))));
    }
    return Math.min(60, Math.max(6, w + 2));
  });
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, header: string[], sample: unknown[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const w = widths(header, sample);
  sheet.columns = header.map((h, i) => ({ header: h, key: String(i), width: w[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return sheet;
}

export interface WorkbookSheet {
  sheet: string;
  rows: number;
}

/** The people's findings sheet: one row per finding per file, as the auditor opens it. */
const FINDING_COLUMNS: readonly [string, (r: FindingRow) => unknown][] = [
  ['file', (r) => r.path],
  ['department 单位', (r) => r.department],
  ['year 年度', (r) => r.year],
  ['severity', (r) => r.severity],
  ['rule', (r) => r.rule],
  ['page 页', (r) => r.page],
  ['section 章节', (r) => r.section_heading ?? r.section_title],
  ['table caption 表题', (r) => r.table_caption],
  ['row 行 (1-based)', (r) => (r.row === null ? null : r.row + 1)],
  ['column 列 (1-based)', (r) => (r.col === null ? null : r.col + 1)],
  ['formula 公式', (r) => r.formula],
  ['stated 报告数', (r) => r.stated],
  ['recomputed 重算数', (r) => r.expected],
  ['difference 差额', (r) => r.difference],
  ['message 说明', (r) => r.message_zh],
  ['message (English)', (r) => r.message_en],
  ['title 标题', (r) => r.title],
  ['document sha256', (r) => r.document],
  ['seq', (r) => r.seq],
  ['values (JSON)', (r) => JSON.stringify(r.values)],
];

/**
 * Writes the dataset as one Excel workbook, DIR/gouji.xlsx (streamed: a large dataset is not
 * held in memory): a `findings` sheet for people first, then one sheet per dataset table with
 * the columns of its CSV export and the same rows. Every sheet has a frozen, filterable header
 * row and widths that fit Chinese text; no cell exceeds Excel's 32,767 characters.
 */
export async function exportWorkbook(dataset: Dataset, options: { out: string }): Promise<{ file: string; sheets: WorkbookSheet[] }> {
  mkdirSync(options.out, { recursive: true });
  const file = join(options.out, 'gouji.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'gouji';
  const sheets: WorkbookSheet[] = [];

  const findings = queryFindings(dataset, { perFile: true, allVersions: true }); // every row of the findings table
  const findingRows = findings.map((r) => FINDING_COLUMNS.map(([, get]) => cellValue(get(r))));
  const people = addSheet(workbook, 'findings', FINDING_COLUMNS.map(([h]) => h), findingRows.slice(0, 200));
  for (const row of findingRows) people.addRow(row).commit();
  people.commit();
  sheets.push({ sheet: 'findings', rows: findingRows.length });

  for (const [table, order] of Object.entries(TABLE_ORDER)) {
    const statement = dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    const columns = statement.columns().map((c) => c.name);
    const oneBased = new Set(ONE_BASED[table] ?? []);
    const header = columns.map((c) => (oneBased.has(c) ? `${c} (1-based)` : c));
    const toRow = (r: Record<string, unknown>) => columns.map((c) => (oneBased.has(c) && typeof r[c] === 'number' ? (r[c]) + 1 : cellValue(r[c])));
    const sample = (dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order} LIMIT 200`).all() as Record<string, unknown>[]).map(toRow);
    // The dataset's findings table is the `findings` sheet above; its raw rows go in `findings_table`.
    const name = table === 'findings' ? 'findings_table' : table;
    const sheet = addSheet(workbook, name, header, sample);
    let rows = 0;
    for (const r of statement.iterate() as Iterable<Record<string, unknown>>) {
      sheet.addRow(toRow(r)).commit();
      rows++;
    }
    sheet.commit();
    sheets.push({ sheet: name, rows });
  }
  await workbook.commit();
  return { file, sheets };
}
