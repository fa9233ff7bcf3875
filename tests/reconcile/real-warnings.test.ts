// Warnings gouji gave on real published PDFs that were misreadings (docs/audit-warnings.md), on
// copies of three of those reports: each misreading is gone, and the report's own sums still tie.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

const SUZHOU = 'wide/calinchow-del+renwu/预算数据/006_苏州/2026年苏州市审计局部门预算.pdf';
const FUZHOU = 'wide/calinchow-del+renwu/预算数据/017_福州/2026年福州市公安局部门预算.pdf';
const CPPCC = 'wide/ae86jack+open-budget/pdf_files/jszwfw/江苏省政协办公厅/2017年度部门预算公开表.pdf';

let suzhou: Report;
let fuzhou: Report;
let cppcc: Report;
beforeAll(async () => {
  suzhou = await analyzedCorpus(SUZHOU, { all: true });
  fuzhou = await analyzedCorpus(FUZHOU, { all: true });
  cppcc = await analyzedCorpus(CPPCC, { all: true });
});

const warnings = (r: Report) => r.findings.filter((f) => f.severity === 'warning').map((f) => f.formula);

describe('苏州市审计局 2026 部门预算', () => {
  it('no identity 收入合计 = Σ来源 short of the 一般公共预算拨款收入 it names otherwise (p.23)', () => {
    expect(warnings(suzhou)).toEqual([]);
    const identity = suzhou.findings.filter((f) => f.rule === 'identity' && f.values.some((v) => v.value === '4651.67'));
    expect(identity.every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('福州市公安局 2026 部门预算', () => {
  it('收入合计 is 本年收入合计 + 上年结转结余 (p.8), not 上年结转结余 alone', () => {
    expect(warnings(fuzhou)).toEqual([]);
    const byId = new Map(fuzhou.facts.map((f) => [f.id, f]));
    const total = fuzhou.relations.find((r) => r.kind === 'sum' && byId.get(r.result)?.label.endsWith('收入合计') && byId.get(r.result)?.rawLabel.startsWith('收入合计'));
    expect(total?.operands.map((id) => byId.get(id)?.number.printed)).toEqual(['2796.14', '0.00']);
  });
});

describe('江苏省政协办公厅 2017 部门预算公开表', () => {
  it('the 政府采购预算表 over pp.12–13 states 培训费 of 货物 (7.20) and of 服务 (74.40): no one figure', () => {
    expect(warnings(cppcc)).toEqual([]);
    const paired = cppcc.findings.filter((f) => f.rule === 'same-figure' && f.values.some((v) => v.value === '74.40'));
    expect(paired).toEqual([]);
  });
});
