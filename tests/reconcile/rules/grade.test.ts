import { describe, expect, it } from 'vitest';
import grade from '../../../src/reconcile/rules/grade.js';
import { fact, indicator, place, report } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// “自评得分99分，评价等级优。”
const stated = (text: string) => ({ grade: { text, location: place({ block: 60 }, `评价等级${text}`) } });
const selfScore = (v: string) => fact('自评得分', `${v}分`, { block: 60 });

ruleTester(grade, {
  valid: [
    { name: '99分 is 优', input: report({ facts: [selfScore('99')], meta: stated('优') }) },
    { name: '90分 is 优 (90 inclusive)', input: report({ facts: [selfScore('90')], meta: stated('优') }) },
    { name: '85分 is 良好 (a synonym)', input: report({ facts: [selfScore('85')], meta: stated('良好') }) },
    { name: '89.96分 is 良', input: report({ facts: [selfScore('89.96')], meta: stated('良') }) },
    {
      name: 'no prose score: the table’s 总分 row',
      input: report({ indicators: [indicator({ role: 'total', weight: '100', score: '72', row: 9 })], meta: stated('中') }),
    },
    {
      name: 'no total at all: the sum of the scores',
      input: report({
        indicators: [indicator({ level3: 'a', weight: '50', score: '30' }), indicator({ level3: 'b', weight: '50', score: '25' })],
        meta: stated('差'),
      }),
    },
  ],
  invalid: [
    {
      name: '85分 is not 优',
      input: report({ facts: [selfScore('85')], meta: stated('优') }),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '优',
          expected: '良',
          values: ['优', '85'],
          formula: '自评得分 85 ∉ 评价等级 优（得分 ≥ 90）',
          where: { block: 60, quote: '评价等级优' },
        },
      ],
    },
    {
      name: 'mutation: 89分 with 优',
      input: report({ facts: [selfScore('89')], meta: stated('优') }),
      findings: [{ messageId: 'mismatch', severity: 'error', expected: '良' }],
    },
    {
      name: '90.0分 with 良: only if 90.0 was rounded up from below 90',
      input: report({ facts: [selfScore('90.0')], meta: stated('良') }),
      findings: [{ messageId: 'looseOnly', severity: 'warning', expected: '优' }],
    },
  ],
});

describe('grade', () => {
  it('says nothing without a stated grade, a score, or with a grade it does not know', () => {
    expect(run(grade, report({ facts: [selfScore('99')] }), true)).toEqual([]);
    expect(run(grade, report({ meta: stated('优') }), true)).toEqual([]);
    expect(run(grade, report({ facts: [selfScore('99')], meta: stated('甲等') }), true)).toEqual([]);
  });

  it('a wrong grade disappears once corrected', () => {
    expect(run(grade, report({ facts: [selfScore('85')], meta: stated('优') }))).toHaveLength(1);
    expect(run(grade, report({ facts: [selfScore('85')], meta: stated('良') }))).toHaveLength(0);
  });
});
