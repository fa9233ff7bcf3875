import {
  STORED_REPORT_VERSION,
  registerTokenizer,
  reportKey,
  storedFromValid
} from "./chunk-JEGOT6EK.js";

// dist/store/dataset.js
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { inflateRawSync as inflateRawSync2 } from "node:zlib";
import BetterSqlite3 from "better-sqlite3";

// dist/store/migrations.js
import { inflateRawSync } from "node:zlib";

// dist/store/search-index.js
var WHERE = `(@document IS NULL OR document = @document)`;
var INSERT = `INSERT INTO search_rows (document, kind, block, "row", page, section, ref, text, tokens)`;
var INDEX_DOCUMENT_SQL = [
  // 段落 paragraphs
  `${INSERT}
   SELECT document, 'paragraph', block, NULL, page, section, NULL, text, gouji_tokens(text)
   FROM paragraphs WHERE ${WHERE} AND trim(text) <> '' ORDER BY document, block`,
  // 章节标题 section titles (number + title)
  `${INSERT}
   SELECT document, 'section', heading_block, NULL, page, id, id, trim(coalesce(number || ' ', '') || title), gouji_tokens(coalesce(number || ' ', '') || title)
   FROM sections WHERE ${WHERE} ORDER BY document, heading_block`,
  // 事实 fact labels with the figure as printed
  `${INSERT}
   SELECT document, 'fact', block, "row", page, section, id, raw_label || ' ' || value_raw,
          gouji_tokens(CASE WHEN label = raw_label THEN '' ELSE label || ' ' END || raw_label || ' ' || value_raw)
   FROM facts WHERE ${WHERE} ORDER BY document, id`,
  // 表格行 table rows: the cells of one grid row, left to right
  `${INSERT}
   SELECT document, 'table_row', table_block, "row", min(page), min(section), NULL, group_concat(text, ' | ' ORDER BY col),
          gouji_tokens(group_concat(text, ' ' ORDER BY col))
   FROM cells WHERE ${WHERE} AND trim(text) <> ''
   GROUP BY document, table_block, "row" ORDER BY document, table_block, "row"`
];
var UNINDEX_DOCUMENT_SQL = `DELETE FROM search_rows WHERE document = ?`;

// dist/store/migrations.js
var LOCATION = `
  page INTEGER,
  block INTEGER,
  section TEXT,
  table_block INTEGER,
  "row" INTEGER,
  col INTEGER,
  span_start INTEGER,
  span_end INTEGER,
  quote TEXT`;
var MIGRATIONS = [
  {
    version: 1,
    description: "documents, sections, paragraphs, table cells, facts, relations, typed table rows, indicators, findings, warnings, reports",
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
    }
  },
  {
    version: 2,
    description: "full-text search: search_rows (paragraphs, section titles, fact labels, table rows with their nodejieba tokens) and the FTS5 index over them",
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
      for (const sql of INDEX_DOCUMENT_SQL) db.prepare(sql).run({ document: null });
    }
  },
  {
    version: 3,
    description: "documents.report_key: files holding the same report (same title, department, year and figures) share a key",
    up(db) {
      db.exec(`
        ALTER TABLE documents ADD COLUMN report_key TEXT;
        CREATE INDEX documents_report_key ON documents (report_key);
      `);
      const update = db.prepare(`UPDATE documents SET report_key = ? WHERE sha256 = ?`);
      const read = db.prepare(`SELECT json FROM reports WHERE document = ?`);
      for (const { document } of db.prepare(`SELECT document FROM reports ORDER BY document`).all()) {
        const { json } = read.get(document);
        update.run(reportKey(JSON.parse(inflateRawSync(json).toString("utf8"))), document);
      }
    }
  }
];
var LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
function schemaVersion(db) {
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  if (!hasMeta) return 0;
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get();
  return row ? Number.parseInt(row.value, 10) : 0;
}
function migrate(db, target = LATEST_VERSION) {
  registerTokenizer(db);
  const check = (version) => {
    if (version > LATEST_VERSION) {
      throw new Error(`the dataset has schema version ${version}, newer than this gouji (${LATEST_VERSION}); upgrade gouji to open it`);
    }
  };
  let current = schemaVersion(db);
  check(current);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      current = schemaVersion(db);
      check(current);
      if (migration.version <= current) return;
      migration.up(db);
      db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`);
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
        String(migration.version)
      );
      current = migration.version;
    }).exclusive();
  }
  return current;
}

// dist/store/dataset.js
var DOCUMENT_TABLES = [
  "sections",
  "paragraphs",
  "cells",
  "facts",
  "relations",
  "tables",
  "table_rows",
  "indicators",
  "findings",
  "finding_values",
  "warnings"
];
var TABLE_ORDER = {
  documents: "sha256",
  sections: "document, id",
  paragraphs: "document, block",
  cells: 'document, table_block, "row", col',
  facts: "document, id",
  relations: "document, id",
  tables: "document, id",
  table_rows: 'document, table_id, "row", segment',
  indicators: "document, id",
  findings: "document, seq",
  finding_values: "document, finding, seq",
  warnings: "document, seq"
};
var DUMP_SKIP = /* @__PURE__ */ new Set(["ingested_at"]);
var Dataset = class _Dataset {
  path;
  readonly;
  /** The open connection, for read-only queries (search, exports). */
  db;
  inserts = /* @__PURE__ */ new Map();
  deletes = [];
  /** Prepared in prepareWrites() (a read-only dataset has none). */
  statusOf;
  supersede;
  closed = false;
  constructor(db, options) {
    this.db = db;
    this.path = options.path;
    this.readonly = options.readonly ?? false;
  }
  static open(options) {
    const readonly = options.readonly ?? false;
    const inMemory = options.path === ":memory:" || options.path === "";
    if (!readonly && !inMemory) mkdirSync(dirname(options.path), { recursive: true });
    let db;
    try {
      db = new BetterSqlite3(options.path, readonly ? { readonly: true, fileMustExist: true } : {});
    } catch (error) {
      throw namingFile(options.path, error);
    }
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 6e4))}`);
      registerTokenizer(db);
      if (readonly) {
        const version = schemaVersion(db);
        if (version !== LATEST_VERSION) {
          throw new Error(
            version === 0 ? `${options.path} is not a gouji dataset` : `${options.path} has schema version ${version}, this gouji reads ${LATEST_VERSION}; open it once for writing (e.g. gouji ingest) to migrate`
          );
        }
      } else {
        if (!inMemory) db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        migrate(db);
      }
    } catch (error) {
      db.close();
      throw namingFile(options.path, error);
    }
    const dataset = new _Dataset(db, options);
    if (!readonly) dataset.prepareWrites();
    return dataset;
  }
  prepareWrites() {
    for (const table of ["documents", "reports", ...DOCUMENT_TABLES, "search_rows"]) {
      const skip = table === "search_rows" ? /* @__PURE__ */ new Set(["id"]) : /* @__PURE__ */ new Set();
      const columns = this.db.pragma(`table_info(${table})`).map((c) => c.name).filter((c) => !skip.has(c));
      this.inserts.set(
        table,
        this.db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`)
      );
    }
    this.deletes.push(this.db.prepare(UNINDEX_DOCUMENT_SQL));
    for (const table of DOCUMENT_TABLES) this.deletes.push(this.db.prepare(`DELETE FROM ${table} WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM reports WHERE document = ?`));
    this.deletes.push(this.db.prepare(`DELETE FROM documents WHERE sha256 = ?`));
    this.statusOf = this.db.prepare(`SELECT status FROM documents WHERE sha256 = ?`);
    this.supersede = this.db.prepare(`UPDATE documents SET superseded = (sha256 <> ?) WHERE path = ?`);
  }
  /** True when a document with this sha256 is stored with a final outcome (ok, or failed with a non-transient error). */
  has(sha256) {
    const row = this.db.prepare(`SELECT status, error_transient FROM documents WHERE sha256 = ?`).get(sha256);
    return row !== void 0 && (row.status === "ok" || row.error_transient === 0);
  }
  /** Stores one analyzed report; replaces every row of that sha256 in ONE transaction (idempotent). */
  writeReport(report) {
    this.assertWritable();
    const [refused] = this.writeBatch([{ stored: storedFromValid(report) }]);
    if (refused) throw refused.error;
  }
  /**
   * Records a file that failed for good, with its typed error. A failure replaces an earlier
   * failure of the same bytes; it never replaces a stored report of the same bytes (those
   * bytes were read once — a later timeout does not unread them).
   */
  writeFailure(failure) {
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
  writeBatch(items) {
    this.assertWritable();
    if (items.length === 0) return [];
    const refused = [];
    const at = (/* @__PURE__ */ new Date()).toISOString();
    this.db.transaction(() => {
      for (const [index, item] of items.entries()) {
        try {
          this.writeOne(item, at);
        } catch (error) {
          if (!isReportProblem(error)) throw error;
          refused.push({ index, error });
        }
      }
    }).immediate();
    return refused;
  }
  /** One item of a batch, inside its own savepoint (a nested better-sqlite3 transaction). */
  writeOne(item, at) {
    this.db.transaction(() => {
      if ("stored" in item) {
        const { stored } = item;
        if (stored.version !== STORED_REPORT_VERSION) throw new TypeError(`rows of StoredReport version ${String(stored.version)}, this gouji writes ${String(STORED_REPORT_VERSION)}`);
        const sha = stored.sha256;
        this.deleteDocument(sha);
        this.insert("documents", { ...stored.document, ingested_at: at });
        this.insert("reports", { document: sha, encoding: "deflate-raw", json: stored.json });
        for (const table of DOCUMENT_TABLES) for (const row of stored.rows[table]) this.insert(table, row);
        for (const row of stored.search) this.insert("search_rows", row);
        this.markSuperseded(sha, stored.path);
      } else {
        const { failure } = item;
        const existing = this.statusOf.get(failure.sha256);
        if (existing?.status === "ok") return;
        this.deleteDocument(failure.sha256);
        this.insert("documents", failureRow(failure, at));
        this.markSuperseded(failure.sha256, failure.path);
      }
    })();
  }
  /** Counts for the ingest summary. */
  stats() {
    const docs = this.db.prepare(`SELECT count(*) AS documents, coalesce(sum(status = 'ok'), 0) AS ok, coalesce(sum(status = 'failed'), 0) AS failed FROM documents`).get();
    const facts = this.db.prepare(`SELECT count(*) AS n FROM facts`).get().n;
    const findings = { error: 0, warning: 0, info: 0 };
    for (const r of this.db.prepare(`SELECT severity, count(*) AS n FROM findings GROUP BY severity`).all()) {
      if (r.severity === "error" || r.severity === "warning" || r.severity === "info") findings[r.severity] = r.n;
    }
    const failures = {};
    for (const r of this.db.prepare(`SELECT error_kind AS kind, count(*) AS n FROM documents WHERE status = 'failed' GROUP BY error_kind ORDER BY error_kind`).all()) {
      failures[r.kind] = r.n;
    }
    return { ...docs, facts, findings, failures };
  }
  /** The stored Report of a document (null for failed files and unknown hashes). */
  report(sha256) {
    const row = this.db.prepare(`SELECT json FROM reports WHERE document = ?`).get(sha256);
    return row ? JSON.parse(inflateRawSync2(row.json).toString("utf8")) : null;
  }
  /**
   * A deterministic text dump of the whole dataset — every table ordered by its primary key,
   * one JSON array per row — without timestamps, search-index internals or the absolute
   * prefix of paths (paths are shown relative to the directory all of them share), for
   * comparing two datasets built in different ways.
   */
  canonicalDump() {
    const paths = this.db.prepare(`SELECT path FROM documents WHERE path IS NOT NULL`).all().map((r) => r.path);
    const prefix = commonDirectory(paths);
    const lines = [`schema_version ${schemaVersion(this.db)}`];
    for (const [table, order] of Object.entries(TABLE_ORDER)) {
      const statement = this.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
      const columns = statement.columns().map((c) => c.name).filter((c) => !DUMP_SKIP.has(c));
      lines.push(`# ${table} (${columns.join(", ")})`);
      for (const row of statement.iterate()) {
        lines.push(JSON.stringify(columns.map((c) => table === "documents" && c === "path" && typeof row[c] === "string" ? normalizePath(row[c]).slice(prefix.length) : row[c])));
      }
    }
    return lines.join("\n") + "\n";
  }
  /** Safe to call twice. */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
  insert(table, row) {
    this.inserts.get(table).run(row);
  }
  deleteDocument(sha) {
    for (const statement of this.deletes) statement.run(sha);
  }
  /** The newest write for a path is its current version; older versions are marked superseded. */
  markSuperseded(sha, path) {
    if (path === null) return;
    this.supersede.run(sha, path);
  }
  assertWritable() {
    if (this.closed) throw new Error("the dataset is closed");
    if (this.readonly) throw new Error(`${this.path} was opened read-only`);
  }
};
function isReportProblem(error) {
  const code = error?.code;
  if (typeof code === "string" && code.startsWith("SQLITE_")) return code.startsWith("SQLITE_CONSTRAINT") || code === "SQLITE_MISMATCH" || code === "SQLITE_TOOBIG";
  return error instanceof TypeError || error instanceof RangeError;
}
function failureRow(failure, at) {
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
    status: "failed",
    error_kind: failure.error.kind,
    error_message: failure.error.message,
    error_transient: failure.error.transient ? 1 : 0,
    superseded: 0,
    ingested_at: at,
    report_key: null
  };
}
function namingFile(path, error) {
  if (!(error instanceof Error) || error.message.includes(path)) return error;
  return Object.assign(new Error(`${path}: ${error.message}`, { cause: error }), { code: error.code });
}
function normalizePath(p) {
  return p.replace(/\\/g, "/");
}
function commonDirectory(paths) {
  if (paths.length === 0) return "";
  const split = paths.map((p) => normalizePath(p).split("/").slice(0, -1));
  const first = split[0];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return n === 0 ? "" : first.slice(0, n).join("/") + "/";
}

export {
  TABLE_ORDER,
  Dataset
};
