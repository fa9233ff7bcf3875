import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/index.js';
import { cellAt, expectSpansConsistent, paragraphs, readCorpusPdf, rightOf, squash, tables, tableWith } from './pdf-helpers.js';

/** An ONLYOFFICE export: CID TrueType fonts, ragged-right paragraphs, tables over two pages. */
describe('readPdf on putuo-finance-2024-final-accounts.pdf', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readCorpusPdf('real/putuo-finance-2024-final-accounts.pdf');
  });

  it('reads clean text on all 25 pages, with ragged-right paragraphs joined', () => {
    expect(doc.pages).toBe(25);
    expect(doc.text).not.toContain('(cid:');
    expect(doc.text).not.toContain('\ufffd');
    expectSpansConsistent(doc);
    const text = paragraphs(doc).map(squash);
    expect(text).toContain(
      squash('1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。'),
    );
    expect(text).toContain(squash('本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；'));
  });

  it('makes 收入支出决算总表 (pages 6–7) one grid whose 合计 and 总计 rows carry the figures', () => {
    const t = tableWith(doc, '使用非财政拨款结余（含专用结余）');
    expect([t.page, t.pageEnd]).toEqual([6, 7]);
    expect(rightOf(t, '一、一般公共预算财政拨款收入')).toBe('2,940.05');
    expect(rightOf(t, '本年收入合计')).toBe('2,946.25');
    expect(rightOf(t, '本年支出合计')).toBe('2,940.05');
    expect(rightOf(t, '年末结转和结余')).toBe('55.34');
    expect(rightOf(t, '总计', 0)).toBe('2,995.39');
    expect(rightOf(t, '总计', 1)).toBe('2,995.39');
    expect(rightOf(t, '十九、住房保障支出')).toBe('445.69');
  });

  it('reads 收入决算表 (pages 8–9) by row and column header', () => {
    const t = tableWith(doc, '附属单位上缴收入');
    expect([t.page, t.pageEnd]).toEqual([8, 9]);
    expect(cellAt(t, '合计', '本年收入合计')).toBe('2,946.25');
    expect(cellAt(t, '合计', '财政拨款收入')).toBe('2,940.05');
    expect(cellAt(t, '合计', '其他收入')).toBe('6.20');
    expect(cellAt(t, '行政运行', '本年收入合计')).toBe('1,511.90');
    expect(cellAt(t, '行政运行', '其他收入')).toBe('0.01');
    expect(cellAt(t, '购房补贴', '财政拨款收入')).toBe('258.50');
  });

  it('reads 支出决算表 合计 row and column', () => {
    const t = tableWith(doc, '对附属单位补助支出');
    expect(cellAt(t, '合计', '本年支出合计')).toBe('2,940.05');
    expect(cellAt(t, '合计', '基本支出')).toBe('2,336.91');
    expect(cellAt(t, '合计', '项目支出')).toBe('603.14');
    expect(cellAt(t, '行政运行', '项目支出')).toBe('8.37');
  });

  it('reads 财政拨款收入支出决算总表 (pages 12–14) and 基本支出决算表 (pages 16–17)', () => {
    const total = tableWith(doc, '年初财政拨款结转和结余');
    expect(total.page).toBe(12);
    expect(rightOf(total, '年初财政拨款结转和结余')).toBe('21.63');
    expect(cellAt(total, '一、一般公共服务支出', '合计')).toBe('2,106.66');
    const basic = tableWith(doc, '人员经费合计');
    expect([basic.page, basic.pageEnd]).toEqual([16, 17]);
    expect(rightOf(basic, '人员经费合计')).toBe('2,152.26');
    expect(rightOf(basic, '公用经费合计')).toBe('184.65');
    expect(rightOf(basic, '津贴补贴')).toBe('1,238.58');
  });

  it('reads 一般公共预算财政拨款支出决算表 (page 15) 合计 row', () => {
    expect(paragraphs(doc)).toContain('一般公共预算财政拨款支出决算表');
    const t = tables(doc).find((b) => b.page === 15)!;
    expect(cellAt(t, '合计', '合计')).toBe('2,940.05');
    expect(cellAt(t, '合计', '基本支出')).toBe('2,336.91');
    expect(cellAt(t, '社会保障和就业支出', '基本支出')).toBe('326.72');
  });
});
