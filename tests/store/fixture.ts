/**
 * Reports for the store tests: the seed .docx read by the real analyze() (real blocks,
 * paragraphs and tables), with meta, sections, facts, relations, a typed table, an
 * indicator, findings and a warning added by hand — the extraction and reconcile layers
 * fill those in their own branches — and validated with the zod Report schema.
 */
import { analyze } from '../../src/analyze.js';
import { parseNumber } from '../../src/extract/numbers.js';
import { Report, type Fact, type Location, type ParagraphBlock, type TableBlock } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

export const SEED_PATH = 'corpus/huaihua-gxj-2023.docx';

let seed: Promise<Report> | null = null;

/** Where things are in the seed document, found by their text (block indexes move when the readers change). */
export interface SeedLayout {
  /** Intro paragraph before the first heading (根据《…通知》…). */
  intro: number;
  /** 二、部门整体支出管理及使用情况 / （一）预算执行、使用、管理总体情况。 / 1.预算执行情况 */
  heading2: number;
  heading21: number;
  heading211: number;
  /** Ends of those sections: 三、政府性基金… / （二）部门预算执行情况 / 2.预算使用情况 */
  end2: number;
  end21: number;
  end211: number;
  /** “…预算收入2392.94万元，本年决算支出3241.81万元，预算执行率135.42%。” */
  budget: number;
  /** “2023年本年决算支出3241.81万元，其中：…” */
  spending: number;
  /** “项目支出1232.93万元（含智慧怀化代建…）” */
  project: number;
  /** “（1）对所有资金实行…” — inside （一） but after 1.预算执行情况 */
  management: number;
  /** 整体支出绩效自评表: the table holding 135.42% */
  selfEval: number;
  /** Grid row of 年度资金总额 and the columns of its label, 2392.94 and 135.42% */
  totalRow: number;
  labelCol: number;
  budgetCol: number;
  rateCol: number;
}

function paragraphIndex(report: Report, test: (text: string) => boolean, what: string): number {
  const b = report.document.blocks.find((x) => x.kind === 'paragraph' && test(x.text.trim()));
  if (!b) throw new Error(`seed fixture: no paragraph ${what}`);
  return b.index;
}

export function seedLayout(report: Report): SeedLayout {
  const starts = (prefix: string) => paragraphIndex(report, (t) => t.startsWith(prefix), `starting "${prefix}"`);
  const has = (needle: string) => paragraphIndex(report, (t) => t.includes(needle), `with "${needle}"`);
  const table = report.document.blocks.find((b): b is TableBlock => b.kind === 'table' && b.cells.some((c) => c.text.trim() === '135.42%'));
  if (!table) throw new Error('seed fixture: no table with 135.42%');
  const cell = (text: string) => table.cells.find((c) => c.text.trim() === text)!;
  return {
    intro: starts('根据《怀化市财政局关于开展'),
    heading2: starts('二、部门整体支出管理及使用情况'),
    heading21: starts('（一）预算执行、使用、管理总体情况'),
    heading211: starts('1.预算执行情况'),
    end2: starts('三、政府性基金预算支出情况'),
    end21: starts('（二）部门预算执行情况'),
    end211: starts('2.预算使用情况'),
    budget: has('预算收入2392.94万元'),
    spending: has('2023年本年决算支出3241.81万元'),
    project: has('含智慧怀化代建'),
    management: starts('（1）对所有资金实行'),
    selfEval: table.index,
    totalRow: cell('年度资金总额').row,
    labelCol: cell('年度资金总额').col,
    budgetCol: table.cells.find((c) => c.row === cell('年度资金总额').row && c.text.trim() === '2392.94')!.col,
    rateCol: cell('135.42%').col,
  };
}

/** The layout of the seed document as analyze() reads it today. */
export async function seedBlocks(): Promise<SeedLayout> {
  return seedLayout(await seedReport());
}

function num(raw: string, unitHint: string | null = null) {
  const n = parseNumber(raw, unitHint);
  if (!n) throw new Error(`not a number: ${raw}`);
  return n;
}

/** Location of `needle` inside paragraph `block` of the report. */
export function proseLocation(report: Report, block: number, needle: string, section: string | null): Location {
  const b = report.document.blocks[block] as ParagraphBlock;
  const at = b.text.indexOf(needle);
  if (b.kind !== 'paragraph' || at < 0) throw new Error(`"${needle}" is not in paragraph ${block}`);
  return { block, page: b.page, span: { start: b.span.start + at, end: b.span.start + at + needle.length }, section, table: null, row: null, col: null, quote: b.text };
}

/** Location of cell (row, col) of table block `block`. */
export function cellLocation(report: Report, block: number, row: number, col: number): Location {
  const b = report.document.blocks[block] as TableBlock;
  const cell = b.cells.find((c) => c.row === row && c.col === col);
  if (b.kind !== 'table' || !cell) throw new Error(`no cell ${row},${col} in block ${block}`);
  return { block, page: cell.page ?? null, span: cell.span, section: null, table: block, row, col, quote: cell.text };
}

/** The seed report with hand-built extraction results (a fresh copy each call). */
export async function seedReport(): Promise<Report> {
  seed ??= analyzedCorpus('huaihua-gxj-2023.docx', { path: SEED_PATH });
  const base = structuredClone(await seed);
  const L = seedLayout(base);
  const r: Report = {
    ...base,
    meta: { title: '2023年度怀化市工业和信息化局本级整体支出绩效自评报告', department: '怀化市工业和信息化局', year: 2023, reportType: '部门整体支出绩效自评报告' },
    sections: [
      { id: 's2', parent: null, level: 1, number: '二', title: '部门整体支出管理及使用情况', headingBlock: L.heading2, blockStart: L.heading2 + 1, blockEnd: L.end2, pattern: 'cn-number' },
      { id: 's2.1', parent: 's2', level: 2, number: '（一）', title: '预算执行、使用、管理总体情况。', headingBlock: L.heading21, blockStart: L.heading21 + 1, blockEnd: L.end21, pattern: 'cn-paren' },
      { id: 's2.1.1', parent: 's2.1', level: 3, number: '1', title: '预算执行情况', headingBlock: L.heading211, blockStart: L.heading211 + 1, blockEnd: L.end211, pattern: 'arabic-dot' },
    ],
  };
  const facts: Fact[] = [
    { id: 'f1', label: '预算收入', rawLabel: '市工业和信息化局预算收入', number: num('2392.94万元'), source: 'prose', dims: { year: '2023' }, location: proseLocation(r, L.budget, '2392.94万元', 's2.1.1') },
    { id: 'f2', label: '决算支出', rawLabel: '本年决算支出', number: num('3241.81万元'), source: 'prose', dims: { year: '2023', kind: '决算数' }, location: proseLocation(r, L.budget, '3241.81万元', 's2.1.1') },
    { id: 'f3', label: '预算执行率', rawLabel: '执行率', number: num('135.42%'), source: 'table', dims: {}, location: cellLocation(r, L.selfEval, L.totalRow, L.rateCol) },
  ];
  r.facts = facts;
  r.relations = [
    { id: 'r1', kind: 'rate', name: '执行率', result: 'f3', operands: ['f2', 'f1'], partial: false, sign: null, source: 'prose', inferred: false, location: facts[0]!.location },
  ];
  r.tables = [
    {
      id: 't1', block: L.selfEval, caption: '整体支出绩效自评表', unit: '万元', section: null, headerRows: 2, headerCols: 2,
      columns: [{ col: L.budgetCol, label: '年初预算数', dims: { kind: '预算数' } }, { col: L.rateCol, label: '执行率', dims: {} }],
      rows: [
        {
          row: L.totalRow, label: '年度资金总额', numbering: null, level: 0, parent: null, role: 'total',
          values: [{ col: L.budgetCol, text: '2392.94', number: num('2392.94', '万元'), fact: null }, { col: L.rateCol, text: '135.42%', number: num('135.42%'), fact: 'f3' }],
        },
      ],
    },
  ];
  r.indicators = [
    { id: 'i1', level1: null, level2: null, level3: '预算执行率', target: '100%', actual: '135.42%', weight: num('10'), score: num('9'), note: '年中追加', role: 'execution', location: cellLocation(r, L.selfEval, L.totalRow, L.labelCol) },
  ];
  r.findings = [
    {
      rule: 'rate-check', severity: 'error', messageId: 'mismatch',
      message: { zh: '执行率与其分子分母不符', en: 'the rate does not match its operands' },
      formula: '预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%',
      stated: '135.42', expected: { value: '135.47', interval: { low: '135.473', high: '135.475' } }, difference: '0.05',
      values: [
        { value: '135.42', label: '预算执行率', unit: '%', role: 'result', location: facts[2]!.location },
        { value: '3241.81', label: '决算支出', unit: '万元', role: 'operand', location: facts[1]!.location },
        { value: '2392.94', label: '预算收入', unit: '万元', role: 'operand', location: facts[0]!.location },
      ],
      refs: ['r1'],
    },
    {
      rule: 'sum-check', severity: 'info', messageId: 'ties',
      message: { zh: '合计相符', en: 'the total ties' },
      formula: '决算支出 3241.81 = 基本支出 2008.88 + 项目支出 1232.93',
      stated: '3241.81', expected: { value: '3241.81', interval: null }, difference: '0',
      values: [{ value: '3241.81', label: '决算支出', unit: '万元', role: 'total', location: proseLocation(r, L.spending, '3241.81万元', 's2.1') }],
      refs: [],
    },
  ];
  r.warnings = [{ code: 'test-warning', message: '测试用的提示, with "quotes", commas\nand a line break', location: null }];
  return Report.parse(r);
}

/** A second, differently-worded report of another department and year (text input). */
export async function otherReport(path = 'other/county-edu-2022.txt'): Promise<Report> {
  const text = [
    '某县教育局2022年度部门整体支出绩效自评报告',
    '一、基本情况',
    '本局2022年预算收入1,250.50万元，决算支出1,187.25万元，执行率94.94%。',
    '二、绩效情况',
    '完成义务教育学校改造3所，惠及学生2,100人。',
  ].join('\n');
  const base = await analyze(new TextEncoder().encode(text), { path });
  const r: Report = { ...base, meta: { title: '某县教育局2022年度部门整体支出绩效自评报告', department: '某县教育局', year: 2022, reportType: '部门整体支出绩效自评报告' } };
  const b = r.document.blocks.find((x) => x.kind === 'paragraph' && x.text.includes('1,250.50'));
  if (!b) throw new Error('fixture paragraph missing');
  r.facts = [{ id: 'f1', label: '预算收入', rawLabel: '本局2022年预算收入', number: num('1,250.50万元'), source: 'prose', dims: {}, location: proseLocation(r, b.index, '1,250.50万元', null) }];
  r.findings = [
    {
      rule: 'sum-check', severity: 'warning', messageId: 'loose',
      message: { zh: '仅在最宽松的舍入下相符', en: 'ties only under the loosest rounding' },
      formula: '执行率 94.94% ≈ 1187.25 ÷ 1250.50', stated: '94.94', expected: { value: '94.94', interval: null }, difference: '0',
      values: [{ value: '1250.50', label: '预算收入', unit: '万元', role: 'operand', location: r.facts[0]!.location }], refs: [],
    },
  ];
  return Report.parse(r);
}
