import { describe, expect, it } from 'vitest';
import { captionScope, captionSpend } from '../../src/extract/key.js';
import { extractTables } from '../../src/extract/tables.js';
import { assignKeys } from '../../src/extract/key.js';
import { compareKeys, keyOf } from '../../src/reconcile/matching.js';
import { docOf } from './table/doc.js';

describe('what a table caption says of its figures', () => {
  it('scope: a fund word, else 全部资金 for a 收支 or 支出 summary table', () => {
    expect(captionScope('表5：2026年市级部门一般公共预算支出预算表')).toBe('一般公共预算');
    expect(captionScope('表3：2026年市级部门支出预算总表')).toBe('全部资金');
    expect(captionScope('财政拨款收支总体情况表')).toBe('财政拨款');
    expect(captionScope('“三公”经费预算表')).toBeNull();
    // 重庆: 部门收入/支出总体情况表 count every fund (its 项目支出 is not the 一般公共预算支出情况表's)
    expect(captionScope('2026年部门支出总体情况表')).toBe('全部资金');
    expect(captionScope('2026年部门收入总体情况表')).toBe('全部资金');
  });

  it('spend: 基本支出 / 项目支出 / 全部 (a 支出 table naming neither)', () => {
    expect(captionSpend('一般公共预算基本支出情况表（按经济分类科目）')).toBe('基本支出');
    expect(captionSpend('一般公共预算项目支出情况表（按经济分类科目）')).toBe('项目支出');
    expect(captionSpend('2026年度一般公共预算支出经济分类情况表')).toBe('全部');
    expect(captionSpend('收入预算总表')).toBeNull();
  });
});

describe('keys of table cells under different captions', () => {
  /** The keys of 商品和服务支出 in a 基本支出表 and in a 项目支出表 (or the tables given). */
  const keysOf = (captionA: string, captionB: string) => {
    const doc = docOf(
      [[captionA], ['科目名称', '预算数'], ['商品和服务支出', '524.04']],
      [[captionB], ['科目名称', '预算数'], ['商品和服务支出', '29417.31']],
    );
    const out = extractTables(doc, []);
    assignKeys(out.facts, out.tables);
    return out.facts.filter((f) => f.label === '商品和服务支出').map(keyOf);
  };

  it('a 基本支出表 and a 项目支出表 hold different figures of one name', () => {
    const [a, b] = keysOf('一般公共预算基本支出情况表', '一般公共预算项目支出情况表');
    expect(a?.spend).toBe('基本支出');
    expect(b?.spend).toBe('项目支出');
    expect(compareKeys(a!, b!)).toBe('different');
  });

  it('two copies of one kind of table stay comparable', () => {
    const [a, b] = keysOf('一般公共预算基本支出情况表', '一般公共预算基本支出情况表（续）');
    expect(compareKeys(a!, b!)).not.toBe('different');
  });
});

describe('the 预算单位 a row is listed under', () => {
  const unitsOf = (...tables: string[][][]) => {
    const out = extractTables(docOf(...tables), []);
    assignKeys(out.facts, out.tables);
    return out.facts.filter((f) => f.label === '职业教育' || f.label === '津贴补贴').map((f) => [f.number.raw, keyOf(f).unit]);
  };

  it('from a 预算单位 column, carried onto the same table’s next page', () => {
    const head = ['预算单位', '科目编码', '科目名称', '支出总计'];
    expect(
      unitsOf(
        [head, ['深圳市人社局（本级）', '', '', '100.00'], ['', '20503', '职业教育', '60.00'], ['深圳技师学院', '', '', '50.00']],
        [head, ['', '20503', '职业教育', '50.00']],
      ),
    ).toEqual([
      ['60.00', '深圳市人社局（本级）'],
      ['50.00', '深圳技师学院'],
    ]);
  });

  it('from rows named like a unit when there is no such column', () => {
    const rows = [['支出项目类别', '总计'], ['深圳市考试院', '300.00'], ['津贴补贴', '236.08'], ['深圳技师学院', '500.00'], ['津贴补贴', '0.00']];
    const [a, b] = unitsOf(rows);
    expect(a).toEqual(['236.08', '深圳市考试院']);
    expect(b).toEqual(['0.00', '深圳技师学院']);
  });

  it('two units’ figures of one name are different keys', () => {
    const out = extractTables(docOf([['支出项目类别', '总计'], ['深圳市考试院', '300.00'], ['津贴补贴', '236.08']], [['支出项目类别', '总计'], ['深圳技师学院', '500.00'], ['津贴补贴', '0.00']]), []);
    assignKeys(out.facts, out.tables);
    const [a, b] = out.facts.filter((f) => f.label === '津贴补贴').map(keyOf);
    expect(compareKeys(a!, b!)).toBe('different');
  });

  it('not from 项 that only end like a unit, in a list where no label repeats under them', () => {
    const out = extractTables(docOf([['科目名称', '预算数'], ['公立医院', '90.00'], ['综合医院', '50.00'], ['妇幼保健医院', '40.00'], ['公共卫生', '10.00']]), []);
    assignKeys(out.facts, out.tables);
    expect(out.facts.map((f) => keyOf(f).unit)).toEqual([null, null, null, null]);
  });
});
