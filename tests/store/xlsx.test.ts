import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { displayWidth } from '../../src/cli/text-table.js';
import { parseCsv } from '../../src/store/csv.js';
import { Dataset } from '../../src/store/dataset.js';
import { exportDataset } from '../../src/store/export.js';
import { EXCEL_CELL_LIMIT, exportWorkbook, fitCell } from '../../src/store/xlsx.js';
import { report } from '../corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-xlsx-'));
let dataset: Dataset;
let workbook: ExcelJS.Workbook;
let csvRows: Map<string, number>;
let xlsxFile: string;

/** A report with one paragraph longer than an Excel cell holds. */
const LONG = `2023年度某县长文局部门整体支出绩效自评报告\n2023年预算收入100.00万元，决算支出90.50万元。\n${'本段为很长的情况说明文字，'.repeat(3500)}\n`;

beforeAll(async () => {
  dataset = Dataset.open({ path: join(dir, 'gouji.db') });
  for (const name of ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.txt']) dataset.writeReport(await report(name));
  dataset.writeReport(await analyze(new TextEncoder().encode(LONG), { path: 'long.txt' }));
  csvRows = new Map(exportDataset(dataset, { format: 'csv', out: join(dir, 'csv') }).map((f) => [f.table, f.rows]));
  xlsxFile = (await exportWorkbook(dataset, { out: join(dir, 'xlsx') })).file;
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
}, 600_000);
afterAll(() => {
  dataset?.close();
  rmSync(dir, { recursive: true, force: true });
});

function header(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('the Excel workbook', () => {
  it('has a sheet per table with the same rows as the CSV export, and a findings sheet with one row per finding per file', () => {
    for (const [table, rows] of csvRows) {
      const sheet = workbook.getWorksheet(table === 'findings' ? 'findings_table' : table)!;
      expect(sheet, table).toBeDefined();
      expect(sheet.actualRowCount - 1, table).toBe(rows);
    }
    expect(workbook.getWorksheet('findings')!.actualRowCount - 1).toBe(csvRows.get('findings'));
    expect(workbook.worksheets[0]!.name).toBe('findings');
  });

  it('freezes the header row and fits the width of Chinese text', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const people = workbook.getWorksheet('findings')!;
    const dept = header(people).indexOf('department 单位') + 1;
    expect(people.getColumn(dept).width).toBeGreaterThanOrEqual(displayWidth('怀化市工业和信息化局'));
  });

  it('gives the auditor file, place (表题, 1-based row/col), formula, stated, recomputed, difference', () => {
    const people = workbook.getWorksheet('findings')!;
    const h = header(people);
    const rows = people.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    const at = (row: unknown[], name: string) => row[h.indexOf(name)];
    const cell = rows.find((r) => at(r, 'table caption 表题') === '整体支出绩效自评表' && String(at(r, 'file')).endsWith('.docx'))!;
    expect(cell).toBeDefined();
    expect(at(cell, 'stated 报告数')).toBe('135.42'); // text with its printed decimals
    expect(at(cell, 'recomputed 重算数')).toBe('100.00');
    expect(at(cell, 'difference 差额')).toBe('-35.42');
    const stored = dataset.db.prepare(`SELECT f."row", f.col FROM findings f JOIN documents d ON d.sha256 = f.document WHERE d.format = 'docx' AND f.expected = '100.00'`).get() as { row: number; col: number };
    expect(at(cell, 'row 行 (1-based)')).toBe(stored.row + 1);
    expect(at(cell, 'column 列 (1-based)')).toBe(stored.col + 1);
    expect(at(cell, 'department 单位')).toBe('怀化市工业和信息化局');
    expect(at(cell, 'year 年度')).toBe(2023);
    expect(String(at(cell, 'formula 公式'))).toContain('135.42%');
    // Every file of the report carries it.
    expect(rows.filter((r) => at(r, 'recomputed 重算数') === '100.00').map((r) => String(at(r, 'file')).split('.').pop()).sort()).toEqual(['docx', 'pdf', 'txt']);
  });

  it('keeps amounts as text with their decimals, and no cell over 32,767 characters', () => {
    const facts = workbook.getWorksheet('facts')!;
    const h = header(facts);
    const values = facts.getSheetValues().slice(2).map((r) => (r as unknown[])[h.indexOf('value_exact') + 1]);
    expect(values.every((v) => typeof v === 'string')).toBe(true);
    expect(values).toContain('100.00');
    let longest = 0;
    let truncated = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          const text = typeof c.value === 'string' ? c.value : '';
          longest = Math.max(longest, text.length);
          if (text.includes('…[truncated by gouji:')) truncated++;
        }),
      );
    }
    expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(truncated).toBeGreaterThan(0); // the long paragraph (and its search text) were cut, saying so
  });

  it('fitCell cuts with a marker that says how much', () => {
    expect(fitCell('短')).toBe('短');
    const cut = fitCell('字'.repeat(40_000));
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cut).toMatch(/…\[truncated by gouji: \d+ of 40000 characters left out\]$/);
  });

  const soffice = ['libreoffice', 'soffice'].find((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);
  it.skipIf(!soffice)('opens in LibreOffice with the same row counts as the CSV export', () => {
    const out = join(dir, 'lo');
    const home = mkdtempSync(join(tmpdir(), 'gouji-lo-home-'));
    // Every sheet to its own CSV (the last filter token -1), UTF-8 (76).
    const r = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${home}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, xlsxFile], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out);
    for (const [table, rows] of csvRows) {
      const name = files.find((f) => f === `gouji-${table === 'findings' ? 'findings_table' : table}.csv`)!;
      expect(name, `${table} in ${files.join(', ')}`).toBeDefined();
      expect(parseCsv(readFileSync(join(out, name), 'utf8')).length - 1, table).toBe(rows);
    }
    rmSync(home, { recursive: true, force: true });
  });
});
