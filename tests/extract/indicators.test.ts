import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndicators } from '../../src/extract/format-indicators.js';
import type { IndicatorRow, Report } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

let docx: Report;
let text: Report;
let other: Report;
beforeAll(async () => {
  [docx, text, other] = await Promise.all([
    analyzedCorpus('huaihua-gxj-2023.docx'),
    analyzedCorpus('huaihua-gxj-2023.txt'),
    analyzedCorpus('other-tables-2024.docx'),
  ]);
});

const sum = (rows: IndicatorRow[], pick: (r: IndicatorRow) => IndicatorRow['weight']) =>
  rows.reduce((acc, r) => acc.plus(pick(r)?.value ?? 0), new Decimal(0));
const scored = (r: Report) => r.indicators.filter((x) => x.role === 'indicator' || x.role === 'execution');
const total = (r: Report) => r.indicators.find((x) => x.role === 'total')!;
/** An indicator row without its location (which differs between .docx and text). */
const content = ({ location: _location, id: _id, ...rest }: IndicatorRow) => rest;

describe('indicator rows of the seed report', () => {
  it('are the 14 scored indicators, the budget-execution row and the total row', () => {
    const roles = docx.indicators.map((r) => r.role);
    expect(roles.filter((r) => r === 'indicator')).toHaveLength(14);
    expect(roles.filter((r) => r === 'execution')).toHaveLength(1);
    expect(roles.filter((r) => r === 'total')).toHaveLength(1);
    for (const r of scored(docx)) {
      expect(r.weight, r.level3 ?? r.level1 ?? '').not.toBeNull();
      expect(r.score, r.level3 ?? r.level1 ?? '').not.toBeNull();
    }
  });

  it('weights sum to 100 and scores to 99, as the 总分 row states (from the data)', () => {
    for (const r of [docx, text]) {
      const weights = sum(scored(r), (x) => x.weight);
      const scores = sum(scored(r), (x) => x.score);
      expect(weights.eq(total(r).weight!.value)).toBe(true);
      expect(scores.eq(total(r).score!.value)).toBe(true);
      expect(weights.toFixed()).toBe('100');
      expect(scores.toFixed()).toBe('99');
    }
  });

  it('reads the execution row: 分值 10, 执行率 135.42%, 得分 9', () => {
    const row = docx.indicators.find((r) => r.role === 'execution')!;
    expect(row).toMatchObject({ level1: '年度资金总额', actual: '135.42%' });
    expect([row.weight?.value, row.score?.value]).toEqual(['10', '9']);
  });

  it('inherits merged level cells (rowspan in .docx, empty cells in the text dump)', () => {
    for (const r of [docx, text]) {
      const byName = (level3: string) => r.indicators.find((x) => x.level3 === level3)!;
      expect(byName('产业园区建设')).toMatchObject({ level1: '产出指标（50分)', level2: '数量指标' });
      expect(byName('新增入规工业企业')).toMatchObject({ level1: '产出指标（50分)', level2: '质量指标', target: '=100%', actual: '完成省定任务的260%' });
      expect(byName('全年预算执行数')).toMatchObject({ level2: '成本指标', target: '≤3241.81', actual: '=3241.81' });
      expect(byName('可持续影响')).toMatchObject({ level1: '效益指标（30分）', level2: '可持续影响指标' });
      expect(byName('服务对象满意度')).toMatchObject({ level1: '满意度指标（10分）', target: '95%以上' });
    }
  });

  it('are the same from .docx and from the text dump', () => {
    expect(text.indicators.map(content)).toEqual(docx.indicators.map(content));
  });

  it('locate each row in its table', () => {
    for (const r of docx.indicators) {
      expect(r.location.table).toBe(r.location.block);
      expect(r.location.row).not.toBeNull();
      expect(r.location.span!.end).toBeGreaterThan(r.location.span!.start);
    }
  });

  it('give the relations the table states: 总分 over every scored row, and “（50分）” over its group', () => {
    const totalWeight = docx.relations.find((x) => x.name === '总分' && docx.facts.find((f) => f.id === x.result)?.dims.column === '分值')!;
    expect(totalWeight.operands).toHaveLength(15);
    const output = docx.facts.find((f) => f.label === '产出指标')!;
    const group = docx.relations.find((x) => x.result === output.id)!;
    expect(group).toMatchObject({ kind: 'sum', name: '分值' });
    expect(group.operands).toHaveLength(9);
  });
});

describe('an indicator table laid out differently (corpus/other-tables-2024.docx)', () => {
  it('finds the columns by header name, whatever their order', () => {
    const rows = other.indicators;
    expect(rows.map((r) => r.role)).toEqual(['execution', ...Array(7).fill('indicator'), 'total']);
    expect(rows[2]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      level3: '培训农民人数',
      target: '≥800人',
      actual: '760人',
      note: '受天气影响部分培训延期',
    });
    expect([rows[2]!.weight?.value, rows[2]!.score?.value]).toEqual(['10', '9']);
    expect(rows[0]).toMatchObject({ level1: '资金总额', actual: '96.42%' });
  });

  it('reads on through a table split in two, the second part without a header', () => {
    const parts = other.tables.filter((t) => other.indicators.some((r) => r.location.table === t.block));
    expect(parts.length).toBeGreaterThanOrEqual(3); // execution table + the indicator table in two parts
    const second = parts.at(-1)!;
    expect(second.bands![0]!.headerRows).toEqual([]);
    expect(second.bands![0]!.columns.map((c) => c.label)).toEqual(['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因']);
    const first = other.indicators.find((r) => r.location.table === second.block)!;
    expect(first).toMatchObject({ level1: '产出指标', level2: '质量指标', level3: '项目验收合格率' });
  });

  it('weights sum to 100 and scores to the stated total', () => {
    const weights = sum(scored(other), (x) => x.weight);
    const scores = sum(scored(other), (x) => x.score);
    expect(weights.eq(total(other).weight!.value)).toBe(true);
    expect(scores.eq(total(other).score!.value)).toBe(true);
    expect(scores.toFixed(2)).toBe('96.64');
  });
});

describe('formatIndicators', () => {
  it('prints one line per row, merged levels once, and the sums next to the 总分 row', () => {
    const out = formatIndicators(docx.indicators);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^一级指标\s+二级指标\s+三级指标\s+年度指标值\s+实际完成值\s+分值\s+得分\s+偏差原因$/);
    expect(lines.filter((l) => l.includes('产出指标'))).toHaveLength(1);
    expect(out).toContain('执行率 135.42%');
    expect(lines.at(-1)).toBe('15 行计分（含预算执行 1 行）：分值合计 100，得分合计 99；总分行：分值 100，得分 99');
  });

  it('says so when there is no indicator table', () => {
    expect(formatIndicators([])).toBe('（未找到绩效指标表）');
  });
});
