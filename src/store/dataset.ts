import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { FileError } from '../errors/gouji-error.js';
import type { Report } from '../model/index.js';
import { LATEST_VERSION, OLDEST_READABLE_VERSION, migrate, schemaVersion } from './migrations.js';
import { DOCUMENT_COLUMN, type Columns } from './columns.js';
import type { ReportRows, Row } from './rows.js';
import { INDEX_SEARCH_ROWS_SQL, registerSearchWriter, UNINDEX_DOCUMENT_SQL } from './search-index.js';
import { STORED_REPORT_VERSION, storedFromValid, type StoredReport } from './stored-report.js';
import { registerTokenizer } from './tokens.js';

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

/** One item of Dataset.writeBatch(): an analyzed report's rows, or a failed file. */
export type DatasetWrite = { stored: StoredReport } | { failure: FailureRecord };

/** A report of a batch the dataset refused because of the report itself; the rest of the batch was written. */
export interface RefusedWrite {
  /** Its index in the batch. */
  index: number;
  error: unknown;
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

/** Page size of a new dataset file, in bytes. */
const NEW_FILE_PAGE_SIZE = 8192;

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
  private readonly inserts = new Map<string, Insert>();
  /** Indexes (FTS5) the search rows of one document, once they are all inserted. */
  private indexSearch!: Statement;
  private readonly deletes: Statement[] = [];
  /** Prepared in prepareWrites() (a read-only dataset has none). */
  private statusOf!: Statement;
  private supersede!: Statement;
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
      registerSearchWriter(db);
      if (readonly) {
        const version = schemaVersion(db);
        // a file a read-compatible step behind (it changed only how files are written) reads as is
        if (version < OLDEST_READABLE_VERSION || version > LATEST_VERSION) {
          throw new Error(
            version === 0
              ? `${options.path} is not a gouji dataset`
              : version > LATEST_VERSION
                ? `${options.path} has schema version ${version}, newer than this gouji (${LATEST_VERSION}); upgrade gouji to read it`
                : `${options.path} has schema version ${version}, this gouji reads ${OLDEST_READABLE_VERSION}–${LATEST_VERSION}; open it once for writing (e.g. gouji ingest) to migrate`,
          );
        }
      } else {
        // a new file gets 8 KiB pages (SQLite's default is 4): the ingest thread's writes take ~9%
        // less CPU and the file ~7% less space (46 real PDFs + seed forms); only a file without
        // pages takes it, before WAL mode writes its header — an existing file keeps its own
        if ((db.pragma('page_count', { simple: true }) as number) === 0) db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
        if (!inMemory) db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        migrate(db);
        // nodejieba's dictionary (~4 s, ~280 MiB) loads on the first search, or the first
        // writeReport() on this thread: ingest builds the tokens in its reading threads
      }
    } catch (error) {
      db.close();
      throw namingFile(options.path, error);
    }
    const dataset = new Dataset(db, options);
    if (!readonly) dataset.prepareWrites();
    return dataset;
  }

  private prepareWrites(): void {
    for (const table of ['documents', 'reports', ...DOCUMENT_TABLES, 'search_rows']) {
      const skip = table === 'search_rows' ? new Set(['id']) : new Set<string>();
      const columns = (this.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => !skip.has(c));
      // bound by position (a value per column, in order): faster than by name for rows of 10–22 columns
      const statement = this.db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      this.inserts.set(table, { statement, columns, values: new Array<unknown>(columns.length) });
    }
    this.indexSearch = this.db.prepare(INDEX_SEARCH_ROWS_SQL);
    this.deletes.push(this.db.prepare(UNINDEX_DOCUMENT_SQL));
    for (const table of DOCUMENT_TABLES) this.deletes.push(this.db.prepare(`DELETE FROM ${table} WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM reports WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM documents WHERE sha256 = ?`));
    this.statusOf = this.db.prepare(`SELECT status FROM documents WHERE sha256 = ?`);
    this.supersede = this.db.prepare(`UPDATE documents SET superseded = (sha256 <> ?) WHERE path = ?`);
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
    const [refused] = this.writeBatch([{ stored: storedFromValid(report) }]);
    if (refused) throw refused.error;
  }

  /**
   * Records a file that failed for good, with its typed error. A failure replaces an earlier
   * failure of the same bytes; it never replaces a stored report of the same bytes (those
   * bytes were read once — a later timeout does not unread them).
   */
  writeFailure(failure: FailureRecord): void {
    this.assertWritable();
    this.writeBatch([{ failure }]);
  }

  /**
   * Writes several files' outcomes in ONE transaction (批量写入): each report replaces every row
   * of its sha256, each failure is recorded as writeFailure() would. The rows come built
   * (StoredReport: a pool thread or a queue worker built them), so this only inserts.
   * A report the dataset refuses because of the report itself (a constraint it breaks, a
   * value SQLite cannot bind: isReportProblem) is rolled back alone — to its savepoint — and
   * returned, the others are kept; any other error (disk full, locked, read-only) rolls back
   * the whole batch and is thrown, so nothing of it is half-written.
   */
  writeBatch(items: readonly DatasetWrite[]): RefusedWrite[] {
    this.assertWritable();
    if (items.length === 0) return [];
    const refused: RefusedWrite[] = [];
    const at = new Date().toISOString();
    this.db
      .transaction(() => {
        for (const [index, item] of items.entries()) {
          try {
            this.writeOne(item, at);
          } catch (error) {
            if (!isReportProblem(error)) throw error;
            refused.push({ index, error });
          }
        }
      })
      .immediate();
    return refused;
  }

  /** One item of a batch, inside its own savepoint (a nested better-sqlite3 transaction). */
  private writeOne(item: DatasetWrite, at: string): void {
    this.db.transaction(() => {
      if ('stored' in item) {
        const { stored } = item;
        if (stored.version !== STORED_REPORT_VERSION) throw new TypeError(`rows of StoredReport version ${String((stored as { version: unknown }).version)}, this gouji writes ${String(STORED_REPORT_VERSION)}`);
        const sha = stored.sha256;
        this.deleteDocument(sha);
        this.insert('documents', { ...stored.document, ingested_at: at });
        this.insert('reports', { document: sha, encoding: 'deflate-raw', json: stored.json });
        for (const table of DOCUMENT_TABLES) this.insertColumns(table, stored.rows[table], sha);
        this.insertColumns('search_rows', stored.search, sha);
        if (stored.search.count > 0) this.indexSearch.run(sha);
        this.markSuperseded(sha, stored.path);
      } else {
        const { failure } = item;
        const existing = this.statusOf.get(failure.sha256) as { status: string } | undefined;
        if (existing?.status === 'ok') return;
        this.deleteDocument(failure.sha256);
        this.insert('documents', failureRow(failure, at));
        this.markSuperseded(failure.sha256, failure.path);
      }
    })();
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

  /** Binds the row's columns in the statement's order; a missing column is the report's problem (a TypeError), as a named parameter would be. */
  private insert(table: string, row: Row | Record<string, unknown>): void {
    const { statement, columns, values } = this.inserts.get(table)!;
    for (let i = 0; i < columns.length; i++) {
      const value = row[columns[i]!];
      if (value === undefined) throw new TypeError(`${table} row without column ${columns[i]!}`);
      values[i] = value;
    }
    statement.run(values);
  }

  /**
   * Inserts a table's rows as a StoredReport carries them (column by column, `document` left
   * out: the report's sha256); a column the table has that they lack, or a short column, is
   * the report's problem (a TypeError).
   */
  private insertColumns(table: string, rows: Columns, sha: string): void {
    if (rows.count === 0) return;
    const { statement, columns, values } = this.inserts.get(table)!;
    const sources = columns.map((name) => {
      if (name === DOCUMENT_COLUMN) return null;
      const at = rows.names.indexOf(name);
      if (at < 0) throw new TypeError(`${table} rows without column ${name}`);
      return rows.values[at]!;
    });
    for (let r = 0; r < rows.count; r++) {
      for (let i = 0; i < sources.length; i++) {
        const source = sources[i]!;
        const value = source === null ? sha : source[r];
        if (value === undefined) throw new TypeError(`${table} row ${r} without a value for ${columns[i]!}`);
        values[i] = value;
      }
      statement.run(values);
    }
  }

  private deleteDocument(sha: string): void {
    for (const statement of this.deletes) statement.run(sha);
  }

  /** The newest write for a path is its current version; older versions are marked superseded. */
  private markSuperseded(sha: string, path: string | null): void {
    if (path === null) return;
    this.supersede.run(sha, path);
  }

  private assertWritable(): void {
    if (this.closed) throw new Error('the dataset is closed');
    if (this.readonly) throw new Error(`${this.path} was opened read-only`);
  }
}

/** A prepared INSERT with its columns in bind order and the array its values are bound from (reused: run() copies them). */
interface Insert {
  statement: Statement;
  columns: string[];
  values: unknown[];
}

/**
 * True when writing a report failed because of that report (a constraint it breaks, a value the
 * row mapping cannot take), not because of the database (SQLITE_BUSY, _FULL, _IOERR, _READONLY…).
 */
export function isReportProblem(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG';
  return error instanceof TypeError || error instanceof RangeError;
}

function failureRow(failure: FailureRecord, at: string): Row {
  return {
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
    ingested_at: at,
    report_key: null,
  };
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
