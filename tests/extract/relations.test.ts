import { describe, expect, it } from 'vitest';
import { extractProseFacts } from '../../src/extract/facts.js';
import { extractProseRelations } from '../../src/extract/relations.js';
import { Relation, type Fact, type Report } from '../../src/model/index.js';
import { segment } from '../../src/segment/index.js';
import { SEEDS, report, textDocument } from '../corpus.js';

/** A relation as “kind name result = operands” with labels and printed values. */
function show(r: Relation, facts: Fact[]): string {
  const v = (id: string) => {
    const f = facts.find((x) => x.id === id)!;
    return `${f.label} ${f.number.printed}`;
  };
  const flags = [r.partial ? 'partial' : '', r.sign ? `sign ${r.sign}` : '', r.inferred ? 'inferred' : ''].filter(Boolean).join(', ');
  return `${r.kind} ${r.name}: ${v(r.result)} <- ${r.operands.map(v).join(' | ')}${flags ? ` (${flags})` : ''}`;
}
const shown = (rep: Pick<Report, 'relations' | 'facts'>) => rep.relations.filter((r) => r.source === 'prose').map((r) => show(r, rep.facts));

describe.each(SEEDS)('prose relations — seed %s', (name) => {
  it('states the 其中 / 分别 / 主要用于 totals with their parts', async () => {
    const rels = shown(await report(name));
    expect(rels).toContain('sum 其中: 决算支出 3241.81 <- 基本支出 2008.88 | 项目支出 1232.93');
    expect(rels).toContain('sum 其中: 基本支出 2008.88 <- 工资福利支出 1410.45 | 商品和服务支出 160.71 | 对个人和家庭的补助 437.72');
    expect(rels).toContain(
      'sum 主要用于: 工资福利支出 1410.45 <- 工资、津补贴、绩效奖金等支出 1180.74 | 机关事业单位基本养老保险缴费支出 157.48 | 职工基本医疗保险缴费支出 59.91 | 其他社会保障缴费支出 12.32 (partial)',
    );
    expect(rels).toContain('sum 主要用于: 对个人和家庭的补助 437.72 <- 离休费 84.71 | 离退休人员生活补助费支出 308.23 | 其他对个人和其他补助 44.78 (partial)');
    expect(rels).toContain(
      'sum 分别为: 上级专项资金 274.23 <- 规模工业企业培育发展奖励资金 96.43 | 真抓实干成效明显地区奖励经费 100 | 产业链办专项工作经费 18 | 智赋千企专项工作经费 30 | “创客中国”湖南省中小微企业创新大赛怀化赛区复赛专项工作经费 29.8',
    );
    expect(rels).toContain('sum 分别为: 纳入预算管理的非税收入项目 10.03 <- 职称评审工作经费 3.5 | 计算机考试经费 6.53');
    expect(rels).toContain(
      'sum 主要用于: 项目支出 1232.93 <- 办公设备购置 31.58 | 信息网络及软件购置更新 556.57 | 项目实施过程中发生的办公费 62.89 | 印刷费 25.12 | 电费 104 | 差旅费 73.54 (partial)',
    );
    const s948 = rels.find((r) => r.startsWith('sum 分别为: 市级一般公共预算财政拨款项目支出 948.67 <- '))!;
    expect(s948.split(' | ')).toHaveLength(21);
    expect(s948).toContain('智慧怀化工作经费 34 | 网络信息安全 2'); // the 4 inside （含…） is not a part
    expect(rels).toContain(
      'sum 分别为: 智慧怀化市直单位代建代付项目 656.57 <- 智能交通一期 372.38 | 怀化市人大常委会2016年信息化项目 52.78 | 怀化市云计算中心算力平台建设项目 6 | 怀化惠企通平台项目 10 | 怀化市全民健康信息平台建设项目 85.48 | 怀化市乡村“雪亮工程”市本级基础平台建设 29.93 | 智慧怀化云计算中心电费 100',
    );
  });

  it('states the differences with their operands and sign', async () => {
    const rels = shown(await report(name));
    expect(rels).toContain('difference 较年初预算: 预算执行较年初预算增加 848.86 <- 决算支出 3241.81 | 预算收入 2392.94 (sign 1, inferred)');
    expect(rels).toContain('difference 较预算数: 公务用车运行维护费较预算数减少 0.19 <- 公务用车运行维护费 20.81 | 公务用车运行维护费 21 (sign -1)');
    expect(rels).toContain('difference 较上年决算数: 公务接待费较上年决算数增加 3.49 <- 公务接待费 6 (sign 1)');
    expect(rels).toContain('difference 较上年决算数: 公务用车运行维护费较上年决算数增加 1.9 <- 公务用车运行维护费 20.81 (sign 1)');
  });

  it('states the rates and the inclusions', async () => {
    const rels = shown(await report(name));
    expect(rels).toContain('rate 预算执行率: 预算执行率 135.42 <- 决算支出 3241.81 | 预算收入 2392.94');
    expect(rels).toContain('rate 办结率: 问题办结率 91.43 <- 解决 2273 | 受理企业诉求 2486');
    expect(rels).toContain('includes 含: 智慧怀化工作经费 34 <- 结转 4 (partial)');
  });

  it('point at facts that exist and at the words that state them', async () => {
    const rep = await report(name);
    const ids = new Set(rep.facts.map((f) => f.id));
    for (const r of rep.relations.filter((x) => x.source === 'prose')) {
      expect(Relation.parse(r)).toEqual(r);
      expect(r.id).toMatch(/^pr\d+$/);
      expect(ids.has(r.result)).toBe(true);
      for (const o of r.operands) expect(ids.has(o)).toBe(true);
      expect(rep.document.text.slice(r.location.span!.start, r.location.span!.end).length).toBeGreaterThan(0);
      expect(r.location.quote.length).toBeGreaterThan(0);
    }
  });
});

describe('prose relations — the .docx and the .txt of the seed', () => {
  it('are the same', async () => {
    const [docx, txt] = await Promise.all(SEEDS.map(report));
    expect(shown(docx!)).toEqual(shown(txt!));
  });
});

describe('prose relations — another department (corpus/other-dept-2024.docx)', () => {
  it('reads its other wordings', async () => {
    expect(shown(await report('other-dept-2024.docx'))).toEqual([
      'sum 其中: 决算支出 11876543.21 <- 基本支出 8123456.78 | 项目支出 3753086.43',
      'sum 包括: 基本支出 8123456.78 <- 人员经费 6543210.00 | 公用经费 1580246.78 (inferred)',
      'sum 主要用于: 项目支出 3753086.43 <- 高标准农田建设 1200000.00 | 动物防疫经费 356000.00 (partial, inferred)',
      'includes 含: 争取上级农业发展专项资金 2000000 <- 结转 300000 (partial)',
      'sum 其中: 三公经费 45600 <- 公务接待费 12600 | 公务用车运行维护费 33000 | 因公出国（境）费 0',
      'rate 预算执行率: 预算执行率 96.20 <- 决算支出 11876543.21 | 预算收入 12345678.90',
      'rate 占比: 基本支出占全年支出 68.40 <- 基本支出 8123456.78 | 决算支出 11876543.21',
      'rate 占比: 项目支出占全年支出 31.60 <- 项目支出 3753086.43 | 决算支出 11876543.21',
      'rate 拨付率: 拨付率 92.50 <- 已拨付 1850000 | 争取上级农业发展专项资金 2000000',
      'difference 较预算数: 三公经费较预算数减少 4400 <- 三公经费 45600 | 三公经费 50000 (sign -1)',
      'shares 占比合计: 决算支出 11876543.21 <- 基本支出占全年支出 68.40 | 项目支出占全年支出 31.60',
    ]);
  });
});

describe('prose relations — wording rules', () => {
  const rels = (lines: string[]) => {
    const doc = textDocument(lines);
    const sections = segment(doc);
    const { facts } = extractProseFacts(doc, sections);
    return shown({ facts, relations: extractProseRelations(doc, sections, facts) });
  };

  it('marks a list partial when it ends with 等 or 及其他', () => {
    expect(rels(['支出100万元，分别为：办公费20万元、印刷费30万元等。'])).toEqual(['sum 分别为: 支出 100 <- 办公费 20 | 印刷费 30 (partial)']);
    expect(rels(['支出100万元，分别为：办公费20万元、印刷费80万元。'])).toEqual(['sum 分别为: 支出 100 <- 办公费 20 | 印刷费 80']);
  });

  it('runs a 其中 list over ；, skipping shares and comparisons', () => {
    expect(
      rels(['本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%，比上年增加10万元；其他收入6.2万元，占0.21%。']),
    ).toEqual([
      'sum 其中: 收入合计 2946.25 <- 财政拨款收入 2940.05 | 其他收入 6.2',
      'rate 占比: 财政拨款收入占比 99.79 <- 财政拨款收入 2940.05 | 收入合计 2946.25',
      'difference 较上年: 财政拨款收入较上年增加 10 <- 财政拨款收入 2940.05 (sign 1)',
      'rate 占比: 其他收入占比 0.21 <- 其他收入 6.2 | 收入合计 2946.25',
    ]);
  });

  it('reads 完成预算的 x% of an item as 决算数 ÷ 预算数', () => {
    expect(rels(['一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。'])).toEqual([
      'rate 预算完成率: 预算完成率 98.20 <- 一般公共预算财政拨款支出 2940.05 | 一般公共预算财政拨款支出 2993.92',
    ]);
  });

  it('ends a nested list introduced with a colon at its ；', () => {
    expect(rels(['基本支出2336.91万元，其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴；公用经费184.65万元，主要包括：办公费、印刷费等。'])).toEqual([
      'sum 其中: 基本支出 2336.91 <- 人员经费 2152.26 | 公用经费 184.65',
    ]);
  });

  it('takes a closing 合计 / 共计 as the total of the list, not one more part', () => {
    expect(rels(['项目资金分别为：甲项目400.00万元、乙项目150.00万元、丙项目100.00万元，合计650.00万元。'])).toEqual([
      'sum 分别为: 合计 650.00 <- 甲项目 400.00 | 乙项目 150.00 | 丙项目 100.00',
    ]);
    // with a stated total before it: the parts make the closing total, which is part of the stated one
    expect(rels(['支出1000.00万元，其中：甲项目400.00万元、乙项目150.00万元、丙项目100.00万元，合计650.00万元。'])).toEqual([
      'sum 其中: 支出 1000.00 <- 合计 650.00 (partial)',
      'sum 其中: 合计 650.00 <- 甲项目 400.00 | 乙项目 150.00 | 丙项目 100.00',
    ]);
  });

  it('ends a 其中 list at a ； that opens a new group (退休 / 离休 / 另有)', () => {
    expect(rels(['实有人员48人，其中：高级职称5人、中级职称20人、初级职称20人、工勤人员3人；退休人员21人。'])).toEqual([
      'sum 其中: 实有人员 48 <- 高级职称 5 | 中级职称 20 | 初级职称 20 | 工勤人员 3',
    ]);
  });

  it('reads two breakdowns of one total (按…分类) as two sums', () => {
    expect(
      rels(['本年支出300.00万元，其中：按功能分类，一般公共服务支出200.00万元、社会保障和就业支出100.00万元；按经济分类，工资福利支出250.00万元、商品和服务支出50.00万元。']),
    ).toEqual([
      'sum 其中: 决算支出 300.00 <- 一般公共服务支出 200.00 | 社会保障和就业支出 100.00',
      'sum 其中: 决算支出 300.00 <- 工资福利支出 250.00 | 商品和服务支出 50.00',
    ]);
  });

  it('leaves parts in another dimension out, and the list is then a subset', () => {
    expect(rels(['全年接待3批次、41人次，其中：接待外宾0批次、0人次。'])).toEqual(['sum 其中: 接待（人次） 41 <- 接待外宾（人次） 0 (partial)']);
  });

  it('ends a list at a ； that turns to the other flow (收入 → 支出), and never adds 支出 items into a 收入 total', () => {
    expect(rels(['预算收入9216.51万元，其中：一般公共预算拨款收入9216.51万元；预算支出9216.51万元。'])).toEqual([
      'sum 其中: 预算收入 9216.51 <- 一般公共预算拨款收入 9216.51 (partial)',
    ]);
    expect(rels(['政府性基金拨款收入27600.00万元，分别为：科学技术支出1140.61万元、卫生健康支出23268.50万元。'])).toEqual([]);
  });

  it('ends a 其中 list at a ； that opens the 实有 count after the 编制', () => {
    expect(rels(['人员编制211名，其中：行政编制132名、事业编制79名；实有人员214名。'])).toEqual(['sum 其中: 人员编制 211 <- 行政编制 132 | 事业编制 79']);
  });

  it('does not add changes of both directions, nor levels into a change', () => {
    const sums = (line: string) => rels([line]).filter((r) => r.startsWith('sum'));
    expect(sums('收入预算减少100.00万元，其中：一般公共预算收入减少120.00万元、上级补助收入增加20.00万元。')).toEqual([]);
    expect(sums('支出增加114.40万元，主要原因是：基本支出2507.88万元、项目支出288.26万元。')).toEqual([]);
  });

  it('a 其中 that opens a sentence takes the figure before it, partial and inferred when that sentence counts other items too', () => {
    // the parts may be of 常委会议 4 as well as of 主席会议 12: they are only known not to exceed the nearest
    expect(rels(['全年计划召开全体会议1次，常委会议4次，主席会议12次。其中专题议政性常委会议2次，主席专题协商会议2次。'])).toEqual([
      'sum 其中: 主席会议 12 <- 专题议政性常委会议 2 | 主席专题协商会议 2 (partial, inferred)',
    ]);
  });

  it('items that each state the total’s own measure give it per item: those are its parts', () => {
    // 佛山 2019 决算: each item's 决算 and 完成预算 figures; the list's total is the 预算 figure before 其中
    const all = rels([
      '“三公”经费财政拨款支出决算为0.16万元，完成预算0万元的0%。其中：因公出国（境）费支出决算为0万元，完成预算0万元的0%；公务用车购置及运行费支出决算为0万元，完成预算0万元的0%；公务接待费支出决算为0.16万元，完成预算0万元的0%。',
    ]).filter((r) => r.startsWith('sum'));
    // the 预算 figures (完成预算0万元, read as 预算完成率) add up to the 预算 figure; the 决算 ones are not among them
    expect(all).toEqual(['sum 其中: 预算完成率 0 <- 预算完成率 0 | 预算完成率 0 | 预算完成率 0 (partial, inferred)']);
  });

  it('a list cut off mid-sentence at the end of its paragraph (a page break) is partial', () => {
    expect(rels(['政府采购预算总金额为5227.59万元，其中：拟采购货物支出1637.72万元、拟采购工程支出530万元、拟购买服务'])).toEqual([
      'sum 其中: 政府采购预算总金额 5227.59 <- 拟采购货物支出 1637.72 | 拟采购工程支出 530 (partial)',
    ]);
  });

  it('ends a 分别 list at ；', () => {
    expect(rels(['增加专项资金30万元。分别用于甲10万元、乙20万元；调整预算资金50万元，主要用于丙项目。'])).toEqual(['sum 分别用于: 专项资金 30 <- 甲 10 | 乙 20']);
  });
});
