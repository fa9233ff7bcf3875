import { describe, expect, it } from 'vitest';
import identity from '../../../src/reconcile/rules/identity.js';
import { fact, mutate, relation, report } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// 二（二）1: “决算基本支出2008.88万元，其中：工资福利支出1410.45万元…；商品和服务支出160.71万元…；对个人和家庭的补助支出437.72万元”
const s = { section: 's2.2.1' };
const basic = fact('基本支出', '2008.88万元', { block: 20, ...s });
const wages = fact('工资福利支出', '1410.45万元', { block: 20, ...s });
const goods = fact('商品和服务支出', '160.71万元', { block: 20, ...s });
const transfers = fact('对个人和家庭的补助', '437.72万元', { block: 20, ...s });

// 二（一）2: “本年决算支出3241.81万元，其中：用于基本支出2008.88万元，项目支出1232.93万元”
const t = { section: 's2.1.2' };
const spending = fact('决算支出', '3241.81万元', { block: 14, ...t });
const basic2 = fact('基本支出', '2008.88万元', { block: 14, ...t });
const project = fact('项目支出', '1232.93万元', { block: 14, ...t });

// 附件1 三公经费 rows, three columns (2022年决算数, 2023年预算数, 2023年决算数)
const years = [
  { year: '2022', kind: '决算数' },
  { year: '2023', kind: '预算数' },
  { year: '2023', kind: '决算数' },
];
const sangongTable = (reception2023 = '6') => {
  const rows: [string, string[]][] = [
    ['三公经费', ['21.42', '27', '50.5']],
    ['公务用车购置及运行维护费', ['18.91', '21', '20.81']],
    ['因公出国（境）费', ['0', '0', '23.69']],
    ['公务接待费', ['2.51', '6', reception2023]],
  ];
  return rows.flatMap(([label, values], r) =>
    values.map((v, c) => fact(label, v, { cell: { table: 70, row: 3 + r, col: 1 + c }, dims: years[c]!, unitHint: '万元' })),
  );
};

ruleTester(identity, {
  valid: [
    { name: '基本支出 2008.88 = 工资福利支出 1410.45 + 商品和服务支出 160.71 + 对个人和家庭的补助 437.72', input: report({ facts: [basic, wages, goods, transfers] }) },
    { name: '决算支出 3241.81 = 基本支出 2008.88 + 项目支出 1232.93', input: report({ facts: [spending, basic2, project] }) },
    { name: '三公经费 per column of 附件1 (50.5 = 20.81 + 23.69 + 6 with 6 read as 6.00)', input: report({ facts: sangongTable() }), checks: 3 },
    {
      // 因公出国（境）费 not stated: the parts found (26.81) fall short of 50.5 by what it may be
      name: 'an omittable part left out: parts short of the total are no finding',
      input: report({
        facts: [
          fact('三公经费', '50.5万元', { block: 33, section: 's4' }),
          fact('公务用车购置及运行维护费', '20.81万元', { block: 33, section: 's4' }),
          fact('公务接待费', '6万元', { block: 33, section: 's4' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'mutation: 工资福利支出 1410.54 → 基本支出 2008.88 ≠ 2008.97',
      input: report({ facts: [basic, mutate(wages, '1410.54万元'), goods, transfers] }),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          expected: '2008.97',
          difference: '+0.09',
          values: ['2008.88', '1410.54', '160.71', '437.72'],
          formula: '基本支出 2008.88 ≠ 工资福利支出 1410.54 + 商品和服务支出 160.71 + 对个人和家庭的补助 437.72 = 2008.97',
        },
      ],
    },
    {
      name: 'table mutation: 公务接待 2023年决算数 7 → the 2023年决算数 column errors, the others tie',
      input: report({ facts: sangongTable('7') }),
      findings: [{ messageId: 'mismatch', severity: 'error', stated: '50.5', expected: '51.50', where: { table: 70, row: 3, col: 3 } }],
    },
    {
      name: 'parts from other paragraphs of the section: the match is uncertain, a failure is a warning',
      input: report({
        facts: [
          fact('决算支出', '3241.81万元', { block: 30, section: 's3' }),
          fact('基本支出', '2008.88万元', { block: 31, section: 's3' }),
          fact('项目支出', '1200万元', { block: 32, section: 's3' }),
        ],
      }),
      findings: [{ messageId: 'mismatch', severity: 'warning', expected: '3208.88' }],
    },
    {
      name: 'an omittable part left out: the parts there are may not exceed the total (uncertain)',
      input: report({
        facts: [
          fact('三公经费', '20.5万元', { block: 33, section: 's4' }),
          fact('公务用车购置及运行维护费', '20.81万元', { block: 33, section: 's4' }),
          fact('公务接待费', '6万元', { block: 33, section: 's4' }),
        ],
      }),
      findings: [{ messageId: 'mismatch', severity: 'warning', expected: '26.81' }],
    },
  ],
});

describe('identity: matching', () => {
  it('takes no part the table lists under another total (上级补助收入 below 本年收入合计, a part of 收入总计)', () => {
    // 烟台 收支总体情况表: 本年收入合计 191221.79 = 财政拨款收入 191195.79 + 其他收入 26.00; 上级补助收入 173.00
    // is printed after it and added by 收入总计 191394.79
    const cell = (label: string, printed: string, row: number) => fact(label, printed, { cell: { table: 48, row, col: 1 } });
    const total = cell('收入合计', '191221.79', 27);
    const fiscal = cell('财政拨款收入', '191195.79', 2);
    const other = cell('其他收入', '26.00', 9);
    const upper = cell('上级补助收入', '173.00', 29);
    const grand = cell('收入总计', '191394.79', 33);
    const relations = [relation('sum', total, [fiscal, other], { name: '合计' }), relation('sum', grand, [total, upper], { name: '总计' })];
    const findings = run(identity, report({ facts: [total, fiscal, other, upper, grand], relations }), true);
    expect(findings.filter((f) => f.values.some((v) => v.value === '173.00'))).toEqual([]);
  });

  it('does not reach across sections for parts', () => {
    const far = fact('项目支出', '1232.93万元', { block: 90, section: 's9' });
    const spendingOnly = fact('决算支出', '3241.81万元', { block: 14, section: 's2.1.2' });
    const basicFar = fact('基本支出', '1万元', { block: 91, section: 's9' });
    expect(run(identity, report({ facts: [spendingOnly, far, basicFar] }), true)).toEqual([]);
  });

  it('does not pair figures of different years or kinds', () => {
    const total = fact('三公经费', '50.5万元', { block: 5, dims: { year: '2023' } });
    const parts = [
      fact('因公出国（境）费', '23.69万元', { block: 5, dims: { year: '2022' } }),
      fact('公务用车购置及运行维护费', '20.81万元', { block: 5, dims: { year: '2022' } }),
    ];
    expect(run(identity, report({ facts: [total, ...parts] }), true)).toEqual([]);
  });

  it('a mismatch disappears once the figure is corrected', () => {
    expect(run(identity, report({ facts: sangongTable('7') }))).toHaveLength(1);
    expect(run(identity, report({ facts: sangongTable('6') }))).toHaveLength(0);
  });
});
