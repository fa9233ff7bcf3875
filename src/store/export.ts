import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { BOM, csvLine } from './csv.js';
import { TABLE_ORDER, type Dataset } from './dataset.js';

export type ExportFormat = 'csv' | 'jsonl';

export interface ExportOptions {
  format: ExportFormat;
  /** Directory to write into (created when missing); files in it are overwritten. */
  out: string;
}

export interface ExportedFile {
  table: string;
  file: string;
  rows: number;
}

/** Columns holding JSON text: CSV keeps the text, JSONL embeds the value. */
const JSON_COLUMNS: Record<string, readonly string[]> = {
  facts: ['dims'],
  relations: ['operands'],
  tables: ['columns'],
  table_rows: ['values'],
  findings: ['values', 'refs'],
};

/** Buffers writes to one file descriptor (exports can be large; sync writes keep it simple). */
class FileWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(s: string): void {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes every table of the dataset into `out`, one file per table (documents.csv,
 * facts.csv, findings.csv, …), ordered by primary key. CSV is UTF-8 with a BOM, RFC 4180
 * quoting and CRLF line ends; JSONL is one JSON object per line, and also writes
 * reports.jsonl with each stored Report whole.
 */
export function exportDataset(dataset: Dataset, options: ExportOptions): ExportedFile[] {
  mkdirSync(options.out, { recursive: true });
  const files: ExportedFile[] = [];
  for (const [table, order] of Object.entries(TABLE_ORDER)) {
    const statement = dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    const columns = statement.columns().map((c) => c.name);
    const jsonColumns = new Set(JSON_COLUMNS[table] ?? []);
    const file = join(options.out, `${table}.${options.format}`);
    const writer = new FileWriter(file);
    let rows = 0;
    if (options.format === 'csv') writer.write(BOM + csvLine(columns));
    for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
      if (options.format === 'csv') writer.write(csvLine(columns.map((c) => row[c])));
      else {
        const record: Record<string, unknown> = {};
        for (const c of columns) record[c] = jsonColumns.has(c) && typeof row[c] === 'string' ? JSON.parse(row[c]) : row[c];
        writer.write(JSON.stringify(record) + '\n');
      }
      rows++;
    }
    writer.close();
    files.push({ table, file, rows });
  }
  if (options.format === 'jsonl') {
    const file = join(options.out, 'reports.jsonl');
    const writer = new FileWriter(file);
    let rows = 0;
    for (const row of dataset.db.prepare(`SELECT json FROM reports ORDER BY document`).iterate() as Iterable<{ json: Buffer }>) {
      writer.write(inflateRawSync(row.json).toString('utf8') + '\n');
      rows++;
    }
    writer.close();
    files.push({ table: 'reports', file, rows });
  }
  return files;
}
