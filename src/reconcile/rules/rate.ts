import { percentOf } from '../check.js';
import { defineRule, formatTerm, relationSign, tieFields } from '../rule.js';

/**
 * 执行率 = 决算 ÷ 预算, 控制率 = 实有 ÷ 编制, 办结率, 占比: a stated rate against the one
 * its stated operands give (year-on-year rates are checked by `growth`). The stated rate is the
 * report's own rounding, so it is always read at its printed decimals.
 */
export default defineRule({
  meta: {
    id: 'rate',
    description: 'A stated rate (执行率, 控制率, 办结率, 占比) equals the one its stated operands give.',
    messages: {
      mismatch: {
        zh: '比率与其数据不符：应为 {{expected}}%，相差 {{difference}} 个百分点',
        en: 'The rate does not match its figures: they give {{expected}}% (off by {{difference}} points)',
      },
      looseOnly: {
        zh: '比率仅在最宽松的舍入解读下与其数据相符',
        en: 'The rate matches its figures only on the loosest reading of rounding',
      },
      ties: { zh: '比率与其数据相符', en: 'The rate matches its figures' },
    },
  },
  check(ctx) {
    for (const rel of ctx.relations('rate')) {
      const rateFact = ctx.fact(rel.result);
      const [numFact, denFact] = rel.operands.map((id) => ctx.fact(id));
      if (!rateFact || !numFact || !denFact || rel.operands.length !== 2) continue;
      if ((rel.formula ?? 'ratio') !== 'ratio') continue; // year-on-year rates are `growth`'s
      if (rateFact.number.kind !== 'percent' && rateFact.number.kind !== 'plain') continue;
      const rate = { ...ctx.term(rateFact, 'rate'), rounded: true };
      const num = ctx.term(numFact, 'numerator');
      const den = ctx.term(denFact, 'denominator');
      const result = ctx.tie({ stated: rate, operands: [num, den], compute: percentOf });
      if (!result) continue;
      const expression = `${formatTerm(num)} ÷ ${formatTerm(den)}`;
      const formula = `${formatTerm(rate)}${rate.number.unit === '%' ? '' : '%'} ${relationSign(result.outcome)} ${expression} = ${result.expected}%`;
      const messageId = result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : 'mismatch';
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula,
        ...tieFields(result),
        terms: [rate, num, den],
        refs: [rel.id],
      });
    }
  },
});
