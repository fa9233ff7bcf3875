import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/index.js';
import { cellAt, expectSpansConsistent, paragraphs, readCorpusPdf, rightOf, squash, tables, tableWith } from './pdf-helpers.js';

/**
 * Synthetic reports made by scripts/pdf-fixtures/make_layout.py (a made-up 示例区文化和旅游局,
 * worded unlike the seed). Their text is set in the non-embedded CID font STSong-Light with
 * the UniGB-UTF16-H CMap, so reading them at all shows the packed CMaps are found.
 */
describe('readPdf on dept-accounts-3p.pdf (furniture, paragraphs over pages, tables)', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readCorpusPdf('pdf-layout/dept-accounts-3p.pdf');
  });

  it('keeps the running header and “— N —” page numbers as furniture, out of the text', () => {
    expect(doc.furniture.map((f) => [f.page, f.kind, f.text])).toEqual([
      [1, 'header', '示例区文化和旅游局2024年度部门决算'],
      [1, 'page-number', '— 1 —'],
      [2, 'header', '示例区文化和旅游局2024年度部门决算'],
      [2, 'page-number', '— 2 —'],
      [3, 'header', '示例区文化和旅游局2024年度部门决算'],
      [3, 'page-number', '— 3 —'],
    ]);
    expect(doc.text).not.toContain('部门决算\n');
    expect(doc.text).not.toMatch(/— \d —/u);
    // bbox is in PDF user space: the page number sits near y = 50 from the bottom.
    const foot = doc.furniture.find((f) => f.kind === 'page-number')!;
    expect(foot.bbox![1]).toBeLessThan(60);
    expect(foot.bbox![3]).toBeGreaterThan(45);
  });

  it('splits paragraphs at first-line indents and headings, and marks bold headings', () => {
    const ps = paragraphs(doc);
    expect(ps.slice(0, 5)).toEqual([
      '示例区文化和旅游局决算情况说明',
      '一、收入支出决算总体情况说明',
      '示例区文化和旅游局2024年度收入支出总计3,292.94万元。与2023年度相比，收入支出总计增加848.86万元，增长34.72%。主要原因：新增文化惠民专项资金和公共文化设施维护经费。',
      '二、收入决算情况说明',
      '本年收入合计2,392.94万元，其中：财政拨款收入2,380.50万元，占99.48%；其他收入12.44万元，占0.52%。',
    ]);
    const bold = doc.blocks.filter((b) => b.kind === 'paragraph' && b.bold).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(bold).toEqual(['示例区文化和旅游局决算情况说明', '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明', '四、收入支出决算总表', '五、人员情况']);
  });

  it('reads a line drawn glyph by glyph with its numbers whole (2,392.94 / 2,380.50)', () => {
    expect(paragraphs(doc)).toContain('本年收入合计2,392.94万元，其中：财政拨款收入2,380.50万元，占99.48%；其他收入12.44万元，占0.52%。');
  });

  it('continues a paragraph over the page break, on the page where it starts', () => {
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('本年支出合计3,241.81万元'));
    expect(p?.kind).toBe('paragraph');
    if (p?.kind !== 'paragraph') return;
    expect(p.page).toBe(1);
    expect(p.text.endsWith('数字博物馆建设经费97.60万元等。')).toBe(true);
    // Latin words keep their space; numbers wrapped to a new line are not glued to a word.
    expect(p.text).toContain('公共场所Wi-Fi 6覆盖工程45.00万元');
    expect(p.text).toContain('社区文化中心设备更新经费43.60万元');
  });

  it('makes the ruled table continued on page 3 one table, its repeated header rows dropped', () => {
    const t = tableWith(doc, '本年收入合计');
    expect([t.page, t.pageEnd]).toEqual([2, 3]);
    expect([t.rows, t.cols]).toEqual([25, 4]);
    expect(t.cells.filter((c) => c.text === '收入')).toHaveLength(1);
    expect(t.cells.find((c) => c.text === '收入')).toMatchObject({ row: 0, col: 0, colSpan: 2 });
    expect(t.cells.find((c) => c.text === '支出')).toMatchObject({ row: 0, col: 2, colSpan: 2 });
    expect(rightOf(t, '本年收入合计')).toBe('2,392.94');
    expect(rightOf(t, '本年支出合计')).toBe('3,241.81');
    expect(rightOf(t, '总计', 0)).toBe('3,292.94');
    expect(rightOf(t, '总计', 1)).toBe('3,292.94');
    expect(cellAt(t, '五、文化旅游体育与传媒支出', '决算数')).toBe('2,461.06');
    // Rows drawn on page 3 keep their page.
    expect(t.cells.find((c) => c.text === '年初结转和结余')!.page).toBe(3);
  });

  it('keeps a cell’s wrapped lines in that cell: no extra row', () => {
    const t = tableWith(doc, '二、政府性基金预算财政拨款收入');
    const cell = t.cells.find((c) => c.text === '二、政府性基金预算财政拨款收入')!;
    expect(rightOf(t, '二、政府性基金预算财政拨款收入', 0)).toBe('');
    expect(t.cells.find((c) => c.row === cell.row && c.col === 2)!.text).toBe('二、公共安全支出');
    expect(t.cells.find((c) => c.row === cell.row + 1 && c.col === 0)!.text).toBe('三、国有资本经营预算财政拨款收入');
    expect(t.cells.some((c) => c.text === '入' || (c.text === '收入' && c.row > 0))).toBe(false);
  });

  it('finds the table drawn without lines by the alignment of its columns', () => {
    const t = tableWith(doc, '实有人数');
    expect([t.rows, t.cols, t.page]).toEqual([5, 4, 3]);
    expect(cellAt(t, '合计', '编制数')).toBe('95');
    expect(cellAt(t, '合计', '实有人数')).toBe('91');
    expect(cellAt(t, '示例区文化馆', '控制率')).toBe('100.00%');
    expect(paragraphs(doc).at(-1)).toBe('以上数据均为决算数，合计数与分项数之和的尾差系四舍五入所致。');
  });

  it('writes a consistent Document', () => {
    expect(doc.pages).toBe(3);
    expect(tables(doc)).toHaveLength(2);
    expectSpansConsistent(doc);
  });
});

describe('readPdf on page-x-of-y.pdf (“第 N 页 共 M 页” footers)', () => {
  it('takes “第 1 页 共 2 页” as page numbers and the top-right title as a running header', async () => {
    const doc = await readCorpusPdf('pdf-layout/page-x-of-y.pdf');
    expect(doc.furniture.map((f) => [f.page, f.kind, f.text])).toEqual([
      [1, 'header', '示例区图书馆2024年度部门预算'],
      [1, 'page-number', '第 1 页 共 2 页'],
      [2, 'header', '示例区图书馆2024年度部门预算'],
      [2, 'page-number', '第 2 页 共 2 页'],
    ]);
    expect(paragraphs(doc).map(squash)).toEqual([
      '一、单位概况',
      '示例区图书馆是示例区文化和旅游局所属公益一类事业单位，主要承担公共图书借阅、数字阅读推广和古籍保护等职能。',
      squash('2024年度本馆收入预算1,086.40万元，其中：财政拨款收入1,080.00万元，其他收入6.40万元。支出预算1,086.40万元，其中：基本支出702.15万元，项目支出384.25万元。'),
      '二、预算安排',
      '本馆2024年共接待读者86.5万人次，外借图书42.3万册次，举办阅读推广活动312场。',
    ]);
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 1, 1, 2, 2]);
  });
});
