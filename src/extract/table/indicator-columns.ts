import type { TableColumn } from '../../model/index.js';
import { TABLE_PATTERNS, type IndicatorField } from './patterns.js';
import { squash } from './text.js';

export type IndicatorColumns = Partial<Record<IndicatorField, number>>;

/**
 * Finds the columns of a 绩效指标 table by header name (patterns indicatorColumns), never by
 * position: the lowest part of a multi-row header (“…/分值”) is matched, first column wins.
 */
export function indicatorColumns(columns: readonly Pick<TableColumn, 'col' | 'label'>[]): IndicatorColumns {
  const found: IndicatorColumns = {};
  for (const c of columns) {
    const name = squash(c.label.split('/').at(-1) ?? '');
    if (name === '') continue;
    for (const [field, re] of Object.entries(TABLE_PATTERNS.indicator) as [IndicatorField, RegExp][]) {
      if (found[field] === undefined && re.test(name)) {
        found[field] = c.col;
        break;
      }
    }
  }
  return found;
}

/** A band of 绩效指标 rows: 分值 and 得分 columns and at least one 指标 level column. */
export function isIndicatorBand(cols: IndicatorColumns): boolean {
  return (
    cols.weight !== undefined &&
    cols.score !== undefined &&
    (cols.level1 !== undefined || cols.level2 !== undefined || cols.level3 !== undefined)
  );
}

/** A band with the budget-execution row: 分值, 得分 and 执行率 columns. */
export function isExecutionBand(cols: IndicatorColumns): boolean {
  return cols.weight !== undefined && cols.score !== undefined && cols.executionRate !== undefined;
}
