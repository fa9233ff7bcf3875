import { Decimal } from 'decimal.js';
import type { Fact, Relation } from '../../model/index.js';
import { columnAt, type BandInfo, type ColumnInfo } from './bands.js';
import type { RowNode } from './hierarchy.js';
import { loadIdentities } from '../../patterns/domain.js';
import { canonicalLabel } from '../labels.js';
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

/** One part equals the whole while another part is not zero. */
function echoesWhole(result: Fact, operands: readonly Fact[]): boolean {
  const whole = new Decimal(result.number.value);
  if (whole.isZero()) return false;
  const equal = operands.filter((o) => new Decimal(o.number.value).eq(whole)).length;
  const nonZero = operands.filter((o) => !new Decimal(o.number.value).isZero()).length;
  return equal > 0 && nonZero > equal;
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
  const emit = (resultRow: number, parts: number[], name: string, partial: boolean, inferred = false, provenance: Relation['provenance'] = 'words') => {
    for (const col of cols) {
      const result = facts.at(resultRow, col);
      if (!summable(result)) continue;
      const operands = parts.map((r) => facts.at(r, col)).filter(summable);
      if (operands.length === 0) continue;
      // a blank cell may hide a figure the reader lost: with parts missing, the rest only may not exceed
      const absent = parts.length - operands.length;
      // a total of a single row that differs from it is a misread structure more often than an error;
      // so is a list where one part repeats the whole beside other non-zero parts (a 类 = its only 款,
      // a unit row = the 合计: a tree printed flat)
      const single = operands.length === 1 && !partial;
      out.push({ ...sumRelation(result, operands, absent, name, partial || absent > 0), inferred: inferred || single || echoesWhole(result, operands), provenance });
    }
  };

  for (const node of nodes) {
    if (node.children.length === 0) continue;
    const partial = node.children.some((c) => c.breakdown);
    const byArithmetic = node.children.some((c) => c.byArithmetic);
    const provenance = byArithmetic ? 'arithmetic' : partial ? 'words' : node.info.codeDepth !== null ? 'codes' : 'layout';
    emit(node.info.row, node.children.map((c) => c.info.row), partial ? '其中' : '分项', partial, byArithmetic, provenance);
  }

  // a total stands by its word (合计 / 总计 / 小计), also over groups that arithmetic found
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
 * of its rank or higher (or, printed first as in 决算 tables, the top-level rows after it up
 * to the next one). A higher total after a lower one adds that total and the top-level rows
 * after it (总计 = 本年收入合计 + 年初结转和结余). A 小计 adds the siblings of the row just above
 * it since the last total or subtotal.
 */
export function placeTotals(rows: RowInfo[], nodes: RowNode[]): PlacedTotal[] {
  const nodeOf = new Map(nodes.map((n) => [n.info.row, n]));
  const out: PlacedTotal[] = [];
  const rule = (row: RowInfo) => TABLE_PATTERNS.totals.find((t) => t.regex.test(squash(row.marker.label)));
  const rankAt = rows.map((r) => (r.role === 'total' || r.role === 'subtotal' ? (rule(r)?.rank ?? 1) : 0));
  // a total named by an earlier total of its rank without that one's qualifier (本年收入合计 … 收入合计)
  // is the broader one: it adds the earlier total and the rows after it
  rows.forEach((row, i) => {
    if (rows[i]!.role !== 'total') return;
    const name = squash(row.marker.label);
    for (let j = i - 1; j >= 0; j--) {
      if (rows[j]!.role !== 'total' || rankAt[j] !== rankAt[i]) continue;
      const earlier = squash(rows[j]!.marker.label);
      if (earlier.length > name.length && earlier.endsWith(name)) rankAt[i] = rankAt[j]! + 0.5;
      break;
    }
  });
  const topLevel = (from: number, to: number) =>
    rows
      .slice(from, to)
      .map((r) => nodeOf.get(r.row))
      .filter((n): n is RowNode => n !== undefined && n.level === 0 && !n.breakdown)
      .map((n) => n.info.row);

  const placedAt = new Map<number, number[]>(); // parts of the totals placed so far, by index in rows
  rows.forEach((row, i) => {
    const rank = rankAt[i]!;
    if (rank === 0) return;
    const name = rule(row)?.regex.exec(squash(row.marker.label))?.[0] ?? row.marker.label;
    if (row.role === 'subtotal') {
      let from = i;
      while (from > 0 && rankAt[from - 1] === 0) from--;
      const before = rows.slice(from, i).map((r) => nodeOf.get(r.row)).filter((n): n is RowNode => n !== undefined);
      const last = before.at(-1);
      const parent = last?.parent ?? null;
      const parts = before.filter((n) => n.parent === parent && !n.breakdown).map((n) => n.info.row);
      out.push({ row, name, parts, parent, level: last?.level ?? 0 });
      return;
    }
    let from = i;
    while (from > 0 && !(rankAt[from - 1]! >= rank && rows[from - 1]!.role === 'total')) from--;
    let lower = -1;
    for (let j = i - 1; j >= from; j--) {
      if (rows[j]!.role === 'total' && rankAt[j]! < rank) {
        lower = j;
        break;
      }
    }
    // a lower total printed first (“一、本年支出合计” over the rows below it) already holds the rows after it
    const inLower = new Set(lower >= 0 ? (placedAt.get(lower) ?? []) : []);
    let parts = lower >= 0 ? [rows[lower]!.row, ...topLevel(lower + 1, i).filter((r) => !inLower.has(r))] : topLevel(from, i);
    if (parts.length === 0) {
      let to = i + 1;
      while (to < rows.length && !(rankAt[to]! >= rank && rows[to]!.role === 'total')) to++;
      parts = topLevel(i + 1, to);
    }
    placedAt.set(i, parts);
    out.push({ row, name, parts, parent: null, level: 0 });
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
        name: columnAt(band, rateCol)!.base,
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
 * A 合计 column beside its parts (“2024年决算数: 合计 | 基本支出 | 项目支出”, or a nested header
 * “合计 | 因公出国（境）费 | 公务用车购置及运行费: 小计 | 购置费 | 运行费 | 公务接待费”): in each
 * row, the total cell over the cells of the columns one level below it in the header, with
 * the same year and kind. A subtotal column (“…/小计”) stands for its group. Name: the total
 * word of the header (合计 / 小计 / 总计).
 */
export function columnSumRelations(band: BandInfo, rows: RowInfo[], facts: FactIndex, additive: (col: number) => boolean): Relation[] {
  const seen = new Set<string>();
  // A header cell spanning two grid columns appears twice: keep its first column.
  const cols = band.columns.filter((c) => additive(c.col) && c.label !== '' && !seen.has(c.label) && seen.add(c.label));
  const sameDims = (a: ColumnInfo, b: ColumnInfo) => a.dims.year === b.dims.year && a.dims.kind === b.dims.kind;
  const out: Relation[] = [];
  const at = (path: string[]) => cols.some((c) => c.path.length === path.length && path.every((p, i) => c.path[i] === p));
  /**
   * The columns one level below `parent`; a group there with no column of its own (“单位资金: 事业收入 |
   * 事业单位经营收入 | … | 其他收入” without a 小计) is stood for by its own parts.
   */
  const partsUnder = (parent: string[], total: ColumnInfo): ColumnInfo[] => {
    const out: ColumnInfo[] = [];
    const groups = new Set<string>();
    for (const c of cols) {
      if (c === total || !sameDims(c, total) || c.path.length <= parent.length || !parent.every((p, i) => c.path[i] === p)) continue;
      if (c.path.length === parent.length + 1) {
        out.push(c);
        continue;
      }
      const group = [...parent, c.path[parent.length]!];
      if (groups.has(group.join('/')) || at(group)) continue;
      groups.add(group.join('/'));
      out.push(...partsUnder(group, total));
    }
    return out;
  };
  for (const total of cols.filter((c) => c.total)) {
    let parts = partsUnder(total.path, total);
    // “‘三公’经费合计 | 因公出国（境）费 | 公务用车… | 公务接待费 | 会议费 | 培训费”: a total that names its
    // group in its own cell has its parts beside it, not under it — only the domain identity
    // (patterns/identities.json) says which of its neighbours they are
    // (without one, all its neighbours are taken, and the sum is only inferred: a warning at most)
    const group = groupNamed(total);
    const identity = group !== '' ? loadIdentities().find((i) => i.total.includes(group)) : undefined;
    if (identity) parts = parts.filter((c) => identity.parts.some((alternatives) => alternatives.includes(canonicalLabel(c.base))));
    const inferred = group !== '' && !identity;
    // “小计 | 其中：预留给中小企业的 | 其中：预留给小型、微型企业的”: each 其中 column is a part of the
    // total on its own (they may nest), never a breakdown to add up
    const breakdowns = parts.filter((c) => TABLE_PATTERNS.breakdown.test(squash(c.label.split('/').at(-1) ?? '')));
    if (breakdowns.length > 0) {
      for (const row of rows) {
        if (row.role === 'note' || row.role === 'header') continue;
        const result = facts.at(row.row, total.col);
        if (!summable(result)) continue;
        for (const part of breakdowns) {
          const operand = facts.at(row.row, part.col);
          if (summable(operand)) out.push({ ...sumRelation(result, [operand], 0, '其中', true), id: `r${result.id}-cols-${part.col}`, inferred, provenance: 'layout' });
        }
      }
      parts = parts.filter((c) => !breakdowns.includes(c));
    }
    if (parts.length < 2) continue;
    const name = squash(total.label.split('/').reverse().find((p) => TABLE_PATTERNS.totals.some((t) => t.regex.test(squash(p)))) ?? '合计');
    const word = TABLE_PATTERNS.totals.map((t) => t.regex.exec(name)?.[0]).find(Boolean) ?? name;
    for (const row of rows) {
      if (row.role === 'note' || row.role === 'header') continue;
      const result = facts.at(row.row, total.col);
      if (!summable(result)) continue;
      const operands = parts.map((p) => facts.at(row.row, p.col)).filter(summable);
      // one figure beside a total is no sum to check (a misread header more often than a total of one)
      if (operands.length < 2) continue;
      const absent = parts.length - operands.length;
      out.push({ ...sumRelation(result, operands, absent, word, absent > 0), id: `r${result.id}-cols`, inferred, provenance: 'layout' });
    }
  }
  return out;
}

/** The group a total column names in its own header cell (“‘三公’经费合计” → 三公经费), canonical; '' for a bare 合计 / 小计. */
function groupNamed(total: ColumnInfo): string {
  const own = squash(total.label.split('/').at(-1) ?? '');
  const word = TABLE_PATTERNS.totals.map((t) => t.regex.exec(own)?.[0]).find(Boolean) ?? '';
  const name = own.slice(0, own.length - word.length);
  return name === '' ? '' : canonicalLabel(name);
}
