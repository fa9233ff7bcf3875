import { describe, expect, it } from 'vitest';
import rate from '../../../src/reconcile/rules/rate.js';
import { fact, mutate, relation, report } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// “2023年…预算收入2392.94万元，本年决算支出3241.81万元，预算执行率135.42%。”
const income = fact('预算收入', '2392.94万元', { block: 10, quote: '预算收入2392.94万元' });
const spending = fact('决算支出', '3241.81万元', { block: 10 });
const execRate = fact('预算执行率', '135.42%', { block: 10, quote: '预算执行率135.42%' });
const execution = (r = execRate, num = spending, den = income) =>
  report({ facts: [r, num, den], relations: [relation('rate', r, [num, den], { name: '执行率' })] });

// 附件1: 编制数 95, 2023年实际在职人数 92, 控制率 96.84%
const staffQuota = fact('编制数', '95人', { cell: { table: 60, row: 1, col: 1 } });
const staffActual = fact('实际在职人数', '92人', { cell: { table: 60, row: 1, col: 2 } });
const control = fact('控制率', '96.84%', { cell: { table: 60, row: 1, col: 3 } });
const controlRate = (r = control, actual = staffActual) =>
  report({ facts: [r, actual, staffQuota], relations: [relation('rate', r, [actual, staffQuota], { name: '控制率', source: 'table' })] });

// “全年受理企业诉求2486个，解决2273个，问题办结率91.43%”
const received = fact('受理企业诉求', '2486个', { block: 30 });
const solved = fact('解决企业诉求', '2273个', { block: 30 });
const closing = fact('办结率', '91.43%', { block: 30 });

ruleTester(rate, {
  valid: [
    { name: '控制率 96.84% = 92 ÷ 95 (96.842…)', input: controlRate() },
    { name: '办结率 91.43% = 2273 ÷ 2486', input: report({ facts: [closing, solved, received], relations: [relation('rate', closing, [solved, received])] }) },
    { name: 'a rate printed as a whole percent is a rounding: 97% = 92 ÷ 95', input: controlRate(mutate(control, '97%')) },
    { name: 'the corrected execution rate 135.47% = 3241.81 ÷ 2392.94', input: execution(mutate(execRate, '135.47%')) },
  ],
  invalid: [
    {
      name: '预算执行率 135.42% ≠ 3241.81 ÷ 2392.94 = 135.47%',
      input: execution(),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '135.42',
          expected: '135.47',
          difference: '+0.05',
          values: ['135.42', '3241.81', '2392.94'],
          formula: '预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%',
          where: { block: 10, quote: '预算执行率135.42%' },
        },
      ],
    },
    {
      name: 'mutation: 91 people in post → 控制率 96.84% ≠ 95.79%',
      input: controlRate(control, mutate(staffActual, '91人')),
      findings: [{ messageId: 'mismatch', severity: 'error', expected: '95.79', where: { block: 60, row: 1, col: 3 } }],
    },
    {
      name: 'a rate that holds only if the whole-万元 numerator was rounded: 104% vs 6 ÷ 5.97',
      input: (() => {
        const r = fact('执行率', '104%', { block: 46 });
        const a = fact('公务接待费', '6万元', { block: 46 });
        const b = fact('公务接待费预算', '5.97万元', { block: 46 });
        return report({ facts: [r, a, b], relations: [relation('rate', r, [a, b])] });
      })(),
      findings: [{ messageId: 'looseOnly', severity: 'warning', expected: '101' }],
    },
    {
      name: 'an inferred rate relation that fails is a warning',
      input: report({ facts: [execRate, spending, income], relations: [relation('rate', execRate, [spending, income], { inferred: true })] }),
      findings: [{ messageId: 'mismatch', severity: 'warning' }],
    },
  ],
});

describe('rate: what cannot be checked', () => {
  it('a divisor that may be zero is skipped', () => {
    const zero = fact('预算收入', '0万元', { block: 10 });
    expect(run(rate, execution(execRate, spending, zero), true)).toEqual([]);
  });

  it('a mismatch disappears once the figure is corrected', () => {
    expect(run(rate, execution())).toHaveLength(1);
    expect(run(rate, execution(mutate(execRate, '135.47%')))).toHaveLength(0);
  });
});
