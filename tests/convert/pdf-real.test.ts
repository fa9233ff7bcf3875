import { beforeAll, describe, expect, it } from 'vitest';
import { isPageNumber } from '../../src/convert/pdf/layout-patterns.js';
import type { Document } from '../../src/model/index.js';
import { cellAt, expectSpansConsistent, paragraphs, readCorpusPdf, rightOf, squash, tableWith } from './pdf-helpers.js';

/** What every real report must satisfy: clean text, no page furniture inside paragraphs. */
function expectCleanText(doc: Document): void {
  expect(doc.text).not.toContain('(cid:');
  expect(doc.text).not.toContain('\ufffd');
  expect(doc.text).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/u); // radicals mapped to ideographs
  for (const p of paragraphs(doc)) expect(isPageNumber(p), `paragraph “${p}” is a page number`).toBe(false);
  const furniture = new Set(doc.furniture.map((f) => squash(f.text)));
  for (const p of paragraphs(doc)) expect(furniture.has(squash(p)), `paragraph “${p}” is page furniture`).toBe(false);
  for (const b of doc.blocks) expect(b.page).not.toBeNull();
  expectSpansConsistent(doc);
}

describe('readPdf on putuo-justice-2026-dept-budget.pdf (WPS 表格, landscape, 元)', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readCorpusPdf('real/putuo-justice-2026-dept-budget.pdf');
  });

  it('reads clean text on all 23 pages', () => {
    expect(doc.pages).toBe(23);
    expectCleanText(doc);
    expect(paragraphs(doc)).toContain('2026年部门财务收支预算总表');
  });

  it('reads 财务收支预算总表 as a grid whose 总计 row carries the totals', () => {
    const t = tableWith(doc, '收入总计');
    expect(t.page).toBe(10);
    expect(rightOf(t, '收入总计')).toBe('96,282,213.44');
    expect(rightOf(t, '支出总计')).toBe('96,282,213.44');
    expect(rightOf(t, '一、财政拨款收入')).toBe('96,282,213.44');
    expect(rightOf(t, '一、公共安全支出')).toBe('87,267,272.44');
    expect(t.cells.find((c) => c.text === '本年收入')).toMatchObject({ row: 0, col: 0, colSpan: 2 });
  });

  it('reads 收入预算总表 by row and column header', () => {
    const t = tableWith(doc, '事业单位经营收入');
    expect(cellAt(t, '合计', '合计')).toBe('96282213.44');
    expect(cellAt(t, '合计', '财政拨款收入')).toBe('96282213.44');
    expect(cellAt(t, '行政运行', '财政拨款收入')).toBe('16726725.44');
    expect(cellAt(t, '购房补贴', '事业收入')).toBe('0.00');
  });

  it('makes 支出预算总表, continued on page 13, one table', () => {
    const t = tableWith(doc, '支出预算');
    expect([t.page, t.pageEnd]).toEqual([12, 13]);
    expect(cellAt(t, '合计', '基本支出')).toBe('25741666.44');
    expect(cellAt(t, '合计', '项目支出')).toBe('70540547.00');
    expect(cellAt(t, '其他司法支出', '项目支出')).toBe('38454900.00');
    expect(cellAt(t, '住房公积金', '合计')).toBe('2087959.00');
  });

  it('drops the header rows repeated on the continuation page of 一般公共预算支出功能分类预算表', () => {
    const t = tableWith(doc, '一般公共预算支出');
    expect([t.page, t.pageEnd]).toEqual([15, 16]);
    expect(t.cells.filter((c) => squash(c.text) === '功能分类科目编码')).toHaveLength(1);
    expect(t.cells.filter((c) => squash(c.text) === '一般公共预算支出')).toHaveLength(1);
    expect(cellAt(t, '卫生健康支出', '合计')).toBe('1149678.00');
    expect(cellAt(t, '合计', '项目支出')).toBe('70540547.00');
    expect(t.rows).toBe(25);
  });

  it('reads the 三公 table with its merged header cells', () => {
    const t = tableWith(doc, '机关运行经费预算数');
    expect(cellAt(t, '10.81', '机关运行经费预算数')).toBe('217.83');
    expect(cellAt(t, '10.81', '公务接待费')).toBe('0.83');
    expect(cellAt(t, '10.81', '运行费')).toBe('9.98');
    expect(t.cells.find((c) => squash(c.text) === '公务用车购置及运行费')!.colSpan).toBe(3);
  });
});

describe('readPdf on final-accounts-template-2024.pdf (WPS 文字 template, empty tables)', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readCorpusPdf('real/final-accounts-template-2024.pdf');
  });

  it('reads clean text on all 23 pages', () => {
    expect(doc.pages).toBe(23);
    expectCleanText(doc);
  });

  it('reads 收入支出决算总表 as a 30 × 4 grid with its row labels', () => {
    const t = tableWith(doc, '使用非财政拨款结余');
    expect([t.rows, t.cols]).toEqual([30, 4]);
    expect(rightOf(t, '本年收入合计')).toBe('');
    expect(rightOf(t, '本年支出合计')).toBe('');
    expect(t.cells.find((c) => c.text === '支出')).toMatchObject({ row: 0, col: 2, colSpan: 2 });
    expect(cellAt(t, '二十四、抗疫特别国债安排的支出', '决算数')).toBe('');
  });

  it('makes 财政拨款收入支出决算总表 over pages 8–9 one table', () => {
    const t = tableWith(doc, '年初财政拨款结转和结余');
    expect([t.page, t.pageEnd]).toEqual([8, 9]);
    expect(t.cells.some((c) => c.text === '十六、金融支出' && c.page === 9)).toBe(true);
    expect(t.cells.filter((c) => c.text === '收入')).toHaveLength(1);
  });
});
