import { describe, expect, it } from 'vitest';
import { docOf, sumsOf } from './doc.js';


describe('a 类/款/项 tree printed flat, under a numbered total', () => {
  // 收支预算总表's 支出 side: “一、本年支出合计” first, the tree without codes or indentation, “二、年终结转结余”
  const doc = docOf([
    ['项目', '预算数'],
    ['一、本年支出合计', '335.00'],
    ['一般公共服务支出', '5.00'],
    ['其他一般公共服务支出', '5.00'],
    ['其他一般公共服务支出', '5.00'],
    ['公共安全支出', '300.00'],
    ['公安', '300.00'],
    ['行政运行', '260.00'],
    ['一般行政管理事务', '40.00'],
    ['卫生健康支出', '30.00'],
    ['行政事业单位医疗', '30.00'],
    ['行政单位医疗', '30.00'],
    ['二、年终结转结余', ''],
    ['支出总计', '335.00'],
  ]);

  it('reads the groups by their sums between the numbered rows, and the total over the 类 rows', () => {
    const all = sumsOf(doc);
    expect(all).toContain('335.00 <- 5.00 | 300.00 | 30.00 (partial)');
    expect(all).toContain('300.00 <- 260.00 | 40.00 (inferred)');
    expect(all.some((s) => s.startsWith('335.00 <- 5.00 | 5.00'))).toBe(false);
  });

  it('a total after a lower total printed first adds that total, not its parts again', () => {
    expect(sumsOf(doc).filter((s) => s.startsWith('335.00 <- 335.00'))).toEqual(['335.00 <- 335.00 (inferred)']);
  });
});

describe('a part that repeats the whole beside other parts', () => {
  it('makes the sum inferred (a tree printed flat), a warning at most', () => {
    const doc = docOf([
      ['单位（项目）名称', '项目金额'],
      ['合计', '100.00'],
      ['某单位', '100.00'],
      ['通用项目', '40.00'],
      ['专用项目', '70.00'],
    ]);
    // 40 + 70 ≠ 100: no reading by sums places them; the flat list repeats the whole in its first part
    expect(sumsOf(doc)).toEqual(['100.00 <- 100.00 | 40.00 | 70.00 (inferred)']);
  });

  it('leaves a plain list that does not add up a full sum', () => {
    const doc = docOf([
      ['项目', '金额'],
      ['合计', '100.00'],
      ['一、基本支出', '70.00'],
      ['二、项目支出', '20.00'],
    ]);
    expect(sumsOf(doc)).toEqual(['100.00 <- 70.00 | 20.00']);
  });
});

describe('the sums reading of a run keeps the marked rows as they were', () => {
  it('a 其中 breakdown elsewhere in the band stays partial', () => {
    const doc = docOf([
      ['项目', '金额'],
      ['一、基本支出', '60.00'],
      ['其中：办公费', '10.00'],
      ['水电费', '5.00'],
      ['合计', '150.00'],
      ['卫生健康支出', '90.00'],
      ['公立医院', '90.00'],
      ['综合医院', '50.00'],
      ['专科医院', '40.00'],
    ]);
    const all = sumsOf(doc);
    expect(all).toContain('60.00 <- 10.00 | 5.00 (partial)');
    expect(all).toContain('90.00 <- 50.00 | 40.00 (inferred)');
  });
});

describe('the sums reading and rounding', () => {
  it('takes no group whose sum only touches the whole at the end of a rounding interval (10 is not 9)', () => {
    // scores of indicators one after another: 10, 9, 6, 5 — no row is the sum of the ones after it
    const doc = docOf([
      ['指标', '分值'],
      ['法律顾问服务成本', '10'],
      ['法律顾问服务人数', '9'],
      ['服务满意度', '6'],
      ['响应时限', '5'],
    ]);
    expect(sumsOf(doc)).toEqual([]);
  });
});
