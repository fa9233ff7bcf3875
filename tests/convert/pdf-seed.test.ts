import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/index.js';
import { convertedCorpus } from '../helpers/analyzed.js';
import { cellAt, expectSpansConsistent, paragraphs, readCorpusPdf, rightOf, squash, tables, tableWith } from './pdf-helpers.js';

/**
 * The seed report as PDF (LibreOffice export) against the same report as .docx: the PDF
 * reader must give the same Document in substance — the paragraphs, the table cells, the
 * headings, the 附件 tables as grids.
 */
describe('readPdf on the seed report (huaihua-gxj-2023.pdf vs .docx)', () => {
  let pdf: Document;
  let docx: Document;

  beforeAll(async () => {
    pdf = await readCorpusPdf('huaihua-gxj-2023.pdf');
    docx = (await convertedCorpus('huaihua-gxj-2023.docx')).document;
  });

  it('finds the .docx paragraphs in the PDF (measured and printed)', () => {
    const pdfParagraphs = new Set(paragraphs(pdf).map(squash));
    const pdfText = squash(pdf.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.cells.map((c) => c.text).join(''))).join(''));
    const docxParagraphs = paragraphs(docx).map(squash).filter(Boolean);
    const same = docxParagraphs.filter((p) => pdfParagraphs.has(p)).length / docxParagraphs.length;
    const within = docxParagraphs.filter((p) => pdfText.includes(p)).length / docxParagraphs.length;
    console.log(
      `seed PDF vs .docx: ${docxParagraphs.length} .docx paragraphs — ${(100 * same).toFixed(1)}% are PDF paragraphs exactly, ${(100 * within).toFixed(1)}% appear in the PDF text (whitespace ignored)`,
    );
    expect(within).toBeGreaterThanOrEqual(0.98);
    expect(same).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the .docx table cells in the PDF tables (measured and printed)', () => {
    const pdfCells = new Map<string, number>();
    for (const t of tables(pdf)) for (const c of t.cells) if (squash(c.text)) pdfCells.set(squash(c.text), (pdfCells.get(squash(c.text)) ?? 0) + 1);
    const docxCells = tables(docx).flatMap((t) => t.cells.map((c) => squash(c.text))).filter(Boolean);
    let found = 0;
    for (const c of docxCells) {
      const n = pdfCells.get(c) ?? 0;
      if (n > 0) {
        found++;
        pdfCells.set(c, n - 1);
      }
    }
    console.log(`seed PDF vs .docx: ${docxCells.length} non-empty .docx table cells — ${((100 * found) / docxCells.length).toFixed(1)}% found as PDF cells`);
    expect(found / docxCells.length).toBeGreaterThanOrEqual(0.97);
  });

  it('starts paragraphs with the headings, including the irregular “8、”', () => {
    const starts = paragraphs(pdf).map(squash);
    for (const heading of ['一、部门、单位基本情况', '（一）机构设置情况', '（3） 主要职能职责', '8、 下一步改进措施', '九、其他需要说明的情况', '附件2']) {
      expect(starts.some((p) => p.startsWith(squash(heading))), heading).toBe(true);
    }
    const heading = pdf.blocks.find((b) => b.kind === 'paragraph' && squash(b.text) === '一、部门、单位基本情况');
    expect(heading).toMatchObject({ bold: true, page: 1 });
  });

  it('keeps numbers whole and joins Chinese without spaces', () => {
    const text = paragraphs(pdf).join('\n');
    expect(text).toContain('预算收入2392.94万元，本年决算支出3241.81万元，预算执行率135.42%');
    expect(text).toContain('2023年本年决算支出3241.81万元');
    expect(text).not.toMatch(/\d[ \t]+[.,]\d|\d[.,][ \t]+\d/u);
  });

  it('reads 附件2 整体支出绩效自评表 as a grid: 年度资金总额 × 年初预算数 / 全年预算数 / 执行率', () => {
    const table = tableWith(pdf, '年度资金总额');
    expect(table.page).toBe(11);
    expect(cellAt(table, '年度资金总额', '年初预算数')).toBe('2392.94');
    expect(cellAt(table, '年度资金总额', '全年预算数')).toBe('3241.81');
    expect(cellAt(table, '年度资金总额', '执行率')).toBe('135.42%');
    expect(cellAt(table, '年度资金总额', '分值')).toBe('10');
    expect(cellAt(table, '年度资金总额', '得分')).toBe('9');
    // A merged cell keeps its span: 预算单位名称 spans the columns of 年度 + 年度资金总额.
    const name = table.cells.find((c) => squash(c.text) === '怀化市工业和信息化局本级')!;
    expect(name.colSpan).toBeGreaterThan(1);
  });

  it('makes 附件1, continued from page 9 to page 10, one table with the .docx rows', () => {
    const table = tableWith(pdf, '财政供养人员情况');
    expect(table.page).toBe(9);
    expect(table.pageEnd).toBe(10);
    expect(cellAt(table, '三公经费', '2023年决算数')).toBe('50.5');
    expect(cellAt(table, '智能交通一期', '2023年决算数')).toBe('372.38');
    expect(cellAt(table, '部门基本支出预算调整', '2023年预算数')).toBe('2127.84');
    const pages = new Set(table.cells.map((c) => c.page));
    expect([...pages].sort((a, b) => a! - b!)).toEqual([9, 10]);
  });

  it('joins the 附件2 row that Word split across pages 11 and 12 into the one row of the .docx', () => {
    // Page 11 ends with “产业 | 增加值同比增长4.6%（全年数 | … | 5 | 5”; page 12 begins with its rest.
    const row = tableWith(pdf, '年度资金总额').cells.filter((c) => squash(c.text) === '产业园区规模工业');
    expect(row).toHaveLength(1);
    const label = row[0]!;
    expect(label.text).toBe('产业\n园区\n规模\n工业');
    const docxLabel = tableWith(docx, '产业园区规模工业').cells.find((c) => squash(c.text) === '产业园区规模工业')!;
    expect(label.text).toBe(docxLabel.text);
    expect(rightOf(tableWith(pdf, '年度资金总额'), '产业园区规模工业')).toBe('增加值同比增长4.6%（全年数据未出），占全市规模工业增加值比重71.32%。');
    // Page 12's table no longer starts with the rest of the row: no cell holds the cut text alone.
    expect(tables(pdf).some((t) => t.cells.some((c) => squash(c.text).startsWith('据未出') || squash(c.text) === '园区规模工业'))).toBe(false);
    const next = tableWith(pdf, '新增入规工业企业');
    expect(next.page).toBe(12);
    expect(Math.min(...next.cells.filter((c) => squash(c.text) === '新增入规工业企业').map((c) => c.row))).toBe(0);
  });

  it('gives every block a page and a PDF-space bbox, and spans that point at the text', () => {
    expect(pdf.pages).toBe(12);
    for (const b of pdf.blocks) {
      expect(b.page).toBeGreaterThanOrEqual(1);
      expect(b.page).toBeLessThanOrEqual(12);
      const [x0, y0, x1, y1] = b.bbox!;
      expect(x0).toBeLessThan(x1);
      expect(y0).toBeLessThan(y1);
      expect(y1).toBeLessThanOrEqual(842);
    }
    expect(pdf.text).not.toContain('(cid:');
    expect(pdf.text).not.toContain('\ufffd');
    expectSpansConsistent(pdf);
  });
});
