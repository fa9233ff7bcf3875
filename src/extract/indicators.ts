import type { Document, IndicatorRow, Section, Table } from '../model/index.js';

/** Rows of the 绩效指标 table (一级/二级/三级指标, 分值, 得分 …) and the execution/total rows. */
export function extractIndicators(_doc: Document, _sections: Section[], _tables: Table[]): IndicatorRow[] {
  return []; // issue #3
}
