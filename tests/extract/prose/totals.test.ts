import { describe, expect, it } from 'vitest';
import { findingsOf, relationsOf } from './helpers.js';

/** A 财政拨款收入支出决算总表 with its 总计 row, then the prose restating that total. */
const report = (prose: string) => [
  '财政拨款收入支出决算总表',
  '单位：万元',
  '\t项目',
  '\t收入',
  '\t支出',
  '',
  '\t一般公共预算财政拨款',
  '\t2,961.68',
  '\t2,961.68',
  '',
  '\t总计',
  '\t2,961.68',
  '\t2,961.68',
  '',
  '四、财政拨款收入支出决算总体情况说明',
  prose,
];

describe('a total the prose states by a summary table’s name (src/extract/prose/totals.ts)', () => {
  it('“财政拨款收入支出总计” is the 总计 of the 财政拨款收入支出决算总表: one figure stated twice', () => {
    expect(relationsOf(report('2024年度财政拨款收入支出总计2961.68万元。'), (r) => r.kind === 'compare')).toEqual(['compare: 2961.68 <- 2961.68']);
  });

  it('stated otherwise in the prose, an error', async () => {
    const found = await findingsOf(report('2024年度财政拨款收入支出总计0.3万元。'));
    expect(found.filter((f) => f.startsWith('error')).map((f) => f.split(':')[0])).toEqual(['error compare contradicts']);
    expect(await findingsOf(report('2024年度财政拨款收入支出总计2961.68万元。'))).toEqual([]);
  });

  it('another name, another year or a change is not that table’s total', () => {
    const none = (text: string) => relationsOf(report(text), (r) => r.kind === 'compare');
    expect(none('2024年度收入支出总计2995.39万元。')).toEqual([]);
    expect(none('上年财政拨款收入支出总计3000.00万元。')).toEqual([]);
    expect(none('财政拨款收入支出总计较上年减少38.32万元。')).toEqual([]);
  });
});
