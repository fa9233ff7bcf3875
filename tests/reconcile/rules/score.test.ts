import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/model/index.js';
import score from '../../../src/reconcile/rules/score.js';
import { fact, indicator, mutate, report, type IndicatorInit } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// 附件2 整体支出绩效自评表: 预算执行 10/9; 产出指标（50分）; 效益指标（30分）; 满意度指标（10分）; 总分 100/99
const OUTPUT = '产出\n指标\n（50分)';
const EFFECT = '效益\n指标\n（30分）';
const SATISFACTION = '满意度\n指标\n（10分）';
const seedRows = (): IndicatorInit[] => [
  { level3: '预算执行率', weight: '10', score: '9', role: 'execution', row: 3 },
  ...['招商引资项目', '新增规模企业', '产业园区建设', '数字产业化', '全市规模工业', '产业园区规模工业', '新增入规工业企业', '目标完成时效指标'].map(
    (level3, i): IndicatorInit => ({ level1: OUTPUT, level1Weight: '50', level3, weight: '5', score: '5', row: 20 + i }),
  ),
  { level1: OUTPUT, level1Weight: '50', level3: '全年预算执行数', weight: '10', score: '10', row: 28 },
  ...['全市工业经济发展', '助企纾困，发展环境', '促进工业高质量发展'].map(
    (level3, i): IndicatorInit => ({ level1: EFFECT, level1Weight: '30', level3, weight: '8', score: '8', row: 31 + i }),
  ),
  { level1: EFFECT, level1Weight: '30', level3: '可持续影响', weight: '6', score: '6', row: 34 },
  { level1: SATISFACTION, level1Weight: '10', level3: '服务对象满意度', weight: '10', score: '10', row: 35 },
  { role: 'total', weight: '100', score: '99', row: 36 },
];
const rows = (change: (r: IndicatorInit) => IndicatorInit = (r) => r): IndicatorRow[] => seedRows().map(change).map(indicator);
// “自评得分99分，评价等级优”
const selfScore = fact('自评得分', '99分', { block: 60, quote: '自评得分99分' });

ruleTester(score, {
  valid: [
    { name: 'the seed table: every 得分 ≤ 分值, groups 50/30/10, weights 100, scores 99, prose 99', input: report({ indicators: rows(), facts: [selfScore] }), checks: 20 },
    {
      name: 'no total row: the weights add to the full score of 100, the prose total to the sum of scores',
      input: report({ indicators: rows().filter((r) => r.role !== 'total'), facts: [selfScore] }),
    },
    {
      name: 'fractional scores tie within their rounding (33.33 + 33.33 + 33.33 = 99.99 ≈ 100.00)',
      input: report({
        indicators: [
          ...['a', 'b', 'c'].map((l, i) => indicator({ level3: l, weight: '33.33', score: '33.33', row: 80 + i })),
          indicator({ role: 'total', weight: '100', score: '100.00', row: 83 }),
        ],
      }),
    },
  ],
  invalid: [
    {
      // the total no longer adds up either, off by the same point: that follows from the 6 (cascade.ts)
      name: '得分 6 > 分值 5: one error at the 6, the total that no longer adds up follows from it',
      input: report({ indicators: rows((r) => (r.level3 === '数字产业化' ? { ...r, score: '6' } : r)) }),
      findings: [
        { messageId: 'scoreOverWeight', severity: 'error', values: ['6', '5'], formula: '数字产业化得分 6 > 数字产业化分值 5', where: { row: 23 } },
      ],
    },
    {
      name: 'mutation: one score 5 → 4: scores add to 98, not the total 99 nor the prose 99',
      input: report({ indicators: rows((r) => (r.level3 === '招商引资项目' ? { ...r, score: '4' } : r)) }),
      findings: [{ messageId: 'totalScores', severity: 'error', expected: '98', difference: '-1', where: { row: 36 } }],
    },
    {
      name: 'mutation: a weight 8 → 9 breaks its group (31 ≠ 30) and the total (101 ≠ 100): one error, the other follows',
      input: report({ indicators: rows((r) => (r.level3 === '全市工业经济发展' ? { ...r, weight: '9' } : r)) }),
      findings: [{ messageId: 'groupWeights', severity: 'error', stated: '30', expected: '31' }],
    },
    {
      name: 'the prose says 自评得分98分 but the table says 99',
      input: report({ indicators: rows(), facts: [mutate(selfScore, '98分')] }),
      findings: [{ messageId: 'proseTotal', severity: 'error', stated: '98', expected: '99', formula: '自评得分 98 ≠ 总分得分 99' }],
    },
  ],
});

describe('score: one wrong figure, one error', () => {
  it('the check that follows from the wrong weight is kept as info, naming the figure', () => {
    const findings = run(score, report({ indicators: rows((r) => (r.level3 === '全市工业经济发展' ? { ...r, weight: '9' } : r)) }), true);
    const error = findings.find((f) => f.severity === 'error')!;
    expect(error.culprit?.value).toBe('9');
    const follows = findings.filter((f) => f.follows);
    expect(follows.map((f) => [f.messageId, f.severity, f.follows?.value])).toEqual([['totalWeights', 'info', '9']]);
  });
});

describe('score', () => {
  it('a mismatch disappears once the score is corrected', () => {
    expect(run(score, report({ indicators: rows(), facts: [mutate(selfScore, '98分')] }))).toHaveLength(1);
    expect(run(score, report({ indicators: rows(), facts: [selfScore] }))).toHaveLength(0);
  });

  it('has nothing to say about a report without an indicator table or a stated score', () => {
    expect(run(score, report({ facts: [fact('决算支出', '3241.81万元')] }), true)).toEqual([]);
  });
});
