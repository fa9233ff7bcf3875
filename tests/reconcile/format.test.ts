import { describe, expect, it } from 'vitest';
import { formatFindings, reconcile } from '../../src/reconcile/index.js';
import { place } from '../../src/reconcile/format.js';
import { seedReport } from './seed-report.js';

describe('formatFindings: the auditor’s list', () => {
  it('prints severity, rule, message, formula, stated vs recomputed, difference and where each figure is', () => {
    const text = formatFindings(reconcile(seedReport()));
    expect(text).toBe(
      [
        '1. ERROR rate: 比率与其数据不符：应为 135.47%，相差 +0.05 个百分点',
        '   The rate does not match its figures: they give 135.47% (off by +0.05 points)',
        '   预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%',
        '   stated 135.42 · recomputed 135.47 · any rounding [135.473443, 135.474428] · difference +0.05',
        '   · 预算执行率 135.42%  p.2 · §s2.1  “预算执行率135.42%”',
        '   · 决算支出 3241.81万元  p.2 · §s2.1  “本年决算支出3241.81万元”',
        '   · 预算收入 2392.94万元  p.2 · §s2.1  “2023年市工业和信息化局预算收入2392.94万元”',
        '',
        '1 finding: 1 error(s), 0 warning(s), 0 info',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatFindings([])).toBe('未发现勾稽问题 · no findings\n');
  });

  it('gives table places counted from 1 and cuts long quotes around the figure', () => {
    // without the report to name them, sections and tables show their ids (analyze passes the report)
    expect(place({ block: 61, page: 8, span: null, section: 's9', table: 61, row: 3, col: 3, quote: '' })).toBe('p.8 · §s9 · table #61 row 4, col 4');
    // prose before the first heading of a .docx: no page, section or table — the block, not nothing
    const opening = { block: 2, page: null, span: null, section: null, table: null, row: null, col: null, quote: '' };
    expect(place(opening)).toBe('block 2');
    expect(place(opening, seedReport())).toBe('block 2');
    const findings = reconcile(seedReport(), { all: true });
    const text = formatFindings(findings, { quoteWidth: 10 });
    expect(text).toContain('“…入2392.94万元”');
    expect(text).toMatch(/\d+ findings: 1 error\(s\), 0 warning\(s\), \d+ info\n$/);
  });
});
