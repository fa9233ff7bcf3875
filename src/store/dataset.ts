import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { FileError } from '../errors/gouji-error.js';
import type { Report } from '../model/index.js';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations.js';
import { reportKey } from './report-key.js';
import { reportRows, type ReportRows, type Row } from './rows.js';
import { INDEX_DOCUMENT_SQL, UNINDEX_DOCUMENT_SQL } from './search-index.js';
import { registerTokenizer, tokenText } from './tokens.js';

export interface DatasetOptions {
  /** SQLite file path, or ':memory:'. */
  path: string;
  /** Open without writing (no migrations); the file must exist and be at the current schema. */
  readonly?: boolean;
  /** How long a write waits for another process's lock before failing, in ms (default 60000: another ingest may be writing a large report). */
  busyTimeoutMs?: number;
}

/** A failed file as recorded: the typed error it ended in (see src/errors/). */
export interface FailureRecord {
  path: string | null;
  sha256: string;
  bytes: number | null;
  error: FileError;
}

export interface DatasetStats {
  documents: number;
  ok: number;
  failed: number;
  facts: number;
  findings: { error: number; warning: number; info: number };
  /** Failed documents by error kind. */
  failures: Record<string, number>;
}

/** Tables holding rows of one document (column `document` = its sha256), in write order. */
const DOCUMENT_TABLES = [
  'sections',
  'paragraphs',
  'cells',
  'facts',
  'relations',
  'tables',
  'table_rows',
  'indicators',
  'findings',
  'finding_values',
  'warnings',
] as const satisfies readonly (keyof ReportRows)[];

/** The user-facing tables, each with its primary key (the order of canonicalDump() and exports). */
export const TABLE_ORDER: Record<string, string> = {
  documents: 'sha256',
  sections: 'document, id',
  paragraphs: 'document, block',
  cells: 'document, table_block, "row", col',
  facts: 'document, id',
  relations: 'document, id',
  tables: 'document, id',
  table_rows: 'document, table_id, "row", segment',
  indicators: 'document, id',
  findings: 'document, seq',
  finding_values: 'document, finding, seq',
  warnings: 'document, seq',
};
/** Columns left out of the dump: when a row was written says nothing about its content. */
const DUMP_SKIP = new Set(['ingested_at']);

/**
 * The dataset: one SQLite file (WAL mode) holding every ingested report and every failed
 * file, keyed by the sha256 of the file's bytes. Writes replace all rows of a document in
 * one transaction, so writing the same report twice changes nothing.
 */
export class Dataset {
  readonly path: string;
  readonly readonly: boolean;
  /** The open connection, for read-only queries (search, exports). */
  readonly db: Database;
  private readonly inserts = new Map<string, Statement>();
  private readonly deletes: Statement[] = [];
  private readonly indexes: Statement[] = [];
  /**
   * Search tokens of the report being written, computed before its write transaction opens:
   * nodejieba (and its dictionary load) must not run while the file is locked, or a second
   * ingest process waits past its busy timeout.
   */
  private readonly tokens = new Map<string, string>();
  private closed = false;

  private constructor(db: Database, options: DatasetOptions) {
    this.db = db;
    this.path = options.path;
    this.readonly = options.readonly ?? false;
  }

  static open(options: DatasetOptions): Dataset {
    const readonly = options.readonly ?? false;
    const inMemory = options.path === ':memory:' || options.path === '';
    if (!readonly && !inMemory) mkdirSync(dirname(options.path), { recursive: true });
    let db: Database;
    try {
      db = new BetterSqlite3(options.path, readonly ? { readonly: true, fileMustExist: true } : {});
    } catch (error) {
      throw namingFile(options.path, error);
    }
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 60_000))}`);
      registerTokenizer(db);
      if (readonly) {
        const version = schemaVersion(db);
        if (version !== LATEST_VERSION) {
          throw new Error(
            version === 0
              ? `${options.path} is not a gouji dataset`
              : `${options.path} has schema version ${version}, this gouji reads ${LATEST_VERSION}; open it once for writing (e.g. gouji ingest) to migrate`,
          );
        }
      } else {
        if (!inMemory) db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        migrate(db);
        // nodejieba's dictionary (~4 s, ~280 MiB) loads on the first write or search, in
        // pretokenize() before the write transaction: a process that never tokenises never loads it
      }
    } catch (error) {
      db.close();
      throw namingFile(options.path, error);
    }
    const dataset = new Dataset(db, options);
    registerTokenizer(db, dataset.tokens);
    if (!readonly) dataset.prepareWrites();
    return dataset;
  }

  private prepareWrites(): void {
    for (const table of ['documents', 'reports', ...DOCUMENT_TABLES]) {
      const columns = (this.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      this.inserts.set(
        table,
        this.db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`),
      );
    }
    this.deletes.push(this.db.prepare(UNINDEX_DOCUMENT_SQL));
    for (const sql of INDEX_DOCUMENT_SQL) this.indexes.push(this.db.prepare(sql));
    for (const table of DOCUMENT_TABLES) this.deletes.push(this.db.prepare(`DELETE FROM ${table} WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM reports WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM documents WHERE sha256 = ?`));
  }

  /** True when a document with this sha256 is stored with a final outcome (ok, or failed with a non-transient error). */
  has(sha256: string): boolean {
    const row = this.db.prepare(`SELECT status, error_transient FROM documents WHERE sha256 = ?`).get(sha256) as
      | { status: string; error_transient: number | null }
      | undefined;
    return row !== undefined && (row.status === 'ok' || row.error_transient === 0);
  }

  /** Stores one analyzed report; replaces every row of that sha256 in ONE transaction (idempotent). */
  writeReport(report: Report): void {
    this.assertWritable();
    const sha = report.source.sha256;
    const rows = reportRows(report);
    const json = deflateRawSync(Buffer.from(JSON.stringify(report), 'utf8'));
    const document: Row = {
      sha256: sha,
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
      ingested_at: new Date().toISOString(),
      report_key: reportKey(report),
    };
    this.pretokenize(rows);
    try {
      this.db
        .transaction(() => {
          this.deleteDocument(sha);
          this.insert('documents', document);
          this.insert('reports', { document: sha, encoding: 'deflate-raw', json });
          for (const table of DOCUMENT_TABLES) for (const row of rows[table]) this.insert(table, row);
          this.indexDocument(sha);
          this.markSuperseded(sha, report.source.path);
        })
        .immediate();
    } finally {
      this.tokens.clear();
    }
  }

  /** Tokenises what the search index will hold (INDEX_DOCUMENT_SQL's gouji_tokens() arguments), outside the transaction. */
  private pretokenize(rows: ReportRows): void {
    const add = (text: unknown): void => {
      if (typeof text === 'string' && !this.tokens.has(text)) this.tokens.set(text, tokenText(text));
    };
    for (const p of rows.paragraphs) add(p['text']);
    for (const s of rows.sections) add((s['number'] != null ? `${String(s['number'])} ` : '') + String(s['title']));
    for (const f of rows.facts) add(`${f['label'] === f['raw_label'] ? '' : `${String(f['label'])} `}${String(f['raw_label'])} ${String(f['value_raw'])}`);
    const tableRows = new Map<string, { col: number; text: string }[]>();
    for (const c of rows.cells) {
      const text = c['text'];
      if (typeof text !== 'string' || text.trim() === '') continue;
      const key = `${String(c['table_block'])}:${String(c['row'])}`;
      const list = tableRows.get(key);
      const cell = { col: c['col'] as number, text };
      if (list) list.push(cell);
      else tableRows.set(key, [cell]);
    }
    for (const cells of tableRows.values()) add(cells.sort((a, b) => a.col - b.col).map((c) => c.text).join(' '));
  }

  /**
   * Records a file that failed for good, with its typed error. A failure replaces an earlier
   * failure of the same bytes; it never replaces a stored report of the same bytes (those
   * bytes were read once — a later timeout does not unread them).
   */
  writeFailure(failure: FailureRecord): void {
    this.assertWritable();
    const document: Row = {
      sha256: failure.sha256,
      path: failure.path,
      format: null,
      bytes: failure.bytes,
      pages: null,
      title: null,
      department: null,
      year: null,
      report_type: null,
      grade: null,
      status: 'failed',
      error_kind: failure.error.kind,
      error_message: failure.error.message,
      error_transient: failure.error.transient ? 1 : 0,
      superseded: 0,
      ingested_at: new Date().toISOString(),
      report_key: null,
    };
    this.db
      .transaction(() => {
        const existing = this.db.prepare(`SELECT status FROM documents WHERE sha256 = ?`).get(failure.sha256) as { status: string } | undefined;
        if (existing?.status === 'ok') return;
        this.deleteDocument(failure.sha256);
        this.insert('documents', document);
        this.markSuperseded(failure.sha256, failure.path);
      })
      .immediate();
  }

  /** Counts for the ingest summary. */
  stats(): DatasetStats {
    const docs = this.db
      .prepare(`SELECT count(*) AS documents, coalesce(sum(status = 'ok'), 0) AS ok, coalesce(sum(status = 'failed'), 0) AS failed FROM documents`)
      .get() as { documents: number; ok: number; failed: number };
    const facts = (this.db.prepare(`SELECT count(*) AS n FROM facts`).get() as { n: number }).n;
    const findings = { error: 0, warning: 0, info: 0 };
    for (const r of this.db.prepare(`SELECT severity, count(*) AS n FROM findings GROUP BY severity`).all() as { severity: string; n: number }[]) {
      if (r.severity === 'error' || r.severity === 'warning' || r.severity === 'info') findings[r.severity] = r.n;
    }
    const failures: Record<string, number> = {};
    for (const r of this.db
      .prepare(`SELECT error_kind AS kind, count(*) AS n FROM documents WHERE status = 'failed' GROUP BY error_kind ORDER BY error_kind`)
      .all() as { kind: string; n: number }[]) {
      failures[r.kind] = r.n;
    }
    return { ...docs, facts, findings, failures };
  }

  /** The stored Report of a document (null for failed files and unknown hashes). */
  report(sha256: string): Report | null {
    const row = this.db.prepare(`SELECT json FROM reports WHERE document = ?`).get(sha256) as { json: Buffer } | undefined;
    return row ? (JSON.parse(inflateRawSync(row.json).toString('utf8')) as Report) : null;
  }

  /**
   * A deterministic text dump of the whole dataset — every table ordered by its primary key,
   * one JSON array per row — without timestamps, search-index internals or the absolute
   * prefix of paths (paths are shown relative to the directory all of them share), for
   * comparing two datasets built in different ways.
   */
  canonicalDump(): string {
    const paths = (this.db.prepare(`SELECT path FROM documents WHERE path IS NOT NULL`).all() as { path: string }[]).map((r) => r.path);
    const prefix = commonDirectory(paths);
    const lines: string[] = [`schema_version ${schemaVersion(this.db)}`];
    for (const [table, order] of Object.entries(TABLE_ORDER)) {
      const statement = this.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
      const columns = statement.columns().map((c) => c.name).filter((c) => !DUMP_SKIP.has(c));
      lines.push(`# ${table} (${columns.join(', ')})`);
      for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
        lines.push(JSON.stringify(columns.map((c) => (table === 'documents' && c === 'path' && typeof row[c] === 'string' ? normalizePath(row[c]).slice(prefix.length) : row[c]))));
      }
    }
    return lines.join('\n') + '\n';
  }

  /** Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private insert(table: string, row: Row | Record<string, unknown>): void {
    this.inserts.get(table)!.run(row);
  }

  private deleteDocument(sha: string): void {
    for (const statement of this.deletes) statement.run(sha);
  }

  /** The newest write for a path is its current version; older versions are marked superseded. */
  private markSuperseded(sha: string, path: string | null): void {
    if (path === null) return;
    this.db.prepare(`UPDATE documents SET superseded = (sha256 <> ?) WHERE path = ?`).run(sha, path);
  }

  /** Fills the search index from the rows just written (see search-index.ts). */
  private indexDocument(sha: string): void {
    for (const statement of this.indexes) statement.run({ document: sha });
  }

  private assertWritable(): void {
    if (this.closed) throw new Error('the dataset is closed');
    if (this.readonly) throw new Error(`${this.path} was opened read-only`);
  }
}

/** A SQLite error that says which file it is about (“database is locked” alone does not); its code is kept. */
function namingFile(path: string, error: unknown): unknown {
  if (!(error instanceof Error) || error.message.includes(path)) return error;
  return Object.assign(new Error(`${path}: ${error.message}`, { cause: error }), { code: (error as { code?: unknown }).code });
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Longest directory prefix (ending in "/") shared by all paths; "" when none. */
export function commonDirectory(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const split = paths.map((p) => normalizePath(p).split('/').slice(0, -1));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return n === 0 ? '' : first.slice(0, n).join('/') + '/';
}
