import type { Decimal } from 'decimal.js';
import { dec, Interval, roundTo } from './interval.js';
import { factorIn, measureOf, pointFigures, readFigures, type Figure, type Reading } from './reading.js';

/**
 * The outcome of a check: `ties` on the tight reading; `loose` holds only when every
 * figure is read at its own printed decimals; `fails` even then (docs/reconcile.md).
 */
export type Outcome = 'ties' | 'loose' | 'fails';

/** One arithmetic statement to test: a stated figure against one recomputed from operands. */
export interface TieSpec {
  stated: Figure;
  operands: readonly Figure[];
  /** Recomputes the stated figure from the operands' intervals (same order); null when it cannot (÷ 0). */
  compute: (operands: Interval[]) => Interval | null;
  /** `eq`: the recomputed figure can equal the stated one; `atMost`: it can be ≤ it (partial lists, 含…). */
  compare?: 'eq' | 'atMost';
  /** The stated figure counts with this sign (“较上年减少0.19万元” → −0.19). */
  statedSign?: 1 | -1;
}

export interface TieResult {
  outcome: Outcome;
  /** The reading that decided: tight when it ties, loose otherwise. */
  reading: Reading;
  /** The recomputed interval on that reading, in the stated figure's unit. */
  interval: Interval;
  /** The stated figure's interval on that reading (signed), in its unit. */
  statedInterval: Interval;
  /** Recomputed from the figures as printed, rounded to `decimals`, in the stated figure's unit. */
  expected: string;
  /** The stated figure as printed, with the sign the words give (“-0.19” for 少0.19). */
  stated: string;
  /** expected − stated, to `decimals` places, with a sign (“+0.05”, “-0.01”, “0.00”). */
  difference: string;
  /** Decimals the recomputed figure is shown with: the stated figure's, or its finest same-measure operand's. */
  decimals: number;
}

/**
 * Evaluates a check on the tight, then the loose reading. Returns null when the check
 * cannot be made (a divisor that may be zero).
 */
export function tie(spec: TieSpec): TieResult | null {
  const figures = [spec.stated, ...spec.operands];
  const sign = spec.statedSign ?? 1;
  const back = dec('1').dividedBy(factorIn(figures, 0));
  const decimals = displayDecimals(spec);

  const evaluate = (reading: Reading): { ok: boolean; interval: Interval; stated: Interval } | null => {
    const [stated, ...operands] = readFigures(figures, reading);
    const computed = spec.compute(operands);
    if (!computed) return null;
    const signed = sign === 1 ? stated! : stated!.negated();
    const ok = spec.compare === 'atMost' ? computed.canBeAtMost(signed) : computed.overlaps(signed);
    return { ok, interval: computed.times(back), stated: signed.times(back) };
  };

  const tight = evaluate('tight');
  const loose = evaluate('loose');
  if (!tight || !loose) return null;
  const [, ...points] = pointFigures(figures);
  const atPrint = spec.compute(points);
  if (!atPrint) return null;
  const expectedExact = atPrint.mid.times(back);
  const statedExact = dec(spec.stated.number.value).times(sign);
  const expected = roundTo(expectedExact, decimals);
  const stated = statedExact.toFixed(spec.stated.number.decimals);
  const difference = signed(dec(expected).minus(statedExact), decimals);
  const decided = tight.ok ? tight : loose;
  return {
    outcome: tight.ok ? 'ties' : loose.ok ? 'loose' : 'fails',
    reading: tight.ok ? 'tight' : 'loose',
    interval: decided.interval,
    statedInterval: decided.stated,
    expected,
    stated,
    difference,
    decimals,
  };
}

function displayDecimals(spec: TieSpec): number {
  const measure = measureOf(spec.stated.number, spec.stated.unitHint);
  let d = spec.stated.number.decimals;
  for (const f of spec.operands) {
    if (!f.rounded && measureOf(f.number, f.unitHint) === measure) d = Math.max(d, f.number.decimals);
  }
  return d;
}

function signed(v: Decimal, decimals: number): string {
  const s = roundTo(v, decimals);
  return v.greaterThan(0) ? `+${s}` : s;
}

/** Sum of intervals, for `compute`. */
export const sumOf = (xs: Interval[]): Interval => Interval.sum(xs);

/** a − b, for `compute`. */
export const differenceOf = ([a, b]: Interval[]): Interval | null => (a && b ? a.minus(b) : null);

/** a ÷ b × 100, for `compute`. */
export const percentOf = ([a, b]: Interval[]): Interval | null => (a && b ? (a.dividedBy(b)?.times('100') ?? null) : null);

/** (a − b) ÷ b × 100 — a growth rate (增长率), for `compute`. */
export const growthOf = ([a, b]: Interval[]): Interval | null => (a && b ? (a.minus(b).dividedBy(b)?.times('100') ?? null) : null);
