import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.js';
import { resolveLimits } from '../../src/convert/limits.js';
import { readHtml, readText } from '../../src/convert/text.js';
import type { Document } from '../../src/model/index.js';
import { corpusBytes } from '../helpers/corpus.js';

const norm = (s: string) => s.replace(/\s+/g, '');
const paragraphs = (d: Document) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [norm(b.text)] : []));
const cellTexts = (d: Document) =>
  d.blocks.flatMap((b) => (b.kind === 'table' ? b.cells.map((c) => norm(c.text)).filter((t) => t !== '') : []));
const enc = (s: string) => new TextEncoder().encode(s);

describe('text dump of a .docx', () => {
  it('gives the same paragraphs and table cells as the .docx itself', async () => {
    const limits = resolveLimits();
    const docx = (await convert(corpusBytes('huaihua-gxj-2023.docx'), limits)).document;
    const text = (await convert(corpusBytes('huaihua-gxj-2023.txt'), limits)).document;
    expect(paragraphs(text)).toEqual(paragraphs(docx));
    // Touching tables cannot be told apart in a dump, so cells are compared in reading order.
    expect(cellTexts(text)).toEqual(cellTexts(docx));
  });

  it('reads tab-led cells, continuation lines and drops bookmark markers', () => {
    const doc = readText(enc('标题\n\t项目\n\t金额\n\n\t3、市级专项资金\n（一个专项一行）\n\t[bookmark: _GoBack]1085.73\n\n正文。\n'));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = doc.blocks[1]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows).toBe(2);
    expect(table.cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [0, 0, '项目'],
      [0, 1, '金额'],
      [1, 0, '3、市级专项资金\n（一个专项一行）'],
      [1, 1, '1085.73'],
    ]);
  });

  it('decodes GB18030 text', () => {
    const gbk = new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xd5, 0xc8, 0xeb, 0x0a]); // 预算收入
    expect(readText(gbk).blocks[0]).toMatchObject({ kind: 'paragraph', text: '预算收入' });
  });
});

describe('HTML pages', () => {
  it('turns tables into table blocks with spans and keeps markup in text as text', () => {
    const doc = readHtml(
      enc(`<html><head><style>p{}</style><script>alert(1)</script></head><body>
      <h2>一、基本情况</h2><p>预算收入 &lt;b&gt;2392.94&lt;/b&gt; 万元</p>
      <table><tr><td rowspan="2">项目</td><td colspan="2">金额</td></tr><tr><td>预算数</td><td>决算数</td></tr></table>
      </body></html>`),
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(doc.blocks[0]).toMatchObject({ text: '一、基本情况', bold: true });
    expect(doc.blocks[1]).toMatchObject({ text: '预算收入 <b>2392.94</b> 万元' });
    expect(doc.text).not.toContain('alert');
    const table = doc.blocks[2]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text])).toEqual([
      [0, 0, 2, 1, '项目'],
      [0, 1, 1, 2, '金额'],
      [1, 1, 1, 1, '预算数'],
      [1, 2, 1, 1, '决算数'],
    ]);
  });
});
