import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Document, TableBlock } from '../../src/model/index.js';
import { convertedCorpus } from '../helpers/analyzed.js';
import { corpusBytes } from '../helpers/corpus.js';

let doc: Document;
const tables = () => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const findCell = (pred: (c: Cell) => boolean) => {
  for (const t of tables()) {
    const cell = t.cells.find(pred);
    if (cell) return { table: t, cell };
  }
  return undefined;
};

beforeAll(async () => {
  const converted = await convertedCorpus('huaihua-gxj-2023.docx');
  expect(converted.format).toBe('docx');
  doc = converted.document;
});

describe('readDocx on the seed report', () => {
  it('keeps headings written as bold plain paragraphs, text as written', () => {
    const texts = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(texts[0]).toBe('2023年度怀化市工业和信息化局');
    expect(texts).toContain('（3） 主要职能职责');
    expect(texts).toContain('8、 下一步改进措施');
    const heading = doc.blocks.find((b) => b.kind === 'paragraph' && b.text === '九、其他需要说明的情况');
    expect(heading).toMatchObject({ bold: true });
    expect(texts.every((t) => t.trim() !== '')).toBe(true); // empty paragraphs dropped
  });

  it('finds the self-evaluation table and its vertical merged header', () => {
    const total = findCell((c) => c.text === '年度资金总额');
    expect(total).toBeDefined();
    const header = total!.table.cells.find((c) => c.text.replace(/\n/g, '') === '年度预算申请（万元）');
    expect(header).toMatchObject({ col: 0, rowSpan: 7, colSpan: 1 });
    expect(total!.table.cells.find((c) => c.text === '预算单位名称')).toMatchObject({ colSpan: 2 });
  });

  it('keeps the merged 绩效指标 / 一级指标 cells spanning their rows in the indicator tables', () => {
    // In the seed the 一级指标 cells are vMerged; its 二级指标 cells are not merged in
    // the source (empty cells below 数量指标), so they stay single cells.
    const output = findCell((c) => c.text.replace(/\n/g, '').startsWith('产出指标'));
    expect(output?.cell).toMatchObject({ col: 1, row: 1, rowSpan: 9 });
    const benefit = findCell((c) => c.text.replace(/\n/g, '').startsWith('效益指标'));
    expect(benefit?.cell).toMatchObject({ col: 1, row: 1, rowSpan: 4 });
    const side = benefit!.table.cells.find((c) => c.text.replace(/\n/g, '') === '绩效指标');
    expect(side).toMatchObject({ col: 0, row: 0, rowSpan: 6 });
    expect(benefit!.table.cells.find((c) => c.text === '总分')).toMatchObject({ colSpan: 6 });
  });

  it('keeps line breaks inside cells and spans that point at the text', () => {
    const { cell } = findCell((c) => c.text.startsWith('年初'))!;
    expect(cell.text).toBe('年初\n预算数');
    for (const b of doc.blocks) {
      if (b.kind === 'paragraph') expect(doc.text.slice(b.span.start, b.span.end)).toBe(b.text);
      else for (const c of b.cells) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });
});

// A .docx written by a review script to hold what Word runs can carry into mammoth's HTML: a lone
// \r and \r\n inside a run, a NUL, escaped markup, a <br>, a nested table, full-width and
// no-break spaces, and Word's “Strong” character style on a bold run (<strong><strong>).
// mammoth's HTML is parsed by htmlparser2 (fast); it must give the blocks parse5 gives.
describe('mammoth HTML through htmlparser2', () => {
  it('gives the blocks the HTML standard parser gives, line breaks and NULs cleaned alike', async () => {
    const { default: mammoth } = await import('mammoth');
    const { appendHtml } = await import('../../src/convert/html-blocks.js');
    const { DocumentBuilder } = await import('../../src/convert/document-builder.js');
    const { resolveLimits } = await import('../../src/convert/limits.js');
    const bytes = corpusBytes('docx-markup-cases.docx');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true })).value;
    expect(html).toMatch(/\r/); // the case is really there
    const blocks = (markup: 'html' | 'generated') => {
      const builder = new DocumentBuilder(resolveLimits());
      appendHtml(html, builder, resolveLimits(), markup);
      return builder.build(null).blocks;
    };
    const generated = blocks('generated');
    expect(generated).toEqual(blocks('html'));
    const texts = generated.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.cells.map((c) => c.text)));
    expect(texts).toEqual(expect.arrayContaining(['二、收入', '合计 123.45万元', '三、支出', '合计 67.8万元', '合计\n小计']));
    expect(texts.some((t) => /[\r\0]/.test(t))).toBe(false);
    // bold by Word's Strong style and direct bold at once: a heading, not plain text
    expect(generated[0]).toMatchObject({ kind: 'paragraph', text: '一、基本情况', bold: true });
  });
});
