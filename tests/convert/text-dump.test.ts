import { describe, expect, it } from 'vitest';
import { readText } from '../../src/convert/text.js';
import { findTextTables } from '../../src/convert/text/aligned-tables.js';
import { splitAtAmounts } from '../../src/convert/text/amounts.js';
import { textKind } from '../../src/convert/text/detect-dump.js';
import type { DumpLine } from '../../src/convert/text/lines.js';
import type { Document, TableBlock } from '../../src/model/index.js';
import { corpusBytes } from '../helpers/corpus.js';

const enc = (s: string) => new TextEncoder().encode(s);
const paragraphs = (d: Document) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (d: Document) => d.blocks.filter((b): b is TableBlock => b.kind === 'table');
/** A table as rows of cell texts (merged cells once, with “[n]” for a span of n columns). */
const grid = (t: TableBlock): string[][] => {
  const rows: string[][] = Array.from({ length: t.rows }, () => Array<string>(t.cols).fill(''));
  for (const c of t.cells) rows[c.row]![c.col] = c.text + (c.colSpan > 1 ? `[${c.colSpan}]` : '');
  return rows;
};
/**
 * A line of a `pdftotext -layout` dump: each text at its column, or right-aligned to end at a
 * column given as a negative number (figures), as pdftotext prints them.
 */
const at = (...parts: Array<[number, string]>): string => {
  let line = '';
  for (const [col, text] of parts) line = line.padEnd(col < 0 ? -col - [...text].length : col, ' ') + text;
  return line;
};
/** Lines of one page as the text reader sees them. */
const page = (text: string, n = 1): DumpLine[] => text.split('\n').map((l, index) => ({ page: n, index, chars: Array.from(l) }));

describe('which text a file holds', () => {
  it('keeps a .docx dump (tab-led cells) on the .docx-dump reading', () => {
    const seed = new TextDecoder().decode(corpusBytes('huaihua-gxj-2023.txt'));
    expect(textKind(seed)).toBe('docx-dump');
  });

  it('takes form feeds, or lines wrapped at one width mid-sentence, for a PDF dump', () => {
    expect(textKind('第一页\f第二页\f')).toBe('pdf-dump');
    const wrapped = [
      '  本部门2024年度收入总计2995.39万元，与上年相比增加120.50万元，增长4.19%。主要原',
      '因是人员经费增加。支出总计2995.39万元，与上年相比增加120.50万元，增长4.19%。主',
      '要原因是人员经费增加。本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，',
      '占99.79%；其他收入6.20万元，占0.21%。本年支出合计2940.05万元，其中：基本支出',
      '2336.91万元，占79.49%；项目支出603.14万元，占20.51%；年末结转和结余55.34万元',
      '。',
    ].join('\n');
    expect(textKind(wrapped)).toBe('pdf-dump');
  });

  it('reads one paragraph per line when lines end their sentences', () => {
    const lines = [
      '本部门2024年度收入总计2995.39万元，与上年相比增加120.50万元，增长了百分之四点一九。',
      '本部门2024年度支出总计2995.39万元，与上年相比增加120.50万元，增长了百分之四点一九。',
      '本部门2024年度结余总计0.00万元，与上年相比增加了0.00万元，与上一年度相比保持持平。',
      '本部门2024年度人员总计120人，与上年相比增加5人，主要原因是新招录了公务员五人。。',
      '本部门2024年度车辆总计3辆，与上年相比没有增加，主要原因是没有购置新的公务车辆。。',
    ].join('\n');
    expect(textKind(lines)).toBe('lines');
    expect(paragraphs(readText(enc(lines)))).toHaveLength(5);
  });
});

describe('a PDF dump: lines → paragraphs (the PDF reader’s decision)', () => {
  it('joins wrapped lines (`-layout`: first-line indents), Chinese without a space, across a page break', () => {
    const dump = [
      '  一、收入支出决算总体情况说明',
      '  2024年度收入总计2,995.39万元，与上年相比增加120.50万元，增长4.19%。主要原',
      '因是人员经费增加。',
      '  支出总计2,995.39万元，与上年相比增加120.50万元，增长4.19%。主要原因是人员经费',
      '增加，其中：基本支出2,336.91万元，项目支出603.14万元，项目支出主要用于信息化',
      '\f建设和财政委托业务。',
      '  二、收入决算情况说明',
      '',
    ].join('\n');
    const doc = readText(enc(dump));
    expect(paragraphs(doc)).toEqual([
      '一、收入支出决算总体情况说明',
      '2024年度收入总计2,995.39万元，与上年相比增加120.50万元，增长4.19%。主要原因是人员经费增加。',
      '支出总计2,995.39万元，与上年相比增加120.50万元，增长4.19%。主要原因是人员经费增加，其中：基本支出2,336.91万元，项目支出603.14万元，项目支出主要用于信息化建设和财政委托业务。',
      '二、收入决算情况说明',
    ]);
    expect(doc.pages).toBe(2);
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 1, 1, 2]);
    expect(doc.blocks.every((b) => b.bbox == null)).toBe(true);
  });

  it('ends a paragraph at a short line and starts one at a numbered item (plain pdftotext: no indents)', () => {
    const dump = [
      '（一）贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策；研',
      '究拟订本区财政发展战略、规划、政策和改革方案并组织实施。',
      '（二）承担政府各项财政收支管理的责任；负责政府财政资金和财政专户管理；',
      '负责编制年度财政预决算并组织执行。',
      '三、部门决算单位构成',
      '',
    ].join('\n');
    expect(paragraphs(readText(enc(`${dump}\f`)))).toEqual([
      '（一）贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策；研究拟订本区财政发展战略、规划、政策和改革方案并组织实施。',
      '（二）承担政府各项财政收支管理的责任；负责政府财政资金和财政专户管理；负责编制年度财政预决算并组织执行。',
      '三、部门决算单位构成',
    ]);
  });

  it('keeps running headers and page numbers (“— 2 —”) out of the text, as furniture with their page', () => {
    const pageText = (n: number, body: string) => `XX局2024年度部门决算\n\n  ${body}\n\n                  — ${n} —\n`;
    const doc = readText(enc([pageText(1, '第一页的正文。'), pageText(2, '第二页的正文。'), pageText(3, '第三页的正文。')].join('\f')));
    expect(paragraphs(doc)).toEqual(['第一页的正文。', '第二页的正文。', '第三页的正文。']);
    expect(doc.furniture.map((f) => [f.page, f.kind, f.text])).toEqual([
      [1, 'header', 'XX局2024年度部门决算'],
      [1, 'page-number', '— 1 —'],
      [2, 'header', 'XX局2024年度部门决算'],
      [2, 'page-number', '— 2 —'],
      [3, 'header', 'XX局2024年度部门决算'],
      [3, 'page-number', '— 3 —'],
    ]);
  });
});

describe('a PDF dump: whitespace-aligned tables', () => {
  it('reads columns from runs of spaces, a two-level header and the body rows', () => {
    const { tables: found, rest } = findTextTables(
      page(
        [
          at([17, '收入支出决算总表']),
          at([44, '单位：万元']),
          at([10, '收入'], [40, '支出']),
          at([6, '项目'], [20, '决算数'], [37, '项目'], [51, '决算数']),
          at([0, '一、财政拨款收入'], [-28, '2,940.05'], [31, '一、一般公共服务支出'], [-57, '2,106.66']),
          at([0, '二、其他收入'], [-28, '6.20'], [31, '二、住房保障支出'], [-57, '839.59']),
          at([9, '本年收入合计'], [-28, '2,946.25'], [35, '本年支出合计'], [-57, '2,946.25']),
          at([0, '注：本表反映部门本年度的总收支。']),
        ].join('\n'),
      ),
    );
    expect(found).toHaveLength(1);
    expect(rest.map((l) => l.chars.join('').trim())).toEqual(['收入支出决算总表', '单位：万元', '注：本表反映部门本年度的总收支。']);
    const t = found[0]!;
    const cells = (row: number) => t.cells.filter((c) => c.row === row).map((c) => [c.col, c.colSpan, c.text]);
    // “收入” and “支出” are centred over 项目 | 决算数: merged cells, as the PDF's ruled header has them.
    expect(cells(0)).toEqual([
      [0, 2, '收入'],
      [2, 2, '支出'],
    ]);
    expect(cells(1).map((c) => c[2])).toEqual(['项目', '决算数', '项目', '决算数']);
    expect(cells(2).map((c) => c[2])).toEqual(['一、财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66']);
    expect(cells(4).map((c) => c[2])).toEqual(['本年收入合计', '2,946.25', '本年支出合计', '2,946.25']);
  });

  it('joins a label wrapped in its cell, a figure printed above its row, and stacked header fragments', () => {
    const doc = readText(
      enc(
        [
          at([32, '本年支出合'], [45, '基本支出'], [56, '项目支']),
          at([2, '支出功能分类']),
          at([3, '科目编码'], [20, '科目名称'], [34, '计'], [58, '出']),
          at([1, '类'], [6, '款'], [11, '项']),
          at([-40, '2,940.05'], [-51, '2,336.91'], [-62, '603.14']),
          at([24, '合计']),
          at([0, '201'], [16, '一般公共服务支出'], [-40, '2,106.66'], [-51, '1,503.52'], [-62, '603.14']),
          at([-51, '1,503.52']),
          at([0, '201'], [6, '06'], [11, '01'], [16, '行政运行'], [-40, '1,511.89'], [-62, '8.37']),
          at([0, '208'], [6, '05'], [11, '05'], [-40, '160.75'], [-51, '160.75']),
          at([16, '机关事业单位基本养老保险']),
          at([16, '缴费支出']),
          at([0, '208'], [6, '05'], [11, '99'], [16, '其他行政事业单位养老支出'], [-40, '0.94'], [-51, '0.94']),
          '',
        ].join('\n') + '\f',
      ),
    );
    const [t] = tables(doc);
    expect(grid(t!)).toEqual([
      ['支出功能分类科目编码[3]', '', '', '', '', '', ''],
      ['类', '款', '项', '科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['', '', '', '合计', '2,940.05', '2,336.91', '603.14'],
      ['201', '', '', '一般公共服务支出', '2,106.66', '1,503.52', '603.14'],
      ['201', '06', '01', '行政运行', '1,511.89', '1,503.52', '8.37'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', ''],
      ['208', '05', '99', '其他行政事业单位养老支出', '0.94', '0.94', ''],
    ]);
  });

  it('makes a table continued on the next page one table, its page range kept and a repeated header dropped', () => {
    const doc = readText(
      enc(
        [
          at([6, '项目'], [24, '决算数'], [37, '占比']),
          at([3, '财政拨款收入'], [-30, '2,940.05'], [-40, '99.79%']),
          at([3, '其他收入'], [-30, '6.20'], [-40, '0.21%']),
          // pdftotext lays each page out afresh: the same columns at other character positions.
          '\f' + at([6, '项目'], [20, '决算数'], [31, '占比']),
          at([3, '事业收入'], [-25, '0.00'], [-34, '0.00%']),
          at([3, '合计'], [-25, '2,946.25'], [-34, '100.00%']),
          '',
        ].join('\n'),
      ),
    );
    const all = tables(doc);
    expect(all).toHaveLength(1);
    expect([all[0]!.page, all[0]!.pageEnd]).toEqual([1, 2]);
    expect(grid(all[0]!)).toEqual([
      ['项目', '决算数', '占比'],
      ['财政拨款收入', '2,940.05', '99.79%'],
      ['其他收入', '6.20', '0.21%'],
      ['事业收入', '0.00', '0.00%'],
      ['合计', '2,946.25', '100.00%'],
    ]);
    expect(all[0]!.cells.find((c) => c.text === '事业收入')!.page).toBe(2);
  });

  it('splits a figure from the next cell’s text printed one space apart or run into it', () => {
    const texts = (text: string) => splitAtAmounts({ start: 10, end: 10 + [...text].length, text }).map((p) => [p.start, p.text]);
    expect(texts('96,282,213.44 一、公共安全支出')).toEqual([
      [10, '96,282,213.44'],
      [24, '一、公共安全支出'],
    ]);
    expect(texts('0.00七、文化旅游体育与传媒支出')).toEqual([
      [10, '0.00'],
      [14, '七、文化旅游体育与传媒支出'],
    ]);
    // Not split: a numbered label, a year in a heading, two figures.
    expect(texts('1. 一般公共预算')).toEqual([[10, '1. 一般公共预算']]);
    expect(texts('2024 年度')).toEqual([[10, '2024 年度']]);
    expect(texts('10.00 20.00')).toEqual([[10, '10.00 20.00']]);
  });

  it('leaves a table of contents and a heading set apart by spaces as text', () => {
    const { tables: found } = findTextTables(
      page(
        [
          '      第一部分    上海市普陀区财政局概况',
          '一、主要职能 ……………………………… 3',
          '二、部门决算单位构成 ………………… 4',
          '三、收入支出决算总表 ………………… 5',
        ].join('\n'),
      ),
    );
    expect(found).toHaveLength(0);
  });
});
