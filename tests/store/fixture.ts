/**
 * Reports for the store tests: the seed .docx read by the real analyze() (real blocks,
 * paragraphs and tables), with meta, sections, facts, relations, a typed table, an
 * indicator, findings and a warning added by hand — the extraction and reconcile layers
 * fill those in their own branches — and validated with the zod Report schema.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { parseNumber } from '../../src/extract/numbers.js';
import { Report, type Fact, type Location, type ParagraphBlock, type TableBlock } from '../../src/model/index.js';

export const SEED_PATH = 'corpus/huaihua-gxj-2023.docx';

let seed: Promise<Report> | null = null;

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
  seed ??= analyze(new Uint8Array(readFileSync(SEED_PATH)), { path: SEED_PATH });
  const base = structuredClone(await seed);
  const r: Report = {
    ...base,
    meta: { title: '2023年度怀化市工业和信息化局本级整体支出绩效自评报告', department: '怀化市工业和信息化局', year: 2023, reportType: '部门整体支出绩效自评报告' },
    sections: [
      { id: 's2', parent: null, level: 1, number: '二', title: '部门整体支出管理及使用情况', headingBlock: 30, blockStart: 31, blockEnd: 51, pattern: 'cn-number' },
      { id: 's2.1', parent: 's2', level: 2, number: '（一）', title: '预算执行、使用、管理总体情况。', headingBlock: 31, blockStart: 32, blockEnd: 38, pattern: 'cn-paren' },
      { id: 's2.1.1', parent: 's2.1', level: 3, number: '1', title: '预算执行情况', headingBlock: 32, blockStart: 33, blockEnd: 34, pattern: 'arabic-dot' },
    ],
  };
  const facts: Fact[] = [
    { id: 'f1', label: '预算收入', rawLabel: '市工业和信息化局预算收入', number: num('2392.94万元'), source: 'prose', dims: { year: '2023' }, location: proseLocation(r, 33, '2392.94万元', 's2.1.1') },
    { id: 'f2', label: '决算支出', rawLabel: '本年决算支出', number: num('3241.81万元'), source: 'prose', dims: { year: '2023', kind: '决算数' }, location: proseLocation(r, 33, '3241.81万元', 's2.1.1') },
    { id: 'f3', label: '预算执行率', rawLabel: '执行率', number: num('135.42%'), source: 'table', dims: {}, location: cellLocation(r, 95, 2, 6) },
  ];
  r.facts = facts;
  r.relations = [
    { id: 'r1', kind: 'rate', name: '执行率', result: 'f3', operands: ['f2', 'f1'], partial: false, sign: null, source: 'prose', inferred: false, location: facts[0]!.location },
  ];
  r.tables = [
    {
      id: 't95', block: 95, caption: '整体支出绩效自评表', unit: '万元', section: null, headerRows: 2, headerCols: 2,
      columns: [{ col: 2, label: '年初预算数', dims: { kind: '预算数' } }, { col: 6, label: '执行率', dims: {} }],
      rows: [
        {
          row: 2, label: '年度资金总额', numbering: null, level: 0, parent: null, role: 'total',
          values: [{ col: 2, text: '2392.94', number: num('2392.94', '万元'), fact: null }, { col: 6, text: '135.42%', number: num('135.42%'), fact: 'f3' }],
        },
      ],
    },
  ];
  r.indicators = [
    { id: 'i1', level1: null, level2: null, level3: '预算执行率', target: '100%', actual: '135.42%', weight: num('10'), score: num('9'), note: '年中追加', role: 'execution', location: cellLocation(r, 95, 2, 1) },
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
      values: [{ value: '3241.81', label: '决算支出', unit: '万元', role: 'total', location: proseLocation(r, 35, '3241.81万元', null) }],
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
