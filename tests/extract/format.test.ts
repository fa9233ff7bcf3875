import { describe, expect, it } from 'vitest';
import { formatExtraction } from '../../src/extract/format.js';
import { report } from '../corpus.js';

describe('formatExtraction', () => {
  it('shows meta, the outline with facts per section, and the relations', async () => {
    const text = formatExtraction(await report('huaihua-gxj-2023.docx'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('怀化市工业和信息化局 · 2023 · 部门整体支出绩效自评报告');
    expect(text).toContain('评价等级：优');
    // Headings in order, indented by level.
    const headings = lines.filter((l) => /\[(s|a)[\d.]+\]$/.test(l));
    expect(headings[0]).toBe('一、部门、单位基本情况  [s1]');
    expect(headings).toContain('  （3） 主要职能职责  [s1.3]');
    expect(headings).toContain('8. 下一步改进措施  [s8]');
    expect(headings).toContain('附件1 部门整体支出绩效评价基础数据表  [a1]');
    // A fact sits under its section, a relation under its facts.
    const sec = lines.indexOf('    1. 预算执行情况  [s2.1.1]');
    const rate = lines.findIndex((l) => l.includes('预算执行率: 预算执行率 135.42% = 决算支出 3241.81 ÷ 预算收入 2392.94'));
    const fact = lines.findIndex((l) => /p5\s+预算收入\s+2392\.94万元\s+\[2023\]/.test(l));
    expect(sec).toBeGreaterThan(0);
    expect(fact).toBeGreaterThan(sec);
    expect(rate).toBeGreaterThan(fact);
    expect(text).toMatch(/其中: 决算支出 3241\.81 = 基本支出 2008\.88 \+ 项目支出 1232\.93/);
    expect(text).toMatch(/主要用于: 工资福利支出 1410\.45 = .* \+ … {2}\(部分列举\)/);
  });
});
