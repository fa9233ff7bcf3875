import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/model/index.js';
import { BOM, csvField, parseCsv } from '../../src/store/csv.js';
import { Dataset } from '../../src/store/dataset.js';
import { exportDataset } from '../../src/store/export.js';
import { otherReport, seedReport } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let d: Dataset;
beforeAll(async () => {
  d = Dataset.open({ path: ':memory:' });
  d.writeReport(await seedReport());
  d.writeReport(await otherReport());
  d.writeFailure({ path: 'in/broken, "really".pdf', sha256: 'a'.repeat(64), bytes: 3, error: { kind: 'corrupt_file', message: 'no %PDF header\nat all', transient: false } });
});

describe('csv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(2023)).toBe('2023');
    expect(parseCsv(`${BOM}a,"b,""c""\r\nd"\r\n1,2\r\n`)).toEqual([['a', 'b,"c"\r\nd'], ['1', '2']]);
  });
});

describe('exportDataset', () => {
  it('writes one CSV per table: UTF-8 with BOM, CRLF, parses back to the rows', () => {
    const out = join(dir, 'csv');
    const files = exportDataset(d, { format: 'csv', out });
    expect(files.map((f) => f.table)).toEqual(['documents', 'sections', 'paragraphs', 'cells', 'facts', 'relations', 'tables', 'table_rows', 'indicators', 'findings', 'finding_values', 'warnings']);
    const documents = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(documents.startsWith(BOM)).toBe(true);
    expect(readFileSync(join(out, 'documents.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(documents).toContain('\r\n');
    const [header, ...records] = parseCsv(documents);
    expect(header).toContain('sha256');
    expect(records).toHaveLength(3);
    const failed = records.find((r) => r[header!.indexOf('status')] === 'failed')!;
    expect(failed[header!.indexOf('path')]).toBe('in/broken, "really".pdf');
    expect(failed[header!.indexOf('error_message')]).toBe('no %PDF header\nat all');

    for (const f of files) {
      const [h, ...rows] = parseCsv(readFileSync(f.file, 'utf8'));
      expect(rows).toHaveLength(f.rows);
      expect(rows.every((r) => r.length === h!.length)).toBe(true);
    }
    const [fh, ...facts] = parseCsv(readFileSync(join(out, 'facts.csv'), 'utf8'));
    const f1 = facts.find((r) => r[fh!.indexOf('id')] === 'f1' && r[fh!.indexOf('label')] === '预算收入' && r[fh!.indexOf('value_exact')] === '2392.94');
    expect(f1).toBeDefined();
    expect(JSON.parse(f1![fh!.indexOf('dims')]!)).toEqual({ year: '2023' });
    const [wh, warning] = parseCsv(readFileSync(join(out, 'warnings.csv'), 'utf8'));
    expect(warning![wh!.indexOf('message')]).toBe('测试用的提示, with "quotes", commas\nand a line break');
  });

  it('writes one JSONL per table with JSON columns embedded, and reports.jsonl with whole Reports', async () => {
    const out = join(dir, 'jsonl');
    const files = exportDataset(d, { format: 'jsonl', out });
    expect(files.at(-1)).toMatchObject({ table: 'reports', rows: 2 });
    const lines = (name: string) => readFileSync(join(out, name), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const findings = lines('findings.jsonl');
    expect(findings).toHaveLength(3);
    expect(Array.isArray(findings[0]!.values)).toBe(true);
    expect(lines('facts.jsonl').find((f) => f.id === 'f2')).toMatchObject({ dims: { kind: '决算数', year: '2023' }, value_exact: '3241.81' });
    const reports = lines('reports.jsonl').map((r) => Report.parse(r));
    expect(reports.map((r) => r.meta.department).sort()).toEqual(['怀化市工业和信息化局', '某县教育局']);
    expect(reports.find((r) => r.meta.year === 2023)).toEqual(await seedReport());
  });
});
