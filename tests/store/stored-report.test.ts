import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, sha256 } from '../../src/analyze.js';
import { Report } from '../../src/model/index.js';
import { ThreadPool } from '../../src/queue/pool.js';
import { Dataset } from '../../src/store/dataset.js';
import { rowsOf } from '../../src/store/columns.js';
import { reportRows } from '../../src/store/rows.js';
import { searchRows } from '../../src/store/search-rows.js';
import { INDEX_DOCUMENT_SQL } from '../../src/store/search-index.js';
import { storedFromJson, storedFromValid, storedReport, storedToJson, type StoredReport } from '../../src/store/stored-report.js';
import { analyzedCorpus } from '../helpers/analyzed.js';
import { SEED_TXT } from '../helpers/variants.js';
import { otherReport, seedReport } from './fixture.js';

const SEARCH_COLUMNS = `document, kind, block, "row", page, section, ref, text, tokens`;
const searchRowsOf = (d: Dataset): unknown[] => d.db.prepare(`SELECT id, ${SEARCH_COLUMNS} FROM search_rows ORDER BY id`).all();

/** The report's search rows as the SQL of search-index.ts makes them from its stored rows (the path older files are indexed by). */
function searchRowsBySql(stored: StoredReport): unknown[] {
  const d = Dataset.open({ path: ':memory:' });
  d.writeBatch([{ stored: { ...stored, search: { names: [], values: [], count: 0 } } }]);
  for (const sql of INDEX_DOCUMENT_SQL) d.db.prepare(sql).run({ document: stored.sha256 });
  const rows = searchRowsOf(d);
  d.close();
  return rows;
}

function searchRowsWritten(stored: StoredReport): unknown[] {
  const d = Dataset.open({ path: ':memory:' });
  d.writeBatch([{ stored }]);
  const rows = searchRowsOf(d);
  d.close();
  return rows;
}

/** The seed with the white space SQLite's trim() and JavaScript's trim() disagree on: blank-looking paragraphs and cells. */
async function awkwardReport(): Promise<Report> {
  const r = structuredClone(await analyzedCorpus('huaihua-gxj-2023.txt', { path: 'awkward.txt' }));
  const paragraphs = r.document.blocks.filter((b) => b.kind === 'paragraph');
  paragraphs[1]!.text = '   '; // spaces only: not indexed
  paragraphs[2]!.text = '\t'; // a tab: SQLite's trim() keeps it, so it is indexed
  paragraphs[3]!.text = '\u3000'; // an ideographic space: indexed too
  const table = r.document.blocks.find((b) => b.kind === 'table');
  if (table?.kind === 'table') {
    table.cells[0]!.text = ' ';
    table.cells[1]!.text = '\n';
  }
  if (r.sections[0]) r.sections[0].number = null;
  return r;
}

let pool: ThreadPool | null = null;
afterAll(() => pool?.close());

describe('StoredReport: the rows built where a report is read', () => {
  it('gives the same search rows, in the same order, as the SQL the migration indexes older files with', async () => {
    const reports = [
      await seedReport(),
      await otherReport(),
      await awkwardReport(),
      ...(await Promise.all(['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'other-tables-2024.docx', 'real/putuo-justice-2026-dept-budget.pdf'].map((n) => analyzedCorpus(n, { path: n })))),
    ];
    for (const report of reports) {
      const stored = storedFromValid(report);
      const bySql = searchRowsBySql(stored);
      expect(bySql.length).toBeGreaterThan(0);
      expect(searchRowsWritten(stored)).toEqual(bySql);
    }
  });

  it('is built the same in a pool thread as on this thread: rows, search tokens (tables too), the stored JSON', async () => {
    pool = new ThreadPool({ size: 1 });
    for (const file of [SEED_TXT]) {
      const bytes = new Uint8Array(readFileSync(file));
      const here = storedReport(await analyze(bytes, { path: file }));
      const outcome = await pool.run({ path: file, sha256: sha256(bytes), bytes, output: 'stored' });
      if (!outcome.ok) throw new Error(outcome.error.message);
      const there = outcome.stored;
      expect(outcome.rowsMs).toBeGreaterThan(0);
      expect(there.rows).toEqual(here.rows);
      expect(there.search).toEqual(here.search);
      expect(there.document).toEqual(here.document);
      expect(there.summary).toEqual(here.summary);
      expect(JSON.parse(inflateRawSync(there.json).toString('utf8'))).toEqual(JSON.parse(inflateRawSync(here.json).toString('utf8')));
      const search = rowsOf(there.search, there.sha256);
      expect(search.some((s) => typeof s['tokens'] === 'string' && s['tokens'].includes('万元'))).toBe(true);
      expect(new Set(search.map((s) => s['kind']))).toEqual(new Set(['paragraph', 'section', 'fact', 'table_row']));
    }
  });

  it('goes through a BullMQ return value (JSON) unchanged, and another version of the rows is refused', async () => {
    const seedRows = await seedReport();
    const stored = storedFromValid(seedRows);
    const back = storedFromJson(JSON.parse(JSON.stringify(storedToJson(stored))));
    expect({ ...back, json: Buffer.from(back.json) }).toEqual({ ...stored, json: Buffer.from(stored.json) });
    // version 1 (an object per row, from a worker of an older gouji) and a later version are refused
    expect(() => storedFromJson({ ...(storedToJson(stored) as object), version: 1, rows: reportRows(seedRows), search: [] })).toThrow();
    expect(() => storedFromJson({ ...(storedToJson(stored) as object), version: 3 })).toThrow();
    const json = storedToJson(stored) as { rows: Record<string, { values: unknown[] }> };
    expect(() => storedFromJson({ ...json, rows: { ...json.rows, facts: { ...json.rows['facts'], values: ['not a column'] } } })).toThrow(/a column of values/);
    expect(() => storedFromJson({ ...(storedToJson(stored) as object), rows: { facts: [] } })).toThrow(); // tables missing
    // a count that does not match its columns (rows would be dropped or made up) and a column without a name
    const facts = json.rows['facts'] as unknown as { names: string[]; values: unknown[][]; count: number };
    expect(facts.count).toBeGreaterThan(1);
    expect(() => storedFromJson({ ...json, rows: { ...json.rows, facts: { ...facts, count: facts.count - 1 } } })).toThrow(/each `count` values long/);
    expect(() => storedFromJson({ ...json, rows: { ...json.rows, facts: { ...facts, values: [...facts.values, []] } } })).toThrow(/one column per name/);
    // a row SQLite cannot take is refused as it is bound: that report alone, nothing of it stored
    const odd = storedFromJson(JSON.parse(JSON.stringify(storedToJson(stored))));
    odd.rows.facts.values[odd.rows.facts.names.indexOf('label')]![0] = { not: 'a value' } as unknown as string;
    const d = Dataset.open({ path: ':memory:' });
    const refused = d.writeBatch([{ stored: odd }, { stored: storedFromValid(await otherReport()) }]);
    expect(refused.map((r) => r.index)).toEqual([0]);
    expect(d.stats()).toMatchObject({ documents: 1, ok: 1 });
    d.close();
  });

  it('stores exactly the JSON of the Report validated from its JSON text (what `gouji analyze --format json` prints)', async () => {
    const asPrinted = (r: Report): string => JSON.stringify(Report.parse(JSON.parse(JSON.stringify(r))));
    const inflated = (stored: StoredReport): string => inflateRawSync(stored.json).toString('utf8');
    const reports = await Promise.all(['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.txt', 'other-tables-2024.docx', 'real/putuo-justice-2026-dept-budget.pdf'].map((n) => analyzedCorpus(n, { path: n })));
    for (const report of reports) {
      // analyze() builds its objects in its own key order; the schema's copy has the schema's
      expect(JSON.stringify(report)).not.toBe(asPrinted(report));
      expect(inflated(storedReport(report))).toBe(asPrinted(report));
      expect(inflated(storedReport(JSON.stringify(report)))).toBe(asPrinted(report));
    }
    // values the JSON text would change (NaN → null, a Date → its ISO string) are stored as that text has them
    const odd = { ...reports[2]!, source: { ...reports[2]!.source, pages: Number.NaN }, meta: { ...reports[2]!.meta, title: new Date(0) as unknown as string } };
    const stored = inflated(storedReport(odd));
    expect(stored).toBe(asPrinted(odd));
    expect(JSON.parse(stored)).toMatchObject({ source: { pages: null }, meta: { title: '1970-01-01T00:00:00.000Z' } });
  });

  it('carries the rows column by column, without their document column, and they read back as the row objects', async () => {
    for (const report of [await seedReport(), await analyzedCorpus('real/putuo-justice-2026-dept-budget.pdf', { path: 'p.pdf' })]) {
      const stored = storedFromValid(report);
      const rows = reportRows(report);
      for (const table of Object.keys(rows) as (keyof typeof rows)[]) {
        const columns = stored.rows[table];
        expect(columns.names).not.toContain('document');
        expect(columns.values.every((v) => v.length === columns.count)).toBe(true);
        expect(rowsOf(columns, stored.sha256)).toEqual(rows[table]);
      }
      expect(stored.rows.cells.count).toBeGreaterThan(0);
      expect(rowsOf(stored.search, stored.sha256)).toEqual(searchRows(rows));
      // what the dataset holds is those rows, in table order, with the report's sha256 bound as `document`
      const d = Dataset.open({ path: ':memory:' });
      d.writeBatch([{ stored }]);
      const facts = d.db.prepare(`SELECT * FROM facts ORDER BY id`).all();
      expect(facts).toEqual([...rows.facts].sort((a, b) => (String(a['id']) < String(b['id']) ? -1 : 1)));
      d.close();
    }
  });

  it('validates the Report it is given (a Report that does not validate is never stored)', async () => {
    const broken = { ...(await seedReport()), facts: [{ id: 'f1' }] } as unknown as Report;
    expect(() => storedReport(broken)).toThrow(/facts/);
  });
});
