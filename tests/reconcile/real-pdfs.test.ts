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
    const errors = finance.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'rate', stated: '71.73', expected: { value: '71.65' } });
    expect(errors[0]!.values.map((v) => v.value).sort()).toEqual(['2106.66', '2940.05', '71.73']);
    expect(errors[0]!.values.every((v) => v.location.page !== null)).toBe(true);
  });

  it('checks the sibling shares of the same sentence and finds they tie', () => {
    const ties = finance.findings.filter((f) => f.severity === 'info' && f.rule === 'rate').map((f) => f.formula);
    expect(ties.some((f) => f.includes('11.11%') && f.includes('326.72'))).toBe(true);
    expect(ties.some((f) => f.includes('2.07%') && f.includes('60.99'))).toBe(true);
  });

  it('reports 收入合计 across two differently scoped tables only as a warning', () => {
    const crossTable = finance.findings.filter((f) => f.rule === 'same-figure' && f.severity !== 'info');
    expect(crossTable.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('上海市普陀区司法局 2026年区级部门预算', () => {
  it('reads meta and has no error', () => {
    expect(justice.meta).toMatchObject({ department: '上海市普陀区司法局', year: 2026, reportType: '部门预算' });
    expect(justice.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(justice.findings.filter((f) => f.severity === 'info').length).toBeGreaterThan(50);
  });
});
