import type { Fact, Relation } from '../../model/index.js';
import type { BandInfo } from './bands.js';
import type { RowNode } from './hierarchy.js';
import { TABLE_PATTERNS } from './patterns.js';
import type { RowInfo } from './rows.js';
import { squash } from './text.js';

/** Facts of one table by grid row and (logical) column. */
export interface FactIndex {
  at(row: number, col: number): Fact | undefined;
}

/** A figure that can be summed: a plain number (not “≤…”, not a labelled cell), not a percentage. */
function summable(f: Fact | undefined): f is Fact {
  return f !== undefined && f.dims.comparator === undefined && f.number.kind !== 'percent';
}

function sumRelation(result: Fact, operands: Fact[], absent: number, name: string, partial: boolean): Relation {
  return {
    id: `r${result.id}-sum`,
    kind: 'sum',
    name,
    result: result.id,
    operands: operands.map((f) => f.id),
    partial,
    sign: null,
    source: 'table',
    inferred: false,
    ...(absent > 0 ? { absent } : {}),
    location: result.location,
  };
}

/**
 * One sum relation per column for each parent row over its child rows (name 其中 and
 * partial when the children are a “其中：” breakdown, else 分项), and for each total row
 * over the rows it totals (name: the total word, 合计 / 总计 / 小计). Cells without a
 * figure are left out of the operands (counted in `absent`), never read as 0.
 */
export function sumRelations(
  band: BandInfo,
  rows: RowInfo[],
  nodes: RowNode[],
  facts: FactIndex,
  additive: (col: number) => boolean,
): Relation[] {
  const cols = band.figureCols.filter(additive);
  const out: Relation[] = [];
  const emit = (resultRow: number, parts: number[], name: string, partial: boolean) => {
    for (const col of cols) {
      const result = facts.at(resultRow, col);
      if (!summable(result)) continue;
      const operands = parts.map((r) => facts.at(r, col)).filter(summable);
      if (operands.length === 0) continue;
      out.push(sumRelation(result, operands, parts.length - operands.length, name, partial));
    }
  };

  for (const node of nodes) {
    if (node.children.length === 0) continue;
    const partial = node.children.some((c) => c.breakdown);
    emit(node.info.row, node.children.map((c) => c.info.row), partial ? '其中' : '分项', partial);
  }

  for (const t of placeTotals(rows, nodes)) emit(t.row.row, t.parts, t.name, false);
  return out;
}

export interface PlacedTotal {
  row: RowInfo;
  name: string;
  /** Grid rows the total adds up. */
  parts: number[];
  parent: RowNode | null;
  level: number;
}

/**
 * What each 合计 / 总计 / 小计 row adds up. A 合计 adds the top-level rows since the last total
 * (or, printed first as in 决算 tables, the top-level rows after it up to the next total).
 * A 小计 adds the siblings of the row just above it since the last total or subtotal.
 */
export function placeTotals(rows: RowInfo[], nodes: RowNode[]): PlacedTotal[] {
  const nodeOf = new Map(nodes.map((n) => [n.info.row, n]));
  const out: PlacedTotal[] = [];
  const totalAt = rows.map((r) => r.role === 'total' || r.role === 'subtotal');
  rows.forEach((row, i) => {
    if (!totalAt[i]) return;
    const word = TABLE_PATTERNS.totals.map((t) => t.regex.exec(squash(row.marker.label))?.[0]).find(Boolean) ?? row.marker.label;
    let from = i;
    while (from > 0 && !totalAt[from - 1]) from--;
    const before = rows.slice(from, i).map((r) => nodeOf.get(r.row)).filter((n): n is RowNode => n !== undefined);
    if (row.role === 'subtotal') {
      const last = before.at(-1);
      const parent = last?.parent ?? null;
      const parts = before.filter((n) => n.parent === parent && !n.breakdown).map((n) => n.info.row);
      out.push({ row, name: word, parts, parent, level: last?.level ?? 0 });
      return;
    }
    let scope = before;
    if (!scope.some((n) => n.level === 0)) {
      let to = i + 1;
      while (to < rows.length && !totalAt[to]) to++;
      scope = rows.slice(i + 1, to).map((r) => nodeOf.get(r.row)).filter((n): n is RowNode => n !== undefined);
    }
    const parts = scope.filter((n) => n.level === 0 && !n.breakdown).map((n) => n.info.row);
    out.push({ row, name: word, parts, parent: null, level: 0 });
  });
  return out;
}

/**
 * Rates the table states next to their operands (控制率 = 实际在职人数 ÷ 编制数;
 * 执行率 = 全年执行数 ÷ 全年预算数), from the header names in patterns/table-headers.json.
 * A zero or missing denominator gives no relation.
 */
export function rateRelations(band: BandInfo, rows: RowInfo[], facts: FactIndex): Relation[] {
  const out: Relation[] = [];
  const colNamed = (names: string[]) => {
    for (const name of names) {
      const col = band.columns.find((c) => squash(c.base) === name);
      if (col) return col.col;
    }
    return undefined;
  };
  for (const rule of TABLE_PATTERNS.rates) {
    const rateCol = colNamed(rule.rate);
    const numCol = colNamed(rule.numerator);
    const denCol = colNamed(rule.denominator);
    if (rateCol === undefined || numCol === undefined || denCol === undefined) continue;
    for (const row of rows) {
      if (row.role === 'header') continue;
      const rate = facts.at(row.row, rateCol);
      const num = facts.at(row.row, numCol);
      const den = facts.at(row.row, denCol);
      if (!rate || !summable(num) || !summable(den) || rate.dims.comparator !== undefined) continue;
      if (/^-?0(\.0+)?$/.test(den.number.value)) continue;
      out.push({
        id: `r${rate.id}-rate`,
        kind: 'rate',
        name: band.columns[rateCol]!.base,
        result: rate.id,
        operands: [num.id, den.id],
        partial: false,
        sign: null,
        source: 'table',
        inferred: false,
        location: rate.location,
      });
    }
  }
  return out;
}

/**
 * A 合计 column beside its parts (“2024年决算数: 合计 | 基本支出 | 项目支出”): in each row,
 * the 合计 cell over the cells of the other columns under the same parent header (or, for
 * a one-row header, the other value columns). Name: the total word of the header.
 */
export function columnSumRelations(band: BandInfo, rows: RowInfo[], facts: FactIndex, additive: (col: number) => boolean): Relation[] {
  const groups = new Map<string, { col: number; last: string }[]>();
  for (const c of band.columns) {
    if (!additive(c.col) || c.label === '') continue;
    const parts = c.label.split('/');
    const prefix = parts.slice(0, -1).join('/');
    const list = groups.get(prefix) ?? [];
    // A header cell spanning two grid columns appears twice: keep its first column.
    if (!list.some((x) => band.columns[x.col]!.label === c.label)) list.push({ col: c.col, last: squash(parts.at(-1)!) });
    groups.set(prefix, list);
  }
  const out: Relation[] = [];
  for (const cols of groups.values()) {
    const totals = cols.filter((c) => TABLE_PATTERNS.totals.some((t) => t.role === 'total' && t.regex.test(c.last)));
    if (totals.length !== 1 || cols.length < 3) continue;
    const total = totals[0]!;
    const parts = cols.filter((c) => c !== total);
    for (const row of rows) {
      if (row.role === 'note') continue;
      const result = facts.at(row.row, total.col);
      if (!summable(result)) continue;
      const operands = parts.map((p) => facts.at(row.row, p.col)).filter(summable);
      if (operands.length === 0) continue;
      out.push({ ...sumRelation(result, operands, parts.length - operands.length, total.last, false), id: `r${result.id}-cols` });
    }
  }
  return out;
}
