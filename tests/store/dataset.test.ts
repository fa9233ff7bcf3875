import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/model/index.js';
import { commonDirectory, Dataset } from '../../src/store/dataset.js';
import { storedFromValid } from '../../src/store/stored-report.js';
import { otherReport, seedBlocks, seedReport, SEED_PATH } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const memory = (): Dataset => Dataset.open({ path: ':memory:' });
const count = (d: Dataset, table: string): number => (d.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const corrupt = { kind: 'corrupt_file', message: 'the zip container is damaged', transient: false } as const;

describe('Dataset', () => {
  it('stores a report in every table and counts it', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeReport(report);
    expect(d.stats()).toEqual({ documents: 1, ok: 1, failed: 0, facts: 3, findings: { error: 1, warning: 0, info: 1 }, failures: {} });
    expect(d.has(report.source.sha256)).toBe(true);
    expect(d.has('0'.repeat(64))).toBe(false);
    const paragraphs = report.document.blocks.filter((b) => b.kind === 'paragraph').length;
    expect(count(d, 'paragraphs')).toBe(paragraphs);
    expect(count(d, 'sections')).toBe(3);
    expect(count(d, 'relations')).toBe(1);
    expect(count(d, 'table_rows')).toBe(1);
    expect(count(d, 'indicators')).toBe(1);
    expect(count(d, 'finding_values')).toBe(4);
    expect(count(d, 'warnings')).toBe(1);
    expect(count(d, 'cells')).toBeGreaterThan(400);
    d.close();
  });

  it('indexes every search row once, through rewrites, replacements and a failure that cannot replace a report', async () => {
    const report = await seedReport();
    const other = await otherReport();
    const d = memory();
    const indexed = (): number => (d.db.prepare(`SELECT count(*) AS n FROM search WHERE search MATCH '"万元"'`).get() as { n: number }).n;
    d.writeBatch([{ stored: storedFromValid(report) }, { stored: storedFromValid(other) }]);
    const rows = count(d, 'search_rows');
    const hits = indexed();
    expect(hits).toBeGreaterThan(0);
    d.writeReport(report); // the same bytes again: replaced, not doubled
    d.writeFailure({ path: SEED_PATH, sha256: report.source.sha256, bytes: 1, error: corrupt }); // never replaces a report
    expect({ rows: count(d, 'search_rows'), hits: indexed() }).toEqual({ rows, hits });
    // FTS5's own check: its index holds exactly the tokens of search_rows (it throws otherwise)
    expect(() => d.db.prepare(`INSERT INTO search (search, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    d.close();
  });

  it('refuses a report whose row lacks a column, alone, as it binds it', async () => {
    const stored = storedFromValid(await seedReport());
    const facts = stored.rows.facts;
    const at = facts.names.indexOf('raw_label');
    const without = { ...facts, names: facts.names.filter((_, i) => i !== at), values: facts.values.filter((_, i) => i !== at) };
    const short = { ...facts, values: facts.values.map((v, i) => (i === at ? v.slice(0, -1) : v)) }; // its last row lacks a raw_label
    const d = memory();
    for (const [odd, message] of [
      [without, 'facts rows without column raw_label'],
      [short, `facts row ${facts.count - 1} without a value for raw_label`],
    ] as const) {
      const refused = d.writeBatch([{ stored: { ...stored, rows: { ...stored.rows, facts: odd } } }]);
      expect(refused).toMatchObject([{ index: 0, error: { message } }]);
      expect(refused[0]!.error).toBeInstanceOf(TypeError);
    }
    expect(d.writeBatch([{ stored: storedFromValid(await otherReport()) }])).toEqual([]);
    expect(d.has(stored.sha256)).toBe(false);
    expect(d.db.prepare(`SELECT count(*) AS n FROM search_rows WHERE document = ?`).get(stored.sha256)).toEqual({ n: 0 });
    d.close();
  });

  it('keeps amounts as exact decimal TEXT, never REAL', async () => {
    const d = memory();
    d.writeReport(await seedReport());
    const L = await seedBlocks();
    const fact = d.db.prepare(`SELECT value_exact, typeof(value_exact) AS t, wan_yuan, value_printed, unit, kind, page, block, section, span_start, span_end FROM facts WHERE id = 'f1'`).get();
    expect(fact).toMatchObject({ value_exact: '2392.94', t: 'text', wan_yuan: '2392.94', value_printed: '2392.94', unit: '万元', kind: 'money', block: L.budget, section: 's2.1.1' });
    const rate = d.db.prepare(`SELECT value_exact, unit, table_block, "row", col FROM facts WHERE id = 'f3'`).get();
    expect(rate).toEqual({ value_exact: '135.42', unit: '%', table_block: L.selfEval, row: L.totalRow, col: L.rateCol });
    const types = d.db.prepare(`SELECT DISTINCT typeof(weight) AS t FROM indicators UNION SELECT DISTINCT typeof(expected) FROM findings`).all();
    expect(types).toEqual([{ t: 'text' }]);
    d.close();
  });

  it('keeps the 评价等级, the formula of a rate and a 一级指标 weight', async () => {
    const report = await seedReport();
    const withExtras = structuredClone(report) as Report & Record<string, unknown>;
    Object.assign(withExtras.meta, { grade: { text: '优', location: report.facts[0]!.location } });
    Object.assign(withExtras.relations[0]!, { formula: 'growth' });
    Object.assign(withExtras.indicators[0]!, { level1Weight: report.indicators[0]!.weight });
    const d = memory();
    d.writeReport(withExtras);
    expect(d.db.prepare(`SELECT grade FROM documents`).get()).toEqual({ grade: '优' });
    expect(d.db.prepare(`SELECT formula FROM relations`).get()).toEqual({ formula: 'growth' });
    expect(d.db.prepare(`SELECT level1_weight FROM indicators`).get()).toEqual({ level1_weight: '10' });
    d.writeReport(report);
    expect(d.db.prepare(`SELECT grade FROM documents`).get()).toEqual({ grade: null });
    d.close();
  });

  it('puts each paragraph in its innermost section', async () => {
    const d = memory();
    d.writeReport(await seedReport());
    const L = await seedBlocks();
    const sectionOf = d.db.prepare(`SELECT section FROM paragraphs WHERE block = ?`);
    expect(sectionOf.get(L.budget)).toEqual({ section: 's2.1.1' });
    expect(sectionOf.get(L.heading211)).toEqual({ section: 's2.1.1' }); // a heading belongs to its own section
    expect(sectionOf.get(L.management)).toEqual({ section: 's2.1' });
    expect(sectionOf.get(L.project)).toEqual({ section: 's2' });
    expect(sectionOf.get(L.intro)).toEqual({ section: null });
    d.close();
  });

  it('is idempotent: writing the same report twice adds nothing', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeReport(report);
    const dump = d.canonicalDump();
    const stats = d.stats();
    const searchRows = count(d, 'search_rows');
    d.writeReport(report);
    d.writeReport(report);
    expect(d.canonicalDump()).toBe(dump);
    expect(d.stats()).toEqual(stats);
    expect(count(d, 'search_rows')).toBe(searchRows);
    d.close();
  });

  it('replaces every row of a rewritten document', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeReport(report);
    const fewer = Report.parse({ ...report, facts: report.facts.slice(0, 1), findings: [] });
    d.writeReport(fewer);
    const fresh = memory();
    fresh.writeReport(fewer);
    expect(d.canonicalDump()).toBe(fresh.canonicalDump());
    expect(d.stats()).toMatchObject({ documents: 1, facts: 1, findings: { error: 0, warning: 0, info: 0 } });
    d.close();
    fresh.close();
  });

  it('writes a document in one transaction: a write that fails leaves the earlier version whole', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeReport(report);
    const before = d.canonicalDump();
    const broken = structuredClone(report);
    broken.facts = [broken.facts[0]!, { ...broken.facts[1]!, id: broken.facts[0]!.id }]; // duplicate key → the insert fails midway
    expect(() => d.writeReport(broken)).toThrow(/UNIQUE/);
    expect(d.canonicalDump()).toBe(before);
    d.close();
  });

  it('records failures, replaces a repeated failure of the same bytes, and retries transient ones', async () => {
    const d = memory();
    const sha = 'a'.repeat(64);
    d.writeFailure({ path: 'in/bad.docx', sha256: sha, bytes: 120, error: corrupt });
    expect(d.has(sha)).toBe(true);
    d.writeFailure({ path: 'in/bad.docx', sha256: sha, bytes: 120, error: { kind: 'encrypted', message: 'password protected', transient: false } });
    expect(d.stats()).toMatchObject({ documents: 1, failed: 1, failures: { encrypted: 1 } });
    const slow = 'b'.repeat(64);
    d.writeFailure({ path: 'in/slow.pdf', sha256: slow, bytes: null, error: { kind: 'timeout', message: 'took too long', transient: true } });
    expect(d.has(slow)).toBe(false); // a timeout may pass next time
    expect(d.stats()).toMatchObject({ documents: 2, ok: 0, failed: 2, failures: { encrypted: 1, timeout: 1 } });
    expect(d.db.prepare(`SELECT error_kind, error_message, error_transient, bytes FROM documents WHERE sha256 = ?`).get(sha)).toEqual({
      error_kind: 'encrypted',
      error_message: 'password protected',
      error_transient: 0,
      bytes: 120,
    });
    d.close();
  });

  it('a report replaces a failure of the same bytes, and a later failure never replaces a report', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeFailure({ path: SEED_PATH, sha256: report.source.sha256, bytes: report.source.bytes, error: { kind: 'timeout', message: 'slow', transient: true } });
    d.writeReport(report);
    expect(d.stats()).toMatchObject({ documents: 1, ok: 1, failed: 0 });
    d.writeFailure({ path: SEED_PATH, sha256: report.source.sha256, bytes: report.source.bytes, error: { kind: 'timeout', message: 'slow', transient: true } });
    expect(d.stats()).toMatchObject({ documents: 1, ok: 1, failed: 0, facts: 3 });
    d.close();
  });

  it('keeps each version of a re-ingested path and marks the older one superseded', async () => {
    const d = memory();
    const v1 = await otherReport('in/edu.txt');
    const v2 = Report.parse({ ...v1, source: { ...v1.source, sha256: 'c'.repeat(64) } });
    d.writeReport(v1);
    d.writeReport(v2);
    const rows = d.db.prepare(`SELECT sha256, superseded FROM documents ORDER BY superseded`).all();
    expect(rows).toEqual([
      { sha256: 'c'.repeat(64), superseded: 0 },
      { sha256: v1.source.sha256, superseded: 1 },
    ]);
    d.close();
  });

  it('canonical dumps agree for datasets built in a different order, from different folders', async () => {
    const seed = await seedReport();
    const other = await otherReport();
    const relocated = (r: Report, root: string): Report => Report.parse({ ...r, source: { ...r.source, path: `${root}/${r.source.path}` } });

    const a = Dataset.open({ path: join(dir, 'a.db') });
    a.writeReport(seed);
    a.writeFailure({ path: 'bad/x.pdf', sha256: 'd'.repeat(64), bytes: 9, error: corrupt });
    a.writeReport(other);

    const b = memory();
    b.writeReport(relocated(other, '/srv/reports'));
    b.writeFailure({ path: '/srv/reports/bad/x.pdf', sha256: 'd'.repeat(64), bytes: 9, error: corrupt });
    b.writeReport(relocated(seed, '/srv/reports'));
    b.writeReport(relocated(seed, '/srv/reports'));

    const dump = a.canonicalDump();
    expect(b.canonicalDump()).toBe(dump);
    expect(dump).not.toMatch(/ingested_at|\/srv\//);
    expect(dump).toContain('"corpus/huaihua-gxj-2023.docx"');

    const c = memory();
    c.writeReport(seed);
    expect(c.canonicalDump()).not.toBe(dump);
    for (const x of [a, b, c]) x.close();
  });

  it('returns the stored Report whole', async () => {
    const report = await seedReport();
    const d = memory();
    d.writeReport(report);
    expect(d.report(report.source.sha256)).toEqual(report);
    expect(d.report('e'.repeat(64))).toBeNull();
    d.close();
  });

  it('opens files in WAL mode; read-only handles refuse writes; close twice is safe', async () => {
    const path = join(dir, 'new-folder', 'wal.db'); // the folder is created
    const d = Dataset.open({ path });
    expect(d.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.db.pragma('busy_timeout', { simple: true })).toBe(60_000);
    d.writeReport(await otherReport());
    d.close();
    d.close();
    const r = Dataset.open({ path, readonly: true });
    expect(r.stats().documents).toBe(1);
    expect(() => r.writeFailure({ path: null, sha256: 'f'.repeat(64), bytes: null, error: corrupt })).toThrow(/read-only/);
    r.close();
    expect(() => d.writeReport({} as Report)).toThrow(/closed/);
  });

  it('gives a new file 8 KiB pages; a file with 4 KiB pages (an older gouji’s) keeps them and holds the same rows', async () => {
    const report = await otherReport();
    const fresh = Dataset.open({ path: join(dir, 'pages-new.db') });
    expect(fresh.db.pragma('page_size', { simple: true })).toBe(8192);
    fresh.writeReport(report);
    const old = join(dir, 'pages-old.db');
    const raw = new BetterSqlite3(old);
    raw.pragma('page_size = 4096');
    raw.pragma('journal_mode = WAL');
    raw.close();
    const older = Dataset.open({ path: old });
    expect(older.db.pragma('page_size', { simple: true })).toBe(4096);
    older.writeReport(report);
    expect(older.canonicalDump()).toBe(fresh.canonicalDump());
    for (const d of [fresh, older]) d.close();
    const reopened = Dataset.open({ path: old });
    expect(reopened.db.pragma('page_size', { simple: true })).toBe(4096);
    reopened.close();
  });

  it('finds the directory paths share', () => {
    expect(commonDirectory(['/a/b/x.pdf', '/a/b/c/y.pdf'])).toBe('/a/b/');
    expect(commonDirectory(['x.pdf'])).toBe('');
    expect(commonDirectory(['a\\b\\x.pdf', 'a\\b\\y.pdf'])).toBe('a/b/');
    expect(commonDirectory([])).toBe('');
  });
});
