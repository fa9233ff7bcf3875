import { describe, expect, it } from 'vitest';
import { proseRuns } from '../../src/extract/flow.js';
import { segment } from '../../src/segment/index.js';
import { textDocument } from '../corpus.js';
import { findingsOf, read, relationsOf } from './prose/helpers.js';

const runs = (lines: string[]) => {
  const doc = textDocument(lines);
  return proseRuns(doc, segment(doc)).map((r) => r.text);
};

describe('paragraphs the page broke mid-clause are read as one (src/extract/flow.ts)', () => {
  it('a block ending inside a clause goes on in the next one', () => {
    expect(runs(['机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长', '129.97%。主要原因是统计口径调整。'])).toEqual([
      '机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长129.97%。主要原因是统计口径调整。',
    ]);
  });

  it('a full stop, a semicolon or a colon ends it; so do captions, titles, headings and numbered items', () => {
    expect(runs(['支出100万元。', '收入100万元。'])).toHaveLength(2);
    expect(runs(['基本支出60万元，占60%；', '项目支出40万元，占40%。'])).toHaveLength(2);
    expect(runs(['单位：万元', '本年收入合计100万元。'])).toHaveLength(2); // no ， : a caption
    expect(runs(['一、收入预算情况说明', '本年收入合计100万元，其中：'])).toHaveLength(2);
    expect(runs(['支出100万元，主要用于', '1．办公费20万元。'])).toHaveLength(2);
  });

  it('each figure keeps its own block and span', () => {
    const { facts } = read(['一般公共预算收入21,940.96万元，占', '99.94%；']);
    expect(facts.map((f) => [f.number.printed, f.rawLabel, f.location.block])).toEqual([
      ['21940.96', '一般公共预算收入', 0],
      ['99.94', '占', 1],
    ]);
  });

  it('a rate printed on the next line is the rate of the change before it: 3401.59 ÷ 2630.96 = 129.29%, not 129.97%', async () => {
    const lines = ['2017年本部门一般公共预算机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长', '129.97%。主要原因是两个年度报表设计的统计口径形成的差异。'];
    expect(relationsOf(lines, (r) => r.kind === 'rate')).toEqual(['rate change-over-base: 129.97 <- 6032.55 | 3401.59 (sign 1)']);
    expect((await findingsOf(lines)).map((f) => f.split(':')[0])).toEqual(['error growth mismatch']);
  });

  it('a share whose 占 ends the line: the list introduced by “其中：” is checked share by share', async () => {
    const lines = ['省检察院本年收入预算合计21,955.35万元，其中：', '一般公共预算收入21,940.96万元，占', '99.94%；', '其他资金14.39万元，占0.06%；'];
    expect(relationsOf(lines, (r) => r.kind === 'shares')).toEqual(['shares: 21955.35 <- 99.94 | 0.06']);
    // 21940.96 ÷ 21955.35 = 99.934%, 14.39 ÷ 21955.35 = 0.066%: both printed to make 100%
    expect((await findingsOf(lines)).map((f) => f.split(':')[0])).toEqual(['error rate mismatch', 'error rate mismatch']);
  });
});

describe('a run is bounded', () => {
  it('joins at most 8 blocks, however many lines end inside a clause', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `第${i}行支出${i}万元，主要用于`);
    expect(runs(lines).length).toBe(3);
  });
});
