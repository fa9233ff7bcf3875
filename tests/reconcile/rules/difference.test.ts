import { describe, expect, it } from 'vitest';
import difference from '../../../src/reconcile/rules/difference.js';
import { fact, mutate, relation, report } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// “预算执行较年初预算多848.86万元”: 3241.81 − 2392.94 = 848.87 as printed, 848.86..848.88 in truth
const spending = fact('决算支出', '3241.81万元', { block: 10 });
const income = fact('预算收入', '2392.94万元', { block: 10 });
const more = fact('较年初预算多', '848.86万元', { block: 11 });
const overBudget = (change = more, sign: 1 | -1 = 1) =>
  report({ facts: [change, spending, income], relations: [relation('difference', change, [spending, income], { sign, name: '较年初预算多' })] });

// “公务用车运行维护费预算数21万元，支出决算数20.81万元，决算数比预算数少0.19万元”
const carBudget = fact('公务用车运行维护费', '21万元', { block: 50, dims: { kind: '预算数' } });
const carFinal = fact('公务用车运行维护费', '20.81万元', { block: 50, dims: { kind: '决算数' } });
const less = fact('决算数比预算数少', '0.19万元', { block: 50 });
const underBudget = (change = less, sign: 1 | -1 | null = -1) =>
  report({ facts: [change, carFinal, carBudget], relations: [relation('difference', change, [carFinal, carBudget], { sign, name: '比…少' })] });

// “本年支出决算数较上年决算数增3.49万元”: 6 − 2.51 (附件1: 公务接待 2022年决算数 2.51)
const reception2023 = fact('公务接待费', '6万元', { block: 48, dims: { year: '2023' } });
const reception2022 = fact('公务接待费', '2.51万元', { cell: { table: 70, row: 8, col: 1 }, dims: { year: '2022' } });
const up = fact('较上年决算数增', '3.49万元', { block: 48 });

ruleTester(difference, {
  valid: [
    { name: '多848.86 ties with 3241.81 − 2392.94 (within rounding)', input: overBudget() },
    { name: '少0.19: 20.81 − 21 = −0.19 with sign −', input: underBudget() },
    {
      name: '增3.49: 6 − 2.51 across prose and table',
      input: report({ facts: [up, reception2023, reception2022], relations: [relation('difference', up, [reception2023, reception2022], { sign: 1 })] }),
    },
    {
      name: 'a signed change without words (sign null) compares as printed: −0.19',
      input: underBudget(mutate(less, '-0.19万元'), null),
    },
  ],
  invalid: [
    {
      name: 'mutation: 多848.80 is not 848.86..848.88',
      input: overBudget(mutate(more, '848.80万元')),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '848.80',
          expected: '848.87',
          difference: '+0.07',
          values: ['848.80', '3241.81', '2392.94'],
          formula: '较年初预算多 +848.80 ≠ 决算支出 3241.81 − 预算收入 2392.94 = 848.87',
        },
      ],
    },
    {
      name: 'the words go the wrong way: “少848.86” when spending exceeds the budget',
      input: overBudget(more, -1),
      findings: [{ messageId: 'wrongSign', severity: 'error', stated: '-848.86', expected: '848.87' }],
    },
    {
      name: '“多0.19” for 20.81 against 21 holds only if 21 is a rounding: warning',
      input: underBudget(less, 1),
      findings: [{ messageId: 'looseOnly', severity: 'warning', expected: '-0.19', difference: '-0.38' }],
    },
    {
      // 少0.29 would still pass if 21 were a rounding of 21.1 (loose); 少0.79 cannot
      name: 'mutation: 少0.79 cannot be 20.81 − 21',
      input: underBudget(mutate(less, '0.79万元')),
      findings: [{ messageId: 'mismatch', severity: 'error' }],
    },
  ],
});

describe('difference: what cannot be checked', () => {
  it('a change stated without its base (“较上年增1.9万元”) is not checked', () => {
    const change = fact('较上年决算数增', '1.9万元', { block: 51 });
    const r = relation('difference', change, [carFinal], { sign: 1 });
    expect(run(difference, report({ facts: [change, carFinal], relations: [r] }), true)).toEqual([]);
  });

  it('a mismatch disappears once the figure is corrected', () => {
    expect(run(difference, overBudget(mutate(more, '848.80万元')))).toHaveLength(1);
    expect(run(difference, overBudget(mutate(more, '848.87万元')))).toHaveLength(0);
  });
});
