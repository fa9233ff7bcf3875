import { describe, expect, it } from 'vitest';
import sameFigure from '../../../src/reconcile/rules/same-figure.js';
import { fact, mutate, relation, report, table } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

const final2023 = { year: '2023', kind: '决算数' };
const budget2023 = { year: '2023', kind: '预算数' };

// “本年公务接待费预算数6万元，支出决算数6万元” and 附件1 公务接待 (2023年预算数 6, 2023年决算数 6)
const receptionProse = fact('公务接待费', '6万元', { block: 48, dims: final2023 });
const receptionCell = fact('公务接待费', '6', { cell: { table: 70, row: 8, col: 3 }, dims: final2023 });
const receptionBudgetCell = fact('公务接待费', '6', { cell: { table: 70, row: 8, col: 2 }, dims: budget2023 });

// “真抓实干成效明显地区奖励经费100万元” in prose, and 100 in 附件1
const rewardProse = fact('真抓实干成效明显地区奖励经费', '100万元', { block: 16, dims: final2023 });
const rewardCell = fact('真抓实干成效明显地区奖励经费', '100', { cell: { table: 70, row: 30, col: 3 }, dims: final2023 });

// “智慧怀化工作经费34万元（含2022年结转4万元）” vs 附件1 智慧怀化工作经费 30
const smartProse = fact('智慧怀化工作经费', '34万元', { block: 22, dims: final2023 });
const carriedOver = fact('2022年结转', '4万元', { block: 22 });
const smartCell = fact('智慧怀化工作经费', '30', { cell: { table: 70, row: 40, col: 3 }, dims: final2023 });

ruleTester(sameFigure, {
  valid: [
    { name: '公务接待费 6万元 in prose = 6 in 附件1 (same year and kind)', input: report({ facts: [receptionProse, receptionCell, receptionBudgetCell] }) },
    { name: '真抓实干…100万元 = 100', input: report({ facts: [rewardProse, rewardCell] }) },
    {
      name: '含…: 34万元 (含结转4万元) agrees with 30 once the carry-over is taken out',
      input: report({ facts: [smartProse, carriedOver, smartCell], relations: [relation('includes', smartProse, [carriedOver])] }),
    },
    {
      name: 'a prose figure without a kind pairs with the column it agrees with',
      input: report({ facts: [receptionBudgetCell, mutate(receptionCell, '5.5'), fact('公务接待费', '6万元', { block: 49, dims: { year: '2023' } })] }),
      checks: 1,
    },
  ],
  invalid: [
    {
      name: '100 vs 99.4 cannot be one figure',
      input: report({ facts: [rewardProse, mutate(rewardCell, '99.4')] }),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '99.4',
          expected: '100.0',
          difference: '+0.6',
          values: ['99.4', '100'],
          formula: '真抓实干成效明显地区奖励经费 99.4 ≠ 真抓实干成效明显地区奖励经费 100',
          where: { table: 70, row: 30, col: 3 },
        },
      ],
    },
    {
      name: '100 vs 100.3: one figure only if “100万元” was rounded (loosest reading)',
      input: report({ facts: [rewardProse, mutate(rewardCell, '100.3')] }),
      findings: [{ messageId: 'looseOnly', severity: 'warning', expected: '100.0' }],
    },
    {
      // 7 against 6 would touch at 6.5 on the loose reading; 8 cannot be 6
      name: 'mutation: 公务接待费 8 in 附件1 against 6万元 in prose',
      input: report({ facts: [receptionProse, mutate(receptionCell, '8')] }),
      findings: [{ messageId: 'mismatch', severity: 'error', values: ['8', '6'] }],
    },
    {
      name: 'a pairing gouji inferred (the prose figure has no kind) that fails is a warning',
      input: report({ facts: [fact('公务接待费', '9万元', { block: 47, dims: { year: '2023' } }), receptionCell] }),
      findings: [{ messageId: 'mismatch', severity: 'warning' }],
    },
    {
      name: '34万元 without its 含… relation does not agree with 30',
      input: report({ facts: [smartProse, smartCell] }),
      findings: [{ messageId: 'mismatch', severity: 'error' }],
    },
  ],
});

describe('same-figure: what is not one figure', () => {
  it('印刷费 of 商品和服务支出 and 印刷费 of 项目支出 are different figures', () => {
    const goods = fact('商品和服务支出', '160.71万元', { block: 20 });
    const project = fact('项目支出', '1232.93万元', { block: 24 });
    const p1 = fact('印刷费', '2.51万元', { block: 20, dims: final2023 });
    const p2 = fact('印刷费', '25.12万元', { block: 24, dims: final2023 });
    const rels = [relation('sum', goods, [p1], { partial: true }), relation('sum', project, [p2], { partial: true })];
    expect(run(sameFigure, report({ facts: [goods, project, p1, p2], relations: rels }), true)).toEqual([]);
  });

  it('different years or kinds are not compared', () => {
    const y2022 = fact('公务接待费', '2.51', { cell: { table: 70, row: 8, col: 1 }, dims: { year: '2022', kind: '决算数' } });
    expect(run(sameFigure, report({ facts: [y2022, receptionCell] }), true)).toEqual([]);
  });

  it('a ×10000 pair is left to unit-scale', () => {
    const yuan = fact('真抓实干成效明显地区奖励经费', '1000000', { cell: { table: 71, row: 2, col: 1 }, dims: final2023, unitHint: '万元' });
    expect(run(sameFigure, report({ facts: [rewardProse, yuan] }), true)).toEqual([]);
  });

  it('a mismatch disappears once the figure is corrected', () => {
    expect(run(sameFigure, report({ facts: [receptionProse, mutate(receptionCell, '8')] }))).toHaveLength(1);
    expect(run(sameFigure, report({ facts: [receptionProse, receptionCell] }))).toHaveLength(0);
  });
});

describe('same-figure: tables over their pages and forms of their own (docs/audit-warnings.md)', () => {
  const caption = (t: ReturnType<typeof table>, text: string) => ({ ...t, caption: text });
  const cols = [{ label: '总计' }];

  it('two cells of one table continued on the next page (its title printed again) are two figures', () => {
    // 江苏省政协 政府采购预算表 p12 → p13: 培训费 under 一、货物 (7.20) and under 三、服务 (74.40, its group on the page before)
    const goods = fact('培训费', '7.20', { cell: { table: 48, row: 16, col: 1 } });
    const services = fact('培训费', '74.40', { cell: { table: 51, row: 6, col: 1 } });
    const tables = [caption(table(48, cols, []), '2017年政府采购预算表'), caption(table(51, cols, []), '2017年政府采购预算表')];
    expect(run(sameFigure, report({ facts: [goods, services], tables }), true)).toEqual([]);
    // two tables of other titles still state one figure twice
    const apart = [caption(table(48, cols, []), '支出预算表'), caption(table(51, cols, []), '部门支出表')];
    expect(run(sameFigure, report({ facts: [goods, services], tables: apart }))).toHaveLength(1);
  });

  it('a 绩效目标表 is one project’s form: its figures are paired with none outside it', () => {
    // 西安 部门专项业务经费绩效目标表 (法律顾问服务): 其中：财政拨款 5.00, against the department’s 财政拨款 in prose
    const form = fact('财政拨款', '5.00', { cell: { table: 290, row: 3, col: 4 } });
    const whole = fact('财政拨款', '92165133.99元', { block: 20 });
    const other = fact('财政拨款', '28.91', { cell: { table: 294, row: 3, col: 4 } });
    const tables = [caption(table(290, cols, []), '部门专项业务经费绩效目标表'), caption(table(294, cols, []), '部门专项业务经费绩效目标表')];
    expect(run(sameFigure, report({ facts: [whole, form, other], tables }), true)).toEqual([]);
  });

  it('a label without a word (“=”, a 指标性质 column taken for the row name) names no figure', () => {
    const a = fact('=', '0', { cell: { table: 114, row: 4, col: 3 } });
    const b = fact('=', '100', { cell: { table: 121, row: 3, col: 3 } });
    expect(run(sameFigure, report({ facts: [a, b] }), true)).toEqual([]);
  });
});

describe('same-figure: prose against a table of one kind of spending', () => {
  it('a prose figure is a 基本支出表 cell of its name only when its sentence names 基本支出', async () => {
    const { keyOf } = await import('../../../src/reconcile/matching.js');
    // 烟台: “3.公务接待费11.6万元，比上年减少1万元…” (三公, every fund) and the 基本支出表's 公务接待费 6.30 (机关 only)
    const prose = fact('公务接待费', '11.6万元', { block: 60, quote: '3.公务接待费11.6万元，比上年减少1万元，下降7.94％。' });
    const basic = fact('公务接待费', '6.30', { cell: { table: 100, row: 10, col: 6 } });
    const basicCell = { ...basic, key: { ...keyOf(basic), spend: '基本支出' } };
    expect(run(sameFigure, report({ facts: [prose, basicCell] }), true)).toEqual([]);
    // a sentence about 基本支出 is about that table's figure
    const said = fact('公务接待费', '11.6万元', { block: 61, quote: '基本支出中，公务接待费11.6万元。' });
    expect(run(sameFigure, report({ facts: [said, basicCell] }))).toHaveLength(1);
  });
});
