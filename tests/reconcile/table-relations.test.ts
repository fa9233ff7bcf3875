import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/index.js';
import { indexReport } from '../../src/reconcile/context.js';
import { deriveTableRelations } from '../../src/reconcile/table-relations.js';
import { indicator, report, table } from './factories.js';

const cols = [{ label: '2023年决算数', dims: { year: '2023', kind: '决算数' } }];

describe('sums read from a table hierarchy', () => {
  it('a 合计 row without children equals the top-level rows; blank cells take no part', () => {
    const t = table(7, [...cols, { label: '备注' }], [
      { row: 1, label: '合计', role: 'total', cells: ['3241.81', ''] },
      { row: 2, label: '基本支出', cells: ['2008.88', ''] },
      { row: 3, label: '项目支出', cells: ['1232.93', ''] },
      { row: 4, label: '说明', role: 'note', cells: ['5', ''] },
    ]);
    const input = report({ tables: [t] });
    const { relations, facts } = deriveTableRelations(input, new Map());
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ kind: 'sum', name: '合计', source: 'table', partial: false, operands: ['t7:r2c1', 't7:r3c1'] });
    expect(facts.find((f) => f.id === 't7:r1c1')).toMatchObject({ label: '合计', dims: { year: '2023', kind: '决算数' }, location: { table: 7, row: 1, col: 1 } });
  });

  it('children that are all “其中” rows make a partial sum', () => {
    const t = table(8, cols, [
      { row: 1, label: '公用经费', cells: ['153.21'] },
      { row: 2, label: '其中：办公费', parent: 1, role: 'breakdown', cells: ['0'] },
      { row: 3, label: '会议费、培训费', parent: 1, role: 'breakdown', cells: ['0.76'] },
    ]);
    const { relations } = deriveTableRelations(report({ tables: [t] }), new Map());
    expect(relations).toMatchObject([{ name: '其中', partial: true }]);
  });

  it('takes page, span and text of a made fact from the document cell', () => {
    const t = table(0, cols, [
      { row: 1, label: '合计', role: 'total', cells: ['3'] },
      { row: 2, label: 'a', cells: ['1'] },
      { row: 3, label: 'b', cells: ['2'] },
    ]);
    const block: TableBlock = {
      kind: 'table',
      index: 0,
      page: 4,
      span: { start: 0, end: 20 },
      rows: 4,
      cols: 2,
      cells: [{ row: 1, col: 1, rowSpan: 1, colSpan: 1, text: '3', span: { start: 5, end: 6 }, page: 5 }],
    };
    const input = { ...report({ tables: [t] }), document: { text: '', blocks: [block], pages: 5, furniture: [] } };
    const index = indexReport(input);
    expect(index.byId.get('t0:r1c1')?.location).toMatchObject({ page: 5, span: { start: 5, end: 6 }, quote: '3' });
  });

  it('leaves the indicator table to the score rule', () => {
    const t = table(50, [{ label: '分值' }], [
      { row: 36, label: '总分', role: 'total', cells: ['100'] },
      { row: 3, label: '预算执行率', cells: ['10'] },
    ]);
    const input = report({ tables: [t], indicators: [indicator({ role: 'total', weight: '100', score: '99', row: 36 })] });
    expect(deriveTableRelations(input, new Map()).relations).toEqual([]);
  });
});
