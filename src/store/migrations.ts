import { inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import type { Report } from '../model/index.js';
import { reportKey } from './report-key.js';
import { INDEX_DOCUMENT_SQL, registerSearchWriter, SEARCH_WRITER_FUNCTION } from './search-index.js';
import { registerTokenizer } from './tokens.js';

/**
 * One step of the dataset schema. Versions are consecutive from 1; a file records the
 * last one applied in `meta.schema_version`. Never edit a released migration — add one.
 * docs/dataset.md describes every table and column.
 */
export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
  /**
   * True when a file one version below reads the same without this step (it changes only how
   * the file is written): a read-only open accepts such a file unmigrated.
   */
  readCompatible?: boolean;
}

/** Columns every location-bearing table shares (see Location in src/model/location.ts). */
const LOCATION = `
  page INTEGER,
  block INTEGER,
  section TEXT,
  table_block INTEGER,
  "row" INTEGER,
  col INTEGER,
  span_start INTEGER,
  span_end INTEGER,
  quote TEXT`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, sections, paragraphs, table cells, facts, relations, typed table rows, indicators, findings, warnings, reports',
    up(db) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE documents (
          sha256 TEXT PRIMARY KEY,
          path TEXT,
          format TEXT,
          bytes INTEGER,
          pages INTEGER,
          title TEXT,
          department TEXT,
          year INTEGER,
          report_type TEXT,
          grade TEXT,
          status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
          error_kind TEXT,
          error_message TEXT,
          error_transient INTEGER,
          superseded INTEGER NOT NULL DEFAULT 0,
          ingested_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX documents_path ON documents (path);
        CREATE INDEX documents_department_year ON documents (department, year);

        CREATE TABLE sections (
          document TEXT NOT NULL,
          id TEXT NOT NULL,
          parent TEXT,
          level INTEGER NOT NULL,
          number TEXT,
          title TEXT NOT NULL,
          heading_block INTEGER NOT NULL,
          block_start INTEGER NOT NULL,
          block_end INTEGER NOT NULL,
          page INTEGER,
          pattern TEXT,
          PRIMARY KEY (document, id)
        ) WITHOUT ROWID;

        CREATE TABLE paragraphs (
          document TEXT NOT NULL,
          block INTEGER NOT NULL,
          page INTEGER,
          section TEXT,
          bold INTEGER NOT NULL DEFAULT 0,
          span_start INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          text TEXT NOT NULL,
          PRIMARY KEY (document, block)
        ) WITHOUT ROWID;

        CREATE TABLE cells (
          document TEXT NOT NULL,
          table_block INTEGER NOT NULL,
          "row" INTEGER NOT NULL,
          col INTEGER NOT NULL,
          row_span INTEGER NOT NULL,
          col_span INTEGER NOT NULL,
          page INTEGER,
          section TEXT,
          text TEXT NOT NULL,
          PRIMARY KEY (document, table_block, "row", col)
        ) WITHOUT ROWID;

        CREATE TABLE facts (
          document TEXT NOT NULL,
          id TEXT NOT NULL,
          label TEXT NOT NULL,
          raw_label TEXT NOT NULL,
          value_raw TEXT NOT NULL,
          value_printed TEXT NOT NULL,
          value_exact TEXT NOT NULL,
          decimals INTEGER NOT NULL,
          unit TEXT,
          kind TEXT NOT NULL,
          wan_yuan TEXT,
          source TEXT NOT NULL,
          dims TEXT NOT NULL,
          ${LOCATION},
          PRIMARY KEY (document, id)
        ) WITHOUT ROWID;
        CREATE INDEX facts_label ON facts (label);

        CREATE TABLE relations (
          document TEXT NOT NULL,
          id TEXT NOT NULL,
          kind TEXT NOT NULL,
          name TEXT NOT NULL,
          result TEXT NOT NULL,
          operands TEXT NOT NULL,
          partial INTEGER NOT NULL,
          sign INTEGER,
          source TEXT NOT NULL,
          inferred INTEGER NOT NULL,
          formula TEXT,
          ${LOCATION},
          PRIMARY KEY (document, id)
        ) WITHOUT ROWID;

        CREATE TABLE tables (
          document TEXT NOT NULL,
          id TEXT NOT NULL,
          table_block INTEGER NOT NULL,
          caption TEXT,
          unit TEXT,
          section TEXT,
          header_rows INTEGER NOT NULL,
          header_cols INTEGER NOT NULL,
          columns TEXT NOT NULL,
          PRIMARY KEY (document, id)
        ) WITHOUT ROWID;

        CREATE TABLE table_rows (
          document TEXT NOT NULL,
          table_id TEXT NOT NULL,
          table_block INTEGER NOT NULL,
          "row" INTEGER NOT NULL,
          segment INTEGER NOT NULL DEFAULT 0,
          label TEXT NOT NULL,
          numbering TEXT,
          level INTEGER NOT NULL,
          parent INTEGER,
          role TEXT NOT NULL,
          "values" TEXT NOT NULL,
          PRIMARY KEY (document, table_id, "row", segment)
        ) WITHOUT ROWID;

        CREATE TABLE indicators (
          document TEXT NOT NULL,
          id TEXT NOT NULL,
          level1 TEXT,
          level2 TEXT,
          level3 TEXT,
          level1_weight TEXT,
          target TEXT,
          actual TEXT,
          weight TEXT,
          score TEXT,
          note TEXT,
          role TEXT NOT NULL,
          ${LOCATION},
          PRIMARY KEY (document, id)
        ) WITHOUT ROWID;

        CREATE TABLE findings (
          document TEXT NOT NULL,
          seq INTEGER NOT NULL,
          rule TEXT NOT NULL,
          severity TEXT NOT NULL,
          message_id TEXT NOT NULL,
          message_zh TEXT NOT NULL,
          message_en TEXT NOT NULL,
          formula TEXT NOT NULL,
          stated TEXT,
          expected TEXT,
          expected_low TEXT,
          expected_high TEXT,
          difference TEXT,
          "values" TEXT NOT NULL,
          refs TEXT NOT NULL,
          page INTEGER,
          block INTEGER,
          section TEXT,
          table_block INTEGER,
          "row" INTEGER,
          col INTEGER,
          PRIMARY KEY (document, seq)
        ) WITHOUT ROWID;
        CREATE INDEX findings_rule ON findings (rule);
        CREATE INDEX findings_severity ON findings (severity);

        CREATE TABLE finding_values (
          document TEXT NOT NULL,
          finding INTEGER NOT NULL,
          seq INTEGER NOT NULL,
          value TEXT NOT NULL,
          label TEXT NOT NULL,
          unit TEXT,
          role TEXT,
          ${LOCATION},
          PRIMARY KEY (document, finding, seq)
        ) WITHOUT ROWID;

        CREATE TABLE warnings (
          document TEXT NOT NULL,
          seq INTEGER NOT NULL,
          code TEXT NOT NULL,
          message TEXT NOT NULL,
          page INTEGER,
          block INTEGER,
          section TEXT,
          PRIMARY KEY (document, seq)
        ) WITHOUT ROWID;

        CREATE TABLE reports (
          document TEXT PRIMARY KEY,
          encoding TEXT NOT NULL,
          json BLOB NOT NULL
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    version: 2,
    description: 'full-text search: search_rows (paragraphs, section titles, fact labels, table rows with their nodejieba tokens) and the FTS5 index over them',
    up(db) {
      db.exec(`
        CREATE TABLE search_rows (
          id INTEGER PRIMARY KEY,
          document TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'section', 'fact', 'table_row')),
          block INTEGER,
          "row" INTEGER,
          page INTEGER,
          section TEXT,
          ref TEXT,
          text TEXT NOT NULL,
          tokens TEXT NOT NULL
        );
        CREATE INDEX search_rows_document ON search_rows (document);

        -- External-content FTS5 over the pre-tokenised text: unicode61 splits on the spaces
        -- gouji put between nodejieba tokens; "." and "%" stay inside tokens (135.42%).
        CREATE VIRTUAL TABLE search USING fts5(
          tokens,
          content = 'search_rows',
          content_rowid = 'id',
          tokenize = "unicode61 remove_diacritics 0 tokenchars '.%'"
        );
        CREATE TRIGGER search_rows_insert AFTER INSERT ON search_rows BEGIN
          INSERT INTO search (rowid, tokens) VALUES (new.id, new.tokens);
        END;
        CREATE TRIGGER search_rows_delete AFTER DELETE ON search_rows BEGIN
          INSERT INTO search (search, rowid, tokens) VALUES ('delete', old.id, old.tokens);
        END;
      `);
      // Index what older files already hold.
      for (const sql of INDEX_DOCUMENT_SQL) db.prepare(sql).run({ document: null });
    },
  },
  {
    version: 3,
    description: 'documents.report_key: files holding the same report (same title, department, year and figures) share a key',
    up(db) {
      db.exec(`
        ALTER TABLE documents ADD COLUMN report_key TEXT;
        CREATE INDEX documents_report_key ON documents (report_key);
      `);
      // Key what older files already hold, from their stored Reports.
      // One report at a time (a statement cannot write while another iterates).
      const update = db.prepare(`UPDATE documents SET report_key = ? WHERE sha256 = ?`);
      const read = db.prepare(`SELECT json FROM reports WHERE document = ?`);
      for (const { document } of db.prepare(`SELECT document FROM reports ORDER BY document`).all() as { document: string }[]) {
        const { json } = read.get(document) as { json: Buffer };
        update.run(reportKey(JSON.parse(inflateRawSync(json).toString('utf8')) as Report), document);
      }
    },
  },
  {
    version: 4,
    description: 'the search index is filled by the writer, one INSERT … SELECT per document, instead of a trigger per search row',
    readCompatible: true,
    up(db) {
      // Inside a transaction, FTS5 writes its pending terms out as a new segment at the start
      // of every statement that touches it (its xSavepoint): a trigger per search row made one
      // segment per row (1,000 rows → 1,002 segment pages; one INSERT … SELECT → 5), merged
      // again and again — about half of the ingest thread's write time. The delete trigger
      // stays (rows are deleted only when a report is replaced).
      // An older gouji (schema 3) with the file open for writing while it is migrated would go
      // on inserting search rows that nothing indexes (FTS5 then takes the index for corrupt):
      // its next report or failure fails instead, at its documents row — it lacks the function
      // this gouji's connections define (registerSearchWriter). One check per file written, not
      // per search row: a trigger on search_rows, even one doing nothing, costs ~25% of a write.
      db.exec(`
        DROP TRIGGER IF EXISTS search_rows_insert;
        DROP TRIGGER IF EXISTS documents_insert_by_indexing_writer;
        CREATE TRIGGER documents_insert_by_indexing_writer BEFORE INSERT ON documents WHEN NOT ${SEARCH_WRITER_FUNCTION}() BEGIN
          SELECT RAISE(ABORT, 'this dataset (schema 4) is written by a gouji that indexes search rows per report');
        END;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The oldest schema version a read-only open takes as is: the latest, or below it through read-compatible steps only. */
export const OLDEST_READABLE_VERSION = (() => {
  let oldest = LATEST_VERSION;
  while (oldest > 1 && MIGRATIONS[oldest - 1]!.readCompatible) oldest--;
  return oldest;
})();

/** Schema version recorded in the file; 0 for a new, empty file. */
export function schemaVersion(db: Database): number {
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  if (!hasMeta) return 0;
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  return row ? Number.parseInt(row.value, 10) : 0;
}

/**
 * Applies every migration above the file's version (up to `target`), each in its own
 * exclusive transaction with the version bump, so a crash leaves the file at a whole version.
 * The version is read again inside each transaction: several processes opening a new dataset
 * at once take turns, and a step another process applied meanwhile is not applied twice.
 */
export function migrate(db: Database, target: number = LATEST_VERSION): number {
  registerTokenizer(db); // migrations may tokenise (gouji_tokens) what a file already holds
  registerSearchWriter(db);
  const check = (version: number): void => {
    if (version > LATEST_VERSION) {
      throw new Error(`the dataset has schema version ${version}, newer than this gouji (${LATEST_VERSION}); upgrade gouji to open it`);
    }
  };
  let current = schemaVersion(db);
  check(current);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      current = schemaVersion(db); // under the lock: another process may have migrated meanwhile
      check(current);
      if (migration.version <= current) return;
      migration.up(db);
      db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`);
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
        String(migration.version),
      );
      current = migration.version;
    }).exclusive();
  }
  return current;
}
