import type { Fact, Relation, Table } from '../../model/index.js';
import { squash } from './text.js';

/**
 * A table that goes on in the next table of the document — the same column headers
 * printed again on the next page (支出总表 over 4 pages, 项目支出表 …) — may have lists that
 * run past its last row: 20801 人力资源和社会保障管理事务 on one page, its 2080109 on the next.
 * A sum whose parts reach the last figure row of such a table (the row itself or a row it
 * sits under) can only say that the parts
 * seen do not exceed the total, so it is made partial (≤), never an error for a missing part.
 */
export function openAtPageEnd(tables: readonly Table[], facts: readonly Fact[], relations: Relation[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  // the table sums not yet partial, by the table their total is in (read once: not once per table)
  const sumsIn = new Map<Table['block'], Relation[]>();
  for (const rel of relations) {
    if (rel.kind !== 'sum' || rel.source !== 'table' || rel.partial) continue;
    const block = byId.get(rel.result)?.location.table;
    if (block == null) continue;
    const list = sumsIn.get(block);
    if (list) list.push(rel);
    else sumsIn.set(block, [rel]);
  }
  tables.forEach((table, i) => {
    const next = tables[i + 1];
    if (!next || !sameHeader(table, next)) return;
    const figureRows = table.rows.filter((r) => r.role !== 'header' && r.role !== 'note' && r.values.some((v) => v.number));
    const last = figureRows.at(-1);
    if (!last) return;
    // the last row and the rows it sits under: a list holding any of them runs to the page end
    const parentOf = new Map(table.rows.map((r) => [r.row, r.parent]));
    const open = new Set<number>();
    for (let r: number | null | undefined = last.row; r != null && !open.has(r); r = parentOf.get(r)) open.add(r);
    for (const rel of sumsIn.get(table.block) ?? []) {
      if (rel.operands.some((id) => open.has(byId.get(id)?.location.row ?? -1))) rel.partial = true;
    }
  });
}

/** The same value columns, by their header text (a table continued with its header printed again). */
function sameHeader(a: Table, b: Table): boolean {
  const labels = (t: Table) => t.columns.filter((c) => c.kind === 'value' || c.kind === undefined).map((c) => squash(c.label));
  const x = labels(a);
  const y = labels(b);
  return x.length >= 2 && x.length === y.length && x.every((l, k) => l === y[k]);
}
