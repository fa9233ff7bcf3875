import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, parseCsv } from '../../src/store/csv.js';
import type { FactRow } from '../../src/store/query.js';
import { datasetFile, run, seedBlocks } from './dataset-fixture.js';

let dir: string;
let db: string;
beforeAll(async () => ({ dir, db } = await datasetFile()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji facts', () => {
  it('prints facts by label as an aligned table', async () => {
    const { code, stdout } = await run(['facts', '--db', db, '--label', '预算收入']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^department +year +label +as written +value +unit +万元 +where$/);
    const L = await seedBlocks();
    expect(lines[1]).toMatch(new RegExp(`^怀化市工业和信息化局 +2023 +预算收入 +市工业和信息化局预算收入 +2392\\.94 +万元 +2392\\.94 +1\\.预算执行情况$`));
    expect(L.budget).toBeGreaterThan(0); // the place is the heading a person finds, not block #${L.budget}
    expect(lines[2]).toMatch(/^某县教育局 +2022 +预算收入 .* 1250\.50 +万元 +1250\.5( |$)/);
    // CJK characters take two columns: the year column starts at the same display column on every line.
    expect(lines.map((l) => displayColumn(l, l.search(/year|20\d\d/)))).toEqual([22, 22, 22]);
  });

  it('stops at --limit', async () => {
    const all = JSON.parse((await run(['facts', '--db', db, '--format', 'json'])).stdout) as FactRow[];
    const some = JSON.parse((await run(['facts', '--db', db, '--format', 'json', '--limit', '2'])).stdout) as FactRow[];
    expect(all.length).toBeGreaterThan(2);
    expect(some).toEqual(all.slice(0, 2));
    expect((await run(['facts', '--db', db, '--limit', '0'])).code).toBe(64);
  });

  it('filters by department and year; JSON and CSV', async () => {
    const json = JSON.parse((await run(['facts', '--db', db, '--year', '2023', '--format', 'json'])).stdout) as FactRow[];
    expect(json.map((f) => [f.label, f.value_exact, f.unit])).toEqual([
      ['预算收入', '2392.94', '万元'],
      ['决算支出', '3241.81', '万元'],
      ['预算执行率', '135.42', '%'],
    ]);
    const csv = (await run(['facts', '--db', db, '--department', '教育', '--format', 'csv'])).stdout;
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(rows.map((r) => r[header!.indexOf('value_printed')])).toEqual(['1250.50']);
    expect((await run(['facts', '--db', db, '--label', '没有'])).stdout).toBe('no facts\n');
  });
});

function displayColumn(line: string, index: number): number {
  let w = 0;
  for (const ch of line.slice(0, index)) w += /[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
