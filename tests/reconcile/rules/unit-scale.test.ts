import { describe, expect, it } from 'vitest';
import unitScale from '../../../src/reconcile/rules/unit-scale.js';
import { fact, mutate, report } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

const final2023 = { year: '2023', kind: '决算数' };
// “本年决算支出3241.81万元”, and a table captioned 单位：万元 whose cell holds the amount in 元
const spendingProse = fact('决算支出', '3241.81万元', { block: 10, dims: final2023 });
const spendingInYuan = fact('决算支出', '32418100', { cell: { table: 80, row: 2, col: 3 }, dims: final2023, unitHint: '万元' });
const spendingWritten = fact('决算支出', '32418100元', { block: 11, dims: final2023 });

ruleTester(unitScale, {
  valid: [
    { name: '32418100元 and 3241.81万元 are the same amount in two units', input: report({ facts: [spendingProse, spendingWritten] }), checks: 0 },
    { name: 'figures that simply differ are left to same-figure', input: report({ facts: [spendingProse, mutate(spendingInYuan, '3000')] }), checks: 0 },
  ],
  invalid: [
    {
      name: '32418100 in a 万元 table = 3241.81万元 ×10000 (元 written for 万元)',
      input: report({ facts: [spendingProse, spendingInYuan] }),
      findings: [
        {
          messageId: 'scaled',
          severity: 'error',
          values: ['32418100', '3241.81'],
          formula: '决算支出 32418100 = 决算支出 3241.81 ×10000',
          where: { table: 80, row: 2, col: 3 },
        },
      ],
    },
    {
      name: '公务接待费 6 in prose, 0.0006 in a table: ÷10000',
      input: report({
        facts: [
          fact('公务接待费', '6万元', { block: 48, dims: final2023 }),
          fact('公务接待费', '0.0006', { cell: { table: 81, row: 1, col: 1 }, dims: final2023, unitHint: '万元' }),
        ],
      }),
      findings: [{ messageId: 'scaled', severity: 'error', formula: '公务接待费 0.0006 = 公务接待费 6 ÷10000' }],
    },
  ],
});

describe('unit-scale', () => {
  it('a small whole figure does not “explain” a large one on the loose reading (1 vs 8000)', () => {
    const a = fact('其他收入', '1万元', { block: 3, dims: final2023 });
    const b = fact('其他收入', '8000', { cell: { table: 82, row: 1, col: 1 }, dims: final2023, unitHint: '万元' });
    expect(run(unitScale, report({ facts: [a, b] }), true)).toEqual([]);
  });

  it('the slip disappears once the cell is written in 万元', () => {
    expect(run(unitScale, report({ facts: [spendingProse, spendingInYuan] }))).toHaveLength(1);
    expect(run(unitScale, report({ facts: [spendingProse, mutate(spendingInYuan, '3241.81万元')] }))).toHaveLength(0);
  });
});
