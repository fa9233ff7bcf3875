import type { Fact, Location } from '../model/index.js';
import { Interval } from './interval.js';
import { readFigures, sameMeasure, type Figure } from './reading.js';
import type { RuleContext } from './rule.js';
import { byPosition } from './context.js';

/**
 * Finding the facts a check is about when the report does not link them itself: by
 * canonical label, compatible dims, and place (same table / section).
 */

/** Dims agree on every key both carry (a missing key matches anything). */
export function compatibleDims(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(a)) {
    if (k in b && b[k] !== v) return false;
  }
  return true;
}

/** Dims carry the same keys with the same values. */
export function equalDims(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && compatibleDims(a, b);
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

/**
 * Pairs of facts with one canonical label stated at different places, for the
 * `same-figure` and `unit-scale` rules. Each fact is paired once, with the first earlier
 * fact of equal dims, else (inferred) the first with compatible dims. Facts under
 * different totals, and a fact and what it includes, are not paired.
 */
export function figurePairs(ctx: RuleContext<string>): FigurePair[] {
  const parents = parentLabels(ctx);
  const included = inclusions(ctx);
  const byLabel = new Map<string, Fact[]>();
  for (const f of ctx.input.facts) {
    if (!f.label) continue;
    byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  }
  const pairs: FigurePair[] = [];
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(byPosition);
    const partners = new Map(ordered.map((f) => [f, ordered.filter((g) => g !== f && comparable(f, g, parents, included, ctx))]));
    ordered.forEach((b, j) => {
      const earlier = partners.get(b)!.filter((a) => ordered.indexOf(a) < j);
      const exact = earlier.find((a) => equalDims(a.dims, b.dims));
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

function comparable(
  a: Fact,
  b: Fact,
  parents: ReadonlyMap<string, ReadonlySet<string>>,
  included: ReadonlyMap<string, readonly Fact[]>,
  ctx: RuleContext<string>,
): boolean {
  if (samePlace(a.location, b.location)) return false;
  // prose vs table, or table vs table: two sentences naming a figure alike (“年初预算”,
  // “预算安排”) are most often about different items, and the sum/identity rules check prose
  if (a.source === 'prose' && b.source === 'prose') return false;
  // the cells of one table row are different figures of that row (预算数, 决算数, …)
  if (a.location.table !== null && a.location.table === b.location.table && a.location.row === b.location.row) return false;
  if (!compatibleDims(a.dims, b.dims)) return false;
  if (!sameMeasure(ctx.term(a, 'a'), ctx.term(b, 'b'))) return false;
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
