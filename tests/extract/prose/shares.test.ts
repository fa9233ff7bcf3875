import { describe, expect, it } from 'vitest';
import { findingsOf, relationsOf } from './helpers.js';

const shares = (lines: string[]) => relationsOf(lines, (r) => r.kind === 'shares' || (r.kind === 'rate' && r.name === '占比' && r.inferred));


describe('shares read from the prose (src/extract/prose/shares.ts)', () => {
  it('a 其中 list of shares makes 100%', () => {
    expect(shares(['本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。'])).toEqual([
      'shares: 2946.25 <- 99.79 | 0.21',
    ]);
  });

  it('a list one line each, the whole in a line before, makes 100% (inferred: several paragraphs)', () => {
    expect(shares(['支出预算合计24458.43万元。', '基本支出10403.11万元，占42.53%；', '项目支出12081.46万元，占49.40%；', '单位预留机动经费1973.86万元，占8.07%。'])).toEqual([
      'rate share-of-list: 42.53 <- 10403.11 | 12081.46 | 1973.86 (inferred)',
      'rate share-of-list: 49.40 <- 12081.46 | 10403.11 | 1973.86 (inferred)',
      'rate share-of-list: 8.07 <- 1973.86 | 10403.11 | 12081.46 (inferred)',
      'shares: — <- 42.53 | 49.40 | 8.07 (inferred)',
    ]);
  });

  it('a 主要用于 list, or a list with other figures in its sentence, is partial', () => {
    expect(shares(['支出100万元，主要用于：办公费20万元，占20%；印刷费30万元，占30%。'])).toEqual(['shares: — <- 20 | 30 (partial)']);
  });

  it('a share of a whole named in an earlier section is an inferred 占比 when figures of that name disagree', () => {
    expect(
      shares(['一、收入决算情况说明', '二、支出决算情况说明', '本年支出合计3000.00万元。', '三、一般公共预算财政拨款支出决算情况说明', '本年支出合计2940.05万元。', '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。']),
    ).toEqual(['rate: 100.00 <- 2940.05 | 2940.05 (inferred)']);
  });

  it('checks them: shares that make 100.07% with no share checked alone are an error', async () => {
    expect(await findingsOf(['基本支出占比如下：', '基本支出10403.11万元，占42.53%；项目支出12081.46万元，占49.47%；单位预留机动经费1973.86万元，占8.07%。'])).toEqual([
      'error shares notWhole: 42.53% + 49.47% + 8.07% = 100.07% ≠ 100%',
    ]);
    expect(await findingsOf(['基本支出10403.11万元，占42.53%；项目支出12081.46万元，占49.40%；单位预留机动经费1973.86万元，占8.07%。'])).toEqual([]);
  });

  it('a list whose one share is wrong gives one error, at that share', async () => {
    const found = await findingsOf([
      '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%。',
    ]);
    expect(found.map((f) => f.split(':')[0])).toEqual(['error rate mismatch']);
  });
});

describe('a list one item per line after “…合计X万元，其中：”', () => {
  const lines = ['省检察院本年支出预算合计21,955.35万元，其中：', '基本支出13,994.31万元，占63.75%；', '项目支出5,573万元，占25.38%；', '单位预留机动经费2,388.04万元，占10.87%。'];

  it('takes the figure before the colon as the whole of every share', () => {
    expect(relationsOf(lines, (r) => r.kind === 'shares' || (r.kind === 'rate' && r.name === '占比'))).toEqual([
      'rate: 63.75 <- 13994.31 | 21955.35',
      'rate: 25.38 <- 5573 | 21955.35',
      'rate: 10.87 <- 2388.04 | 21955.35',
      'shares: 21955.35 <- 63.75 | 25.38 | 10.87',
    ]);
  });

  it('checks each share: 13,994.31 ÷ 21,955.35 = 63.74%, printed 63.75% (made to total 100%)', async () => {
    expect((await findingsOf(lines)).map((f) => f.split(':')[0])).toEqual(['error rate mismatch', 'error rate mismatch']);
  });
});

describe('a list introduced by its words, over several lines', () => {
  it('“合计X万元，其中：” before the first item, the others one per line: X is the whole of every share', async () => {
    const lines = ['江苏省高级人民法院本年支出预算合计28849.38万元，其中：基本支出17123.19万元，占59.35%；', '项目支出11543.27万元，占40.01%；', '单位预留机动经费182.92万元，占0.64%；'];
    expect(relationsOf(lines, (r) => r.kind === 'shares' || (r.kind === 'rate' && r.name === '占比'))).toEqual([
      'rate: 59.35 <- 17123.19 | 28849.38',
      'rate: 40.01 <- 11543.27 | 28849.38',
      'rate: 0.64 <- 182.92 | 28849.38',
      'shares: 28849.38 <- 59.35 | 40.01 | 0.64',
    ]);
    // 182.92 ÷ 28849.38 = 0.634%: the share was made to total 100%
    expect((await findingsOf(lines)).map((f) => f.split(':')[0])).toEqual(['error rate mismatch']);
  });

  it('a line “其中：” before the list: one list, certain, its whole the sum of its figures', () => {
    const lines = ['收入预算合计1000万元，包括本年收入1000万元，上年结转0万元。', '其中：', '一般公共预算收入600万元，占60%；', '政府性基金预算收入400万元，占40%。'];
    expect(relationsOf(lines, (r) => r.kind === 'shares' || (r.kind === 'rate' && r.name === '占比'))).toEqual([
      'rate share-of-list: 60 <- 600 | 400',
      'rate share-of-list: 40 <- 400 | 600',
      'shares: — <- 60 | 40',
    ]);
  });

  it('lines no words introduce stay inferred', () => {
    const lines = ['收入预算合计1000万元。', '一般公共预算收入600万元，占60%；', '政府性基金预算收入400万元，占40%。'];
    expect(relationsOf(lines, (r) => r.kind === 'shares')).toEqual(['shares: — <- 60 | 40 (inferred)']);
  });
});

describe('a complete list of shares with no whole stated', () => {
  const list = (a: string, b: string, c: string) => [
    `“三公”经费预算支出中，因公出国（境）费支出110万元，占“三公”经费的${a}%；公务用车购置及运行费支出317.8万元，占“三公”经费的${b}%；公务接待费支出156.55万元，占“三公”经费的${c}%。`,
  ];

  it('reads each share as its figure over the sum of the list', () => {
    expect(relationsOf(list('18.82', '54.39', '26.79'), (r) => r.formula === 'share-of-list')).toEqual([
      'rate share-of-list: 18.82 <- 110 | 317.8 | 156.55',
      'rate share-of-list: 54.39 <- 317.8 | 110 | 156.55',
      'rate share-of-list: 26.79 <- 156.55 | 110 | 317.8',
    ]);
  });

  it('checks them once the shares make 100%: 156.55 ÷ 584.35 = 26.79%, not 26.72%', async () => {
    expect(await findingsOf(list('18.82', '54.39', '26.79'))).toEqual([]);
    // 110 and 317.8 are printed with fewer decimals: 110 ± 0.5 allows 18.85% and 54.43% on
    // the loosest reading only (warnings); 156.55 ÷ [583.795, 584.895] ∌ 26.72% ± 0.005
    expect((await findingsOf(list('18.85', '54.43', '26.72'))).map((f) => f.split(':')[0]).sort()).toEqual([
      'error shares shareOfList',
      'warning shares shareOfListLoose',
      'warning shares shareOfListLoose',
    ]);
  });

  it('shares that do not make 100% are one error for the list, not one per share', async () => {
    expect((await findingsOf(list('8.75', '7.22', '16.81'))).map((f) => f.split(':')[0])).toEqual(['error shares notWhole']);
  });
});
