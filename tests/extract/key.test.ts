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
