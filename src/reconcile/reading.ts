import { Decimal } from 'decimal.js';
import { unitInfo } from '../units/units.js';
import type { NumberValue } from '../model/index.js';
import { dec, halfUnit, Interval } from './interval.js';

/**
 * How a printed figure is read as an interval — the rounding rule of docs/reconcile.md.
 *
 * Every check is evaluated twice:
 * - `tight`: a figure printed with fewer decimals than the most precise figure of the same
 *   measure in the check is read as having dropped trailing zeros (“6” among “20.81” and
 *   “23.69” is 6.00 ± 0.005); when every figure of that measure is printed without
 *   decimals, they are read as exact whole amounts (budgets are allotted in whole 万元).
 * - `loose`: every figure stands for everything that rounds to it at its own printed
 *   decimals (“6” is [5.5, 6.5]) — XBRL Calculations 1.1.
 * A check that holds on the tight reading ties; one that holds only on the loose reading
 * is a warning; one that fails even on the loose reading is an error.
 */
export type Reading = 'tight' | 'loose';

/** What a figure measures; figures are only compared within one measure. */
export type Measure = 'money' | 'percent' | 'count' | 'score' | 'plain';

/** A number taking part in a check. */
export interface Figure {
  number: NumberValue;
  /**
   * Whole by nature (heads, points): printed without decimals it is exact on both
   * readings. Defaults to true for counts (个/家/人/次 …).
   */
  whole?: boolean;
  /**
   * The report's own rounding of a computed figure (a rate, a share): always read at its
   * printed decimals, never as exact — “97%” for 92 ÷ 95 is a rounding, not a claim.
   */
  rounded?: boolean;
  /** Read a bare figure (no unit) in this unit — a table cell under a 万元 caption. */
  unitHint?: string | null;
  /**
   * A qualifier makes the figure a bound (patterns/qualifiers.json): “30万元以上” is 30 or
   * more, “不足30万元” 30 or less, “约60万元” within ±10% of 60.
   */
  bound?: 'atLeast' | 'atMost' | 'about' | null;
}

/** A figure's value and decimals on the comparison scale: money in 万元, everything else as printed. */
export interface Scaled {
  measure: Measure;
  value: Decimal;
  /** Decimals on the comparison scale: “32418100元” has 4 (万元), “3亿元” −4. */
  decimals: number;
  /** Decimals as printed. */
  printedDecimals: number;
  /** factor from the printed unit to the comparison scale (万元 per unit for money, else 1). */
  factor: Decimal;
}

export function measureOf(n: NumberValue, unitHint?: string | null): Measure {
  if (n.kind === 'plain' && n.unit == null && unitHint) return unitInfo(unitHint).kind;
  return n.kind;
}

/**
 * Each printed number's scaled forms, by measure and factor: every check a figure takes part in
 * reads it again (a total is an operand of many sums), and parsing the decimal was most of it.
 */
const SCALED = new WeakMap<NumberValue, Map<string, Scaled>>();

/** Places a figure on the comparison scale (万元 for money). */
export function scaled(f: Figure): Scaled {
  const n = f.number;
  const measure = measureOf(n, f.unitHint);
  const unit = n.unit ?? (n.kind === 'plain' ? (f.unitHint ?? null) : null);
  const factorText = (measure === 'money' ? unitInfo(unit).factorToWanYuan : null) ?? '1';
  let forms = SCALED.get(n);
  if (!forms) SCALED.set(n, (forms = new Map<string, Scaled>()));
  const key = `${measure}|${factorText}`;
  let known = forms.get(key);
  if (!known) {
    const { factor, shift } = scaleFactor(factorText);
    const value = dec(n.value);
    known = { measure, value: shift === 0 && factor.equals(1) ? value : value.times(factor), decimals: n.decimals + shift, printedDecimals: n.decimals, factor };
    forms.set(key, known);
  }
  return known;
}

/** Each unit factor and its decimal shift, worked out once (a handful of units, read for every figure of every check). */
const FACTORS = new Map<string, { factor: Decimal; shift: number }>();

function scaleFactor(text: string): { factor: Decimal; shift: number } {
  let known = FACTORS.get(text);
  if (!known) {
    const factor = dec(text);
    known = { factor, shift: decimalShift(factor) };
    FACTORS.set(text, known);
  }
  return known;
}

/** How many places a power-of-ten factor moves the decimal point (0.0001 → 4, 10000 → −4). */
function decimalShift(factor: Decimal): number {
  if (factor.equals(1)) return 0;
  const exponent = factor.log(10).round();
  // a factor that is not a power of ten (none in patterns/units.json) keeps the printed places
  if (!dec('10').pow(exponent).equals(factor)) return 0;
  return -exponent.toNumber(); // float-ok: a count of decimal places, not a figure
}

/**
 * Reads the figures of one check as intervals on the comparison scale. The tight
 * reading depends on the figure's neighbours, so all figures of a check are read together.
 */
export function readFigures(figures: readonly Figure[], reading: Reading): Interval[] {
  const withHints = inheritMoneyUnit(figures);
  const scales = withHints.map(scaled);
  // the finest decimals among figures printed in the same unit: “6” among “20.81” and “23.69”
  // (万元) is 6.00, but “0.83万元” beside “8265.00元” is still a figure rounded to 0.01万元
  const finest = new Map<string, number>();
  const anyDecimals = new Map<Measure, boolean>();
  const unitKey = (s: Scaled): string => `${s.measure}|${s.factor.toFixed()}`;
  scales.forEach((s, i) => {
    if (withHints[i]!.rounded) return;
    finest.set(unitKey(s), Math.max(finest.get(unitKey(s)) ?? -Infinity, s.decimals));
    if (s.printedDecimals > 0) anyDecimals.set(s.measure, true);
  });
  return scales.map((s, i) => {
    const f = withHints[i]!;
    return bounded(readOne(f, s), f.bound ?? null);
  });

  function readOne(f: Figure, s: Scaled): Interval {
    if ((f.whole ?? s.measure === 'count') && s.printedDecimals === 0) return Interval.point(s.value);
    if (reading === 'loose' || f.rounded) return Interval.around(s.value, halfUnit(s.decimals));
    if (!anyDecimals.get(s.measure)) return Interval.point(s.value);
    return Interval.around(s.value, halfUnit(finest.get(unitKey(s)) ?? s.decimals));
  }
}

/** An upper end far above any figure in a report: “30万元以上” has no stated ceiling. */
const UNBOUNDED = dec('1e15');

/** Widens a figure's interval by its qualifier: 以上 → [x, ∞), 不足 → [0, x], 约 → x ± 10%. */
function bounded(iv: Interval, bound: Figure['bound']): Interval {
  if (bound === 'atLeast') return new Interval(iv.low, UNBOUNDED);
  if (bound === 'atMost') return new Interval(iv.low.isNegative() ? iv.low : dec('0'), iv.high);
  if (bound === 'about') {
    const ends = [iv.low.times('0.9'), iv.low.times('1.1'), iv.high.times('0.9'), iv.high.times('1.1')];
    return new Interval(Decimal.min(...ends), Decimal.max(...ends));
  }
  return iv;
}

/** Each figure as printed, exactly (the recomputed value shown to the reader). */
export function pointFigures(figures: readonly Figure[]): Interval[] {
  return inheritMoneyUnit(figures).map((f) => Interval.point(scaled(f).value));
}

/**
 * Bare figures (no unit) checked against money are read in the money figures' unit:
 * a table without a 单位 line next to prose in 万元. The unit is the first money figure's.
 */
export function inheritMoneyUnit(figures: readonly Figure[]): Figure[] {
  const money = figures.find((f) => measureOf(f.number, f.unitHint) === 'money');
  if (!money) return [...figures];
  const unit = money.number.unit ?? money.unitHint ?? null;
  return figures.map((f) => (f.number.kind === 'plain' && f.number.unit == null && !f.unitHint ? { ...f, unitHint: unit } : f));
}

/** The figure's scale factor after unit inheritance within the check (for turning results back to print units). */
export function factorIn(figures: readonly Figure[], index: number): Decimal {
  return scaled(inheritMoneyUnit(figures)[index]!).factor;
}

/** Two figures can be compared: same measure once bare figures inherit a money unit. */
export function sameMeasure(a: Figure, b: Figure): boolean {
  const [x, y] = inheritMoneyUnit([a, b]);
  return measureOf(x!.number, x!.unitHint) === measureOf(y!.number, y!.unitHint);
}
