import { describe, expect, it } from 'vitest';
import { tableContext } from '../../../src/extract/table/context.js';
import type { Block, Document } from '../../../src/model/index.js';

/** Paragraph lines, then a one-cell table. */
function docAfter(lines: string[]): Document {
  let text = '';
  const blocks: Block[] = lines.map((line, index) => {
    const start = text.length;
    text += `${line}\n`;
    return { kind: 'paragraph', index, page: 1, span: { start, end: start + line.length }, text: line };
  });
  const start = text.length;
  text += '项目\n';
  blocks.push({ kind: 'table', index: lines.length, page: 1, span: { start, end: text.length }, rows: 1, cols: 1, cells: [{ row: 0, col: 0, rowSpan: 1, colSpan: 1, text: '项目', span: { start, end: start + 2 } }] });
  return { text, pages: null, furniture: [], blocks };
}

describe('table captions', () => {
  it('a line that only numbers the table (公开表一) takes the title above it', () => {
    const doc = docAfter(['收支预算总表', '公开表一', '部门：江苏省人大常委会办公厅 单位：万元']);
    expect(tableContext(doc, 3)).toEqual({ caption: '收支预算总表（公开表一）', unit: '万元' });
  });

  it('looks past header lines a reader left as paragraphs', () => {
    const doc = docAfter(['一般公共预算支出情况表（按功能分类科目）', '单位名称：广州市人民政府办公厅 单位：万元', '一般公共预算支出', '功能科目名称']);
    expect(tableContext(doc, 4).caption).toBe('一般公共预算支出情况表（按功能分类科目）');
  });

  it('reaches a title above five lines of the table’s head printed above its grid', () => {
    // 西安 2026 部门预算 表12 (p32): the head of the 政府采购 table read as five paragraphs under its title
    const doc = docAfter([
      '合计',
      '部门综合预算政府采购（资产配置、购买服务）预算表',
      '单位：元',
      '部门预算政府预算',
      '科目编码 支出经济支出经济',
      '单位编码 采购项目 采购目录 购买服务内容 规格型号 数量 实施采购时间 预算金额 说明',
      '科目编码科目编码',
    ]);
    expect(tableContext(doc, 7)).toEqual({ caption: '部门综合预算政府采购（资产配置、购买服务）预算表', unit: '元' });
  });

  it('does not reach a title above five lines of body text', () => {
    const doc = docAfter(['收支预算总表', '一、本年收入。', '二、本年支出。', '三、结转。', '四、说明。', '五、其他。']);
    expect(tableContext(doc, 6).caption).toBeNull();
  });

  it('keeps a title that is no bare number', () => {
    const doc = docAfter(['附表2', '表4：2026年市级部门财政拨款收支预算总表']);
    expect(tableContext(doc, 2).caption).toBe('表4：2026年市级部门财政拨款收支预算总表');
  });
});
