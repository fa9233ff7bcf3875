import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/store/dataset.js';
import { LATEST_VERSION, MIGRATIONS, OLDEST_READABLE_VERSION, migrate, schemaVersion } from '../../src/store/migrations.js';
import { INDEX_DOCUMENT_SQL } from '../../src/store/search-index.js';
import { search } from '../../src/store/search.js';
import { seedReport } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A dataset file as gouji wrote it at schema version 1 (before search existed), with one paragraph. */
function versionOneFile(name: string): string {
  const path = join(dir, name);
  const db = new BetterSqlite3(path);
  expect(migrate(db, 1)).toBe(1);
  db.prepare(
    `INSERT INTO documents (sha256, path, format, bytes, department, year, status, ingested_at) VALUES (?, 'old/a.txt', 'text', 30, '旧单位', 2021, 'ok', '2024-01-01T00:00:00Z')`,
  ).run('1'.repeat(64));
  db.prepare(`INSERT INTO paragraphs (document, block, page, section, span_start, span_end, text) VALUES (?, 0, NULL, NULL, 0, 20, ?)`).run(
    '1'.repeat(64),
    '推进智慧怀化建设，预算执行率98.50%。',
  );
  db.close();
  return path;
}

/**
 * A dataset file as gouji wrote it at schema version 3: its search rows indexed by the insert
 * trigger as they were inserted (here by the SQL the migrations index older files with).
 */
function versionThreeFile(name: string): string {
  const path = join(dir, name);
  const db = new BetterSqlite3(path);
  expect(migrate(db, 3)).toBe(3);
  const sha = '3'.repeat(64);
  db.prepare(
    `INSERT INTO documents (sha256, path, format, bytes, department, year, status, ingested_at) VALUES (?, 'old/c.txt', 'text', 30, '旧单位', 2022, 'ok', '2025-01-01T00:00:00Z')`,
  ).run(sha);
  db.prepare(`INSERT INTO paragraphs (document, block, page, section, span_start, span_end, text) VALUES (?, 0, NULL, NULL, 0, 20, ?)`).run(sha, '推进智慧怀化建设，预算执行率98.50%。');
  for (const sql of INDEX_DOCUMENT_SQL) db.prepare(sql).run({ document: sha });
  db.close();
  return path;
}

/** FTS5's own check that its index holds exactly the tokens of search_rows (throws SQLITE_CORRUPT_VTAB otherwise). */
function indexMatchesRows(d: Dataset): boolean {
  d.db.prepare(`INSERT INTO search (search, rank) VALUES ('integrity-check', 1)`).run();
  return true;
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a new file to the latest version', () => {
    const d = Dataset.open({ path: ':memory:' });
    expect(schemaVersion(d.db)).toBe(LATEST_VERSION);
    expect(d.db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get()).toEqual({ value: String(LATEST_VERSION) });
    d.close();
  });

  it('migrate a version-1 file and index what it already holds', () => {
    const path = versionOneFile('v1.db');
    const d = Dataset.open({ path });
    expect(schemaVersion(d.db)).toBe(LATEST_VERSION);
    const hits = search(d, '智慧怀化');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'paragraph', document: { path: 'old/a.txt', department: '旧单位', year: 2021 } });
    expect(search(d, '98.50%')).toHaveLength(1);
    d.close();
    // Opening again applies nothing twice.
    const again = Dataset.open({ path });
    expect(again.db.prepare(`SELECT count(*) AS n FROM search_rows`).get()).toEqual({ n: 1 });
    again.close();
  });

  it('refuse a version-1 file read-only, saying how to migrate it', () => {
    const path = versionOneFile('v1-readonly.db');
    expect(() => Dataset.open({ path, readonly: true })).toThrow(/schema version 1.*open it once for writing/);
  });

  it('read a version-3 file read-only as is (version 4 changes only how the index is written)', () => {
    expect(OLDEST_READABLE_VERSION).toBe(3);
    const path = versionThreeFile('v3-readonly.db');
    const d = Dataset.open({ path, readonly: true });
    expect(schemaVersion(d.db)).toBe(3);
    expect(search(d, '智慧怀化').map((h) => h.document.path)).toEqual(['old/c.txt']);
    expect(search(d, '98.50%')).toHaveLength(1);
    d.close();
  });

  it('migrate a version-3 file to the index written per report, not per row by a trigger', async () => {
    const path = versionThreeFile('v3.db');
    const d = Dataset.open({ path });
    expect(schemaVersion(d.db)).toBe(LATEST_VERSION);
    // no insert trigger on search_rows; one on documents stops an older gouji's writer (next test)
    expect(d.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all()).toEqual([
      'documents_insert_by_indexing_writer',
      'search_rows_delete',
    ]);
    const report = await seedReport();
    d.writeReport(report);
    // what the file held and what was written after the migration are both found, each once
    expect(search(d, '智慧怀化', { limit: 100 }).map((h) => h.document.path)).toEqual(expect.arrayContaining(['old/c.txt', report.source.path]));
    const budget = search(d, '135.42%');
    expect(budget.length).toBeGreaterThan(0);
    expect(indexMatchesRows(d)).toBe(true);
    // rewriting the report replaces its index entries (the delete trigger) instead of adding to them
    d.writeReport(report);
    expect(search(d, '135.42%')).toEqual(budget);
    expect(indexMatchesRows(d)).toBe(true);
    d.close();
  });

  it('make an older gouji still writing the file when it is migrated fail, not leave its rows out of the index', async () => {
    const path = versionThreeFile('v3-old-writer.db');
    // a gouji of schema 3 with the file open for writing (its statement prepared, as its Dataset does)
    const old = new BetterSqlite3(path);
    old.pragma('busy_timeout = 60000');
    const sha = '4'.repeat(64);
    const oldWrite = old.transaction(() => {
      old.prepare(`INSERT INTO documents (sha256, path, format, bytes, status, ingested_at) VALUES (?, 'old/d.txt', 'text', 9, 'ok', '2025-01-01T00:00:00Z')`).run(sha);
      old.prepare(`INSERT INTO search_rows (document, kind, block, text, tokens) VALUES (?, 'paragraph', 0, '智慧怀化续建', '智慧 怀化 续建')`).run(sha);
    });
    const d = Dataset.open({ path }); // this gouji migrates the file meanwhile
    expect(schemaVersion(d.db)).toBe(LATEST_VERSION);
    expect(() => oldWrite.immediate()).toThrow(/no such function/);
    old.close();
    expect(d.has(sha)).toBe(false);
    expect(indexMatchesRows(d)).toBe(true);
    d.writeReport(await seedReport()); // this gouji's writer indexes per report, the trigger stays out of its way
    expect(indexMatchesRows(d)).toBe(true);
    expect(search(d, '智慧怀化', { limit: 100 }).map((h) => h.document.path)).toContain('old/c.txt');
    d.close();
  });

  it('refuse a file from a newer gouji', () => {
    const path = join(dir, 'future.db');
    const d = Dataset.open({ path });
    d.db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(LATEST_VERSION + 1));
    d.close();
    expect(() => Dataset.open({ path })).toThrow(/newer than this gouji/);
    expect(() => Dataset.open({ path, readonly: true })).toThrow(/newer than this gouji.*upgrade gouji/);
  });

  it('refuse a file that is not a dataset, read-only', () => {
    const path = join(dir, 'empty.db');
    new BetterSqlite3(path).close();
    expect(() => Dataset.open({ path, readonly: true })).toThrow(/not a gouji dataset/);
  });
});
