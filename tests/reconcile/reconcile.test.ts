import { describe, expect, it } from 'vitest';
import { Finding } from '../../src/model/index.js';
import { reconcile } from '../../src/reconcile/index.js';
import { fact } from './factories.js';
import { seedReport } from './seed-report.js';

describe('reconcile() over the seed report as extraction should deliver it', () => {
  it('finds exactly one problem: 预算执行率 135.42% ≠ 3241.81 ÷ 2392.94', () => {
    const findings = reconcile(seedReport());
    expect(findings.map((f) => [f.rule, f.severity, f.formula])).toEqual([
      ['rate', 'error', '预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%'],
    ]);
    expect(findings[0]!.values.map((v) => [v.value, v.location.page, v.location.quote])).toEqual([
      ['135.42', 2, '预算执行率135.42%'],
      ['3241.81', 2, '本年决算支出3241.81万元'],
      ['2392.94', 2, '2023年市工业和信息化局预算收入2392.94万元'],
    ]);
    for (const f of findings) Finding.parse(f);
  });

  it('with `all`, shows every check it made, each rule at work', () => {
    const findings = reconcile(seedReport(), { all: true });
    const rules = new Set(findings.filter((f) => f.severity === 'info').map((f) => f.rule));
    expect([...rules].sort()).toEqual(['difference', 'grade', 'identity', 'rate', 'same-figure', 'score', 'sum']);
    expect(findings.some((f) => f.formula.startsWith('较年初预算多 +848.86 = 决算支出 3241.81 − 预算收入 2392.94'))).toBe(true);
    for (const f of findings) Finding.parse(f);
  });

  it('a rule can be turned off by id', () => {
    expect(reconcile(seedReport(), { rules: { rate: false } })).toEqual([]);
  });

  it('does not report one problem twice when a prose relation and an identity see the same figures', () => {
    const input = seedReport();
    const wages = input.facts.find((f) => f.label === '工资福利支出')!;
    wages.number = fact('工资福利支出', '1410.54万元').number;
    const findings = reconcile(input).filter((f) => f.values.some((v) => v.value === '1410.54'));
    expect(findings.map((f) => f.rule)).toEqual(['sum']);
  });

  it('returns nothing for an empty extraction', () => {
    const empty = { ...seedReport(), facts: [], relations: [], tables: [], indicators: [], meta: { title: null, department: null, year: null, reportType: null } };
    expect(reconcile(empty, { all: true })).toEqual([]);
  });
});
