import type { Fact, Relation } from '../../model/index.js';
import { growthOf } from '../check.js';
import type { Interval } from '../interval.js';
import { sameMeasure } from '../reading.js';
import { defineRule, formatTerm, relationSign, tieFields, type RuleContext, type Term } from '../rule.js';

/**
 * 增长率 / 下降率: a stated year-on-year rate against the figures it is computed from —
 * `growth` (this year − base year) ÷ base year, or `change-over-base`, a stated change over
 * the base year it implies (this year ∓ the change): “5218.21万元，与上年相比减少229.49万元，
 * 下降4.45%” → 229.49 ÷ (5218.21 + 229.49). The rate counts with the sign its words give
 * (下降 = −); a rate whose size ties but whose words go the other way is `wrongDirection`.
 */
export default defineRule({
  meta: {
    id: 'growth',
    description: 'A stated year-on-year rate (增长/下降 x%) equals the change over the base year its figures give, in the direction its words say.',
    messages: {
      mismatch: {
        zh: '增长率与其数据不符：应为 {{expected}}%，相差 {{difference}} 个百分点',
        en: 'The year-on-year rate does not match its figures: they give {{expected}}% (off by {{difference}} points)',
      },
      wrongDirection: {
        zh: '增减方向与数据相反：数据给出 {{expected}}%',
        en: 'The rate goes the other way: the figures give {{expected}}%',
      },
      looseOnly: {
        zh: '增长率仅在最宽松的舍入解读下与其数据相符',
        en: 'The year-on-year rate matches its figures only on the loosest reading of rounding',
      },
      ties: { zh: '增长率与其数据相符', en: 'The year-on-year rate matches its figures' },
    },
  },
  check(ctx) {
    for (const rel of ctx.relations('rate')) {
      if (rel.formula !== 'growth' && rel.formula !== 'change-over-base') continue;
      const rateFact = ctx.fact(rel.result);
      const [aFact, bFact] = rel.operands.map((id) => ctx.fact(id));
      if (!rateFact || !aFact || !bFact || rel.operands.length !== 2) continue;
      if (rateFact.number.kind !== 'percent' && rateFact.number.kind !== 'plain') continue;
      const overBase = rel.formula === 'change-over-base';
      const changeSign = overBase ? signOfChange(ctx, bFact) : 1;
      if (changeSign === null) continue;
      const rate = { ...ctx.term(rateFact, 'rate'), rounded: true };
      const a = ctx.term(aFact, 'current');
      const b = ctx.term(bFact, overBase ? 'change' : 'base');
      if (!sameMeasure(a, b)) continue;
      const compute = overBase ? changeOverBase(changeSign) : growthOf;
      const sign = rel.sign ?? 1;
      const result = ctx.tie({ stated: rate, operands: [a, b], compute, statedSign: sign });
      if (!result) continue;
      let messageId: 'ties' | 'looseOnly' | 'mismatch' | 'wrongDirection' =
        result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : 'mismatch';
      if (result.outcome === 'fails' && rel.sign !== null && !rateFact.number.value.startsWith('-')) {
        const flipped = ctx.tie({ stated: rate, operands: [a, b], compute, statedSign: sign === 1 ? -1 : 1 });
        if (flipped && flipped.outcome !== 'fails') messageId = 'wrongDirection';
      }
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: formulaOf(rate, a, b, overBase, changeSign, result.stated, result.outcome, result.expected),
        ...tieFields(result),
        terms: [rate, a, b],
        refs: [rel.id],
      });
    }
  },
});

/** The sign of a stated change: its `difference` relation's (增 = 1, 减 = −1), else the figure's own. */
function signOfChange(ctx: RuleContext, change: Fact): 1 | -1 | null {
  const diff = ctx.relations('difference').find((r: Relation) => r.result === change.id);
  if (diff?.sign) return diff.sign;
  return change.number.value.startsWith('-') ? -1 : null;
}

/** change ÷ (this year − change) × 100, the change signed by its words. */
function changeOverBase(changeSign: 1 | -1) {
  return ([current, change]: Interval[]): Interval | null => {
    if (!current || !change) return null;
    const signed = changeSign === 1 ? change : change.negated();
    return signed.dividedBy(current.minus(signed))?.times('100') ?? null;
  };
}

function formulaOf(rate: Term, a: Term, b: Term, overBase: boolean, changeSign: 1 | -1, stated: string, outcome: 'ties' | 'loose' | 'fails', expected: string): string {
  const expression = overBase
    ? `${changeSign === 1 ? '+' : '−'}${b.number.printed} ÷ (${formatTerm(a)} ${changeSign === 1 ? '−' : '+'} ${formatTerm(b)})`
    : `(${formatTerm(a)} − ${formatTerm(b)}) ÷ ${formatTerm(b)}`;
  return `${rate.label} ${stated}% ${relationSign(outcome)} ${expression} = ${expected}%`;
}
