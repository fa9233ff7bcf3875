import type { Fact, FactKey, Location } from '../model/index.js';
import { dimensionOfFact, keyString, namesSpend, ownFiguresTable, pageChains } from '../extract/key.js';
import { Interval } from './interval.js';
import { readFigures, sameMeasure, type Figure } from './reading.js';
import type { RuleContext } from './rule.js';
import { byPosition } from './context.js';

/**
 * Finding the facts a check is about when the report does not link them itself: by
 * canonical label, compatible dims, and place (same table / section).
 */

/** The parts of a FactKey that must agree for two facts to be one figure. */
const KEY_PARTS = ['year', 'period', 'basis', 'scope', 'spend', 'unit', 'column', 'parent'] as const;

/** A fact's typed key; facts made by reconcile for bare cells get one from their label and unit. */
export function keyOf(f: Fact): FactKey {
  return (
    f.key ?? {
      measure: f.label,
      year: f.dims.year ?? null,
      period: f.dims.yearRef ?? null,
      basis: f.dims.kind ?? null,
      scope: null,
      spend: null,
      unit: null,
      dimension: dimensionOfFact(f),
      column: f.dims.column ?? null,
      parent: null,
      columnOnly: false,
    }
  );
}

/**
 * How two keys relate: `equal` when every part agrees (unknown parts alike), `compatible`
 * when every part both know agrees (the rest is inferred), `different` otherwise. Measure
 * and dimension must always agree.
 */
export function compareKeys(a: FactKey, b: FactKey): 'equal' | 'compatible' | 'different' {
  // a bare figure (no unit anywhere) takes the unit of what it is compared with
  if (a.measure !== b.measure || (a.dimension !== b.dimension && a.dimension !== 'plain' && b.dimension !== 'plain')) return 'different';
  let equal = true;
  for (const part of KEY_PARTS) {
    const x = a[part];
    const y = b[part];
    if (x !== null && y !== null && x !== y) return 'different';
    if (x !== y) equal = false;
  }
  // keys that say nothing but the measure (no year, period, basis or scope on either side)
  // are alike only by name: that pairing is inferred
  const said = (['year', 'period', 'basis', 'scope'] as const).some((part) => a[part] !== null);
  return equal && said ? 'equal' : 'compatible';
}

/** Two figures measure the same thing (人 and 人次, 个 and 人 do not); a bare figure fits any. */
export function sameDimension(a: Fact, b: Fact): boolean {
  const x = keyOf(a).dimension;
  const y = keyOf(b).dimension;
  return x === y || x === 'plain' || y === 'plain';
}

/** Keys that may be the same figure (every part both know agrees). */
export function compatibleKeys(a: Fact, b: Fact): boolean {
  return compareKeys(keyOf(a), keyOf(b)) !== 'different';
}

/** The same printed figure: one table cell, or one span of text. */
export function samePlace(a: Location, b: Location): boolean {
  if (a.table != null || b.table != null) return a.table === b.table && a.row === b.row && a.col === b.col;
  return a.block === b.block && a.span?.start === b.span?.start;
}

/** Near enough to be read together: the same table, or (prose) the same section. */
export function near(a: Location, b: Location): boolean {
  if (a.table != null || b.table != null) return a.table === b.table;
  return a.block === b.block || a.section === b.section;
}

/** How close b is to a, lower is closer: same table column, table, block, section; then distance. */
export function distance(a: Location, b: Location): [number, number] {
  const tier =
    a.table != null && a.table === b.table
      ? a.col === b.col
        ? 0
        : 1
      : a.block === b.block
        ? 1
        : a.section === b.section
          ? 2
          : 3;
  return [tier, Math.abs(a.block - b.block) * 1_000_000 + Math.abs((a.span?.start ?? 0) - (b.span?.start ?? 0))];
}

/** The candidate closest to `to`, or undefined. */
export function nearest(to: Location, candidates: readonly Fact[]): Fact | undefined {
  let best: Fact | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (const c of candidates) {
    const key = distance(to, c.location);
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = c;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Labels of the totals a fact is a part of (sum relations, prose and table): two facts
 * with one label under different totals (印刷费 of 基本支出 and 印刷费 of 项目支出) are
 * different figures.
 */
export function parentLabels(ctx: RuleContext<string>): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  for (const rel of ctx.relations('sum')) {
    const total = ctx.fact(rel.result);
    if (!total) continue;
    for (const id of rel.operands) {
      const set = parents.get(id) ?? new Set<string>();
      set.add(total.label);
      parents.set(id, set);
    }
  }
  return parents;
}

/** Which facts another includes (“34万元（含2022年结转4万元）”): result id → included facts. */
export function inclusions(ctx: RuleContext<string>): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const rel of ctx.relations('includes')) {
    const parts = rel.operands.map((id) => ctx.fact(id)).filter((f): f is Fact => f !== undefined);
    out.set(rel.result, [...(out.get(rel.result) ?? []), ...parts]);
  }
  return out;
}

/** A pair of facts that state one figure twice: `b` is checked against `a`, stated earlier. */
export interface FigurePair {
  a: Fact;
  b: Fact;
  /** Dims only compatible (one side lacks a key): gouji inferred that they are one figure. */
  inferred: boolean;
  /**
   * For an inferred pair, the other facts either side could be a statement of (compatible
   * dims): when one of them ties, the pair is not one figure after all.
   */
  alternatives: readonly { of: Fact; other: Fact }[];
}

/** A label that is only a total word (合计, 总计, 小计, 共计, 本年合计). */
const BARE_TOTAL = /^(?:本年)?(?:合计|总计|小计|共计|总额)$/u;

/** Above this many facts of one measure, only pairs whose keys are equal are made. */
const MAX_INFERRED_GROUP = 12;

/**
 * Pairs of facts that state one figure at two places, for the `same-figure` and
 * `unit-scale` rules. Facts are bound by their typed key (src/extract/key.ts), indexed, so
 * the work grows with the number of facts, not their pairs:
 * - a table states each figure once: two cells of one table are never paired, and a cell
 *   whose key repeats within its table (a procurement table's 分散自行组织 on every row, a
 *   side-by-side table's 金额) or whose label is only its column's is no key at all;
 * - two prose figures are not paired (sentences naming a figure alike are most often about
 *   different items; the sum/identity rules check prose);
 * - each fact is paired once, with the first earlier fact of an equal key, else (inferred)
 *   the first with a compatible key — only in small groups, where the alternatives can be
 *   weighed. Facts under different totals, and a fact and what it includes, are not paired.
 */
export function figurePairs(ctx: RuleContext<string>): FigurePair[] {
  const parents = parentLabels(ctx);
  const included = inclusions(ctx);
  const tables = tableChains(ctx);
  // one pass over the table cells: how often each key occurs per table (over its pages), and which
  // values it takes across tables — a key that takes three or more (a per-unit table repeated for
  // each 预算单位: its 项目支出 row in every copy) identifies no one figure
  const keys = new Map(ctx.input.facts.map((f) => [f, keyString(keyOf(f))]));
  const inTable = new Map<string, number>();
  const valuesOf = new Map<string, Set<string>>();
  const chainOf = (f: Fact): number | null => (f.location.table === null ? null : (tables.get(f.location.table)?.chain ?? f.location.table));
  for (const f of ctx.input.facts) {
    if (f.location.table === null) continue;
    const k = keys.get(f)!;
    const t = `${chainOf(f)}#${k}`;
    inTable.set(t, (inTable.get(t) ?? 0) + 1);
    const set = valuesOf.get(k) ?? new Set<string>();
    set.add(f.number.value);
    valuesOf.set(k, set);
  }
  const keyed = ctx.input.facts.filter(
    (f) =>
      // a label with no word (“=”, “≥”: a 指标性质 column taken for the row's name) names nothing
      NAMES.test(f.label) &&
      (valuesOf.get(keys.get(f)!)?.size ?? 0) < 3 &&
      // 合计 / 总计 / 小计 alone name no quantity: every table has one
      !BARE_TOTAL.test(f.label) &&
      (f.location.table === null || (!keyOf(f).columnOnly && inTable.get(`${chainOf(f)}#${keys.get(f)!}`) === 1)),
  );
  const groups = new Map<string, Fact[]>();
  for (const f of keyed) {
    const k = f.label;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  // a table states each figure once, over all its pages; a table of its own subject's figures
  // (a project's 绩效目标表) shares none with any other table or the prose
  const apart = (a: Fact, b: Fact): boolean => {
    const x = chainOf(a);
    const y = chainOf(b);
    if (x !== null && x === y) return true;
    const own = (f: Fact) => f.location.table !== null && tables.get(f.location.table)?.own === true;
    return own(a) || own(b);
  };
  const ok = (a: Fact, b: Fact) => !apart(a, b) && comparable(a, b, parents, included);
  const pairs: FigurePair[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(byPosition);
    if (ordered.length > MAX_INFERRED_GROUP) {
      pairs.push(...exactPairs(ordered, ok));
      continue;
    }
    const partners = new Map(ordered.map((f) => [f, ordered.filter((g) => g !== f && ok(f, g))]));
    ordered.forEach((b, j) => {
      const earlier = partners.get(b)!.filter((a) => ordered.indexOf(a) < j);
      const exact = earlier.find((a) => compareKeys(keyOf(a), keyOf(b)) === 'equal');
      const a = exact ?? earlier[0];
      if (!a) return;
      const alternatives = exact
        ? []
        : [
            ...partners.get(a)!.filter((o) => o !== b).map((other) => ({ of: a, other })),
            ...partners.get(b)!.filter((o) => o !== a).map((other) => ({ of: b, other })),
          ];
      pairs.push({ a, b, inferred: !exact, alternatives });
    });
  }
  return pairs;
}

/** `prose`, if it is a prose figure, names the spend of the table cell `cell` (基本支出 / 项目支出) in its sentence. */
function proseNamesSpend(prose: Fact, cell: Fact): boolean {
  if (prose.location.table !== null || cell.location.table === null) return true;
  const spend = keyOf(cell).spend;
  return spend === null || namesSpend(`${prose.rawLabel}${prose.location.quote}`, spend);
}

/** A label naming something: at least one letter or character (not only signs and digits). */
const NAMES = /\p{L}/u;

/**
 * Each table's page chain (the same table over its pages: src/extract/key.ts pageChains), by the
 * table's block, and whether the chain holds its own subject's figures only (a 绩效目标表).
 */
function tableChains(ctx: RuleContext<string>): Map<number, { chain: number; own: boolean }> {
  const out = new Map<number, { chain: number; own: boolean }>();
  for (const chain of pageChains(ctx.input.tables ?? [])) {
    const own = chain.some((t) => ownFiguresTable(t.caption));
    for (const t of chain) out.set(t.block, { chain: chain[0]!.block, own });
  }
  return out;
}

/** In a large group: each fact with the first earlier fact of an equal key (a map lookup). */
function exactPairs(ordered: readonly Fact[], ok: (a: Fact, b: Fact) => boolean): FigurePair[] {
  const first = new Map<string, Fact>();
  const out: FigurePair[] = [];
  for (const b of ordered) {
    const k = keyString(keyOf(b));
    const a = first.get(k);
    if (!a) first.set(k, b);
    else if (ok(a, b)) out.push({ a, b, inferred: false, alternatives: [] });
  }
  return out;
}

function comparable(
  a: Fact,
  b: Fact,
  parents: ReadonlyMap<string, ReadonlySet<string>>,
  included: ReadonlyMap<string, readonly Fact[]>,
): boolean {
  if (samePlace(a.location, b.location)) return false;
  if (a.source === 'prose' && b.source === 'prose') return false;
  // a table states each figure once: two of its cells are two figures
  if (a.location.table !== null && a.location.table === b.location.table) return false;
  if (!compatibleKeys(a, b)) return false;
  // a cell of a 基本支出表 (or 项目支出表) holds part of the money its label names: a prose figure is
  // that part only when its sentence says so (“公务接待费11.6万元” is not the 基本支出表's 6.30)
  if (!proseNamesSpend(a, b) || !proseNamesSpend(b, a)) return false;
  if (!sameMeasure(figureOf(a), figureOf(b))) return false;
  const pa = parents.get(a.id);
  const pb = parents.get(b.id);
  if (pa && pb && ![...pa].some((l) => pb.has(l))) return false;
  if (included.get(a.id)?.includes(b) || included.get(b.id)?.includes(a)) return false;
  return true;
}

/**
 * b is a × 10000 or a ÷ 10000 (元 written for 万元, or back), on the tight reading —
 * the loose one would let “1” explain anything from 5000 to 15000.
 */
export function scaleExplains(a: Figure, b: Figure): '×10000' | '÷10000' | null {
  const [x, y] = readFigures([a, b], 'tight') as [Interval, Interval];
  if (x.overlaps(y) || x.contains('0') || y.contains('0')) return null;
  if (x.times('10000').overlaps(y)) return '×10000';
  if (x.times('0.0001').overlaps(y)) return '÷10000';
  return null;
}

const figureOf = (f: Fact): Figure => ({ number: f.number });
