import compare from '../../../src/reconcile/rules/compare.js';
import { fact, relation, report } from '../factories.js';
import { ruleTester } from '../rule-tester.js';

// “年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数的主要原因…”
const budget = fact('年初预算', '135.90万元', { block: 20, dims: { kind: '预算数' } });
const final = fact('决算支出', '135.25万元', { block: 20, dims: { kind: '决算数' }, quote: '支出决算为135.25万元' });
const claim = (sign: 1 | -1 | null, name: string, a = final, b = budget, inferred = false) =>
  report({ facts: [a, b], relations: [relation('compare', a, [b], { name, sign, inferred })] });

// 收入支出决算总表: 收入 总计 2995.39 | 支出 总计 2995.39
const incomeTotal = fact('总计', '2995.39', { cell: { table: 50, row: 31, col: 1 }, unitHint: '万元' });
const spendTotal = fact('总计', '2995.39', { cell: { table: 50, row: 31, col: 3 }, unitHint: '万元' });

ruleTester(compare, {
  valid: [
    { name: '决算数小于预算数: 135.25 < 135.90', input: claim(-1, '决算数小于预算数') },
    { name: '决算数大于预算数 with equal figures holds under rounding', input: claim(1, '决算数大于预算数', final, fact('年初预算', '135.25万元', { block: 20 })) },
    { name: '持平: 10 = 10.00 (whole 万元 read as 10.00)', input: claim(null, '决算数与预算数持平', fact('决算支出', '10.00万元', { block: 21 }), fact('年初预算', '10万元', { block: 21 })) },
    { name: '收入总计 = 支出总计', input: claim(null, '收入总计 = 支出总计', incomeTotal, spendTotal) },
  ],
  invalid: [
    {
      name: '决算数大于预算数 where the 决算数 is smaller',
      input: claim(1, '决算数大于预算数'),
      findings: [
        {
          messageId: 'contradicts',
          severity: 'error',
          stated: '135.25',
          difference: '-0.65',
          values: ['135.25', '135.90'],
          formula: '决算支出 135.25 > 年初预算 135.90 (“决算数大于预算数”) ✗: 决算支出 135.25 < 年初预算 135.90',
          where: { block: 20, quote: '支出决算为135.25万元' },
        },
      ],
    },
    { name: '持平 with a change', input: claim(null, '决算数与预算数持平'), findings: [{ messageId: 'contradicts', severity: 'error' }] },
    {
      name: '收入总计 ≠ 支出总计',
      input: claim(null, '收入总计 = 支出总计', incomeTotal, fact('总计', '2961.68', { cell: { table: 50, row: 31, col: 3 }, unitHint: '万元' })),
      findings: [{ messageId: 'contradicts', severity: 'error', difference: '+33.71' }],
    },
    { name: 'an inferred pair that contradicts is a warning', input: claim(1, '决算数大于预算数', final, budget, true), findings: [{ messageId: 'contradicts', severity: 'warning' }] },
    {
      name: '小于 that holds only if a whole figure was rounded',
      input: claim(-1, '决算数小于预算数', fact('决算支出', '10.2万元', { block: 22 }), fact('年初预算', '10万元', { block: 22 })),
      findings: [{ messageId: 'looseOnly', severity: 'warning' }],
    },
  ],
});
