// Findings on real published PDFs nobody tuned gouji for, checked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

let finance: Report;
let justice: Report;
beforeAll(async () => {
  finance = await analyzedCorpus('real/putuo-finance-2024-final-accounts.pdf', { all: true });
  justice = await analyzedCorpus('real/putuo-justice-2026-dept-budget.pdf', { all: true });
});

describe('上海市普陀区财政局 2024年度部门决算', () => {
  it('flags the one share that does not tie: 2106.66 ÷ 2940.05 = 71.65%, printed 71.73%', () => {
    const errors = finance.findings.filter((f) => f.severity === 'error' && f.rule === 'rate');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'rate', stated: '71.73', expected: { value: '71.65' } });
    expect(errors[0]!.values.map((v) => v.value).sort()).toEqual(['2106.66', '2940.05', '71.73']);
    expect(errors[0]!.values.every((v) => v.location.page !== null)).toBe(true);
  });

  it('flags the prose total that is not the table’s: 财政拨款收入支出总计 0.3万元 (p.21) vs the 财政拨款收入支出决算总表 总计 2,961.68 (p.13)', () => {
    const errors = finance.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['compare', 'rate']);
    const total = errors.find((f) => f.rule === 'compare')!;
    expect(total.values.map((v) => [v.value, v.location.page])).toEqual([
      ['0.3', 21],
      ['2961.68', 13],
    ]);
  });

  it('checks the sibling shares of the same sentence and finds they tie', () => {
    const ties = finance.findings.filter((f) => f.severity === 'info' && f.rule === 'rate').map((f) => f.formula);
    expect(ties.some((f) => f.includes('11.11%') && f.includes('326.72'))).toBe(true);
    expect(ties.some((f) => f.includes('2.07%') && f.includes('60.99'))).toBe(true);
  });

  it('checks its 增长率, 决算数小于预算数 and 收入总计 = 支出总计, and they tie', () => {
    const ties = (rule: string) => finance.findings.filter((f) => f.rule === rule && f.severity === 'info').map((f) => f.formula);
    // 56.95 ÷ (2995.39 + 56.95) = 1.8658%, 63.14 ÷ (2940.05 + 63.14) = 2.1024%, 2.55 ÷ (184.65 − 2.55) = 1.4003%
    expect(ties('growth')).toHaveLength(3);
    expect(ties('compare').some((f) => f.includes('1511.89') && f.includes('1560.05'))).toBe(true);
    expect(ties('compare').some((f) => f.includes('“收入总计 = 支出总计”') && f.includes('2995.39'))).toBe(true);
  });

  it('reports 收入合计 across two differently scoped tables only as a warning', () => {
    const crossTable = finance.findings.filter((f) => f.rule === 'same-figure' && f.severity !== 'info');
    expect(crossTable.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('上海市普陀区司法局 2026年区级部门预算', () => {
  it('reads meta; its only errors are three 增长率 that do not follow from their figures (p.9)', () => {
    expect(justice.meta).toMatchObject({ department: '上海市普陀区司法局', year: 2026, reportType: '部门预算' });
    const errors = justice.findings.filter((f) => f.severity === 'error');
    // checked by hand with exact decimals, pdftotext -layout -f 9 -l 9:
    // 其他司法支出: (3845.49 − 43269.3) ÷ 43269.3 = −91.11%, printed +17.62% (= 3845.49 ÷ 3269.3 − 1: 43269.3 has a stray 4);
    // 职业年金: (91.97 − 77.99) ÷ 77.99 = 17.93%, printed 17.66% (the line above's rate, 183.95 ÷ 156.34 − 1);
    // 住房公积金: (201.50 − 198.34) ÷ 198.34 = 1.59%, printed 5.27% (= 208.8 ÷ 198.34 − 1: the item's heading says 208.8万元).
    expect(errors.map((f) => [f.rule, f.stated, f.expected?.value, f.values.map((v) => v.value)])).toEqual([
      ['growth', '17.62', '-91.11', ['17.62', '3845.49', '43269.3']],
      ['growth', '17.66', '17.93', ['17.66', '91.97', '77.99']],
      ['growth', '5.27', '1.59', ['5.27', '201.50', '198.34']],
    ]);
    expect(errors.every((f) => f.values.every((v) => v.location.page === 9))).toBe(true);
    expect(justice.findings.filter((f) => f.severity === 'info').length).toBeGreaterThan(50);
  });

  it('checks its other ten 增长率 and finds they tie', () => {
    expect(justice.findings.filter((f) => f.rule === 'growth' && f.severity === 'info')).toHaveLength(10);
  });
});
