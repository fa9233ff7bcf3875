import { describe, expect, it } from 'vitest';
import { nameCore } from '../../../src/extract/prose/wholes.js';
import { findingsOf, relationsOf } from './helpers.js';

const shareRates = (lines: string[]) => relationsOf(lines, (r) => r.kind === 'rate' && r.name === '占比');

/** A 三公 table (one row, the whole under “三公”经费) and the prose shares of it. */
const sangong = (shares: [string, string, string]) => [
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '\t“三公”经费',
  '\t因公出国（境）费',
  '\t公务用车购置及运行费',
  '\t公务接待费',
  '',
  '\t833.60',
  '\t222.50',
  '\t183.60',
  '\t427.50',
  '',
  '三、“三公”经费情况说明',
  `因公出国（境）费支出222.5万元，占“三公”经费的${shares[0]}%；公务用车购置及运行费支出183.6万元，占“三公”经费的${shares[1]}%；公务接待费支出427.5万元，占“三公”经费的${shares[2]}%。`,
];

describe('wholes the prose names, linked after the tables (src/extract/prose/wholes.ts)', () => {
  it('占“三公”经费: the whole is the 三公 table’s “三公”经费, a certain 占比 for each share', () => {
    expect(shareRates(sangong(['26.69', '22.03', '51.28']))).toEqual([
      'rate: 26.69 <- 222.50 | 833.60',
      'rate: 22.03 <- 183.6 | 833.60',
      'rate: 51.28 <- 427.50 | 833.60',
    ]);
  });

  it('shares computed on another base (the total with 会议费 and 培训费) are an error each', async () => {
    const found = (await findingsOf(sangong(['8.75', '7.22', '16.81']))).filter((f) => f.startsWith('error'));
    expect(found.map((f) => f.split(':')[0])).toEqual(['error rate mismatch', 'error rate mismatch', 'error rate mismatch']);
    expect(found[0]).toContain('因公出国（境）费 222.50 ÷ 三公经费 833.60 = 26.69%');
    expect(await findingsOf(sangong(['26.69', '22.03', '51.28']))).toEqual([]);
  });

  it('a part the whole’s table prints with more decimals is read as printed there: “110万元” is the table’s 110.00', async () => {
    const lines = [
      '一般公共预算“三公”经费支出预算表',
      '单位：万元',
      '\t“三公”经费',
      '\t因公出国（境）费',
      '\t公务接待费',
      '',
      '\t584.35',
      '\t110.00',
      '\t474.35',
      '',
      '三、“三公”经费情况说明',
      '因公出国（境）费支出110万元，占“三公”经费的18.85%；公务接待费支出474.35万元，占“三公”经费的81.18%。',
    ];
    expect(shareRates(lines)).toEqual(['rate: 18.85 <- 110.00 | 584.35', 'rate: 81.18 <- 474.35 | 584.35']);
    // 110.00 ÷ 584.35 = 18.824%; with the prose's 110 (± 0.5) alone it would pass
    expect((await findingsOf(lines)).filter((f) => f.startsWith('error'))).toEqual([
      'error rate mismatch: 因公出国（境）费支出占“三公”经费 18.85% ≠ 因公出国（境）费 110.00 ÷ 三公经费 584.35 = 18.82%',
    ]);
  });

  it('占本年支出合计: a department’s own name before the measure, 预算 and 本年 do not change it', () => {
    expect(
      shareRates(['三、支出预算情况说明', '省检察院本年支出预算合计21,955.35万元。', '五、财政拨款支出预算情况说明', '省检察院2018年财政拨款预算支出21,940.96万元，占本年支出合计的99.94%。']),
    ).toEqual(['rate: 99.94 <- 21940.96 | 21955.35']);
    // another item's total is not it
    expect(shareRates(['项目支出合计300.00万元。', '财政拨款支出280.00万元，占本年支出合计的93.33%。'])).toEqual([]);
    expect(shareRates(['事业单位支出合计300.00万元。', '财政拨款支出280.00万元，占本年支出合计的93.33%。'])).toEqual([]);
  });

  it('figures of that name that disagree: the nearest in the share’s section, inferred', () => {
    expect(
      shareRates(['一、收入决算情况说明', '二、支出决算情况说明', '本年支出合计3000.00万元。', '三、一般公共预算财政拨款支出决算情况说明', '本年支出合计2940.05万元。', '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。']),
    ).toEqual(['rate: 100.00 <- 2940.05 | 2940.05 (inferred)']);
  });

  it('a name’s core leaves out years, periods, 预算/决算 and fund words, and keeps 上年 and the scope apart', () => {
    expect(nameCore('本年支出合计')).toEqual({ core: '支出合计', lastYear: false, scope: null });
    expect(nameCore('2026年支出预算')).toEqual({ core: '支出', lastYear: false, scope: null });
    expect(nameCore('“三公”经费的')).toEqual({ core: '三公经费', lastYear: false, scope: null });
    expect(nameCore('上年一般公共预算支出').lastYear).toBe(true);
    expect(nameCore('一般公共预算支出').scope).not.toBeNull();
  });
});
