import type { Fact, Location, Relation, Table, TableRow, TableValue } from '../model/index.js';
import type { ReconcileInput } from './rule.js';

/** Row roles that carry figures of the hierarchy (headers and notes do not). */
const FIGURE_ROLES: ReadonlySet<TableRow['role']> = new Set(['total', 'subtotal', 'breakdown', 'item']);

export interface TableRelations {
  relations: Relation[];
  /** Facts made for cells the extractor left without a fact id. */
  facts: Fact[];
}

/**
 * The sums a table's row hierarchy states, per column (合计 / 小计 / parent rows):
 * - a row with children (rows whose `parent` is it) equals the sum of its children; the
 *   sum is partial (children may not exceed it) when any child is a “其中” (breakdown) row;
 * - a 合计 / 总计 row (role `total`) without children equals the sum of the top-level
 *   item and subtotal rows.
 * Blank or non-numeric cells (“——”) take no part; a column where the parent is blank or
 * every child is blank is not checked.
 *
 * A cell that already is the result of a sum relation in the report is skipped, so an
 * extractor that emits table relations itself (Relation{source:'table'}) is never
 * counted twice. The indicator table (a table holding IndicatorRows) is left to the
 * `score` rule.
 */
export function deriveTableRelations(input: ReconcileInput, factsById: ReadonlyMap<string, Fact>): TableRelations {
  const covered = new Set(input.relations.filter((r) => r.kind === 'sum').map((r) => r.result));
  const indicatorTables = new Set<number>();
  for (const row of input.indicators) {
    indicatorTables.add(row.location.table ?? row.location.block);
  }
  // a table the extractor gave relations is read once, by the extractor (one table-sum path);
  // only tables without any (a Report built by hand, by a library user) are derived here
  const extracted = new Set<number>();
  for (const r of input.relations) {
    if (r.source !== 'table') continue;
    const t = factsById.get(r.result)?.location.table;
    if (t !== null && t !== undefined) extracted.add(t);
  }
  const out: TableRelations = { relations: [], facts: [] };
  for (const table of input.tables) {
    if (indicatorTables.has(table.block) || extracted.has(table.block)) continue;
    deriveForTable(input, table, factsById, covered, out);
  }
  return out;
}

function deriveForTable(
  input: ReconcileInput,
  table: Table,
  factsById: ReadonlyMap<string, Fact>,
  covered: ReadonlySet<string>,
  out: TableRelations,
): void {
  const rows = table.rows.filter((r) => FIGURE_ROLES.has(r.role));
  const children = new Map<number, TableRow[]>();
  for (const r of rows) {
    if (r.parent == null) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const topLevel = rows.filter((r) => r.parent == null && (r.role === 'item' || r.role === 'subtotal'));

  for (const parent of rows) {
    const kids = children.get(parent.row);
    const parts = kids ?? (parent.role === 'total' ? topLevel.filter((r) => r !== parent) : []);
    if (parts.length === 0) continue;
    const partial = kids !== undefined && kids.some((k) => k.role === 'breakdown');
    const name = parent.role === 'total' ? '合计' : parent.role === 'subtotal' ? '小计' : kids?.some((k) => k.role === 'breakdown') ? '其中' : '分项';
    for (const cell of parent.values) {
      if (!cell.number) continue;
      const operandCells = parts.flatMap((p) => {
        const v = p.values.find((x) => x.col === cell.col && x.number);
        return v ? [{ row: p, value: v }] : [];
      });
      if (operandCells.length === 0) continue;
      const result = cellFact(input, table, parent, cell, factsById, out);
      if (covered.has(result.id)) continue;
      const operands = operandCells.map((o) => cellFact(input, table, o.row, o.value, factsById, out).id);
      out.relations.push({
        id: `${table.id}:r${parent.row}:c${cell.col}`,
        kind: 'sum',
        name,
        result: result.id,
        operands,
        partial,
        sign: null,
        source: 'table',
        inferred: false,
        location: result.location,
      });
    }
  }
}

/** The fact of a cell: the extractor's, or one made here (id `<table>:r<row>c<col>`). */
function cellFact(
  input: ReconcileInput,
  table: Table,
  row: TableRow,
  value: TableValue,
  factsById: ReadonlyMap<string, Fact>,
  out: TableRelations,
): Fact {
  const known = value.fact ? factsById.get(value.fact) : undefined;
  if (known) return known;
  const id = `${table.id}:r${row.row}c${value.col}`;
  const made = out.facts.find((f) => f.id === id);
  if (made) return made;
  const fact: Fact = {
    id,
    label: row.label.replace(/[\s\u3000]+/g, ''),
    rawLabel: row.label,
    number: value.number!,
    source: 'table',
    dims: table.columns.find((c) => c.col === value.col)?.dims ?? {},
    location: cellLocation(input, table, row.row, value),
  };
  out.facts.push(fact);
  return fact;
}

function cellLocation(input: ReconcileInput, table: Table, row: number, value: TableValue): Location {
  const block = input.document.blocks[table.block];
  const cell = block?.kind === 'table' ? block.cells.find((c) => c.row === row && c.col === value.col) : undefined;
  return {
    block: table.block,
    page: cell?.page ?? block?.page ?? null,
    span: cell?.span ?? null,
    section: table.section,
    table: table.block,
    row,
    col: value.col,
    quote: cell?.text ?? value.text,
  };
}
