import { Decimal } from 'decimal.js';
import { sameMeasure, scaled } from '../reading.js';
import { defineRule, formatTerm, relationSign, type Term } from '../rule.js';
import type { Interval } from '../interval.js';

const CLAIMED = { 1: '>', '-1': '<', null: '=' } as const;

/**
 * Direction words against the figures (`compare` relations): “决算数小于预算数” where the
 * 决算数 is larger, “持平/一致/等于” where they differ, and the identities a table states
 * between two of its figures (收入总计 = 支出总计 of a 收支总表). Rounding is never a
 * contradiction: “大于” holds when the 决算数 can be at least the 预算数 under rounding.
 */
export default defineRule({
  meta: {
    id: 'compare',
    description: 'Words that order two figures (决算数大于/小于/等于预算数, 持平) and stated balances (收入总计 = 支出总计) agree with the figures.',
    messages: {
      contradicts: {
        zh: '“{{claim}}”与数据不符：{{actual}}',
        en: 'The figures contradict “{{claim}}”: {{actual}}',
      },
      looseOnly: {
        zh: '“{{claim}}”仅在最宽松的舍入解读下成立',
        en: 'The words “{{claim}}” hold only on the loosest reading of rounding',
      },
      ties: { zh: '“{{claim}}”与数据相符', en: 'The figures agree with “{{claim}}”' },
    },
  },
  check(ctx) {
    for (const rel of ctx.relations('compare')) {
      const aFact = ctx.fact(rel.result);
      const bFact = rel.operands[0] ? ctx.fact(rel.operands[0]) : undefined;
      if (!aFact || !bFact || rel.operands.length !== 1) continue;
      const a = ctx.term(aFact, 'left');
      const b = ctx.term(bFact, 'right');
      if (!sameMeasure(a, b)) continue;
      const same = ([x]: Interval[]) => x ?? null;
      // a > b (at least, under rounding): b ≤ a; a < b: a ≤ b; equal: the intervals overlap.
      const result =
        rel.sign === 1
          ? ctx.tie({ stated: a, operands: [b], compute: same, compare: 'atMost' })
          : rel.sign === -1
            ? ctx.tie({ stated: b, operands: [a], compute: same, compare: 'atMost' })
            : ctx.tie({ stated: a, operands: [b], compute: same });
      if (!result) continue;
      const actual = actualOrder(a, b);
      const claimed = CLAIMED[String(rel.sign) as keyof typeof CLAIMED];
      const sign = result.outcome === 'fails' ? '≠' : relationSign(result.outcome);
      ctx.report({
        messageId: result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : 'contradicts',
        data: { claim: rel.name, actual: `${formatTerm(a)} ${actual} ${formatTerm(b)}` },
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: `${formatTerm(a)} ${claimed} ${formatTerm(b)} (“${rel.name}”) ${sign === '≠' ? '✗' : sign}: ${formatTerm(a)} ${actual} ${formatTerm(b)}`,
        stated: a.number.printed,
        expected: null,
        difference: differenceOf(a, b),
        terms: [a, b],
        refs: [rel.id],
      });
    }
  },
});

/** How the figures as printed compare: >, < or =. */
function actualOrder(a: Term, b: Term): string {
  const c = scaled(a).value.comparedTo(scaled(b).value);
  return c > 0 ? '>' : c < 0 ? '<' : '=';
}

/** a − b as printed, in a's unit, signed. */
function differenceOf(a: Term, b: Term): string {
  const sa = scaled(a);
  const d = sa.value.minus(scaled(b).value).dividedBy(sa.factor);
  const places = Math.max(a.number.decimals, b.number.decimals);
  const s = d.toFixed(places, Decimal.ROUND_HALF_UP);
  return d.greaterThan(0) ? `+${s}` : s;
}
