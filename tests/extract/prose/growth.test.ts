import { describe, expect, it } from 'vitest';
import { findingsOf, relationsOf } from './helpers.js';

const growth = (lines: string[]) => relationsOf(lines, (r) => r.formula === 'growth' || r.formula === 'change-over-base');

describe('year-on-year rates read from the prose (src/extract/prose/growth.ts)', () => {
  it('a rate after a stated change is the change over this year ∓ the change', () => {
    expect(growth(['本年支出决算5218.21万元，与上年相比减少229.49万元，下降4.45%。'])).toEqual([
      'rate change-over-base: 4.45 <- 5218.21 | 229.49 (sign -1)',
    ]);
    expect(growth(['机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。'])).toEqual([
      'rate change-over-base: 1.40 <- 184.65 | 2.55 (sign 1)',
    ]);
  });

  it('this year’s figure from the sentence before: certain when that sentence states one figure', () => {
    expect(growth(['收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。'])).toEqual([
      'rate change-over-base: 1.87 <- 2995.39 | 56.95 (sign -1)',
    ]);
    // among several figures the first is only the likeliest subject
    expect(growth(['收入支出总计2995.39万元，支出合计2900.00万元。与2023年度相比，减少56.95万元，下降1.87%。'])).toEqual([
      'rate change-over-base: 1.87 <- 2995.39 | 56.95 (sign -1, inferred)',
    ]);
  });

  it('a budget text’s rate over the base figure the sentence names', () => {
    expect(growth(['2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。'])).toEqual([
      'rate growth: 1.07 <- 1672.67 | 1690.69 (sign -1)',
    ]);
    expect(growth(['2026年预算安排120万元，比上年执行数100万元增加20%。'])).toEqual(['rate growth: 20 <- 120 | 100 (sign 1)']);
  });

  it('reads no rate from a level, a share or a rate without its figures', () => {
    expect(growth(['群众满意度提高到95%。'])).toEqual([]);
    expect(growth(['基本支出100万元，占50%。'])).toEqual([]);
    expect(growth(['收入较上年增长5%。'])).toEqual([]);
    expect(growth(['支出100万元，比上年约增长5%。'])).toEqual([]);
  });

  it('checks them: a copied rate is an error, the right one ties', async () => {
    expect(await findingsOf(['2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。'])).toEqual([
      'error growth mismatch: 预算安排较2025年预算执行数增长 17.66% ≠ (预算安排 91.97 − 预算 77.99) ÷ 预算 77.99 = 17.93%',
    ]);
    expect(await findingsOf(['2025年当年预算执行数为156.34万元，2026年预算安排183.95万元，比2025年预算执行数增加17.66%。'])).toEqual([]);
    // 229.49 ÷ (5218.21 + 229.49) = 4.2126%
    expect(await findingsOf(['本年支出决算5218.21万元，与上年相比减少229.49万元，下降4.21%。'])).toEqual([]);
    // issue 10's example states 4.45%: on no base does 229.49 give it (÷ 5447.70 = 4.21%, ÷ 5218.21 = 4.40%)
    expect(await findingsOf(['本年支出决算5218.21万元，与上年相比减少229.49万元，下降4.45%。'])).toEqual([
      'error growth mismatch: 与上年较上年下降 -4.45% ≠ −229.49 ÷ (决算支出 5218.21 + 与上年减少 229.49) = -4.21%',
    ]);
  });

  it('a rate on the wrong base (this year instead of last) is an error', async () => {
    // 229.49 ÷ 5218.21 = 4.40%: the rate computed over this year
    const found = await findingsOf(['本年支出决算5218.21万元，与上年相比减少229.49万元，下降4.40%。']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error growth mismatch: .*4\.40% ≠ −229\.49 ÷ \(.*5218\.21 \+ .*229\.49\) = -4\.21%$/);
  });

  it('words that go the other way from the change are a wrong direction', async () => {
    const found = await findingsOf(['本年支出决算5218.21万元，与上年相比减少229.49万元，增长4.21%。']);
    expect(found.map((f) => f.split(':')[0])).toEqual(['error growth wrongDirection']);
  });

  it('an inferred link that fails is a warning', async () => {
    const found = await findingsOf(['收入支出总计2995.39万元，支出合计2900.00万元。与2023年度相比，减少56.95万元，下降1.90%。']);
    expect(found.map((f) => f.split(':')[0])).toEqual(['warning growth mismatch']);
  });

  it('a subject-less comparison after a sentence of one figure is that figure’s: a wrong rate is an error', async () => {
    // 1237.7 ÷ (4335.3 + 1237.7) = 22.21%: the 13.22% of the line above copied
    const found = await findingsOf(['项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少13.22%。']);
    expect(found.map((f) => f.split(':')[0])).toEqual(['error growth mismatch']);
  });
});

describe('a rate whose sentence opens with the comparison', () => {
  it('takes this year’s figure from the sentence before, its only figure', () => {
    expect(growth(['一般公共服务（类）支出20153.75万元，主要用于保障机构正常运转。与上年相比增加3161.38万元，增长18.60%。'])).toEqual([
      'rate change-over-base: 18.60 <- 20153.75 | 3161.38 (sign 1)',
    ]);
  });
});

describe('a change the fact reader did not read as a comparison', () => {
  it('letter-spaced “与 上 年 相 比 … 增 加” still states a change and its rate', () => {
    const lines = ['收 入 、 支 出 预 算 总 计 21,955.35 万 元 ， 与 上 年 相 比 收 、 支 预 算 总 计 各 增 加 3,958.67 万元，增长 21.95 %。'];
    expect(relationsOf(lines, (r) => r.kind === 'difference' || r.kind === 'rate')).toEqual([
      'difference: 3958.67 <- 21955.35 (sign 1)',
      'rate change-over-base: 21.95 <- 21955.35 | 3958.67 (sign 1)',
    ]);
  });
});

describe('a base-year figure in the sentence', () => {
  it('is the base of the rate, not this year’s figure', async () => {
    const lines = ['2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%。'];
    expect(relationsOf(lines, (r) => r.kind === 'rate')).toEqual(['rate: 5.77 <- 498.72 | 8648.07 (sign 1)']);
    expect(await findingsOf(lines)).toEqual([]); // 498.72 ÷ 8648.07 = 5.7668%
  });
});

describe('the sentence before holds a list', () => {
  it('its first figure (the total) is this year’s, not its last part', () => {
    const lines = ['2026年本单位收入预算1935.36万元，其中，一般公共预算拨款1935.36万元，上年结转0.00万元。收入较去年增加54.13万元，上升2.88%。'];
    expect(growth(lines)).toEqual(['rate change-over-base: 2.88 <- 1935.36 | 54.13 (sign 1, inferred)']);
  });
});

describe('more wordings of a change and its rate', () => {
  it('“比2025年年初预算数Y万元增加C万元，增长R%”: the change and the rate over the stated base', async () => {
    const lines = ['2026年度收入预算134133.33万元，比2025年年初预算数125462.47万元增加8670.86万元，增长6.91%。'];
    expect(relationsOf(lines, (r) => r.kind === 'difference' || r.kind === 'rate')).toEqual([
      'difference: 8670.86 <- 134133.33 | 125462.47 (sign 1)',
      'rate growth: 6.91 <- 134133.33 | 125462.47 (sign 1)',
    ]);
    expect(await findingsOf(lines)).toEqual([]);
    expect((await findingsOf(['2026年度收入预算134133.33万元，比2025年年初预算数125462.47万元增加8670.86万元，增长6.19%。'])).map((f) => f.split(':')[0])).toEqual([
      'error growth mismatch',
    ]);
  });

  it('a rate whose paragraph opens with the comparison is not linked to the paragraph before', () => {
    // “按与上年统计口径一致相比，本年比上年减少161.96万元，下降了4.39%”: the line before speaks of another 口径
    expect(growth(['机关运行经费预算支出9193.40万元，比2016年增加5503.07万元，增长149.12%。', '按与上年统计口径一致相比，本年比上年减少161.96万元，下降了4.39%。'])).toEqual([
      'rate change-over-base: 149.12 <- 9193.40 | 5503.07 (sign 1)',
    ]);
  });
});

describe('the sentence before states changes of its own', () => {
  it('is not where this year’s figure is looked for', () => {
    const lines = ['因公出国（境）费215.6万元，比上年增加0万元；公务用车购置及运行维护费0万元（公务用车购置费0万元，比上年减少70万元；公务用车运行维护费0万元，比上年减少318.88万元。）比上年减少388.88万元，下降100%。'];
    expect(growth(lines).filter((r) => r.includes('388.88'))).toEqual([]);
  });
});
