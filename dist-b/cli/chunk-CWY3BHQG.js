import {
  toHalfWidth
} from "./chunk-J3VGVYG7.js";
import {
  RegexString,
  loadPatterns
} from "./chunk-4WWM7HSQ.js";
import {
  DecimalString,
  NumberKind
} from "./chunk-LQJ4KFXP.js";

// dist/reconcile/rules/compare.js
import { Decimal as Decimal3 } from "decimal.js";

// dist/reconcile/reading.js
import { Decimal as Decimal2 } from "decimal.js";

// dist/units/units.js
import { z } from "zod";
var UnitsFile = z.object({
  units: z.array(
    z.object({
      unit: z.string().min(1),
      kind: NumberKind,
      factorToWanYuan: z.string().optional(),
      canonical: z.string().optional(),
      /** What the unit measures (money, persons, person-times, area, …); see patterns/units.json. */
      dimension: z.string().min(1)
    })
  )
});
var UNITS = loadPatterns("units.json", UnitsFile).units;
var UNIT_NAMES = UNITS.map((u) => u.unit).sort((a, b) => b.length - a.length);
var UNIT_BY_NAME = new Map(UNITS.map((u) => [u.unit, u]));
function unitInfo(unit) {
  if (!unit) return { unit: null, kind: "plain", factorToWanYuan: null };
  const info = UNIT_BY_NAME.get(unit);
  if (!info) return { unit, kind: "plain", factorToWanYuan: null };
  return { unit: info.canonical ?? info.unit, kind: info.kind, factorToWanYuan: info.factorToWanYuan ?? null };
}
function dimensionOf(unit) {
  if (!unit) return null;
  return UNIT_BY_NAME.get(unit)?.dimension ?? null;
}

// dist/reconcile/interval.js
import { Decimal } from "decimal.js";
var Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
var Floor = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_FLOOR });
var Ceil = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_CEIL });
function dec(v) {
  return v instanceof Exact ? v : new Exact(v);
}
var HALF_UNITS = /* @__PURE__ */ new Map();
function halfUnit(decimals) {
  let half = HALF_UNITS.get(decimals);
  if (!half) {
    half = new Exact(5).times(new Exact(10).pow(-(decimals + 1)));
    HALF_UNITS.set(decimals, half);
  }
  return half;
}
var Interval = class _Interval {
  low;
  high;
  constructor(low, high) {
    const lo = dec(low);
    const hi = dec(high);
    if (lo.greaterThan(hi)) throw new RangeError(`interval low ${lo.toFixed()} is above high ${hi.toFixed()}`);
    this.low = lo;
    this.high = hi;
  }
  /** The exact value v, as a zero-width interval. */
  static point(v) {
    return new _Interval(v, v);
  }
  /** [v − half, v + half]. */
  static around(v, half) {
    const c = dec(v);
    const h = dec(half).abs();
    return new _Interval(c.minus(h), c.plus(h));
  }
  /** The interval a figure printed as `value` with `decimals` decimals stands for. */
  static printed(value, decimals) {
    return _Interval.around(value, halfUnit(decimals));
  }
  /** Σ of intervals (an empty sum is exactly 0). */
  static sum(items) {
    return items.reduce((acc, x) => acc.plus(x), _Interval.point("0"));
  }
  get isPoint() {
    return this.low.equals(this.high);
  }
  /** (low + high) / 2 — the value computed from the figures as printed, for sums and differences. */
  get mid() {
    return this.low.plus(this.high).dividedBy(2);
  }
  plus(o) {
    return new _Interval(this.low.plus(o.low), this.high.plus(o.high));
  }
  minus(o) {
    return new _Interval(this.low.minus(o.high), this.high.minus(o.low));
  }
  negated() {
    return new _Interval(this.high.negated(), this.low.negated());
  }
  /** Multiplies by an exact factor (×100 for a percentage, ×10000 for 万 → 元). */
  times(factor) {
    const k = dec(factor);
    const a = this.low.times(k);
    const b = this.high.times(k);
    return a.lessThanOrEqualTo(b) ? new _Interval(a, b) : new _Interval(b, a);
  }
  /**
   * this ÷ o, or null when o contains zero (the quotient is unbounded: nothing can be
   * said). Bounds are rounded outwards.
   */
  dividedBy(o) {
    if (o.low.lessThanOrEqualTo(0) && o.high.greaterThanOrEqualTo(0)) return null;
    const lows = [];
    const highs = [];
    for (const n of [this.low, this.high]) {
      for (const d of [o.low, o.high]) {
        lows.push(new Floor(n).dividedBy(d));
        highs.push(new Ceil(n).dividedBy(d));
      }
    }
    return new _Interval(Decimal.min(...lows), Decimal.max(...highs));
  }
  /** Some value lies in both intervals. */
  overlaps(o) {
    return this.low.lessThanOrEqualTo(o.high) && o.low.lessThanOrEqualTo(this.high);
  }
  /** Some choice of values makes this ≤ o (a partial list may be at most its total). */
  canBeAtMost(o) {
    return this.low.lessThanOrEqualTo(o.high);
  }
  /** Some choice of values makes this ≥ o. */
  canBeAtLeast(o) {
    return this.high.greaterThanOrEqualTo(o.low);
  }
  contains(v) {
    const x = dec(v);
    return this.low.lessThanOrEqualTo(x) && x.lessThanOrEqualTo(this.high);
  }
  /** Rounded outwards to `places` decimals (a quotient's 60-digit ends, shown to a person). */
  outward(places) {
    return new _Interval(this.low.toDecimalPlaces(places, Decimal.ROUND_FLOOR), this.high.toDecimalPlaces(places, Decimal.ROUND_CEIL));
  }
  /** Both ends as plain decimal strings, trailing zeros trimmed (JSON for Finding.expected). */
  toJSON() {
    return { low: trim(this.low), high: trim(this.high) };
  }
  /** “[848.855, 848.885]”. */
  toString() {
    return `[${trim(this.low)}, ${trim(this.high)}]`;
  }
};
function trim(v) {
  const s = v.toFixed();
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
function roundTo(v, decimals) {
  if (decimals >= 0) return v.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const unit = new Exact(10).pow(-decimals);
  return v.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit).toFixed(0);
}

// dist/reconcile/reading.js
function measureOf(n, unitHint) {
  if (n.kind === "plain" && n.unit == null && unitHint) return unitInfo(unitHint).kind;
  return n.kind;
}
function scaled(f) {
  const n = f.number;
  const measure = measureOf(n, f.unitHint);
  const unit = n.unit ?? (n.kind === "plain" ? f.unitHint ?? null : null);
  const factorText = measure === "money" ? unitInfo(unit).factorToWanYuan : null;
  const { factor, shift } = scaleFactor(factorText ?? "1");
  return {
    measure,
    value: dec(n.value).times(factor),
    decimals: n.decimals + shift,
    printedDecimals: n.decimals,
    factor
  };
}
var FACTORS = /* @__PURE__ */ new Map();
function scaleFactor(text) {
  let known = FACTORS.get(text);
  if (!known) {
    const factor = dec(text);
    known = { factor, shift: decimalShift(factor) };
    FACTORS.set(text, known);
  }
  return known;
}
function decimalShift(factor) {
  if (factor.equals(1)) return 0;
  const exponent = factor.log(10).round();
  if (!dec("10").pow(exponent).equals(factor)) return 0;
  return -exponent.toNumber();
}
function readFigures(figures, reading) {
  const withHints = inheritMoneyUnit(figures);
  const scales = withHints.map(scaled);
  const finest = /* @__PURE__ */ new Map();
  const anyDecimals = /* @__PURE__ */ new Map();
  const unitKey = (s) => `${s.measure}|${s.factor.toFixed()}`;
  scales.forEach((s, i) => {
    if (withHints[i].rounded) return;
    finest.set(unitKey(s), Math.max(finest.get(unitKey(s)) ?? -Infinity, s.decimals));
    if (s.printedDecimals > 0) anyDecimals.set(s.measure, true);
  });
  return scales.map((s, i) => {
    const f = withHints[i];
    return bounded(readOne(f, s), f.bound ?? null);
  });
  function readOne(f, s) {
    if ((f.whole ?? s.measure === "count") && s.printedDecimals === 0) return Interval.point(s.value);
    if (reading === "loose" || f.rounded) return Interval.around(s.value, halfUnit(s.decimals));
    if (!anyDecimals.get(s.measure)) return Interval.point(s.value);
    return Interval.around(s.value, halfUnit(finest.get(unitKey(s)) ?? s.decimals));
  }
}
var UNBOUNDED = dec("1e15");
function bounded(iv, bound) {
  if (bound === "atLeast") return new Interval(iv.low, UNBOUNDED);
  if (bound === "atMost") return new Interval(iv.low.isNegative() ? iv.low : dec("0"), iv.high);
  if (bound === "about") {
    const ends = [iv.low.times("0.9"), iv.low.times("1.1"), iv.high.times("0.9"), iv.high.times("1.1")];
    return new Interval(Decimal2.min(...ends), Decimal2.max(...ends));
  }
  return iv;
}
function pointFigures(figures) {
  return inheritMoneyUnit(figures).map((f) => Interval.point(scaled(f).value));
}
function inheritMoneyUnit(figures) {
  const money = figures.find((f) => measureOf(f.number, f.unitHint) === "money");
  if (!money) return [...figures];
  const unit = money.number.unit ?? money.unitHint ?? null;
  return figures.map((f) => f.number.kind === "plain" && f.number.unit == null && !f.unitHint ? { ...f, unitHint: unit } : f);
}
function factorIn(figures, index) {
  return scaled(inheritMoneyUnit(figures)[index]).factor;
}
function sameMeasure(a, b) {
  const [x, y] = inheritMoneyUnit([a, b]);
  return measureOf(x.number, x.unitHint) === measureOf(y.number, y.unitHint);
}

// dist/reconcile/rule.js
function defineRule(rule) {
  return rule;
}
function formatTerm(t) {
  const unit = t.number.unit;
  const shown = unit === "%" || t.number.kind === "money" && unit !== "\u4E07\u5143" ? unit ?? "" : "";
  return `${t.label} ${t.number.printed}${shown}`;
}
function relationSign(outcome, compare = "eq") {
  if (compare === "atMost") return outcome === "fails" ? "<" : outcome === "loose" ? "\u2272" : "\u2265";
  return outcome === "ties" ? "=" : outcome === "loose" ? "\u2248" : "\u2260";
}
function tieFields(result) {
  return {
    stated: result.stated,
    expected: { value: result.expected, interval: result.interval.outward(result.decimals + 4) },
    difference: result.difference
  };
}

// dist/reconcile/rules/compare.js
var CLAIMED = { 1: ">", "-1": "<", null: "=" };
var compare_default = defineRule({
  meta: {
    id: "compare",
    description: "Words that order two figures (\u51B3\u7B97\u6570\u5927\u4E8E/\u5C0F\u4E8E/\u7B49\u4E8E\u9884\u7B97\u6570, \u6301\u5E73) and stated balances (\u6536\u5165\u603B\u8BA1 = \u652F\u51FA\u603B\u8BA1) agree with the figures.",
    messages: {
      contradicts: {
        zh: "\u201C{{claim}}\u201D\u4E0E\u6570\u636E\u4E0D\u7B26\uFF1A{{actual}}",
        en: "The figures contradict \u201C{{claim}}\u201D: {{actual}}"
      },
      looseOnly: {
        zh: "\u201C{{claim}}\u201D\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u6210\u7ACB",
        en: "The words \u201C{{claim}}\u201D hold only on the loosest reading of rounding"
      },
      ties: { zh: "\u201C{{claim}}\u201D\u4E0E\u6570\u636E\u76F8\u7B26", en: "The figures agree with \u201C{{claim}}\u201D" }
    }
  },
  check(ctx) {
    for (const rel of ctx.relations("compare")) {
      const aFact = ctx.fact(rel.result);
      const bFact = rel.operands[0] ? ctx.fact(rel.operands[0]) : void 0;
      if (!aFact || !bFact || rel.operands.length !== 1) continue;
      const a = ctx.term(aFact, "left");
      const b = ctx.term(bFact, "right");
      if (!sameMeasure(a, b)) continue;
      const same = ([x]) => x ?? null;
      const result = rel.sign === 1 ? ctx.tie({ stated: a, operands: [b], compute: same, compare: "atMost" }) : rel.sign === -1 ? ctx.tie({ stated: b, operands: [a], compute: same, compare: "atMost" }) : ctx.tie({ stated: a, operands: [b], compute: same });
      if (!result) continue;
      const actual = actualOrder(a, b);
      const claimed = CLAIMED[String(rel.sign)];
      const sign = result.outcome === "fails" ? "\u2260" : relationSign(result.outcome);
      ctx.report({
        messageId: result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : "contradicts",
        data: { claim: rel.name, actual: `${formatTerm(a)} ${actual} ${formatTerm(b)}` },
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: `${formatTerm(a)} ${claimed} ${formatTerm(b)} (\u201C${rel.name}\u201D) ${sign === "\u2260" ? "\u2717" : sign}: ${formatTerm(a)} ${actual} ${formatTerm(b)}`,
        stated: a.number.printed,
        expected: null,
        difference: differenceOf(a, b),
        terms: [a, b],
        refs: [rel.id]
      });
    }
  }
});
function actualOrder(a, b) {
  const c = scaled(a).value.comparedTo(scaled(b).value);
  return c > 0 ? ">" : c < 0 ? "<" : "=";
}
function differenceOf(a, b) {
  const sa = scaled(a);
  const d = sa.value.minus(scaled(b).value).dividedBy(sa.factor);
  const places = Math.max(a.number.decimals, b.number.decimals);
  const s = d.toFixed(places, Decimal3.ROUND_HALF_UP);
  return d.greaterThan(0) ? `+${s}` : s;
}

// dist/reconcile/check.js
function tie(spec) {
  const figures = [spec.stated, ...spec.operands];
  const sign = spec.statedSign ?? 1;
  const back = dec("1").dividedBy(factorIn(figures, 0));
  const decimals = displayDecimals(spec);
  const evaluate = (reading) => {
    const [stated2, ...operands] = readFigures(figures, reading);
    const computed = spec.compute(operands);
    if (!computed) return null;
    const signed2 = sign === 1 ? stated2 : stated2.negated();
    const ok = spec.compare === "atMost" ? computed.canBeAtMost(signed2) : computed.overlaps(signed2);
    return { ok, interval: computed.times(back), stated: signed2.times(back) };
  };
  const tight = evaluate("tight");
  const loose = evaluate("loose");
  if (!tight || !loose) return null;
  const [, ...points2] = pointFigures(figures);
  const atPrint = spec.compute(points2);
  if (!atPrint) return null;
  const expectedExact = atPrint.mid.times(back);
  const statedExact = dec(spec.stated.number.value).times(sign);
  const expected = roundTo(expectedExact, decimals);
  const stated = statedExact.toFixed(spec.stated.number.decimals);
  const difference = signed(dec(expected).minus(statedExact), decimals);
  const decided = tight.ok ? tight : loose;
  return {
    outcome: tight.ok ? "ties" : loose.ok ? "loose" : "fails",
    reading: tight.ok ? "tight" : "loose",
    interval: decided.interval,
    statedInterval: decided.stated,
    expected,
    stated,
    difference,
    decimals
  };
}
function displayDecimals(spec) {
  const measure = measureOf(spec.stated.number, spec.stated.unitHint);
  let d = spec.stated.number.decimals;
  for (const f of spec.operands) {
    if (!f.rounded && measureOf(f.number, f.unitHint) === measure) d = Math.max(d, f.number.decimals);
  }
  return d;
}
function signed(v, decimals) {
  const s = roundTo(v, decimals);
  return v.greaterThan(0) ? `+${s}` : s;
}
var sumOf = (xs) => Interval.sum(xs);
var differenceOf2 = ([a, b]) => a && b ? a.minus(b) : null;
var percentOf = ([a, b]) => a && b ? a.dividedBy(b)?.times("100") ?? null : null;
var growthOf = ([a, b]) => a && b ? a.minus(b).dividedBy(b)?.times("100") ?? null : null;

// dist/reconcile/rules/difference.js
var difference_default = defineRule({
  meta: {
    id: "difference",
    description: "A stated change (\u8F83\u4E0A\u5E74\u589E/\u51CF, \u591A/\u5C11, \u6BD4\u2026\u5C11) equals the difference of its figures, with the sign the words give.",
    messages: {
      mismatch: {
        zh: "\u589E\u51CF\u989D\u4E0E\u5176\u6570\u636E\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The stated change does not match its figures (off by {{difference}})"
      },
      wrongSign: {
        zh: "\u589E\u51CF\u65B9\u5411\u4E0E\u6570\u636E\u76F8\u53CD\uFF1A\u5B9E\u9645\u4E3A {{expected}}",
        en: "The change goes the other way: the figures give {{expected}}"
      },
      looseOnly: {
        zh: "\u589E\u51CF\u989D\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E0E\u5176\u6570\u636E\u76F8\u7B26",
        en: "The stated change matches its figures only on the loosest reading of rounding"
      },
      ties: { zh: "\u589E\u51CF\u989D\u4E0E\u5176\u6570\u636E\u76F8\u7B26", en: "The stated change matches its figures" }
    }
  },
  check(ctx) {
    for (const rel of ctx.relations("difference")) {
      const changeFact = ctx.fact(rel.result);
      const [aFact, bFact] = rel.operands.map((id) => ctx.fact(id));
      if (!changeFact || !aFact || !bFact || rel.operands.length !== 2) continue;
      const change = ctx.term(changeFact, "change");
      const a = ctx.term(aFact, "minuend");
      const b = ctx.term(bFact, "subtrahend");
      if (!sameMeasure(change, a) || !sameMeasure(a, b)) continue;
      const sign = rel.sign ?? 1;
      const result = ctx.tie({ stated: change, operands: [a, b], compute: differenceOf2, statedSign: sign });
      if (!result) continue;
      let messageId = result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : "mismatch";
      if (result.outcome === "fails" && rel.sign !== null && !changeFact.number.value.startsWith("-")) {
        const flipped = ctx.tie({ stated: change, operands: [a, b], compute: differenceOf2, statedSign: sign === 1 ? -1 : 1 });
        if (flipped && flipped.outcome !== "fails") messageId = "wrongSign";
      }
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: formulaOf(change, a, b, rel.sign, result),
        ...tieFields(result),
        terms: [change, a, b],
        refs: [rel.id]
      });
    }
  }
});
function formulaOf(change, a, b, sign, result) {
  const stated = sign === null ? formatTerm(change) : `${change.label} ${sign === 1 ? "+" : "\u2212"}${change.number.printed}`;
  const shown = result.outcome === "ties" ? "" : ` = ${result.expected}`;
  return `${stated} ${relationSign(result.outcome)} ${formatTerm(a)} \u2212 ${formatTerm(b)}${shown}`;
}

// dist/patterns/domain.js
import { z as z2 } from "zod";
var IdentitiesFile = z2.object({
  identities: z2.array(
    z2.object({
      id: z2.string().regex(/^[a-z0-9-]+$/, "a kebab-case id"),
      /** The identity in words, shown in findings. */
      name: z2.string().min(1),
      comment: z2.string().optional(),
      /** Canonical labels any of which is the total. */
      total: z2.array(z2.string().min(1)).min(1),
      /** Each part: the canonical labels any of which stands for it. */
      parts: z2.array(z2.array(z2.string().min(1)).min(1)).min(2),
      /** Parts the report leaves out are read as absent (the check is then uncertain). */
      omittable: z2.boolean().default(false)
    })
  ).min(1)
});
var GradesFile = z2.object({
  fullScore: DecimalString,
  bands: z2.array(
    z2.object({
      grade: z2.string().min(1),
      synonyms: z2.array(z2.string().min(1)).default([]),
      /** Lowest score of the band, inclusive; null = no lower bound. */
      min: DecimalString.nullable(),
      /** Score the band stops below, exclusive; null = no upper bound. */
      max: DecimalString.nullable()
    })
  ).min(1)
});
var identities;
var grades;
function loadIdentities() {
  identities ??= loadPatterns("identities.json", IdentitiesFile).identities;
  return identities;
}
function loadGrades() {
  grades ??= loadPatterns("grades.json", GradesFile);
  return grades;
}

// dist/reconcile/rules/score.js
var SELF_SCORE_LABELS = ["\u81EA\u8BC4\u5F97\u5206", "\u7EFC\u5408\u5F97\u5206", "\u603B\u5F97\u5206"];
var score_default = defineRule({
  meta: {
    id: "score",
    description: "Indicator scores: \u5F97\u5206 \u2264 \u5206\u503C; weights add to their group and to 100; scores add to the total; the prose total equals it.",
    messages: {
      scoreOverWeight: {
        zh: "\u5F97\u5206\u8D85\u8FC7\u5206\u503C {{excess}} \u5206",
        en: "A score is above its weight by {{excess}}"
      },
      groupWeights: {
        zh: "\u4E00\u7EA7\u6307\u6807\u201C{{group}}\u201D\u4E0B\u5404\u6307\u6807\u5206\u503C\u4E4B\u548C\u4E0E\u5176\u5206\u503C\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The weights under \u201C{{group}}\u201D do not add to its weight (off by {{difference}})"
      },
      totalWeights: {
        zh: "\u5404\u6307\u6807\u5206\u503C\u4E4B\u548C\u4E0E\u603B\u5206\u503C\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The weights do not add to the total weight (off by {{difference}})"
      },
      totalScores: {
        zh: "\u5404\u6307\u6807\u5F97\u5206\u4E4B\u548C\u4E0E\u603B\u5F97\u5206\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The scores do not add to the total score (off by {{difference}})"
      },
      proseTotal: {
        zh: "\u6B63\u6587\u81EA\u8BC4\u5F97\u5206\u4E0E\u7EE9\u6548\u6307\u6807\u8868\u603B\u5F97\u5206\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The self-assessed score in the text differs from the indicator table (off by {{difference}})"
      },
      looseOnly: {
        zh: "\u5206\u503C/\u5F97\u5206\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u76F8\u7B26",
        en: "Weights or scores tie only on the loosest reading of rounding"
      },
      ties: { zh: "\u5206\u503C/\u5F97\u5206\u76F8\u7B26", en: "Weights and scores tie" }
    }
  },
  check(ctx) {
    const at = cellLocator(ctx);
    const rows = ctx.input.indicators;
    if (rows.length === 0 && ctx.factsLabelled(SELF_SCORE_LABELS).length === 0) return;
    const scored = rows.filter((r) => r.role !== "total");
    const totalRow = rows.find((r) => r.role === "total");
    for (const row of scored) {
      if (!row.weight || !row.score) continue;
      const weight = rowTerm(at, row, row.weight, "weight");
      const score = rowTerm(at, row, row.score, "score");
      const result = ctx.tie({ stated: weight, operands: [score], compute: ([s]) => s, compare: "atMost" });
      if (!result) continue;
      const formula = `${formatTerm(score)} ${result.outcome === "fails" ? ">" : "\u2264"} ${formatTerm(weight)}`;
      report(ctx, "scoreOverWeight", result, formula, [score, weight], [row.id], { excess: result.difference.replace(/^\+/, "") });
    }
    const groups = /* @__PURE__ */ new Map();
    for (const row of scored) {
      if (row.level1 == null || !row.level1Weight) continue;
      groups.set(row.level1, [...groups.get(row.level1) ?? [], row]);
    }
    for (const [group, members] of groups) {
      const first = members[0];
      const stated = { ...rowTerm(at, first, first.level1Weight, "group-weight"), label: squash(group) };
      sumCheck(ctx, "groupWeights", stated, members, "weight", { group: squash(group) });
    }
    const fullScore = loadGrades().fullScore;
    if (scored.length > 0) {
      const totalWeight = totalRow?.weight ? rowTerm(at, totalRow, totalRow.weight, "total-weight") : { ...rowTerm(at, scored[0], points(fullScore), "full-score"), label: "\u6EE1\u5206" };
      sumCheck(ctx, "totalWeights", totalWeight, scored, "weight", {});
      if (totalRow?.score) sumCheck(ctx, "totalScores", rowTerm(at, totalRow, totalRow.score, "total-score"), scored, "score", {});
    }
    for (const fact of ctx.factsLabelled(SELF_SCORE_LABELS)) {
      const prose = ctx.term(fact, "stated-total", { whole: true });
      if (totalRow?.score) {
        const table = rowTerm(at, totalRow, totalRow.score, "total-score");
        const result = ctx.tie({ stated: prose, operands: [table], compute: ([x]) => x });
        if (result) report(ctx, "proseTotal", result, `${formatTerm(prose)} ${relationSign(result.outcome)} ${formatTerm(table)}`, [prose, table], [fact.id, totalRow.id]);
      } else if (scored.some((r) => r.score)) {
        sumCheck(ctx, "proseTotal", prose, scored, "score", {}, [fact.id]);
      }
    }
  }
});
function sumCheck(ctx, messageId, stated, rows, field, data, refs = []) {
  const at = cellLocator(ctx);
  const parts = rows.flatMap((r) => r[field] ? [rowTerm(at, r, r[field], field)] : []);
  if (parts.length === 0) return;
  const result = ctx.tie({ stated, operands: parts, compute: sumOf });
  if (!result) return;
  const shown = result.outcome === "ties" ? "" : ` = ${result.expected}`;
  const formula = `${formatTerm(stated)} ${relationSign(result.outcome)} ${parts.map((p) => p.number.printed).join(" + ")}${shown}`;
  report(ctx, messageId, result, formula, [stated, ...parts], [...refs, ...rows.map((r) => r.id)], data);
}
function report(ctx, messageId, result, formula, terms, refs, data = {}) {
  ctx.report({
    messageId: result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : messageId,
    data,
    outcome: result.outcome,
    formula,
    ...tieFields(result),
    terms,
    refs
  });
}
function rowTerm(at, row, number, role) {
  const name = squash(row.level3 ?? row.level2 ?? row.level1 ?? (row.role === "total" ? "\u603B\u5206" : row.role === "execution" ? "\u9884\u7B97\u6267\u884C\u7387" : "\u6307\u6807"));
  const suffix = role.includes("weight") ? "\u5206\u503C" : role.includes("score") ? "\u5F97\u5206" : "";
  return { number, label: suffix ? `${name}${suffix}` : name, role, location: at(row, number), whole: true };
}
function points(value) {
  return { raw: value, printed: value, value, decimals: 0, unit: "\u5206", kind: "score", wanYuan: null };
}
function squash(s) {
  return s.replace(/[\s\u3000]+/g, "");
}
var locators = /* @__PURE__ */ new WeakMap();
function cellLocator(ctx) {
  const known = locators.get(ctx);
  if (known) return known;
  const byRow = /* @__PURE__ */ new Map();
  for (const f of ctx.facts) {
    if (f.location.table === null) continue;
    const key = `${f.location.table}:${f.location.row}`;
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const at = (row, number) => {
    const cells = byRow.get(`${row.location.table ?? row.location.block}:${row.location.row}`) ?? [];
    return cells.find((f) => f.number.raw === number.raw && f.number.value === number.value)?.location ?? row.location;
  };
  locators.set(ctx, at);
  return at;
}

// dist/reconcile/rules/grade.js
var grade_default = defineRule({
  meta: {
    id: "grade",
    description: "The stated \u8BC4\u4EF7\u7B49\u7EA7 (\u4F18/\u826F/\u4E2D/\u5DEE) fits the score band of the stated score (patterns/grades.json).",
    messages: {
      mismatch: {
        zh: "\u8BC4\u4EF7\u7B49\u7EA7\u4E0E\u5F97\u5206\u4E0D\u7B26\uFF1A{{score}}\u5206\u5BF9\u5E94\u201C{{expected}}\u201D",
        en: "The grade does not fit the score: {{score}} points is \u201C{{expected}}\u201D"
      },
      looseOnly: {
        zh: "\u8BC4\u4EF7\u7B49\u7EA7\u4EC5\u5728\u5F97\u5206\u6309\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u65F6\u76F8\u7B26",
        en: "The grade fits the score only on the loosest reading of rounding"
      },
      ties: { zh: "\u8BC4\u4EF7\u7B49\u7EA7\u4E0E\u5F97\u5206\u76F8\u7B26", en: "The grade fits the score" }
    }
  },
  check(ctx) {
    const stated = ctx.input.meta.grade;
    if (!stated) return;
    const { bands } = loadGrades();
    const text = stated.text.replace(/[\s\u3000]+/g, "");
    const band = bands.find((b) => b.grade === text || b.synonyms.includes(text));
    if (!band) return;
    const scoreTerms = scoreSource(ctx);
    if (scoreTerms.length === 0) return;
    const read = (reading) => Interval.sum(readFigures(scoreTerms, reading));
    const tight = read("tight");
    const loose = read("loose");
    const outcome = inside(tight, band) ? "ties" : touches(loose, band) ? "loose" : "fails";
    const point = Interval.sum(scoreTerms.map((t) => Interval.point(t.number.value))).low;
    const fitting = bands.find((b) => inside(Interval.point(point), b));
    const scoreText = trim(point);
    const scoreLabel = scoreTerms.length === 1 ? formatTerm(scoreTerms[0]) : `\u5F97\u5206\u5408\u8BA1 ${scoreText}`;
    const gradeNumber = { raw: stated.text, printed: stated.text, value: "0", decimals: 0, unit: null, kind: "plain", wanYuan: null };
    const gradeTerm = { number: gradeNumber, label: "\u8BC4\u4EF7\u7B49\u7EA7", role: "grade", location: stated.location };
    const sign = outcome === "ties" ? "\u2208" : outcome === "loose" ? "\u2248" : "\u2209";
    ctx.report({
      messageId: outcome === "ties" ? "ties" : outcome === "loose" ? "looseOnly" : "mismatch",
      data: { score: scoreText },
      outcome,
      formula: `${scoreLabel} ${sign} \u8BC4\u4EF7\u7B49\u7EA7 ${stated.text}\uFF08${describe(band)}\uFF09`,
      stated: stated.text,
      expected: { value: fitting?.grade ?? "", interval: outcome === "ties" ? tight : loose },
      difference: null,
      terms: [gradeTerm, ...scoreTerms],
      refs: []
    });
  }
});
function scoreSource(ctx) {
  const prose = ctx.factsLabelled(SELF_SCORE_LABELS)[0];
  if (prose) return [ctx.term(prose, "score", { whole: true })];
  const rows = ctx.input.indicators;
  const total = rows.find((r) => r.role === "total" && r.score);
  if (total?.score) return [{ number: total.score, label: "\u603B\u5F97\u5206", role: "score", location: total.location, whole: true }];
  return rows.flatMap(
    (r) => r.role !== "total" && r.score ? [{ number: r.score, label: `${r.level3 ?? r.level2 ?? "\u6307\u6807"}\u5F97\u5206`, role: "score", location: r.location, whole: true }] : []
  );
}
function inside(iv, band) {
  return (band.min == null || iv.low.greaterThanOrEqualTo(band.min)) && (band.max == null || iv.high.lessThan(band.max));
}
function touches(iv, band) {
  return (band.min == null || iv.high.greaterThanOrEqualTo(band.min)) && (band.max == null || iv.low.lessThan(band.max));
}
function describe(band) {
  if (band.min != null && band.max != null) return `${band.min} \u2264 \u5F97\u5206 < ${band.max}`;
  if (band.min != null) return `\u5F97\u5206 \u2265 ${band.min}`;
  return `\u5F97\u5206 < ${dec(band.max ?? "0").toFixed()}`;
}

// dist/reconcile/rules/growth.js
var growth_default = defineRule({
  meta: {
    id: "growth",
    description: "A stated year-on-year rate (\u589E\u957F/\u4E0B\u964D x%) equals the change over the base year its figures give, in the direction its words say.",
    messages: {
      mismatch: {
        zh: "\u589E\u957F\u7387\u4E0E\u5176\u6570\u636E\u4E0D\u7B26\uFF1A\u5E94\u4E3A {{expected}}%\uFF0C\u76F8\u5DEE {{difference}} \u4E2A\u767E\u5206\u70B9",
        en: "The year-on-year rate does not match its figures: they give {{expected}}% (off by {{difference}} points)"
      },
      wrongDirection: {
        zh: "\u589E\u51CF\u65B9\u5411\u4E0E\u6570\u636E\u76F8\u53CD\uFF1A\u6570\u636E\u7ED9\u51FA {{expected}}%",
        en: "The rate goes the other way: the figures give {{expected}}%"
      },
      looseOnly: {
        zh: "\u589E\u957F\u7387\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E0E\u5176\u6570\u636E\u76F8\u7B26",
        en: "The year-on-year rate matches its figures only on the loosest reading of rounding"
      },
      ties: { zh: "\u589E\u957F\u7387\u4E0E\u5176\u6570\u636E\u76F8\u7B26", en: "The year-on-year rate matches its figures" }
    }
  },
  check(ctx) {
    for (const rel of ctx.relations("rate")) {
      if (rel.formula !== "growth" && rel.formula !== "change-over-base") continue;
      const rateFact = ctx.fact(rel.result);
      const [aFact, bFact] = rel.operands.map((id) => ctx.fact(id));
      if (!rateFact || !aFact || !bFact || rel.operands.length !== 2) continue;
      if (rateFact.number.kind !== "percent" && rateFact.number.kind !== "plain") continue;
      const overBase = rel.formula === "change-over-base";
      const changeSign = overBase ? signOfChange(ctx, bFact) : 1;
      if (changeSign === null) continue;
      const rate = { ...ctx.term(rateFact, "rate"), rounded: true };
      const a = ctx.term(aFact, "current");
      const b = ctx.term(bFact, overBase ? "change" : "base");
      if (!sameMeasure(a, b)) continue;
      const compute = overBase ? changeOverBase(changeSign) : growthOf;
      const sign = rel.sign ?? 1;
      const result = ctx.tie({ stated: rate, operands: [a, b], compute, statedSign: sign });
      if (!result) continue;
      let messageId = result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : "mismatch";
      if (result.outcome === "fails" && rel.sign !== null && !rateFact.number.value.startsWith("-")) {
        const flipped = ctx.tie({ stated: rate, operands: [a, b], compute, statedSign: sign === 1 ? -1 : 1 });
        if (flipped && flipped.outcome !== "fails") messageId = "wrongDirection";
      }
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: formulaOf2(rate, a, b, overBase, changeSign, result.stated, result.outcome, result.expected),
        ...tieFields(result),
        terms: [rate, a, b],
        refs: [rel.id]
      });
    }
  }
});
function signOfChange(ctx, change) {
  const diff = ctx.relations("difference").find((r) => r.result === change.id);
  if (diff?.sign) return diff.sign;
  return change.number.value.startsWith("-") ? -1 : null;
}
function changeOverBase(changeSign) {
  return ([current, change]) => {
    if (!current || !change) return null;
    const signed2 = changeSign === 1 ? change : change.negated();
    return signed2.dividedBy(current.minus(signed2))?.times("100") ?? null;
  };
}
function formulaOf2(rate, a, b, overBase, changeSign, stated, outcome, expected) {
  const expression = overBase ? `${changeSign === 1 ? "+" : "\u2212"}${b.number.printed} \xF7 (${formatTerm(a)} ${changeSign === 1 ? "\u2212" : "+"} ${formatTerm(b)})` : `(${formatTerm(a)} \u2212 ${formatTerm(b)}) \xF7 ${formatTerm(b)}`;
  return `${rate.label} ${stated}% ${relationSign(outcome)} ${expression} = ${expected}%`;
}

// dist/extract/key.js
import { z as z5 } from "zod";

// dist/extract/numbers.js
import { Decimal as Decimal4 } from "decimal.js";
import { z as z3 } from "zod";
var NUMBER_BODY = String.raw`([-−–+]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
var WHOLE = new RegExp(String.raw`^\s*${NUMBER_BODY}\s*(\S*?)\s*$`);
function makeNumber(raw, sign, intPart, fraction, unit) {
  const negative = sign === "-" || sign === "\u2212" || sign === "\u2013";
  const digits = intPart.replace(/,/g, "");
  const printed = `${negative ? "-" : ""}${digits}${fraction !== void 0 ? "." + fraction : ""}`;
  const value = new Decimal4(printed);
  const u = unitInfo(unit);
  return {
    raw,
    printed,
    value: value.toFixed(fraction?.length ?? 0),
    decimals: fraction?.length ?? 0,
    unit: u.unit,
    kind: u.kind,
    wanYuan: u.factorToWanYuan ? value.times(u.factorToWanYuan).toFixed() : null
  };
}
function parseNumber(raw, unitHint = null) {
  const half = toHalfWidth(raw);
  const m = WHOLE.exec(half);
  if (!m) return null;
  const [, sign = "", intPart = "", fraction, suffix = ""] = m;
  let unit = null;
  if (suffix !== "") {
    if (!UNIT_BY_NAME.has(suffix)) return null;
    unit = suffix;
  } else {
    unit = unitHint;
  }
  return makeNumber(raw.trim(), sign === "+" ? "" : sign, intPart, fraction, unit);
}
var NotAmountsFile = z3.object({
  patterns: z3.array(z3.object({ id: z3.string().min(1), regex: RegexString, comment: z3.string().min(1) }))
});
var QualifiersFile = z3.object({
  before: z3.array(z3.string().min(1)),
  between: z3.array(z3.string().min(1)),
  after: z3.array(z3.string().min(1)),
  bounds: z3.object({
    atLeast: z3.array(z3.string().min(1)),
    atMost: z3.array(z3.string().min(1)),
    about: z3.array(z3.string().min(1))
  })
});
var NOT_AMOUNTS = loadPatterns("not-amounts.json", NotAmountsFile).patterns.map((p) => ({
  id: p.id,
  regex: new RegExp(p.regex, "gu")
}));
var QUALIFIERS = loadPatterns("qualifiers.json", QualifiersFile);
function qualifierBound(word) {
  if (!word) return null;
  const b = QUALIFIERS.bounds;
  return b.atLeast.includes(word) ? "atLeast" : b.atMost.includes(word) ? "atMost" : b.about.includes(word) ? "about" : null;
}
var byLength = (xs) => [...xs].sort((a, b) => b.length - a.length);
var Q_BEFORE = byLength(QUALIFIERS.before);
var Q_BETWEEN = byLength(QUALIFIERS.between);
var Q_AFTER = byLength(QUALIFIERS.after);
var MULTIPLIERS = ["\u4E07", "\u4EBF", "\u5343"];
var FULL_WIDTH_FIGURE = /[\uff05-\uff19]/;
var FULL_WIDTH_NOT_COMMA = /[\uff05-\uff0b\uff0d-\uff19]/;
function scanText(text) {
  if (!FULL_WIDTH_NOT_COMMA.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\uFF0C") {
      const fw = (c) => c !== void 0 && c >= "\uFF10" && c <= "\uFF19";
      out += fw(text[i - 1]) && fw(text[i + 1]) ? "," : ch;
    } else out += FULL_WIDTH_FIGURE.test(ch) ? toHalfWidth(ch) : ch;
  }
  return out;
}
function notAmountSpans(text) {
  const half = scanText(text);
  const spans = [];
  for (const { id, regex } of NOT_AMOUNTS) {
    regex.lastIndex = 0;
    for (const m of half.matchAll(regex)) {
      if (m[0].length > 0) spans.push({ id, start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
var FIGURE = /(?<![\d.])([-−])?(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.(\d+))?/g;
var SPACE = /^[ \u00a0\u3000]{0,2}/;
function startsWithAny(text, at, words) {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}
var SPACED_UNITS = UNIT_NAMES.filter((u) => [...u].length > 1).map((unit) => ({
  unit,
  regex: new RegExp(`^${[...unit].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[ \\t\\u3000]+")}`, "u")
}));
function spacedUnit(text, pos) {
  const rest = text.slice(pos, pos + 16);
  for (const { unit, regex } of SPACED_UNITS) {
    const m = regex.exec(rest);
    if (m) return { unit, length: m[0].length };
  }
  return null;
}
function findNumbers(text) {
  const half = scanText(text);
  const excluded = notAmountSpans(text);
  const found = [];
  FIGURE.lastIndex = 0;
  for (const m of half.matchAll(FIGURE)) {
    const [all, sign = "", intPart = "", fraction] = m;
    let start = m.index;
    const digitsEnd = start + all.length;
    let signed2 = sign;
    if (sign && start > 0 && /[\dA-Za-z]/.test(half[start - 1])) {
      signed2 = "";
      start += sign.length;
    }
    if (excluded.some((x) => x.start < digitsEnd && x.end > start)) continue;
    let pos = digitsEnd + (SPACE.exec(half.slice(digitsEnd))?.[0].length ?? 0);
    let qualifier = null;
    const between = startsWithAny(half, pos, Q_BETWEEN);
    let unit = startsWithAny(half, pos + (between?.length ?? 0), UNIT_NAMES);
    let unitLength = unit?.length ?? 0;
    if (!unit && !/[\d,.][ \t\u3000]+$/u.test(half.slice(Math.max(0, start - 3), start))) {
      const spaced = spacedUnit(half, pos + (between?.length ?? 0));
      if (spaced) [unit, unitLength] = [spaced.unit, spaced.length];
    }
    let multiplied = false;
    if (unit) {
      qualifier = between;
      pos += (between?.length ?? 0) + unitLength;
    } else {
      const mult = startsWithAny(half, pos, MULTIPLIERS);
      if (mult) {
        const q = startsWithAny(half, pos + mult.length, Q_BETWEEN);
        const base = startsWithAny(half, pos + mult.length + (q?.length ?? 0), UNIT_NAMES);
        if (!base || UNIT_BY_NAME.get(base)?.kind === "count") {
          unit = mult + (base ?? "");
          multiplied = true;
          qualifier = q;
          pos += mult.length + (q?.length ?? 0) + (base?.length ?? 0);
        }
      }
      if (!unit && between && !/[\d\u4e00-\u9fa5]/.test(half[pos + between.length] ?? "")) {
        qualifier = between;
        pos += between.length;
      } else if (!unit) {
        pos = digitsEnd;
      }
    }
    const figureEnd = pos;
    const after = startsWithAny(half, pos, Q_AFTER);
    if (after && !qualifier) {
      qualifier = after;
      pos += after.length;
    }
    const before = Q_BEFORE.find((w) => half.endsWith(w, start));
    if (before && !qualifier) qualifier = before;
    const raw = text.slice(start, figureEnd).trim();
    let number = makeNumber(raw, signed2 === "" ? "" : "-", intPart, fraction, unit);
    if (multiplied) number = { ...number, kind: unit && unit.length > 1 ? "count" : "plain" };
    found.push({ start, end: figureEnd, number, qualifier });
  }
  return found;
}

// dist/extract/table/patterns.js
import { z as z4 } from "zod";
var RegexString2 = z4.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, "a valid regular expression");
var TableHeadersFile = z4.object({
  headerWords: z4.object({ value: z4.array(RegexString2), weak: z4.array(RegexString2), other: z4.array(RegexString2) }),
  columnKinds: z4.object({
    rules: z4.array(z4.object({ kind: z4.enum(["label", "index", "code", "text"]), regex: RegexString2 }))
  }),
  dims: z4.object({ year: RegexString2, kinds: z4.array(z4.string().min(1)) }),
  captionDims: z4.object({ kinds: z4.array(z4.object({ regex: RegexString2, kind: z4.string().min(1) })) }),
  columnUnits: z4.object({ rules: z4.array(z4.object({ regex: RegexString2, unit: z4.string().min(1) })) }),
  units: z4.object({ caption: z4.string(), parenthesised: z4.string().includes("UNIT") }),
  indexRow: z4.object({ regex: RegexString2 }),
  totals: z4.object({
    rules: z4.array(z4.object({ regex: RegexString2, role: z4.enum(["total", "subtotal"]), rank: z4.number().int().positive() }))
  }),
  breakdown: z4.object({ prefix: RegexString2 }),
  groupRow: z4.object({ suffix: RegexString2 }),
  ellipsis: z4.object({ regex: RegexString2 }),
  numbering: z4.object({ styles: z4.array(z4.object({ id: z4.string().min(1), regex: RegexString2 })) }),
  placeholders: z4.object({ regex: RegexString2 }),
  comparators: z4.object({
    prefixes: z4.array(z4.object({ text: z4.string().min(1), symbol: z4.string().min(1) })),
    suffixes: z4.array(z4.object({ text: z4.string().min(1), symbol: z4.string().min(1) }))
  }),
  labelledCell: z4.object({
    colon: z4.string().includes("NUMBER"),
    parenthesised: z4.string().includes("NUMBER"),
    groupSuffix: RegexString2
  }),
  rates: z4.object({
    rules: z4.array(
      z4.object({
        rate: z4.array(z4.string().min(1)).min(1),
        numerator: z4.array(z4.string().min(1)).min(1),
        denominator: z4.array(z4.string().min(1)).min(1)
      })
    )
  }),
  indicatorColumns: z4.object({
    level1: RegexString2,
    level2: RegexString2,
    level3: RegexString2,
    target: RegexString2,
    actual: RegexString2,
    weight: RegexString2,
    score: RegexString2,
    note: RegexString2,
    executionRate: RegexString2
  })
});
var FILE = loadPatterns("table-headers.json", TableHeadersFile);
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var UNIT_ALT = UNIT_NAMES.map(escape).join("|");
var NUMBER_SRC = String.raw`[-−–+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−–+]?\d+(?:\.\d+)?`;
var TABLE_PATTERNS = {
  valueHeader: FILE.headerWords.value.map((s) => new RegExp(s)),
  weakHeader: FILE.headerWords.weak.map((s) => new RegExp(s)),
  otherHeader: FILE.headerWords.other.map((s) => new RegExp(s)),
  columnKinds: FILE.columnKinds.rules.map((r) => ({ kind: r.kind, regex: new RegExp(r.regex) })),
  year: new RegExp(FILE.dims.year),
  kinds: [...FILE.dims.kinds].sort((a, b) => b.length - a.length),
  captionKinds: FILE.captionDims.kinds.map((k) => ({ regex: new RegExp(k.regex), kind: k.kind })),
  columnUnits: FILE.columnUnits.rules.map((r) => ({ regex: new RegExp(r.regex), unit: r.unit })),
  captionUnit: new RegExp(`${FILE.units.caption}(${UNIT_ALT})`),
  parenUnit: new RegExp(FILE.units.parenthesised.replace("UNIT", `(${UNIT_ALT})`)),
  indexRow: new RegExp(FILE.indexRow.regex),
  totals: FILE.totals.rules.map((r) => ({ regex: new RegExp(r.regex), role: r.role, rank: r.rank })),
  breakdown: new RegExp(FILE.breakdown.prefix),
  groupRow: new RegExp(FILE.groupRow.suffix),
  ellipsis: new RegExp(FILE.ellipsis.regex),
  numbering: FILE.numbering.styles.map((s) => ({ id: s.id, regex: new RegExp(s.regex) })),
  placeholder: new RegExp(FILE.placeholders.regex),
  comparatorPrefixes: [...FILE.comparators.prefixes].sort((a, b) => b.text.length - a.text.length),
  comparatorSuffixes: [...FILE.comparators.suffixes].sort((a, b) => b.text.length - a.text.length),
  /** Labelled cells; flag `d` gives the group positions (label, figure). */
  labelledColon: new RegExp(FILE.labelledCell.colon.replace("NUMBER", `(?:${NUMBER_SRC})\\s*(?:${UNIT_ALT})?`), "d"),
  labelledParen: new RegExp(
    FILE.labelledCell.parenthesised.replace("NUMBER", `(?:${NUMBER_SRC})`).replace("UNIT", `(?:${UNIT_ALT})`),
    "d"
  ),
  groupCell: new RegExp(FILE.labelledCell.groupSuffix),
  rates: FILE.rates.rules,
  indicator: Object.fromEntries(
    Object.entries(FILE.indicatorColumns).map(([k, v]) => [k, new RegExp(v)])
  )
};

// dist/extract/table/text.js
var WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
function charWidth(ch) {
  return WIDE.test(ch) ? 2 : 1;
}
function textWidth(s) {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}
function indentWidth(s) {
  let w = 0;
  for (const ch of s) {
    if (ch === " " || ch === "\xA0") w += 1;
    else if (ch === "\u3000") w += 2;
    else if (ch === "	") w += 4;
    else break;
  }
  return w;
}
function squash2(s) {
  return s.replace(/[\s\u3000]+/g, "");
}
function oneLine(s) {
  return s.trim().replace(/\s*\n\s*/g, (m, offset, all) => {
    const before = all[offset - 1] ?? "";
    const after = all[offset + m.length] ?? "";
    return WIDE.test(before) || WIDE.test(after) ? "" : " ";
  }).replace(/[ \t\u00a0\u3000]+/g, " ");
}
function rowMarker(text) {
  let rest = oneLine(text);
  let style = null;
  let numbering = null;
  let markerWidth = 0;
  const readNumbering = () => {
    for (const s of TABLE_PATTERNS.numbering) {
      const m = s.regex.exec(rest);
      if (m) {
        style = s.id;
        numbering = m[0].trim();
        markerWidth += textWidth(m[0]);
        rest = rest.slice(m[0].length);
        return;
      }
    }
  };
  readNumbering();
  let breakdown = false;
  const b = TABLE_PATTERNS.breakdown.exec(rest);
  if (b && b[0] !== "" && rest.length > b[0].length) {
    breakdown = true;
    markerWidth += textWidth(b[0]);
    rest = rest.slice(b[0].length);
    if (style === null) readNumbering();
  }
  const label = rest.replace(/[：:]\s*$/, "").trim();
  return { style, numbering, breakdown, label, markerWidth };
}

// dist/extract/key.js
var ScopesFile = z5.object({
  scopes: z5.array(z5.object({ scope: z5.string().min(1), words: z5.array(z5.string().min(1)).min(1) })),
  wholeFunds: z5.object({ scope: z5.string().min(1), captions: z5.array(z5.string().min(1)) }),
  periods: z5.array(z5.object({ period: z5.string().min(1), words: z5.array(z5.string().min(1)).min(1) })),
  bases: z5.array(z5.object({ basis: z5.string().min(1), words: z5.array(z5.string().min(1)).min(1) })),
  unitNamesComment: z5.string(),
  unitNames: z5.array(z5.string().min(1)),
  spends: z5.object({
    kinds: z5.array(z5.object({ spend: z5.string().min(1), words: z5.array(z5.string().min(1)).min(1) })),
    all: z5.object({ spend: z5.string().min(1), captions: z5.array(z5.string().min(1)) })
  })
});
var SCOPES = loadPatterns("scopes.json", ScopesFile);
var WHOLE_FUNDS_SCOPE = SCOPES.wholeFunds.scope;
function scopeIn(text) {
  if (!text) return null;
  return SCOPES.scopes.find((s) => s.words.some((w) => text.includes(w)))?.scope ?? null;
}
function captionScope(caption) {
  if (!caption) return null;
  const text = squash2(caption);
  return scopeIn(text) ?? (SCOPES.wholeFunds.captions.some((c) => text.includes(c)) ? SCOPES.wholeFunds.scope : null);
}
function captionSpend(caption) {
  if (!caption) return null;
  const text = squash2(caption);
  const kind = SCOPES.spends.kinds.find((k) => k.words.some((w) => text.includes(w)))?.spend;
  if (kind) return kind;
  return SCOPES.spends.all.captions.some((c) => text.includes(c)) ? SCOPES.spends.all.spend : null;
}
function periodIn(text) {
  return SCOPES.periods.find((p) => p.words.some((w) => text.includes(w)))?.period ?? null;
}
function basisIn(text) {
  return SCOPES.bases.find((b) => b.words.some((w) => text.includes(w)))?.basis ?? null;
}
function dimensionOfFact(f) {
  const n = f.number;
  return dimensionOf(n.unit) ?? (n.kind === "plain" ? "plain" : n.kind);
}
function assignKeys(facts, tables) {
  const byBlock = new Map(tables.map((t) => [t.block, t]));
  const unitsOf = /* @__PURE__ */ new Map();
  for (const chain of pageChains(tables)) {
    const byName = labelUnderTwo(chain, namesUnit);
    let carried = null;
    for (const t of chain) {
      const units = unitsByRow(t, carried, byName);
      unitsOf.set(t, units);
      carried = [...units.values()].at(-1) ?? null;
    }
  }
  const unitAt = (t, row) => unitsOf.get(t)?.get(row) ?? null;
  const rowsOf = /* @__PURE__ */ new Map();
  const rowIn = (t, row) => {
    let rows = rowsOf.get(t);
    if (!rows) {
      rows = new Map(t.rows.map((r) => [r.row, r]));
      rowsOf.set(t, rows);
    }
    return rows.get(row);
  };
  for (const f of facts) {
    const table = f.location.table !== null ? byBlock.get(f.location.table) : void 0;
    f.key = table ? tableKey(f, table, f.location.row !== null ? rowIn(table, f.location.row) : void 0, rowIn) : proseKey(f);
    if (table && f.location.row !== null) f.key.unit = unitAt(table, f.location.row);
  }
}
function proseKey(f) {
  const words = squash2(f.rawLabel);
  return {
    measure: f.label,
    year: f.dims.year ?? null,
    period: f.dims.yearRef ?? periodIn(words),
    basis: f.dims.kind ?? basisIn(words),
    scope: scopeIn(words),
    spend: null,
    unit: null,
    dimension: dimensionOfFact(f),
    column: null,
    parent: null,
    columnOnly: false
  };
}
function tableKey(f, table, row, rowIn) {
  const band = row?.band !== void 0 ? table.bands?.[row.band] : void 0;
  const columns = band?.columns ?? table.columns;
  const column = columns.find((c) => c.col === f.location.col);
  const columnText = squash2(column?.label ?? "");
  const parent = row?.parent != null ? rowIn(table, row.parent) : void 0;
  return {
    measure: f.label,
    year: f.dims.year ?? null,
    period: f.dims.yearRef ?? (periodIn(columnText) || null),
    basis: f.dims.kind ?? null,
    scope: scopeIn(columnText) ?? captionScope(band?.caption) ?? captionScope(table.caption),
    spend: captionSpend(band?.caption) ?? captionSpend(table.caption),
    unit: null,
    dimension: dimensionOfFact(f),
    column: f.dims.column ?? (columnText || null),
    parent: parent ? squash2(parent.label) : null,
    columnOnly: row !== void 0 && squash2(row.label) === ""
  };
}
var BARE_TOTAL = /^(?:合计|总计|小计)$/u;
var UNIT_COLUMN = /^(?:预算|部门)?单位(?:名称)?$|^部门（单位）名称$/u;
var UNIT_NAME = new RegExp(`(?:${SCOPES.unitNames.join("|")})(?:\uFF08\u672C\u7EA7\uFF09|\\(\u672C\u7EA7\\))?$`, "u");
function unitsByRow(table, carried, byName) {
  const out = /* @__PURE__ */ new Map();
  const unitCols = unitColumns(table);
  let unit = carried;
  for (const r of table.rows) {
    if (r.role === "header") continue;
    const named = r.values.find((v) => unitCols.has(v.col) && v.number === null && squash2(v.text) !== "");
    if (named) unit = BARE_TOTAL.test(squash2(named.text)) ? null : squash2(named.text);
    else if (unitCols.size === 0 && byName && namesUnit(r, table)) unit = squash2(r.label);
    else if (r.role === "total" && unitCols.size === 0) unit = null;
    if (unit !== null) out.set(r.row, unit);
  }
  return out;
}
function unitColumns(table) {
  const out = /* @__PURE__ */ new Set();
  for (const band of table.bands ?? []) {
    for (const c of band.columns) if (UNIT_COLUMN.test(squash2(c.label)) && !band.labelCols.every((l) => l === c.col)) out.add(c.col);
  }
  return out;
}
function namesUnit(r, table) {
  if (!UNIT_NAME.test(squash2(r.label)) || unitColumns(table).size > 0) return false;
  const codeCols = new Set((table.bands ?? []).flatMap((b) => b.columns.filter((c) => c.kind === "code").map((c) => c.col)));
  return !r.values.some((v) => codeCols.has(v.col) && /\d/.test(v.text));
}
function pageChains(tables) {
  const chains = [];
  let last = null;
  for (const t of [...tables].sort((a, b) => a.block - b.block)) {
    const caption = squash2(t.caption ?? "");
    const goesOn = last !== null && (last.block === t.block - 1 || caption !== "" && last.caption === caption);
    if (goesOn) chains.at(-1).push(t);
    else chains.push([t]);
    last = { block: t.block, caption };
  }
  return chains;
}
function labelUnderTwo(tables, heads) {
  const spanOf = /* @__PURE__ */ new Map();
  let span = 0;
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.role === "header") continue;
      if (heads(r, t) || r.role === "total") {
        span++;
        continue;
      }
      const label = squash2(r.label);
      if (label === "" || !r.values.some((v) => v.number)) continue;
      const seen = spanOf.get(label);
      if (seen === void 0) spanOf.set(label, span);
      else if (seen !== span) return true;
    }
  }
  return false;
}
function keyString(k) {
  return [k.measure, k.dimension, k.year ?? "?", k.period ?? "?", k.basis ?? "?", k.scope ?? "?", k.spend ?? "?", k.unit ?? "?", k.column ?? "?", k.parent ?? "?"].join("|");
}

// dist/reconcile/table-relations.js
var FIGURE_ROLES = /* @__PURE__ */ new Set(["total", "subtotal", "breakdown", "item"]);
function deriveTableRelations(input, factsById) {
  const covered = new Set(input.relations.filter((r) => r.kind === "sum").map((r) => r.result));
  const indicatorTables = /* @__PURE__ */ new Set();
  for (const row of input.indicators) {
    indicatorTables.add(row.location.table ?? row.location.block);
  }
  const extracted = /* @__PURE__ */ new Set();
  for (const r of input.relations) {
    if (r.source !== "table") continue;
    const t = factsById.get(r.result)?.location.table;
    if (t !== null && t !== void 0) extracted.add(t);
  }
  const out = { relations: [], facts: [] };
  for (const table of input.tables) {
    if (indicatorTables.has(table.block) || extracted.has(table.block)) continue;
    deriveForTable(input, table, factsById, covered, out);
  }
  return out;
}
function deriveForTable(input, table, factsById, covered, out) {
  const rows = table.rows.filter((r) => FIGURE_ROLES.has(r.role));
  const children = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (r.parent == null) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const topLevel = rows.filter((r) => r.parent == null && (r.role === "item" || r.role === "subtotal"));
  for (const parent of rows) {
    const kids = children.get(parent.row);
    const parts = kids ?? (parent.role === "total" ? topLevel.filter((r) => r !== parent) : []);
    if (parts.length === 0) continue;
    const partial = kids !== void 0 && kids.some((k) => k.role === "breakdown");
    const name = parent.role === "total" ? "\u5408\u8BA1" : parent.role === "subtotal" ? "\u5C0F\u8BA1" : kids?.some((k) => k.role === "breakdown") ? "\u5176\u4E2D" : "\u5206\u9879";
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
        kind: "sum",
        name,
        result: result.id,
        operands,
        partial,
        sign: null,
        source: "table",
        inferred: false,
        location: result.location
      });
    }
  }
}
function cellFact(input, table, row, value, factsById, out) {
  const known = value.fact ? factsById.get(value.fact) : void 0;
  if (known) return known;
  const id = `${table.id}:r${row.row}c${value.col}`;
  const made = out.facts.find((f) => f.id === id);
  if (made) return made;
  const fact = {
    id,
    label: row.label.replace(/[\s\u3000]+/g, ""),
    rawLabel: row.label,
    number: value.number,
    source: "table",
    dims: table.columns.find((c) => c.col === value.col)?.dims ?? {},
    location: cellLocation(input, table, row.row, value)
  };
  out.facts.push(fact);
  return fact;
}
function cellLocation(input, table, row, value) {
  const block = input.document.blocks[table.block];
  const cell = block?.kind === "table" ? block.cells.find((c) => c.row === row && c.col === value.col) : void 0;
  return {
    block: table.block,
    page: cell?.page ?? block?.page ?? null,
    span: cell?.span ?? null,
    section: table.section,
    table: table.block,
    row,
    col: value.col,
    quote: cell?.text ?? value.text
  };
}

// dist/reconcile/context.js
function indexReport(input) {
  const byId = new Map(input.facts.map((f) => [f.id, f]));
  const derived = deriveTableRelations(input, byId);
  for (const f of derived.facts) byId.set(f.id, f);
  const facts = [...input.facts, ...derived.facts];
  const byLabel = /* @__PURE__ */ new Map();
  for (const f of facts) {
    const list = byLabel.get(f.label) ?? [];
    list.push(f);
    byLabel.set(f.label, list);
  }
  return { input, facts, byId, byLabel, relations: [...input.relations, ...derived.relations] };
}
function createContext(index, sink) {
  return {
    input: index.input,
    facts: index.facts,
    fact: (id) => index.byId.get(id),
    relations: (kind) => kind ? index.relations.filter((r) => r.kind === kind) : index.relations,
    factsLabelled: (labels) => {
      const wanted = typeof labels === "string" ? [labels] : labels;
      return wanted.flatMap((l) => index.byLabel.get(l) ?? []).sort(byPosition);
    },
    term: (fact, role, options = {}) => ({
      number: fact.number,
      label: displayLabel(fact),
      role,
      location: fact.location,
      bound: qualifierBound(fact.dims.qualifier),
      ...options
    }),
    tie,
    report: sink
  };
}
function byPosition(a, b) {
  return comparePlaces(a.location, b.location);
}
function comparePlaces(a, b) {
  return a.block - b.block || (a.span?.start ?? 0) - (b.span?.start ?? 0) || (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}
function displayLabel(fact) {
  if (fact.source !== "table") return fact.label;
  let label = DISPLAY_LABELS.get(fact);
  if (label === void 0) {
    const column = fact.rawLabel.split(" / ").slice(1).join(" / ").replace(/\s+/g, "");
    label = column ? `${fact.label} / ${column}` : fact.label;
    DISPLAY_LABELS.set(fact, label);
  }
  return label;
}
var DISPLAY_LABELS = /* @__PURE__ */ new WeakMap();

// dist/reconcile/matching.js
var KEY_PARTS = ["year", "period", "basis", "scope", "spend", "unit", "column", "parent"];
function keyOf(f) {
  return f.key ?? {
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
    columnOnly: false
  };
}
function compareKeys(a, b) {
  if (a.measure !== b.measure || a.dimension !== b.dimension && a.dimension !== "plain" && b.dimension !== "plain") return "different";
  let equal = true;
  for (const part of KEY_PARTS) {
    const x = a[part];
    const y = b[part];
    if (x !== null && y !== null && x !== y) return "different";
    if (x !== y) equal = false;
  }
  const said = ["year", "period", "basis", "scope"].some((part) => a[part] !== null);
  return equal && said ? "equal" : "compatible";
}
function sameDimension(a, b) {
  const x = keyOf(a).dimension;
  const y = keyOf(b).dimension;
  return x === y || x === "plain" || y === "plain";
}
function compatibleKeys(a, b) {
  return compareKeys(keyOf(a), keyOf(b)) !== "different";
}
function samePlace(a, b) {
  if (a.table != null || b.table != null) return a.table === b.table && a.row === b.row && a.col === b.col;
  return a.block === b.block && a.span?.start === b.span?.start;
}
function near(a, b) {
  if (a.table != null || b.table != null) return a.table === b.table;
  return a.block === b.block || a.section === b.section;
}
function distance(a, b) {
  const tier = a.table != null && a.table === b.table ? a.col === b.col ? 0 : 1 : a.block === b.block ? 1 : a.section === b.section ? 2 : 3;
  return [tier, Math.abs(a.block - b.block) * 1e6 + Math.abs((a.span?.start ?? 0) - (b.span?.start ?? 0))];
}
function nearest(to, candidates) {
  let best;
  let bestKey = [Infinity, Infinity];
  for (const c of candidates) {
    const key = distance(to, c.location);
    if (key[0] < bestKey[0] || key[0] === bestKey[0] && key[1] < bestKey[1]) {
      best = c;
      bestKey = key;
    }
  }
  return best;
}
function parentLabels(ctx) {
  const parents = /* @__PURE__ */ new Map();
  for (const rel of ctx.relations("sum")) {
    const total = ctx.fact(rel.result);
    if (!total) continue;
    for (const id of rel.operands) {
      const set = parents.get(id) ?? /* @__PURE__ */ new Set();
      set.add(total.label);
      parents.set(id, set);
    }
  }
  return parents;
}
function inclusions(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const rel of ctx.relations("includes")) {
    const parts = rel.operands.map((id) => ctx.fact(id)).filter((f) => f !== void 0);
    out.set(rel.result, [...out.get(rel.result) ?? [], ...parts]);
  }
  return out;
}
var BARE_TOTAL2 = /^(?:本年)?(?:合计|总计|小计|共计|总额)$/u;
var MAX_INFERRED_GROUP = 12;
function figurePairs(ctx) {
  const parents = parentLabels(ctx);
  const included = inclusions(ctx);
  const keys = new Map(ctx.input.facts.map((f) => [f, keyString(keyOf(f))]));
  const inTable = /* @__PURE__ */ new Map();
  const valuesOf = /* @__PURE__ */ new Map();
  for (const f of ctx.input.facts) {
    if (f.location.table === null) continue;
    const k = keys.get(f);
    const t = `${f.location.table}#${k}`;
    inTable.set(t, (inTable.get(t) ?? 0) + 1);
    const set = valuesOf.get(k) ?? /* @__PURE__ */ new Set();
    set.add(f.number.value);
    valuesOf.set(k, set);
  }
  const keyed = ctx.input.facts.filter(
    (f) => f.label !== "" && (valuesOf.get(keys.get(f))?.size ?? 0) < 3 && // 合计 / 总计 / 小计 alone name no quantity: every table has one
    !BARE_TOTAL2.test(f.label) && (f.location.table === null || !keyOf(f).columnOnly && inTable.get(`${f.location.table}#${keys.get(f)}`) === 1)
  );
  const groups = /* @__PURE__ */ new Map();
  for (const f of keyed) {
    const k = f.label;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const ok = (a, b) => comparable(a, b, parents, included);
  const pairs = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(byPosition);
    if (ordered.length > MAX_INFERRED_GROUP) {
      pairs.push(...exactPairs(ordered, ok));
      continue;
    }
    const partners = new Map(ordered.map((f) => [f, ordered.filter((g) => g !== f && ok(f, g))]));
    ordered.forEach((b, j) => {
      const earlier = partners.get(b).filter((a2) => ordered.indexOf(a2) < j);
      const exact = earlier.find((a2) => compareKeys(keyOf(a2), keyOf(b)) === "equal");
      const a = exact ?? earlier[0];
      if (!a) return;
      const alternatives = exact ? [] : [
        ...partners.get(a).filter((o) => o !== b).map((other) => ({ of: a, other })),
        ...partners.get(b).filter((o) => o !== a).map((other) => ({ of: b, other }))
      ];
      pairs.push({ a, b, inferred: !exact, alternatives });
    });
  }
  return pairs;
}
function exactPairs(ordered, ok) {
  const first = /* @__PURE__ */ new Map();
  const out = [];
  for (const b of ordered) {
    const k = keyString(keyOf(b));
    const a = first.get(k);
    if (!a) first.set(k, b);
    else if (ok(a, b)) out.push({ a, b, inferred: false, alternatives: [] });
  }
  return out;
}
function comparable(a, b, parents, included) {
  if (samePlace(a.location, b.location)) return false;
  if (a.source === "prose" && b.source === "prose") return false;
  if (a.location.table !== null && a.location.table === b.location.table) return false;
  if (!compatibleKeys(a, b)) return false;
  if (!sameMeasure(figureOf(a), figureOf(b))) return false;
  const pa = parents.get(a.id);
  const pb = parents.get(b.id);
  if (pa && pb && ![...pa].some((l) => pb.has(l))) return false;
  if (included.get(a.id)?.includes(b) || included.get(b.id)?.includes(a)) return false;
  return true;
}
function scaleExplains(a, b) {
  const [x, y] = readFigures([a, b], "tight");
  if (x.overlaps(y) || x.contains("0") || y.contains("0")) return null;
  if (x.times("10000").overlaps(y)) return "\xD710000";
  if (x.times("0.0001").overlaps(y)) return "\xF710000";
  return null;
}
var figureOf = (f) => ({ number: f.number });

// dist/reconcile/rules/identity.js
function statedAsSum(ctx, total, parts) {
  return ctx.relations("sum").some((rel) => ctx.fact(rel.result)?.label === total.label && parts.every((p) => rel.operands.includes(p.id)));
}
var identity_default = defineRule({
  meta: {
    id: "identity",
    description: "Domain identities from patterns/identities.json (\u652F\u51FA = \u57FA\u672C\u652F\u51FA + \u9879\u76EE\u652F\u51FA, \u4E09\u516C\u7ECF\u8D39 = \u2026) hold between the stated figures.",
    messages: {
      mismatch: {
        zh: "\u4E0D\u7B26\u5408\u201C{{identity}}\u201D\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The identity \u201C{{identity}}\u201D does not hold (off by {{difference}})"
      },
      looseOnly: {
        zh: "\u201C{{identity}}\u201D\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u6210\u7ACB",
        en: "The identity \u201C{{identity}}\u201D holds only on the loosest reading of rounding"
      },
      ties: { zh: "\u7B26\u5408\u201C{{identity}}\u201D", en: "The identity \u201C{{identity}}\u201D holds" }
    }
  },
  check(ctx) {
    for (const identity of loadIdentities()) {
      for (const totalFact of ctx.factsLabelled(identity.total)) {
        const chosen = [];
        let missing = 0;
        for (const labels of identity.parts) {
          const candidates = ctx.factsLabelled(labels).filter(
            (f) => f !== totalFact && !chosen.includes(f) && compatibleScope(totalFact, f) && near(totalFact.location, f.location) && sameMeasure(ctx.term(totalFact, "total"), ctx.term(f, "part"))
          );
          const pick = nearest(totalFact.location, candidates);
          if (pick) chosen.push(pick);
          else missing += 1;
        }
        if (missing > 0 && (!identity.omittable || chosen.length < 2)) continue;
        if (statedAsSum(ctx, totalFact, chosen)) continue;
        const total = ctx.term(totalFact, "total");
        const parts = chosen.map((f) => ctx.term(f, "part"));
        const result = ctx.tie({ stated: total, operands: parts, compute: sumOf });
        if (!result) continue;
        const oneSite = chosen.every(
          (f) => totalFact.location.table != null ? f.location.table === totalFact.location.table : f.location.block === totalFact.location.block
        );
        const shown = result.outcome === "ties" ? "" : ` = ${result.expected}`;
        ctx.report({
          messageId: result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : "mismatch",
          data: { identity: identity.name },
          outcome: result.outcome,
          uncertain: !oneSite || missing > 0,
          formula: `${formatTerm(total)} ${relationSign(result.outcome)} ${parts.map(formatTerm).join(" + ")}${shown}`,
          ...tieFields(result),
          terms: [total, ...parts],
          refs: [identity.id, totalFact.id, ...chosen.map((f) => f.id)]
        });
      }
    }
  }
});
function compatibleScope(total, part) {
  const a = keyOf(total);
  const b = keyOf(part);
  return ["year", "period", "basis", "scope", "column"].every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
}

// dist/reconcile/rules/rate.js
var rate_default = defineRule({
  meta: {
    id: "rate",
    description: "A stated rate (\u6267\u884C\u7387, \u63A7\u5236\u7387, \u529E\u7ED3\u7387, \u5360\u6BD4) equals the one its stated operands give.",
    messages: {
      mismatch: {
        zh: "\u6BD4\u7387\u4E0E\u5176\u6570\u636E\u4E0D\u7B26\uFF1A\u5E94\u4E3A {{expected}}%\uFF0C\u76F8\u5DEE {{difference}} \u4E2A\u767E\u5206\u70B9",
        en: "The rate does not match its figures: they give {{expected}}% (off by {{difference}} points)"
      },
      looseOnly: {
        zh: "\u6BD4\u7387\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E0E\u5176\u6570\u636E\u76F8\u7B26",
        en: "The rate matches its figures only on the loosest reading of rounding"
      },
      ties: { zh: "\u6BD4\u7387\u4E0E\u5176\u6570\u636E\u76F8\u7B26", en: "The rate matches its figures" }
    }
  },
  check(ctx) {
    for (const rel of ctx.relations("rate")) {
      const rateFact = ctx.fact(rel.result);
      const [numFact, denFact] = rel.operands.map((id) => ctx.fact(id));
      if (!rateFact || !numFact || !denFact || rel.operands.length !== 2) continue;
      if ((rel.formula ?? "ratio") !== "ratio") continue;
      if (rateFact.number.kind !== "percent" && rateFact.number.kind !== "plain") continue;
      const rate = { ...ctx.term(rateFact, "rate"), rounded: true };
      const num = ctx.term(numFact, "numerator");
      const den = ctx.term(denFact, "denominator");
      const result = ctx.tie({ stated: rate, operands: [num, den], compute: percentOf });
      if (!result) continue;
      const expression = `${formatTerm(num)} \xF7 ${formatTerm(den)}`;
      const formula = `${formatTerm(rate)}${rate.number.unit === "%" ? "" : "%"} ${relationSign(result.outcome)} ${expression} = ${result.expected}%`;
      const messageId = result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : "mismatch";
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula,
        ...tieFields(result),
        terms: [rate, num, den],
        refs: [rel.id]
      });
    }
  }
});

// dist/reconcile/rules/same-figure.js
var same_figure_default = defineRule({
  meta: {
    id: "same-figure",
    description: "One figure stated at two places (prose vs table, table vs table) has values that can be equal.",
    messages: {
      mismatch: {
        zh: "\u540C\u4E00\u6570\u636E\u524D\u540E\u4E0D\u4E00\u81F4\uFF0C\u76F8\u5DEE {{difference}}",
        en: "One figure is stated with two values (off by {{difference}})"
      },
      looseOnly: {
        zh: "\u540C\u4E00\u6570\u636E\u4E24\u5904\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E00\u81F4",
        en: "One figure stated twice agrees only on the loosest reading of rounding"
      },
      ties: { zh: "\u540C\u4E00\u6570\u636E\u4E24\u5904\u4E00\u81F4", en: "One figure stated twice agrees" },
      tiesWithInclusion: {
        zh: "\u6263\u9664\u6240\u542B\u90E8\u5206\u540E\u4E24\u5904\u4E00\u81F4",
        en: "The two statements agree once the included part is taken out"
      }
    }
  },
  check(ctx) {
    const included = inclusions(ctx);
    for (const pair of figurePairs(ctx)) {
      const a = ctx.term(pair.a, "first");
      const b = ctx.term(pair.b, "second");
      if (scaleExplains(a, b)) continue;
      const plain = compareTerms(ctx, b, a, []);
      if (!plain) continue;
      let best = plain;
      let withInclusion = false;
      if (plain.result.outcome !== "ties") {
        const viaA = (included.get(pair.a.id) ?? []).map((f) => ctx.term(f, "included"));
        const viaB = (included.get(pair.b.id) ?? []).map((f) => ctx.term(f, "included"));
        const adjusted = viaA.length > 0 ? compareTerms(ctx, b, a, viaA, -1) : viaB.length > 0 ? compareTerms(ctx, b, a, viaB, 1) : null;
        if (adjusted && rank(adjusted.result) < rank(plain.result)) {
          best = adjusted;
          withInclusion = true;
        }
      }
      if (best.result.outcome !== "ties" && pair.alternatives.some((alt) => tiesWith(ctx, alt.of, alt.other))) continue;
      const outcome = best.result.outcome;
      ctx.report({
        messageId: outcome === "ties" ? withInclusion ? "tiesWithInclusion" : "ties" : outcome === "loose" ? "looseOnly" : "mismatch",
        outcome,
        // two different tables may give one label different scopes (收入支出决算总表 vs
        // 财政拨款收支总表 收入合计): a mismatch between tables is a warning
        uncertain: pair.inferred || crossTables(pair.a, pair.b),
        formula: best.formula,
        ...tieFields(best.result),
        terms: [b, a, ...best.extra],
        refs: [pair.a.id, pair.b.id]
      });
    }
  }
});
var rank = (r) => r.outcome === "ties" ? 0 : r.outcome === "loose" ? 1 : 2;
function compareTerms(ctx, b, a, extra, sign = 1) {
  const result = ctx.tie({
    stated: b,
    operands: [a, ...extra],
    compute: ([x, ...rest]) => {
      const parts = Interval.sum(rest);
      return sign === 1 ? x.plus(parts) : x.minus(parts);
    }
  });
  if (!result) return null;
  const op = sign === 1 ? " + " : " \u2212 ";
  const right = [a, ...extra].map(formatTerm).join(op);
  return { result, formula: `${formatTerm(b)} ${relationSign(result.outcome)} ${right}`, extra };
}
function tiesWith(ctx, x, y) {
  return compareTerms(ctx, ctx.term(x, "second"), ctx.term(y, "first"), [])?.result.outcome === "ties";
}
function crossTables(a, b) {
  return a.source === "table" && b.source === "table" && a.location.table !== b.location.table;
}

// dist/reconcile/rules/shares.js
var HUNDRED = parseNumber("100%");
var shares_default = defineRule({
  meta: {
    id: "shares",
    description: "The shares of one list (\u5360\u2026%) add up to 100% (at most 100% for a list that may be incomplete).",
    messages: {
      notWhole: {
        zh: "\u5404\u9879\u5360\u6BD4\u4E4B\u548C\u4E3A {{expected}}%\uFF0C\u4E0D\u7B49\u4E8E 100%",
        en: "The shares add up to {{expected}}%, not 100%"
      },
      overWhole: {
        zh: "\u5404\u9879\u5360\u6BD4\u4E4B\u548C\u4E3A {{expected}}%\uFF0C\u8D85\u8FC7 100%",
        en: "The shares add up to {{expected}}%, more than 100%"
      },
      looseOnly: {
        zh: "\u5404\u9879\u5360\u6BD4\u4E4B\u548C\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E3A 100%",
        en: "The shares make 100% only on the loosest reading of rounding"
      },
      ties: { zh: "\u5404\u9879\u5360\u6BD4\u4E4B\u548C\u4E3A 100%", en: "The shares make 100%" },
      shareOfList: {
        zh: "\u5360\u6BD4\u4E0E\u5404\u9879\u6570\u636E\u4E0D\u7B26\uFF1A\u5E94\u4E3A {{expected}}%\uFF0C\u76F8\u5DEE {{difference}} \u4E2A\u767E\u5206\u70B9",
        en: "The share does not match the list\u2019s figures: they give {{expected}}% (off by {{difference}} points)"
      },
      shareOfListLoose: {
        zh: "\u5360\u6BD4\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u4E0E\u5404\u9879\u6570\u636E\u76F8\u7B26",
        en: "The share matches the list\u2019s figures only on the loosest reading of rounding"
      },
      shareOfListTies: { zh: "\u5360\u6BD4\u4E0E\u5404\u9879\u6570\u636E\u76F8\u7B26", en: "The share matches the list\u2019s figures" }
    }
  },
  check(ctx) {
    const ratios = ctx.relations("rate").filter((r) => (r.formula ?? "ratio") === "ratio" && !r.inferred);
    for (const rel of ctx.relations("shares")) {
      const shareFacts = rel.operands.map((id) => ctx.fact(id));
      if (shareFacts.length < 2 || !shareFacts.every((f) => f !== void 0 && f.number.kind === "percent")) continue;
      const own = rel.operands.map((id) => ratios.find((r) => r.result === id));
      if (own.every((r) => r !== void 0)) continue;
      if (own.some((r) => r !== void 0 && failsAlone(ctx, r))) continue;
      const shares = shareFacts.map((f) => ({ ...ctx.term(f, "share"), rounded: true }));
      const whole = { number: HUNDRED, whole: true, label: "100%", role: "whole", location: shares[0].location };
      const compare = rel.partial ? "atMost" : "eq";
      const result = ctx.tie({ stated: whole, operands: shares, compute: sumOf, compare });
      if (!result) continue;
      const messageId = result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : rel.partial ? "overWhole" : "notWhole";
      const places = Math.max(...shares.map((x) => x.number.decimals));
      const total = shares.reduce((t, x) => t.plus(dec(x.number.value)), dec("0"));
      const fields = tieFields(result);
      const sum = total.toFixed(places);
      const off = total.minus(100);
      if (result.outcome === "ties") checkEachShare(ctx, rel.operands);
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: `${shares.map((x) => `${x.number.printed}%`).join(" + ")} = ${sum}% ${relationSign(result.outcome, compare)} 100%`,
        ...fields,
        expected: { value: sum, interval: fields.expected?.interval ?? null },
        difference: `${off.greaterThan(0) ? "+" : ""}${off.toFixed(places)}`,
        terms: shares,
        refs: [rel.id]
      });
    }
  }
});
function failsAlone(ctx, rel) {
  const [rateFact, num, den] = [rel.result, ...rel.operands].map((id) => ctx.fact(id));
  if (!rateFact || !num || !den) return false;
  const result = ctx.tie({ stated: { ...ctx.term(rateFact, "rate"), rounded: true }, operands: [ctx.term(num, "numerator"), ctx.term(den, "denominator")], compute: percentOf });
  return result?.outcome === "fails";
}
function checkEachShare(ctx, shareIds) {
  for (const rel of ctx.relations("rate")) {
    if (rel.formula !== "share-of-list" || !shareIds.includes(rel.result)) continue;
    const shareFact = ctx.fact(rel.result);
    const partFacts = rel.operands.map((id) => ctx.fact(id));
    if (!shareFact || partFacts.length < 2 || !partFacts.every((f) => f !== void 0)) continue;
    const share = { ...ctx.term(shareFact, "share"), rounded: true };
    const parts = partFacts.map((f, i) => ctx.term(f, i === 0 ? "part" : "other part"));
    const result = ctx.tie({ stated: share, operands: parts, compute: (xs) => xs[0] ? percentOf([xs[0], sumOf(xs)]) : null });
    if (!result) continue;
    ctx.report({
      messageId: result.outcome === "ties" ? "shareOfListTies" : result.outcome === "loose" ? "shareOfListLoose" : "shareOfList",
      outcome: result.outcome,
      uncertain: rel.inferred,
      formula: `${share.label} ${share.number.printed}% ${relationSign(result.outcome)} ${parts[0].number.printed} \xF7 (${parts.map((p) => p.number.printed).join(" + ")}) = ${result.expected}%`,
      ...tieFields(result),
      terms: [share, ...parts],
      refs: [rel.id]
    });
  }
}

// dist/reconcile/rules/sum.js
var sum_default = defineRule({
  meta: {
    id: "sum",
    description: "A total equals the sum of its parts; a partial list (\u4E3B\u8981/\u7B49) or an inclusion (\u542B\u2026) does not exceed it.",
    messages: {
      mismatch: {
        zh: "\u5408\u8BA1\u6570\u4E0E\u5206\u9879\u4E4B\u548C\u4E0D\u7B26\uFF0C\u76F8\u5DEE {{difference}}",
        en: "The total does not equal the sum of its parts (off by {{difference}})"
      },
      partsExceed: {
        zh: "\u5206\u9879\u4E4B\u548C\u8D85\u8FC7\u603B\u6570 {{excess}}",
        en: "The listed parts exceed the total by {{excess}}"
      },
      looseOnly: {
        zh: "\u5408\u8BA1\u6570\u4E0E\u5206\u9879\u4E4B\u548C\u4EC5\u5728\u6700\u5BBD\u677E\u7684\u820D\u5165\u89E3\u8BFB\u4E0B\u76F8\u7B26",
        en: "The total ties with its parts only on the loosest reading of rounding"
      },
      ties: { zh: "\u5408\u8BA1\u6570\u4E0E\u5206\u9879\u4E4B\u548C\u76F8\u7B26", en: "The total ties with its parts" }
    }
  },
  check(ctx) {
    for (const rel of ctx.relations()) {
      if (rel.kind !== "sum" && rel.kind !== "includes") continue;
      const totalFact = ctx.fact(rel.result);
      const partFacts = rel.operands.map((id) => ctx.fact(id));
      if (!totalFact || partFacts.length === 0) continue;
      if (!partFacts.every((p) => p !== void 0)) continue;
      if (totalFact.number.kind === "percent" && !isWhole(totalFact.number.value)) continue;
      const total = ctx.term(totalFact, "total");
      const parts = partFacts.map((p) => ctx.term(p, "part"));
      if (!parts.every((p) => sameMeasure(total, p))) continue;
      if (!partFacts.every((p) => sameDimension(totalFact, p))) continue;
      const atMost = rel.partial || rel.kind === "includes";
      const compare = atMost ? "atMost" : "eq";
      const result = ctx.tie({ stated: total, operands: parts, compute: sumOf, compare });
      if (!result) continue;
      const sign = relationSign(result.outcome, compare);
      const shown = result.outcome === "ties" ? "" : ` = ${result.expected}`;
      const formula = `${formatTerm(total)} ${sign} ${parts.map(formatTerm).join(" + ")}${shown}`;
      const messageId = result.outcome === "ties" ? "ties" : result.outcome === "loose" ? "looseOnly" : atMost ? "partsExceed" : "mismatch";
      ctx.report({
        messageId,
        data: { excess: result.difference.replace(/^\+/, "") },
        outcome: result.outcome,
        uncertain: rel.partial || rel.inferred,
        formula,
        ...tieFields(result),
        terms: [total, ...parts],
        refs: [rel.id]
      });
    }
  }
});
function isWhole(value) {
  return /^100(\.0+)?$/.test(value);
}

// dist/reconcile/rules/unit-scale.js
var unit_scale_default = defineRule({
  meta: {
    id: "unit-scale",
    description: "A figure equals another statement of it \xD710000 or \xF710000 (\u5143 written for \u4E07\u5143, or the reverse).",
    messages: {
      scaled: {
        zh: "\u7591\u4F3C\u5355\u4F4D\u9519\u8BEF\uFF08\u5143\u4E0E\u4E07\u5143\u6DF7\u7528\uFF09\uFF1A\u4E24\u5904\u76F8\u5DEE {{factor}} \u500D",
        en: "Looks like a unit slip (\u5143 for \u4E07\u5143 or back): the two differ by a factor of {{factor}}"
      }
    }
  },
  check(ctx) {
    for (const pair of figurePairs(ctx)) {
      const a = ctx.term(pair.a, "first");
      const b = ctx.term(pair.b, "second");
      if (a.number.kind !== "money" && b.number.kind !== "money") continue;
      const scale = scaleExplains(a, b);
      if (!scale) continue;
      if (pair.alternatives.length > 0) continue;
      const result = ctx.tie({ stated: b, operands: [a], compute: ([x]) => x });
      if (!result) continue;
      ctx.report({
        messageId: "scaled",
        data: { factor: "10000" },
        outcome: "fails",
        uncertain: pair.inferred,
        formula: `${formatTerm(b)} = ${formatTerm(a)} ${scale}`,
        ...tieFields(result),
        terms: [b, a],
        refs: [pair.a.id, pair.b.id]
      });
    }
  }
});

// dist/reconcile/rules/index.js
var rules = {
  sum: sum_default,
  rate: rate_default,
  growth: growth_default,
  shares: shares_default,
  difference: difference_default,
  compare: compare_default,
  identity: identity_default,
  "same-figure": same_figure_default,
  "unit-scale": unit_scale_default,
  score: score_default,
  grade: grade_default
};
var ruleList = Object.values(rules);

export {
  parseNumber,
  findNumbers,
  TABLE_PATTERNS,
  indentWidth,
  squash2 as squash,
  oneLine,
  rowMarker,
  WHOLE_FUNDS_SCOPE,
  scopeIn,
  dimensionOfFact,
  assignKeys,
  loadIdentities,
  indexReport,
  createContext,
  comparePlaces,
  rules,
  ruleList
};
