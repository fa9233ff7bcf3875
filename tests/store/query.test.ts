import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/model/index.js';
import { Dataset } from '../../src/store/dataset.js';
import { queryFacts, queryFindings } from '../../src/store/query.js';
import { otherReport, seedBlocks, seedReport, type SeedLayout } from './fixture.js';

let d: Dataset;
let L: SeedLayout;
beforeAll(async () => {
  L = await seedBlocks();
  d = Dataset.open({ path: ':memory:' });
  d.writeReport(await seedReport());
  d.writeReport(await otherReport());
});

describe('queryFindings', () => {
  it('lists errors first, with their documents, values and locations', () => {
    const rows = queryFindings(d);
    expect(rows.map((r) => r.severity)).toEqual(['error', 'warning', 'info']);
    const [error] = rows;
    expect(error).toMatchObject({ rule: 'rate-check', department: '怀化市工业和信息化局', year: 2023, stated: '135.42', expected: '135.47', difference: '0.05', block: L.selfEval, table_block: L.selfEval, row: L.totalRow, col: L.rateCol });
    expect(error!.values.map((v) => [v.label, v.value, v.location.block])).toEqual([
      ['预算执行率', '135.42', L.selfEval],
      ['决算支出', '3241.81', L.budget],
      ['预算收入', '2392.94', L.budget],
    ]);
  });

  it('filters by severity (that level or worse), rule, department and year', () => {
    expect(queryFindings(d, { severity: 'error' }).map((r) => r.rule)).toEqual(['rate-check']);
    expect(queryFindings(d, { severity: 'warning' }).map((r) => r.severity)).toEqual(['error', 'warning']);
    expect(queryFindings(d, { rule: 'sum-check' }).map((r) => r.department)).toEqual(['某县教育局', '怀化市工业和信息化局']);
    expect(queryFindings(d, { department: '工业' }).map((r) => r.rule)).toEqual(['rate-check', 'sum-check']);
    expect(queryFindings(d, { year: 2022 }).map((r) => r.department)).toEqual(['某县教育局']);
  });
});

describe('queryFacts', () => {
  it('matches the canonical label or text in the label as written', () => {
    expect(queryFacts(d, { label: '预算收入' }).map((f) => [f.department, f.value_exact, f.wan_yuan])).toEqual([
      ['怀化市工业和信息化局', '2392.94', '2392.94'],
      ['某县教育局', '1250.50', '1250.5'], // 万元 value as parseNumber gives it
    ]);
    expect(queryFacts(d, { label: '本年决算' }).map((f) => f.label)).toEqual(['决算支出']);
    expect(queryFacts(d, { label: '执行' }).map((f) => f.label)).toEqual(['预算执行率']); // raw label 执行率 contains 执行
    expect(queryFacts(d, { label: '不存在' })).toEqual([]);
  });

  it('filters by department and year and gives dims and locations', () => {
    const facts = queryFacts(d, { year: 2023 });
    expect(facts.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(facts[1]).toMatchObject({ dims: { kind: '决算数', year: '2023' }, section: 's2.1.1', section_title: '预算执行情况', block: L.budget });
    expect(facts[2]).toMatchObject({ table_block: L.selfEval, row: L.totalRow, col: L.rateCol, value_printed: '135.42', unit: '%' });
    expect(queryFacts(d, { department: '教育' })).toHaveLength(1);
  });

  it('leaves out superseded versions unless asked', async () => {
    const other = await otherReport();
    const newer = Report.parse({ ...other, source: { ...other.source, sha256: '9'.repeat(64) }, facts: [] });
    const v = Dataset.open({ path: ':memory:' });
    v.writeReport(other);
    v.writeReport(newer);
    expect(queryFacts(v)).toEqual([]);
    expect(queryFacts(v, { allVersions: true })).toHaveLength(1);
    expect(queryFindings(v)).toHaveLength(1);
    v.close();
  });
});
