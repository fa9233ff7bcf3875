import type { TieResult } from '../check.js';
import { differenceOf } from '../check.js';
import { sameMeasure } from '../reading.js';
import { defineRule, formatTerm, relationSign, tieFields, type Term } from '../rule.js';

/**
 * 较上年增/减 x, 多/少 x, 比…少 x: the stated change against minuend − subtrahend, with
 * the sign the words give (增/多 = +, 减/少 = −). A change whose size ties but whose
 * direction contradicts the words is reported as such.
 */
export default defineRule({
  meta: {
    id: 'difference',
    description: 'A stated change (较上年增/减, 多/少, 比…少) equals the difference of its figures, with the sign the words give.',
    messages: {
      mismatch: {
        zh: '增减额与其数据不符，相差 {{difference}}',
        en: 'The stated change does not match its figures (off by {{difference}})',
      },
      wrongSign: {
        zh: '增减方向与数据相反：实际为 {{expected}}',
        en: 'The change goes the other way: the figures give {{expected}}',
      },
      looseOnly: {
        zh: '增减额仅在最宽松的舍入解读下与其数据相符',
        en: 'The stated change matches its figures only on the loosest reading of rounding',
      },
      ties: { zh: '增减额与其数据相符', en: 'The stated change matches its figures' },
    },
  },
  check(ctx) {
    for (const rel of ctx.relations('difference')) {
      const changeFact = ctx.fact(rel.result);
      const [aFact, bFact] = rel.operands.map((id) => ctx.fact(id));
      // a change stated without its base (“较上年增3.49万元” alone) cannot be checked
      if (!changeFact || !aFact || !bFact || rel.operands.length !== 2) continue;
      const change = ctx.term(changeFact, 'change');
      const a = ctx.term(aFact, 'minuend');
      const b = ctx.term(bFact, 'subtrahend');
      if (!sameMeasure(change, a) || !sameMeasure(a, b)) continue;
      const sign = rel.sign ?? 1;
      const result = ctx.tie({ stated: change, operands: [a, b], compute: differenceOf, statedSign: sign });
      if (!result) continue;
      let messageId: 'ties' | 'looseOnly' | 'mismatch' | 'wrongSign' =
        result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : 'mismatch';
      if (result.outcome === 'fails' && rel.sign !== null && !changeFact.number.value.startsWith('-')) {
        const flipped = ctx.tie({ stated: change, operands: [a, b], compute: differenceOf, statedSign: sign === 1 ? -1 : 1 });
        if (flipped && flipped.outcome !== 'fails') messageId = 'wrongSign';
      }
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: formulaOf(change, a, b, rel.sign, result),
        ...tieFields(result),
        terms: [change, a, b],
        refs: [rel.id],
      });
    }
  },
});

function formulaOf(change: Term, a: Term, b: Term, sign: 1 | -1 | null, result: TieResult): string {
  const stated = sign === null ? formatTerm(change) : `${change.label} ${sign === 1 ? '+' : '−'}${change.number.printed}`;
  const shown = result.outcome === 'ties' ? '' : ` = ${result.expected}`;
  return `${stated} ${relationSign(result.outcome)} ${formatTerm(a)} − ${formatTerm(b)}${shown}`;
}
