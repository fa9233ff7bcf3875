import type { Fact } from '../../model/index.js';
import type { TieResult } from '../check.js';
import { Interval } from '../interval.js';
import { figurePairs, inclusions, scaleExplains } from '../matching.js';
import { defineRule, formatTerm, relationSign, tieFields, type RuleContext, type Term } from '../rule.js';

/**
 * One figure stated twice — prose and table, or two tables — with values that cannot be
 * equal. Facts are paired by canonical label and dims (year / kind); a figure that
 * includes another (“34万元（含2022年结转4万元）”) also ties once the included part is
 * taken out. Pairs that differ by exactly ×10000 are left to `unit-scale`.
 */
export default defineRule({
  meta: {
    id: 'same-figure',
    description: 'One figure stated at two places (prose vs table, table vs table) has values that can be equal.',
    messages: {
      mismatch: {
        zh: '同一数据前后不一致，相差 {{difference}}',
        en: 'One figure is stated with two values (off by {{difference}})',
      },
      looseOnly: {
        zh: '同一数据两处仅在最宽松的舍入解读下一致',
        en: 'One figure stated twice agrees only on the loosest reading of rounding',
      },
      ties: { zh: '同一数据两处一致', en: 'One figure stated twice agrees' },
      tiesWithInclusion: {
        zh: '扣除所含部分后两处一致',
        en: 'The two statements agree once the included part is taken out',
      },
    },
  },
  check(ctx) {
    const included = inclusions(ctx);
    for (const pair of figurePairs(ctx)) {
      const a = ctx.term(pair.a, 'first');
      const b = ctx.term(pair.b, 'second');
      if (scaleExplains(a, b)) continue;
      const plain = compareTerms(ctx, b, a, []);
      if (!plain) continue;
      let best = plain;
      let withInclusion = false;
      if (plain.result.outcome !== 'ties') {
        const viaA = (included.get(pair.a.id) ?? []).map((f) => ctx.term(f, 'included'));
        const viaB = (included.get(pair.b.id) ?? []).map((f) => ctx.term(f, 'included'));
        const adjusted = viaA.length > 0 ? compareTerms(ctx, b, a, viaA, -1) : viaB.length > 0 ? compareTerms(ctx, b, a, viaB, 1) : null;
        if (adjusted && rank(adjusted.result) < rank(plain.result)) {
          best = adjusted;
          withInclusion = true;
        }
      }
      // an inferred pair is dropped when either side agrees with another statement it may be
      if (best.result.outcome !== 'ties' && pair.alternatives.some((alt) => tiesWith(ctx, alt.of, alt.other))) continue;
      const outcome = best.result.outcome;
      ctx.report({
        messageId: outcome === 'ties' ? (withInclusion ? 'tiesWithInclusion' : 'ties') : outcome === 'loose' ? 'looseOnly' : 'mismatch',
        outcome,
        // two different tables may give one label different scopes (收入支出决算总表 vs
        // 财政拨款收支总表 收入合计): a mismatch between tables is a warning
        uncertain: pair.inferred || crossTables(pair.a, pair.b),
        formula: best.formula,
        ...tieFields(best.result),
        terms: [b, a, ...best.extra],
        refs: [pair.a.id, pair.b.id],
      });
    }
  },
});

const rank = (r: TieResult): number => (r.outcome === 'ties' ? 0 : r.outcome === 'loose' ? 1 : 2);

/** b against a, optionally with a's included parts taken out (sign −1) or b's added to a (sign +1). */
function compareTerms(
  ctx: RuleContext,
  b: Term,
  a: Term,
  extra: Term[],
  sign: 1 | -1 = 1,
): { result: TieResult; formula: string; extra: Term[] } | null {
  const result = ctx.tie({
    stated: b,
    operands: [a, ...extra],
    compute: ([x, ...rest]) => {
      const parts = Interval.sum(rest);
      return sign === 1 ? x!.plus(parts) : x!.minus(parts);
    },
  });
  if (!result) return null;
  const op = sign === 1 ? ' + ' : ' − ';
  const right = [a, ...extra].map(formatTerm).join(op);
  return { result, formula: `${formatTerm(b)} ${relationSign(result.outcome)} ${right}`, extra };
}

function tiesWith(ctx: RuleContext, x: Fact, y: Fact): boolean {
  return compareTerms(ctx, ctx.term(x, 'second'), ctx.term(y, 'first'), [])?.result.outcome === 'ties';
}

function crossTables(a: Fact, b: Fact): boolean {
  return a.source === 'table' && b.source === 'table' && a.location.table !== b.location.table;
}
