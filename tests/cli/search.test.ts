import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/store/search.js';
import { datasetFile, run, seedBlocks, type SeedLayout } from './dataset-fixture.js';

let dir: string;
let db: string;
let L: SeedLayout;
beforeAll(async () => {
  ({ dir, db } = await datasetFile());
  L = await seedBlocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji search', () => {
  it('prints ranked hits with document, place and a marked snippet', async () => {
    const { code, stdout } = await run(['search', '智慧怀化', '--db', db, '--limit', '3']);
    expect(code).toBe(0);
    const hits = stdout.trimEnd().split('\n');
    expect(hits).toHaveLength(9); // three lines per hit
    expect(hits[0]).toMatch(/^ 1 {2}corpus\/huaihua-gxj-2023\.docx {2}怀化市工业和信息化局 2023 /);
    expect(stdout).toContain('⟦智慧怀化⟧');
    expect(stdout).not.toContain('\x1b[');
  });

  it('shows the section of a prose hit by its heading as printed, as findings and facts do', async () => {
    const { stdout } = await run(['search', '2392.94', '--db', db, '--department', '工业']);
    expect(stdout).toMatch(/^ +1\.预算执行情况 · paragraph$/m);
    expect(stdout).not.toContain('1 预算执行情况'); // not number + title
    // the same paragraph's figure, as `gouji facts` names its place
    const facts = await run(['facts', '--db', db, '--label', '预算收入', '--department', '工业']);
    expect(facts.stdout).toMatch(/ 1\.预算执行情况\n/);
    expect(stdout).toContain('预算收入⟦2392.94⟧万元');
    // Tables by caption, rows counted from 1.
    expect(stdout).toContain(`表「整体支出绩效自评表」 row ${L.totalRow + 1}\n`);
  });

  it('highlights with ANSI colour on a terminal', async () => {
    const { stdout } = await run(['search', '智慧怀化', '--db', db, '--limit', '1'], true);
    expect(stdout).toContain('\x1b[1;31m智慧怀化\x1b[0m');
  });

  it('prints JSON hits', async () => {
    const { code, stdout } = await run(['search', '135.42%', '--db', db, '--format', 'json', '--year', '2023']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as SearchHit[];
    expect(hits.map((h) => h.block).sort()).toEqual([L.budget, L.selfEval].sort());
    expect(hits[0]!.document.year).toBe(2023);
  });

  it('says so when nothing matches', async () => {
    expect(await run(['search', '不存在的词语', '--db', db])).toMatchObject({ code: 0, stdout: 'no hits for "不存在的词语"\n' });
  });

  it('explains a missing dataset and bad arguments', async () => {
    const missing = await run(['search', '智慧怀化', '--db', `${dir}/nope.db`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no dataset at .*nope\.db — build one with `gouji ingest/);
    expect((await run(['search', '--db', db])).code).toBe(64);
    expect((await run(['search', 'x', '--db', db, '--limit', '0'])).code).toBe(64);
    expect((await run(['search', 'x', '--db', db, '--format', 'xml'])).code).toBe(64);
  });
});

describe('gouji ingest, then gouji search', () => {
  it('finds the seed report after ingest, and a second ingest adds nothing', async () => {
    const db2 = `${dir}/ingested.db`;
    expect((await run(['ingest', 'corpus/huaihua-gxj-2023.docx', '--db', db2, '--workers', '1'])).code).toBe(0);
    const first = await run(['search', '智慧怀化', '--db', db2, '--format', 'json']);
    const hits = JSON.parse(first.stdout) as SearchHit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.document.path?.endsWith('huaihua-gxj-2023.docx'))).toBe(true);

    const { Dataset } = await import('../../src/store/dataset.js');
    const dump = (): string => {
      const d = Dataset.open({ path: db2, readonly: true });
      try {
        return d.canonicalDump();
      } finally {
        d.close();
      }
    };
    const before = dump();
    expect((await run(['ingest', 'corpus/huaihua-gxj-2023.docx', '--db', db2, '--workers', '1'])).code).toBe(0);
    expect(dump()).toBe(before);
    expect((await run(['search', '智慧怀化', '--db', db2, '--format', 'json'])).stdout).toBe(first.stdout);
  });
});
