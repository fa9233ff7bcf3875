import { describe, expect, it } from 'vitest';
import { extractTables } from '../../../src/extract/tables.js';
import { docOf } from './doc.js';

/** “total <- parts (partial)” for the column sums (ids …-cols) of a one-table document. */
function columnSums(rows: string[][]): string[] {
  const out = extractTables(docOf(rows), []);
  const v = new Map(out.facts.map((f) => [f.id, f.number.raw]));
  return out.relations.filter((r) => r.id.includes('-cols')).map((r) => `${v.get(r.result)} <- ${r.operands.map((o) => v.get(o)).join(' | ')}${r.partial ? ' (partial)' : ''}`);
}

describe('column sums over a nested header', () => {
  it('a group with no 小计 column of its own is stood for by its columns', () => {
    // 总计 | 财政拨款: 小计 | 一般公共预算拨款 | 政府性基金 | 财政专户管理资金 | 单位资金: 事业收入 | 其他收入 | 上年结余、结转
    const sums = columnSums([
      ['支出项目类别', '总计', '财政拨款', '财政拨款', '财政拨款', '财政专户管理资金', '单位资金', '单位资金', '上年结余、结转'],
      ['支出项目类别', '总计', '小计', '一般公共预算拨款', '政府性基金预算拨款', '财政专户管理资金', '事业收入', '其他收入', '上年结余、结转'],
      ['工资福利支出', '2212.62', '811.19', '811.19', '0.00', '0.00', '1401.43', '0.00', '0.00'],
    ]);
    expect(sums).toContain('2212.62 <- 811.19 | 0.00 | 1401.43 | 0.00 | 0.00');
  });

  it('其中 columns are each a part of the total on their own, never added up', () => {
    const sums = columnSums([
      ['科目名称', '政府采购项目', '政府采购项目', '政府采购项目'],
      ['科目名称', '小计', '其中：预留给中小企业的项目资金规模', '其中：预留给小型、微型企业的项目资金规模'],
      ['社会保险经办机构', '333.67', '333.67', '333.67'],
    ]);
    expect(sums).toEqual(['333.67 <- 333.67 (partial)', '333.67 <- 333.67 (partial)']);
  });
});
