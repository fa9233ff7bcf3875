import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/index.js';
import { cellAt, paragraphs, readCorpusPdf, tables, tableWith } from './pdf-helpers.js';

/**
 * Pages 20 and 24 of 西安市人民政府办公厅 2026 部门预算 (corpus/wide copy cut with qpdf): every cell
 * border is a filled 0.6-pt quadrilateral with mitred ends (“798 139.28 m 42 139.28 l 42 139.88 l
 * 797.4 139.88 l h f”), not a rectangle; read as no rules at all, the pages came out as paragraphs.
 */
describe('readPdf on xian-mitred-borders-2p.pdf (borders drawn as mitred bars)', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readCorpusPdf('pdf-layout/xian-mitred-borders-2p.pdf');
  });

  it('reads the table of each page from its rules, leaving only the title and unit as paragraphs', () => {
    expect(tables(doc).map((t) => [t.page, t.rows, t.cols])).toEqual([
      [1, 36, 8],
      [2, 26, 7],
    ]);
    expect(paragraphs(doc)).toEqual([
      '部门综合预算收支总表',
      '单位：元',
      '部门综合预算一般公共预算支出明细表（按支出功能分类科目）',
      '单位：元',
    ]);
  });

  it('puts every figure in its cell, a number pdf.js joined with the next cell kept whole', () => {
    const total = tableWith(doc, '支出功能分类科目（按大类）');
    // “92,165,133.99 一、部门预算” is one text item across the 预算数 | 支出功能分类科目 rule
    expect(cellAt(total, '一、部门预算', '预算数')).toBe('92,165,133.99');
    expect(cellAt(total, '1、一般公共服务支出', '预算数')).toBe('72,302,752.62');
    expect(cellAt(total, '20、住房保障支出', '预算数')).toBe('7,343,316.06');
    const detail = tableWith(doc, '功能科目编码');
    expect(cellAt(detail, '政府办公厅(室)及相关机构事务', '合计')).toBe('72,302,752.62');
    expect(cellAt(detail, '行政运行', '公用经费支出')).toBe('4,255,197.30');
    expect(cellAt(detail, '购房补贴', '人员经费支出')).toBe('2,886,263.08');
  });
});
