import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, parseCsv } from '../../src/store/csv.js';
import { datasetFile, run } from './dataset-fixture.js';

let dir: string;
let db: string;
beforeAll(async () => ({ dir, db } = await datasetFile()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji export', () => {
  it('writes CSV files (with BOM) and lists them with their row counts', async () => {
    const out = join(dir, 'csv');
    const { code, stdout } = await run(['export', '--db', db, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^table +rows +file$/m);
    expect(stdout).toMatch(new RegExp(`^documents +2 +${out.replace(/[/\\]/g, '.')}.documents\\.csv$`, 'm'));
    expect(stdout).toMatch(/^facts +4 +/m);
    // counts right-aligned under their header: every line's count ends where “rows” ends
    const countEnds = stdout.trimEnd().split('\n').map((l) => /^\S+ +\S+/.exec(l)![0].length);
    expect(new Set(countEnds).size).toBe(1);
    const facts = readFileSync(join(out, 'facts.csv'), 'utf8');
    expect(facts.startsWith(BOM)).toBe(true);
    expect(parseCsv(facts)).toHaveLength(5);
  });

  it('writes JSONL files and reports.jsonl', async () => {
    const out = join(dir, 'jsonl');
    expect((await run(['export', '--db', db, '--out', out, '--format', 'jsonl'])).code).toBe(0);
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(true);
    expect(readFileSync(join(out, 'reports.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('writes an Excel workbook and lists its sheets', async () => {
    const out = join(dir, 'xlsx');
    const { code, stdout } = await run(['export', '--db', db, '--out', out, '--format', 'xlsx']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^findings +\d+$/m);
    expect(stdout).toMatch(/^documents +2$/m);
    expect(stdout).toContain(`wrote ${join(out, 'gouji.xlsx')}`);
    expect(readFileSync(join(out, 'gouji.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('needs --out', async () => {
    const { code, stderr } = await run(['export', '--db', db]);
    expect(code).toBe(64);
    expect(stderr).toContain('export needs --out DIR');
  });
});
