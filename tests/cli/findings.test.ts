import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, parseCsv } from '../../src/store/csv.js';
import type { FindingRow } from '../../src/store/query.js';
import { datasetFile, run, seedBlocks } from './dataset-fixture.js';

let dir: string;
let db: string;
beforeAll(async () => ({ dir, db } = await datasetFile()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji findings', () => {
  it('prints a table, errors first', async () => {
    const { code, stdout } = await run(['findings', '--db', db]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^severity +rule +department +year +file +where +formula$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['error', 'warning', 'info']);
    expect(lines[1]).toContain('预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%');
    const L = await seedBlocks();
    // A person's place: the table's caption (表题) and 1-based row and column, and the file.
    expect(lines[1]).toContain(`表「整体支出绩效自评表」 row ${L.totalRow + 1}, col ${L.rateCol + 1}`);
    expect(lines[1]).toContain('huaihua-gxj-2023.docx');
  });

  it('filters by severity and rule, and prints JSON', async () => {
    const { stdout } = await run(['findings', '--db', db, '--severity', 'error', '--format', 'json']);
    const rows = JSON.parse(stdout) as FindingRow[];
    expect(rows.map((r) => [r.rule, r.severity, r.values.length])).toEqual([['rate-check', 'error', 3]]);
    const sums = JSON.parse((await run(['findings', '--db', db, '--rule', 'sum-check', '--format', 'json'])).stdout) as FindingRow[];
    expect(sums.map((r) => r.department)).toEqual(['某县教育局', '怀化市工业和信息化局']);
    // A rule gouji has that found nothing here is no error.
    expect((await run(['findings', '--db', db, '--rule', 'grade'])).stdout).toBe('no findings\n');
  });

  it('refuses an unknown rule with exit 64, listing the rules', async () => {
    const { code, stdout, stderr } = await run(['findings', '--db', db, '--rule', 'no-such-rule']);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown rule "no-such-rule"');
    for (const rule of ['rate', 'sum', 'same-figure', 'rate-check']) expect(stderr).toContain(rule);
  });

  it('prints CSV with a BOM that parses back', async () => {
    const { stdout } = await run(['findings', '--db', db, '--format', 'csv', '--year', '2023']);
    expect(stdout.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(stdout);
    expect(rows).toHaveLength(2);
    expect(rows[0]![header!.indexOf('formula')]).toContain('135.42%');
    expect(JSON.parse(rows[0]![header!.indexOf('values')]!)).toHaveLength(3);
    // Rows and columns 1-based for people; the caption and the files are there.
    const L = await seedBlocks();
    const rate = rows.find((r) => r[header!.indexOf('formula')]!.includes('135.42%'))!;
    expect(rate[header!.indexOf('row')]).toBe(String(L.totalRow + 1));
    expect(rate[header!.indexOf('col')]).toBe(String(L.rateCol + 1));
    expect(rate[header!.indexOf('table_caption')]).toBe('整体支出绩效自评表');
    expect(rate[header!.indexOf('files')]).toBe('corpus/huaihua-gxj-2023.docx');
  });

  it('rejects an unknown severity', async () => {
    const { code, stderr } = await run(['findings', '--db', db, '--severity', 'fatal']);
    expect(code).toBe(64);
    expect(stderr).toContain('--severity must be one of error, warning, info');
  });
});
