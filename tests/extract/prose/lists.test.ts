import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../../src/extract/sentences.js';
import { findingsOf, relationsOf } from './helpers.js';

const sumsOf = (lines: string[]) => relationsOf(lines, (r) => r.kind === 'sum');

describe('prose lists', () => {
  it('a 。 inside a bracket ends the aside, not the sentence: the list goes on after it', () => {
    const text =
      '本部门财政拨款安排“三公”经费226.86万元。其中：因公出国（境）费215.6万元，比上年增加0万元；公务用车购置及运行维护费0万元（公务用车购置费0万元，比上年减少70万元；公务用车运行维护费0万元，比上年减少318.88万元。）比上年减少388.88万元；公务接待费11.26万元，比上年减少100.89万元。';
    expect(sumsOf([text])).toContain('sum: 226.86 <- 215.6 | 0 | 11.26');
  });

  it('sentences still end at a 。 after a closed bracket, and a stray bracket swallows nothing', () => {
    const text = '支出100万元（含结转5万元）。收入90万元。';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['支出100万元（含结转5万元）。', '收入90万元。']);
    const stray = '说明（见附表。支出100万元。收入90万元。';
    expect(sentenceRanges(stray)).toHaveLength(3);
  });

  it('a colon after a figure opens its list, and a 其中 after that list closes is a part of its total', async () => {
    const text =
      '政府采购预算总额6,546.82万元：政府采购货物预算1,267.79万元、政府采购工程预算465.53万元、政府采购服务预算4,813.5万元；其中一般公共预算拨款政府采购5,499.84万元：政府采购货物预算564.79万元、政府采购工程预算121.55万元、政府采购服务预算4,813.5万元。';
    const sums = sumsOf([text]);
    expect(sums).toContain('sum: 6546.82 <- 1267.79 | 465.53 | 4813.5');
    expect(sums).toContain('sum: 5499.84 <- 564.79 | 121.55 | 4813.5');
    expect(sums).toContain('sum: 6546.82 <- 5499.84 (partial, inferred)');
    expect((await findingsOf([text])).filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('a colon list that does not add up is an error', async () => {
    const text = '政府采购预算总额700万元：货物预算100万元、工程预算200万元、服务预算300万元。';
    expect((await findingsOf([text])).filter((f) => f.startsWith('error sum'))).toHaveLength(1);
  });
});

describe('parts of the other flow left out', () => {
  it('make the rest of the list a subset (partial)', () => {
    const text = '龙华分局部门预算收入5,127.91万元，包括在职人员经费2,781.70万元、公用经费299.38万元、对个人和家庭的补助支出103.01万元、增人增资支出198.00万元、项目支出1,745.82万元。';
    expect(relationsOf([text], (r) => r.kind === 'sum').every((s) => s.includes('partial'))).toBe(true);
  });
});
