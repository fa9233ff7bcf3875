import growth from '../../../src/reconcile/rules/growth.js';
import { fact, mutate, relation, report } from '../factories.js';
import { ruleTester } from '../rule-tester.js';

// 公务接待费 2022年决算数 2.51 → 2023年决算数 6: 增长 139.04%
const reception2022 = fact('公务接待费', '2.51万元', { block: 45, dims: { year: '2022' } });
const reception2023 = fact('公务接待费', '6万元', { block: 45, dims: { year: '2023' } });
const rise = fact('增长率', '139.04%', { block: 45 });
const overYears = (r = rise, sign: 1 | -1 | null = 1) =>
  report({ facts: [r, reception2023, reception2022], relations: [relation('rate', r, [reception2023, reception2022], { name: '增长率', formula: 'growth', sign })] });

// “本年支出决算5218.21万元，与上年相比减少229.49万元，下降4.21%” (5447.70 last year)
const spending = fact('决算支出', '5218.21万元', { block: 50 });
const cut = fact('决算支出较上年减少', '229.49万元', { block: 50, dims: { direction: '-' } });
const fall = fact('决算支出较上年下降', '4.21%', { block: 50, quote: '下降4.21%' });
const overChange = (r = fall, sign: 1 | -1 = -1, changeSign: 1 | -1 = -1, inferred = false) =>
  report({
    facts: [r, spending, cut],
    relations: [
      relation('difference', cut, [spending], { sign: changeSign }),
      relation('rate', r, [spending, cut], { name: '增长率', formula: 'change-over-base', sign, inferred }),
    ],
  });

ruleTester(growth, {
  valid: [
    { name: 'growth: 139.04% = (6 − 2.51) ÷ 2.51', input: overYears() },
    { name: 'a rate printed with its own sign: 139.04 with no direction word', input: overYears(rise, null) },
    { name: 'change over base: 下降 4.21% = 229.49 ÷ (5218.21 + 229.49)', input: overChange() },
    { name: 'a rate printed to one decimal: 下降 4.2%', input: overChange(mutate(fall, '4.2%')) },
  ],
  invalid: [
    {
      name: 'issue 10’s 下降 4.45%: no base gives it',
      input: overChange(mutate(fall, '4.45%')),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '-4.45',
          expected: '-4.21',
          difference: '+0.24',
          values: ['4.45', '5218.21', '229.49'],
          formula: '决算支出较上年下降 -4.45% ≠ −229.49 ÷ (决算支出 5218.21 + 决算支出较上年减少 229.49) = -4.21%',
          where: { block: 50, quote: '下降4.21%' },
        },
      ],
    },
    {
      name: 'the rate over this year instead of last: 229.49 ÷ 5218.21 = 4.40%',
      input: overChange(mutate(fall, '4.40%')),
      findings: [{ messageId: 'mismatch', severity: 'error', expected: '-4.21' }],
    },
    {
      name: '增长 where the change is a fall: wrong direction',
      input: overChange(fall, 1),
      findings: [{ messageId: 'wrongDirection', severity: 'error', stated: '4.21', expected: '-4.21' }],
    },
    {
      name: 'growth mutation: 100% ≠ (6 − 2.51) ÷ 2.51',
      input: overYears(mutate(rise, '100%')),
      findings: [{ messageId: 'mismatch', severity: 'error', formula: /^增长率 100% ≠ \(公务接待费 6 − 公务接待费 2\.51\) ÷ 公务接待费 2\.51 = 139%$/ }],
    },
    {
      name: 'an inferred link that fails is a warning',
      input: overChange(mutate(fall, '4.45%'), -1, -1, true),
      findings: [{ messageId: 'mismatch', severity: 'warning' }],
    },
  ],
});
