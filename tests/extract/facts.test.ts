import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProseFacts } from '../../src/extract/facts.js';
import { notAmountSpans, toHalfWidth } from '../../src/extract/numbers.js';
import { Fact } from '../../src/model/index.js';
import { segment } from '../../src/segment/index.js';
import { SEEDS, report, textDocument } from '../corpus.js';

interface Expected {
  raw: string;
  value: string;
  unit: string | null;
  label: string;
  section: string | null;
}
const GOLDEN: { facts: Expected[] } = JSON.parse(readFileSync(new URL('../../corpus/expected/huaihua-gxj-2023.prose-facts.json', import.meta.url), 'utf8'));

const prose = (facts: Fact[]) => facts.filter((f) => f.source === 'prose');
const view = (f: Fact): Expected => ({ raw: f.number.raw, value: f.number.value, unit: f.number.unit, label: f.label, section: f.location.section });

describe.each(SEEDS)('prose facts — seed %s', (name) => {
  it('match the hand-checked golden file (value, unit, label, section)', async () => {
    const { facts } = await report(name);
    expect(prose(facts).map(view)).toEqual(GOLDEN.facts);
  });

  it('cover every figure printed in the prose; other digits are not-amounts', async () => {
    const { facts, document } = await report(name);
    for (const b of document.blocks) {
      if (b.kind !== 'paragraph') continue;
      const here = prose(facts).filter((f) => f.location.block === b.index);
      const excluded = notAmountSpans(b.text);
      for (const m of toHalfWidth(b.text).matchAll(/\d+/g)) {
        const start = b.span.start + m.index;
        const end = start + m[0].length;
        const inFact = here.some((f) => f.location.span!.start <= start && f.location.span!.end >= end);
        const notAmount = excluded.some((x) => b.span.start + x.start < end && b.span.start + x.end > start);
        expect(inFact !== notAmount, `${m[0]} in block ${b.index}: “${b.text.slice(Math.max(0, m.index - 8), m.index + 12)}”`).toBe(true);
      }
    }
  });

  it('keep provenance: the span is the figure in Document.text, the quote its sentence', async () => {
    const { facts, document, sections } = await report(name);
    for (const f of prose(facts)) {
      expect(Fact.parse(f)).toEqual(f);
      expect(f.id).toMatch(/^p\d+$/);
      expect(document.text.slice(f.location.span!.start, f.location.span!.end)).toBe(f.number.raw);
      const block = document.blocks[f.location.block]!;
      expect(block.kind).toBe('paragraph');
      expect(f.location.span!.start).toBeGreaterThanOrEqual(block.span.start);
      expect(f.location.span!.end).toBeLessThanOrEqual(block.span.end);
      expect(f.location.quote).toContain(f.number.raw);
      expect(sections.some((s) => s.id === f.location.section)).toBe(true);
    }
  });

  it('read years, kinds and comparisons into dims', async () => {
    const { facts } = await report(name);
    const by = (raw: string, label: string) => prose(facts).find((f) => f.number.raw === raw && f.label === label)!;
    expect(by('3241.81万元', '决算支出').dims).toMatchObject({ year: '2023', kind: '决算数' });
    expect(by('6万元', '公务接待费').dims).toMatchObject({ year: '2023', kind: '预算数', yearRef: '本年' });
    expect(by('0.19万元', '公务用车运行维护费较预算数减少').dims).toMatchObject({ kind: '决算数', base: '预算数', direction: '-' });
    expect(by('3.49万元', '公务接待费较上年决算数增加').dims).toMatchObject({ base: '上年决算数', direction: '+' });
    expect(by('4万元', '结转').dims).toMatchObject({ year: '2022' });
    expect(by('80余次', '班子成员共深入基层、企业、社区开展现场办公、理论宣讲、下访接访、政策宣传等').dims).toMatchObject({ qualifier: '余' });
  });
});

describe('prose facts — the .docx and the .txt of the seed', () => {
  it('are the same facts in the same sections', async () => {
    const [docx, txt] = await Promise.all(SEEDS.map(report));
    const key = (f: Fact) => ({ ...view(f), id: f.id, dims: f.dims, quote: f.location.quote });
    expect(prose(docx!.facts).map(key)).toEqual(prose(txt!.facts).map(key));
  });
});

describe('prose facts — another department (corpus/other-dept-2024.docx)', () => {
  it('reads 元 amounts with separators, full-width digits and other wordings', async () => {
    const { facts } = await report('other-dept-2024.docx');
    expect(prose(facts).map((f) => `${f.label}=${f.number.value}${f.number.unit ?? ''}`)).toEqual([
      '内设股室=8个',
      '下属事业单位=3个',
      '编制人数=45人',
      '实有人数=43人',
      '预算收入=12345678.90元',
      '决算支出=11876543.21元',
      '预算执行率=96.20%',
      '决算支出较上年同期下降=5.22%',
      '决算支出=11876543.21元',
      '基本支出=8123456.78元',
      '基本支出占全年支出=68.40%',
      '项目支出=3753086.43元',
      '项目支出占全年支出=31.60%',
      '人员经费=6543210.00元',
      '公用经费=1580246.78元',
      '高标准农田建设=1200000.00元',
      '动物防疫经费=356000.00元',
      '争取上级农业发展专项资金=2000000元',
      '结转=300000元',
      '已拨付=1850000元',
      '拨付率=92.50%',
      '三公经费=50000元',
      '三公经费=45600元',
      '三公经费较预算数减少=4400元',
      '公务接待费=12600元',
      '公务用车运行维护费=33000元',
      '因公出国（境）费=0元',
      '自评得分=88.5分',
    ]);
    const money = prose(facts).find((f) => f.label === '预算收入')!;
    expect(money.number).toMatchObject({ raw: '12,345,678.90元', wanYuan: '1234.56789', decimals: 2 });
    expect(prose(facts).find((f) => f.label === '结转')!.dims).toMatchObject({ year: '2023', yearRef: '上年' });
  });
});

describe('prose facts — labels from the words before a figure', () => {
  const labels = (lines: string[]) => {
    const doc = textDocument(lines);
    return extractProseFacts(doc, segment(doc)).facts.map((f) => `${f.label}=${f.number.raw}`);
  };

  it('strip verbs, connectives, years and the reporting unit', () => {
    expect(labels(['2023年本单位决算基本支出2008.88万元，其中：用于工资福利支出1410.45万元，合计为2008.88万元。'])).toEqual([
      '基本支出=2008.88万元',
      '工资福利支出=1410.45万元',
      '合计=2008.88万元',
    ]);
    expect(labels(['上海市普陀区财政局2024年度收入支出总计2995.39万元。'])).toEqual(['收入支出总计=2995.39万元']);
  });

  it('give a generic label the subject of its sentence', () => {
    expect(labels(['公务接待费预算数6万元，支出决算数5万元，决算数比预算数少1万元。'])).toEqual([
      '公务接待费=6万元',
      '公务接待费=5万元',
      '公务接待费较预算数减少=1万元',
    ]);
  });

  it('do not take the base year of 与…相比 for the year of the figures', () => {
    const doc = textDocument(['上海市某局2024年度部门决算', '与2023年度相比，收入支出总计减少56.95万元。']);
    const [fact] = extractProseFacts(doc, segment(doc), { title: null, department: null, year: 2024, reportType: null }).facts;
    expect(fact!.dims).toMatchObject({ base: '2023年度', direction: '-' });
    expect(fact!.dims['year']).toBeUndefined();
  });

  it('read a comparison announced before the figure (与…相比)', () => {
    expect(labels(['与2023年度相比，收入支出总计减少56.95万元，下降1.87%。'])).toEqual([
      '收入支出总计较2023年度减少=56.95万元',
      '收入支出总计较2023年度下降=1.87%',
    ]);
  });
});
