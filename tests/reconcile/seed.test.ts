// The seed report's findings, checked by hand, in every form it comes in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

const FORMS = ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.txt', 'huaihua-gxj-2023.pdf'] as const;
const reports = new Map<string, Report>();

beforeAll(async () => {
  for (const form of FORMS) reports.set(form, await analyzedCorpus(form, { all: true }));
});

const problems = (r: Report) => r.findings.filter((f) => f.severity !== 'info');
const ties = (r: Report) => r.findings.filter((f) => f.severity === 'info').map((f) => f.formula);

describe.each(FORMS)('findings on the seed (%s)', (form) => {
  it('reports 135.42% as an error with both operands located', () => {
    const [rate] = problems(reports.get(form)!).filter((f) => f.rule === 'rate' && f.formula.startsWith('预算执行率'));
    expect(rate).toMatchObject({
      severity: 'error',
      formula: '预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%',
      stated: '135.42',
      expected: { value: '135.47' },
      difference: '+0.05',
    });
    const where = Object.fromEntries(rate!.values.map((v) => [v.label, v]));
    expect(where['决算支出']).toMatchObject({ value: '3241.81', unit: '万元', location: { section: 's2.1.1' } });
    expect(where['预算收入']).toMatchObject({ value: '2392.94', unit: '万元', location: { section: 's2.1.1' } });
    for (const v of rate!.values) expect(v.location.quote).toContain(v.value);
  });

  it('reports the 自评表 execution rate against its own columns (全年执行数 ÷ 全年预算数)', () => {
    // Checked by hand: the table's 执行率 135.42% fits neither 3241.81 ÷ 3241.81 (its own
    // 全年 columns) nor 3241.81 ÷ 2392.94 (135.47%); both readings are errors.
    const table = problems(reports.get(form)!).filter((f) => f.formula.startsWith('年度资金总额'));
    expect(table).toHaveLength(1);
    expect(table[0]).toMatchObject({ rule: 'rate', severity: 'error', stated: '135.42', expected: { value: '100.00' } });
    expect(table[0]!.values.every((v) => v.location.table !== null && v.location.row !== null)).toBe(true);
  });

  it('has no other error or warning', () => {
    expect(problems(reports.get(form)!).map((f: Finding) => `${f.severity} ${f.rule}`)).toEqual(['error rate', 'error rate']);
  });

  it('verifies the statements that do tie (hand-checked)', () => {
    const checked = ties(reports.get(form)!);
    const expected = [
      // 3241.81 − 2392.94 = 848.87: within rounding of the stated 848.86, not an error
      '预算执行较年初预算增加 +848.86 = 决算支出 3241.81 − 预算收入 2392.94',
      '决算支出 3241.81 = 基本支出 2008.88 + 项目支出 1232.93',
      '基本支出 2008.88 = 工资福利支出 1410.45 + 商品和服务支出 160.71 + 对个人和家庭的补助 437.72',
      '纳入预算管理的非税收入项目 10.03 = 职称评审工作经费 3.5 + 计算机考试经费 6.53',
      '公务用车运行维护费较预算数减少 −0.19 = 公务用车运行维护费 20.81 − 公务用车运行维护费 21',
      '三公经费 / 2023年决算数 50.5 = 公务用车购置及运行维护费 / 2023年决算数 20.81 + 因公出国（境）费 / 2023年决算数 23.69 + 公务接待费 / 2023年决算数 6',
      '控制率 / 控制率 96.84% = 实有人数 / 2023年实际在职人数 92 ÷ 编制人数 / 编制数 95 = 96.84%',
      '自评得分 99 = 总分得分 99',
      '自评得分 99 ∈ 评价等级 优（得分 ≥ 90）',
    ];
    for (const formula of expected) expect(checked).toContain(formula);
    expect(checked.some((f) => f.startsWith('上级专项资金 274.23 = 规模工业企业培育发展奖励资金 96.43 + 真抓实干成效明显地区奖励经费 100'))).toBe(true);
    expect(checked.some((f) => f.startsWith('市级一般公共预算财政拨款项目支出 948.67 = '))).toBe(true);
    // the 自评表 总分 row checked once: by the score rule or as the table's sum (the same cells)
    expect(checked.some((f) => /^总分( \/ )?分值 100 = /.test(f))).toBe(true);
    expect(checked.some((f) => /^总分( \/ )?得分 99 = /.test(f))).toBe(true);
  });
});

describe('the three forms agree', () => {
  const list = (form: string, all: boolean) =>
    reports.get(form)!.findings.filter((x) => all || x.severity !== 'info').map((x) => `${x.severity} ${x.rule} ${x.formula}`);
  it('the .docx and its text dump give the same findings, ties included', () => {
    expect(list('huaihua-gxj-2023.txt', true)).toEqual(list('huaihua-gxj-2023.docx', true));
  });
  it('the .pdf gives the same findings, ties included', () => {
    expect(list('huaihua-gxj-2023.pdf', true)).toEqual(list('huaihua-gxj-2023.docx', true));
  });
});
