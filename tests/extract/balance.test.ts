import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** A table row of the text format: one tab-led line per cell, a blank line after. */
const row = (...cells: string[]) => `${cells.map((c) => `\t${c}`).join('\n')}\n`;

/** A small 收入支出决算总表, 收入 and 支出 side by side, with the two 总计 given. */
function statement(caption: string, incomeTotal: string, spendTotal: string): string {
  return [
    caption,
    '单位：万元',
    '',
    row('收入', '', '支出', ''),
    row('项目', '决算数', '项目', '决算数'),
    row('一、财政拨款收入', '100.00', '一、一般公共服务支出', '90.00'),
    row('二、其他收入', '10.00', '二、教育支出', '20.00'),
    row('本年收入合计', '110.00', '本年支出合计', '110.00'),
    row('年初结转和结余', '5.00', '年末结转和结余', String(Number.parseInt(spendTotal, 10) - 110) + '.00'),
    row('总计', incomeTotal, '总计', spendTotal),
    '说明：本表反映部门收支总体情况。',
  ].join('\n');
}

const run = async (text: string) => {
  const rep = await analyze(new TextEncoder().encode(text), { path: 'statement.txt' });
  const facts = new Map(rep.facts.map((f) => [f.id, f]));
  return {
    balances: rep.relations.filter((r) => r.kind === 'compare').map((r) => `${r.name}: ${facts.get(r.result)?.number.printed} = ${facts.get(r.operands[0]!)?.number.printed}`),
    findings: rep.findings.map((f) => `${f.severity} ${f.rule} ${f.messageId}`),
  };
};

describe('收入总计 = 支出总计 of a side-by-side 收支总表 (src/extract/table/balance.ts)', () => {
  it('pairs the two sides’ 总计 and ties when they balance', async () => {
    expect(await run(statement('收入支出决算总表', '115.00', '115.00'))).toEqual({ balances: ['收入总计 = 支出总计: 115.00 = 115.00'], findings: [] });
  });

  it('two totals that do not balance are one error', async () => {
    // 支出: 110 + 年末结转 4 = 114 (its own sum ties), 收入: 110 + 5 = 115
    expect(await run(statement('收入支出决算总表', '115.00', '114.00'))).toEqual({
      balances: ['收入总计 = 支出总计: 115.00 = 114.00'],
      findings: ['error compare contradicts'],
    });
  });

  it('only in a 收支总表: another side-by-side table states no balance', async () => {
    expect((await run(statement('基本支出决算表', '115.00', '114.00'))).balances).toEqual([]);
  });
});
