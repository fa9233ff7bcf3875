import { Decimal } from 'decimal.js';

/**
 * Closed intervals of exact decimals — the one interval type of the reconcile layer.
 *
 * A printed figure stands for every true value that rounds to it: “2392.94” is
 * [2392.935, 2392.945]. Sums add bounds, differences subtract them, quotients take the
 * extremes of the four corner quotients (XBRL Calculations 1.1 as Arelle implements it).
 * Additions and subtractions of decimals are exact; a quotient's low end is rounded down
 * and its high end up, so an interval never claims less than the truth.
 */

/** Enough significant digits for any amount a report prints, and for quotients of them. */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const Floor = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_FLOOR });
const Ceil = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_CEIL });

export type DecimalInput = Decimal | string;

/**
 * An exact decimal from a string as printed (“2392.94”) or another Decimal. Decimals are
 * immutable, so one that is already exact is returned as it is, not copied.
 */
export function dec(v: DecimalInput): Decimal {
  return v instanceof Exact ? v : new Exact(v);
}

const HALF_UNITS = new Map<number, Decimal>();

/** Half a unit of the last printed place: 2 decimals → 0.005, none → 0.5, −4 (亿→万) → 5000. */
export function halfUnit(decimals: number): Decimal {
  let half = HALF_UNITS.get(decimals);
  if (!half) {
    half = new Exact(5).times(new Exact(10).pow(-(decimals + 1)));
    HALF_UNITS.set(decimals, half);
  }
  return half;
}

export class Interval {
  readonly low: Decimal;
  readonly high: Decimal;

  constructor(low: DecimalInput, high: DecimalInput) {
    const lo = dec(low);
    const hi = dec(high);
    if (lo.greaterThan(hi)) throw new RangeError(`interval low ${lo.toFixed()} is above high ${hi.toFixed()}`);
    this.low = lo;
    this.high = hi;
  }

  /** The exact value v, as a zero-width interval. */
  static point(v: DecimalInput): Interval {
    return new Interval(v, v);
  }

  /** [v − half, v + half]. */
  static around(v: DecimalInput, half: DecimalInput): Interval {
    const c = dec(v);
    const h = dec(half).abs();
    return new Interval(c.minus(h), c.plus(h));
  }

  /** The interval a figure printed as `value` with `decimals` decimals stands for. */
  static printed(value: DecimalInput, decimals: number): Interval {
    return Interval.around(value, halfUnit(decimals));
  }

  /** Σ of intervals (an empty sum is exactly 0). */
  static sum(items: readonly Interval[]): Interval {
    return items.reduce((acc, x) => acc.plus(x), Interval.point('0'));
  }

  get isPoint(): boolean {
    return this.low.equals(this.high);
  }

  /** (low + high) / 2 — the value computed from the figures as printed, for sums and differences. */
  get mid(): Decimal {
    return this.low.plus(this.high).dividedBy(2);
  }

  plus(o: Interval): Interval {
    return new Interval(this.low.plus(o.low), this.high.plus(o.high));
  }

  minus(o: Interval): Interval {
    return new Interval(this.low.minus(o.high), this.high.minus(o.low));
  }

  negated(): Interval {
    return new Interval(this.high.negated(), this.low.negated());
  }

  /** Multiplies by an exact factor (×100 for a percentage, ×10000 for 万 → 元). */
  times(factor: DecimalInput): Interval {
    const k = dec(factor);
    const a = this.low.times(k);
    const b = this.high.times(k);
    return a.lessThanOrEqualTo(b) ? new Interval(a, b) : new Interval(b, a);
  }

  /**
   * this ÷ o, or null when o contains zero (the quotient is unbounded: nothing can be
   * said). Bounds are rounded outwards.
   */
  dividedBy(o: Interval): Interval | null {
    if (o.low.lessThanOrEqualTo(0) && o.high.greaterThanOrEqualTo(0)) return null;
    const lows: Decimal[] = [];
    const highs: Decimal[] = [];
    for (const n of [this.low, this.high]) {
      for (const d of [o.low, o.high]) {
        lows.push(new Floor(n).dividedBy(d));
        highs.push(new Ceil(n).dividedBy(d));
      }
    }
    return new Interval(Decimal.min(...lows), Decimal.max(...highs));
  }

  /** Some value lies in both intervals. */
  overlaps(o: Interval): boolean {
    return this.low.lessThanOrEqualTo(o.high) && o.low.lessThanOrEqualTo(this.high);
  }

  /** Some choice of values makes this ≤ o (a partial list may be at most its total). */
  canBeAtMost(o: Interval): boolean {
    return this.low.lessThanOrEqualTo(o.high);
  }

  /** Some choice of values makes this ≥ o. */
  canBeAtLeast(o: Interval): boolean {
    return this.high.greaterThanOrEqualTo(o.low);
  }

  contains(v: DecimalInput): boolean {
    const x = dec(v);
    return this.low.lessThanOrEqualTo(x) && x.lessThanOrEqualTo(this.high);
  }

  /** Rounded outwards to `places` decimals (a quotient's 60-digit ends, shown to a person). */
  outward(places: number): Interval {
    return new Interval(this.low.toDecimalPlaces(places, Decimal.ROUND_FLOOR), this.high.toDecimalPlaces(places, Decimal.ROUND_CEIL));
  }

  /** Both ends as plain decimal strings, trailing zeros trimmed (JSON for Finding.expected). */
  toJSON(): { low: string; high: string } {
    return { low: trim(this.low), high: trim(this.high) };
  }

  /** “[848.855, 848.885]”. */
  toString(): string {
    return `[${trim(this.low)}, ${trim(this.high)}]`;
  }
}

/** A decimal as a plain string without exponent or trailing zeros (“848.870” → “848.87”). */
export function trim(v: Decimal): string {
  const s = v.toFixed();
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Rounds half-up to `decimals` places and prints exactly that many (negative places round to tens, …). */
export function roundTo(v: Decimal, decimals: number): string {
  if (decimals >= 0) return v.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const unit = new Exact(10).pow(-decimals);
  return v.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit).toFixed(0);
}
