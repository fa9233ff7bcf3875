import { describe, expect, it } from 'vitest';
import sum from '../../../src/reconcile/rules/sum.js';
import { fact, mutate, relation, report, table } from '../factories.js';
import { ruleTester, run } from '../rule-tester.js';

// “2023年本年决算支出3241.81万元，其中：用于基本支出2008.88万元，项目支出1232.93万元。”
const spending = fact('决算支出', '3241.81万元', { block: 12 });
const basic = fact('基本支出', '2008.88万元', { block: 12 });
const project = fact('项目支出', '1232.93万元', { block: 12 });

// 附件1 三公经费, 2023年决算数: 50.5 = 20.81 + 23.69 + 6
const sangong = fact('三公经费', '50.5万元', { block: 40 });
const car = fact('公务用车购置及运行维护费', '20.81万元', { block: 40 });
const abroad = fact('因公出国（境）费', '23.69万元', { block: 40 });
const reception = fact('公务接待费', '6万元', { block: 40 });

// 上级专项资金 274.23 = 96.43 + 100 + 18 + 30 + 29.8
const special = fact('上级专项资金', '274.23万元', { block: 20 });
const specialParts = ['96.43', '100', '18', '30', '29.8'].map((v, i) => fact(`专项${i + 1}`, `${v}万元`, { block: 20 }));

// “商品和服务支出160.71万元，主要用于印刷费2.51万元、差旅费3.77万元…” (a partial list)
const goods = fact('商品和服务支出', '160.71万元', { block: 15 });
const printing = fact('印刷费', '2.51万元', { block: 15 });
const travel = fact('差旅费', '3.77万元', { block: 15 });

// “智慧怀化工作经费34万元（含2022年结转4万元）”
const smart = fact('智慧怀化工作经费', '34万元', { block: 25 });
const carried = fact('2022年结转', '4万元', { block: 25 });

const third = (v: string) => fact('部分', v, { block: 60 });

// 附件1 as a typed table: 三公经费 over its numbered children, three columns
const cols = [
  { label: '2022年决算数', dims: { year: '2022', kind: '决算数' } },
  { label: '2023年预算数', dims: { year: '2023', kind: '预算数' } },
  { label: '2023年决算数', dims: { year: '2023', kind: '决算数' } },
];
const sangongTable = (reception2023 = '6') =>
  table(70, cols, [
    { row: 3, label: '三公经费', cells: ['21.42', '27', '50.5'] },
    { row: 4, label: '1、公务用车购置和维护经费', parent: 3, cells: ['18.91', '21', '20.81'] },
    { row: 5, label: '其中：公车购置', parent: 4, role: 'breakdown', cells: ['0', '0', '0'] },
    { row: 6, label: '公车运行维护', parent: 4, role: 'breakdown', cells: ['18.91', '21', '20.81'] },
    { row: 7, label: '2、出国经费', parent: 3, cells: ['0', '0', '23.69'] },
    { row: 8, label: '3、公务接待', parent: 3, cells: ['2.51', '6', reception2023] },
  ]);

ruleTester(sum, {
  valid: [
    {
      name: '决算支出 3241.81 = 基本支出 2008.88 + 项目支出 1232.93',
      input: report({ facts: [spending, basic, project], relations: [relation('sum', spending, [basic, project], { name: '其中' })] }),
    },
    {
      name: '0.33 + 0.33 + 0.33 ties with 1.00',
      input: (() => {
        const [t, a, b, c] = [third('1.00万元'), third('0.33万元'), third('0.33万元'), third('0.33万元')];
        return report({ facts: [t, a, b, c], relations: [relation('sum', t, [a, b, c])] });
      })(),
    },
    {
      name: '三公经费 50.5 = 20.81 + 23.69 + 6 (the 6 read as 6.00)',
      input: report({ facts: [sangong, car, abroad, reception], relations: [relation('sum', sangong, [car, abroad, reception])] }),
    },
    {
      name: '上级专项资金 274.23 = 96.43 + 100 + 18 + 30 + 29.8 (分别为)',
      input: report({ facts: [special, ...specialParts], relations: [relation('sum', special, specialParts, { name: '分别为' })] }),
    },
    {
      name: 'a partial list (主要用于) below its total',
      input: report({ facts: [goods, printing, travel], relations: [relation('sum', goods, [printing, travel], { partial: true })] }),
    },
    {
      name: '含: 34万元 includes 4万元',
      input: report({ facts: [smart, carried], relations: [relation('includes', smart, [carried], { name: '含' })] }),
    },
    {
      name: 'rates do not add: the 控制率 of a 合计 row is not the sum of the rows',
      input: (() => {
        const [t, a, b] = [fact('控制率', '95.79%', { block: 61 }), fact('控制率', '95.56%', { block: 61 }), fact('控制率', '96.30%', { block: 61 })];
        return report({ facts: [t, a, b], relations: [relation('sum', t, [a, b], { name: '合计' })] });
      })(),
      checks: 0,
    },
    {
      name: 'shares that make a whole add to 100%',
      input: (() => {
        const [t, a, b] = [fact('占比', '100.00%', { block: 62 }), fact('占比', '71.65%', { block: 62 }), fact('占比', '28.35%', { block: 62 })];
        return report({ facts: [t, a, b], relations: [relation('sum', t, [a, b], { name: '合计' })] });
      })(),
      checks: 1,
    },
    {
      name: 'table hierarchy: 三公经费 over its children and 公务用车 over its 其中 rows, per column',
      input: report({ tables: [sangongTable()] }),
      checks: 6,
    },
  ],
  invalid: [
    {
      name: 'mutation: 公务接待费 7 instead of 6 → 50.5 ≠ 51.50',
      input: report({
        facts: [sangong, car, abroad, mutate(reception, '7万元')],
        relations: [relation('sum', sangong, [car, abroad, mutate(reception, '7万元')])],
      }),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          stated: '50.5',
          expected: '51.50',
          difference: '+1.00',
          values: ['50.5', '20.81', '23.69', '7'],
          formula: '三公经费 50.5 ≠ 公务用车购置及运行维护费 20.81 + 因公出国（境）费 23.69 + 公务接待费 7 = 51.50',
          where: { block: 40 },
        },
      ],
    },
    {
      name: '三公经费 50.9 = 20.81 + 23.69 + 6 holds only if 6 stands for 6.4: warning',
      input: report({
        facts: [mutate(sangong, '50.9万元'), car, abroad, reception],
        relations: [relation('sum', mutate(sangong, '50.9万元'), [car, abroad, reception])],
      }),
      findings: [{ messageId: 'looseOnly', severity: 'warning', expected: '50.50', difference: '-0.40' }],
    },
    {
      name: '0.33 + 0.33 + 0.33 cannot be 1.02',
      input: (() => {
        const [t, a, b, c] = [third('1.02万元'), third('0.33万元'), third('0.33万元'), third('0.33万元')];
        return report({ facts: [t, a, b, c], relations: [relation('sum', t, [a, b, c])] });
      })(),
      findings: [{ messageId: 'mismatch', severity: 'error', expected: '0.99', difference: '-0.03' }],
    },
    {
      name: 'a partial list above its total is a warning (the list may not belong to that total)',
      input: report({
        facts: [mutate(goods, '6.2万元'), printing, travel],
        relations: [relation('sum', mutate(goods, '6.2万元'), [printing, travel], { partial: true })],
      }),
      findings: [{ messageId: 'partsExceed', severity: 'warning', expected: '6.28', formula: '商品和服务支出 6.2 < 印刷费 2.51 + 差旅费 3.77 = 6.28' }],
    },
    {
      name: '含: 2万元 cannot include 4万元',
      input: report({ facts: [mutate(smart, '2万元'), carried], relations: [relation('includes', mutate(smart, '2万元'), [carried])] }),
      findings: [{ messageId: 'partsExceed', severity: 'error', formula: '智慧怀化工作经费 2 < 2022年结转 4 = 4' }],
    },
    {
      name: '含: 3万元 including 4万元 holds only if both were rounded to whole 万元',
      input: report({ facts: [mutate(smart, '3万元'), carried], relations: [relation('includes', mutate(smart, '3万元'), [carried])] }),
      findings: [{ messageId: 'looseOnly', severity: 'warning' }],
    },
    {
      name: 'table mutation: 公务接待 2023 = 7 → 三公经费 column 2023 errors at its cell',
      input: report({ tables: [sangongTable('7')] }),
      findings: [{ messageId: 'mismatch', severity: 'error', stated: '50.5', expected: '51.50', where: { block: 70, row: 3, col: 3 } }],
    },
  ],
});

describe('sum: relations the table extractor emits', () => {
  it('a table relation from the extractor is checked once, not again from the hierarchy', () => {
    const t = sangongTable();
    const cells = t.rows.map((r) => r.values.find((v) => v.col === 3)!);
    const f = cells.map((c, i) => fact(t.rows[i]!.label, c.text, { cell: { table: 70, row: t.rows[i]!.row, col: 3 }, unitHint: '万元' }));
    cells.forEach((c, i) => (c.fact = f[i]!.id));
    const emitted = relation('sum', f[0]!, [f[1]!, f[4]!, f[5]!], { source: 'table', name: '合计' });
    const findings = run(sum, report({ facts: f, relations: [emitted], tables: [t] }), true);
    const onTotal = findings.filter((x) => x.values[0]!.location.row === 3 && x.values[0]!.location.col === 3);
    expect(onTotal.map((x) => x.refs)).toEqual([[emitted.id]]);
  });

  it('a mutated part makes the error; corrected, the finding disappears', () => {
    const bad = mutate(basic, '2008.98万元');
    expect(run(sum, report({ facts: [spending, bad, project], relations: [relation('sum', spending, [bad, project])] }))).toHaveLength(1);
    expect(run(sum, report({ facts: [spending, basic, project], relations: [relation('sum', spending, [basic, project])] }))).toHaveLength(0);
  });

  it('skips relations whose facts are missing or measure different things', () => {
    const pct = fact('占比', '50%', { block: 12 });
    const r1 = relation('sum', spending, [basic, project]);
    r1.operands.push('no-such-fact');
    expect(run(sum, report({ facts: [spending, basic, project, pct], relations: [r1, relation('sum', spending, [basic, pct])] }), true)).toEqual([]);
  });
});

describe('sum: qualified figures (约 / 以上 / 不足) are bounds, not exact amounts', () => {
  // “支出合计100万元，其中：基本支出约60万元，项目支出30万元以上”
  const total = fact('支出合计', '100万元', { block: 80 });
  const aboutBasic = fact('基本支出', '60万元', { block: 80, dims: { qualifier: '约' } });
  const atLeastProject = fact('项目支出', '30万元', { block: 80, dims: { qualifier: '以上' } });
  const atMostProject = fact('项目支出', '30万元', { block: 80, dims: { qualifier: '不足' } });

  it('约60 + 30以上 can make 100: no finding', () => {
    expect(run(sum, report({ facts: [total, aboutBasic, atLeastProject], relations: [relation('sum', total, [aboutBasic, atLeastProject])] }))).toEqual([]);
  });

  it('约60 + 不足30 cannot reach 100, but a figure said to be approximate gives at most a warning', () => {
    const findings = run(sum, report({ facts: [total, aboutBasic, atMostProject], relations: [relation('sum', total, [aboutBasic, atMostProject])] }));
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['mismatch', 'warning']]);
  });

  it('the same list without qualifiers is an error', () => {
    const basic60 = fact('基本支出', '60万元', { block: 80 });
    const project30 = fact('项目支出', '30万元', { block: 80 });
    const findings = run(sum, report({ facts: [total, basic60, project30], relations: [relation('sum', total, [basic60, project30])] }));
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['mismatch', 'error']]);
  });
});

describe('sum: figures of different dimensions never meet', () => {
  it('496人 is not checked against 23个 + 2个 + 2个', () => {
    const staff = fact('行政政法人员编制', '496人', { block: 81 });
    const parts = ['23个', '2个', '2个'].map((v, i) => fact(`机构${i}`, v, { block: 81 }));
    expect(run(sum, report({ facts: [staff, ...parts], relations: [relation('sum', staff, parts)] }), true)).toEqual([]);
  });
});
