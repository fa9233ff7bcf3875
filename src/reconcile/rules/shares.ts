import { parseNumber } from '../../extract/numbers.js';
import type { Relation } from '../../model/index.js';
import { percentOf, sumOf } from '../check.js';
import { dec } from '../interval.js';
import { defineRule, relationSign, tieFields, type RuleContext } from '../rule.js';

const HUNDRED = parseNumber('100%')!;

/**
 * Shares of one list (“基本支出…占42.53%；项目支出…占49.40%；…”) make 100% — at most 100%
 * when the list may be incomplete. Each share is read at its printed decimals. A list whose
 * every share is checked against figures of its own sentence by `rate` is left to `rate`,
 * and a list with such a share that `rate` finds wrong is not reported again (the wrong
 * share is the error).
 */
export default defineRule({
  meta: {
    id: 'shares',
    description: 'The shares of one list (占…%) add up to 100% (at most 100% for a list that may be incomplete).',
    messages: {
      notWhole: {
        zh: '各项占比之和为 {{expected}}%，不等于 100%',
        en: 'The shares add up to {{expected}}%, not 100%',
      },
      overWhole: {
        zh: '各项占比之和为 {{expected}}%，超过 100%',
        en: 'The shares add up to {{expected}}%, more than 100%',
      },
      looseOnly: {
        zh: '各项占比之和仅在最宽松的舍入解读下为 100%',
        en: 'The shares make 100% only on the loosest reading of rounding',
      },
      ties: { zh: '各项占比之和为 100%', en: 'The shares make 100%' },
      shareOfList: {
        zh: '占比与各项数据不符：应为 {{expected}}%，相差 {{difference}} 个百分点',
        en: 'The share does not match the list’s figures: they give {{expected}}% (off by {{difference}} points)',
      },
      shareOfListLoose: {
        zh: '占比仅在最宽松的舍入解读下与各项数据相符',
        en: 'The share matches the list’s figures only on the loosest reading of rounding',
      },
      shareOfListTies: { zh: '占比与各项数据相符', en: 'The share matches the list’s figures' },
    },
  },
  check(ctx) {
    // a share's own check read from its sentence (an inferred whole does not count)
    const ratios = ctx.relations('rate').filter((r) => (r.formula ?? 'ratio') === 'ratio' && !r.inferred);
    for (const rel of ctx.relations('shares')) {
      const shareFacts = rel.operands.map((id) => ctx.fact(id));
      if (shareFacts.length < 2 || !shareFacts.every((f) => f !== undefined && f.number.kind === 'percent')) continue;
      const own = rel.operands.map((id) => ratios.find((r) => r.result === id));
      if (own.every((r) => r !== undefined)) continue; // each share is checked by `rate`
      if (own.some((r) => r !== undefined && failsAlone(ctx, r))) continue; // that share is the error
      const shares = shareFacts.map((f) => ({ ...ctx.term(f!, 'share'), rounded: true }));
      const whole = { number: HUNDRED, whole: true, label: '100%', role: 'whole', location: shares[0]!.location };
      const compare = rel.partial ? 'atMost' : 'eq';
      const result = ctx.tie({ stated: whole, operands: shares, compute: sumOf, compare });
      if (!result) continue;
      const messageId = result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : rel.partial ? 'overWhole' : 'notWhole';
      // the sum as printed, at the shares' decimals (the 100% is exact)
      const places = Math.max(...shares.map((x) => x.number.decimals));
      const total = shares.reduce((t, x) => t.plus(dec(x.number.value)), dec('0'));
      const fields = tieFields(result);
      const sum = total.toFixed(places);
      const off = total.minus(100);
      if (result.outcome === 'ties') checkEachShare(ctx, rel.operands);
      ctx.report({
        messageId,
        outcome: result.outcome,
        uncertain: rel.inferred,
        formula: `${shares.map((x) => `${x.number.printed}%`).join(' + ')} = ${sum}% ${relationSign(result.outcome, compare)} 100%`,
        ...fields,
        expected: { value: sum, interval: fields.expected?.interval ?? null },
        difference: `${off.greaterThan(0) ? '+' : ''}${off.toFixed(places)}`,
        terms: shares,
        refs: [rel.id],
      });
    }
  },
});

/** Whether a share's own check (share = part ÷ whole) fails even on the loose reading. */
function failsAlone(ctx: RuleContext, rel: Relation): boolean {
  const [rateFact, num, den] = [rel.result, ...rel.operands].map((id) => ctx.fact(id));
  if (!rateFact || !num || !den) return false;
  const result = ctx.tie({ stated: { ...ctx.term(rateFact, 'rate'), rounded: true }, operands: [ctx.term(num, 'numerator'), ctx.term(den, 'denominator')], compute: percentOf });
  return result?.outcome === 'fails';
}

/**
 * Shares of a complete list whose whole is not stated (`share-of-list`): once the shares make
 * 100%, the whole is the sum of the list's figures, and each share is its figure over it.
 */
function checkEachShare(ctx: RuleContext, shareIds: readonly string[]): void {
  for (const rel of ctx.relations('rate')) {
    if (rel.formula !== 'share-of-list' || !shareIds.includes(rel.result)) continue;
    const shareFact = ctx.fact(rel.result);
    const partFacts = rel.operands.map((id) => ctx.fact(id));
    if (!shareFact || partFacts.length < 2 || !partFacts.every((f) => f !== undefined)) continue;
    const share = { ...ctx.term(shareFact, 'share'), rounded: true };
    const parts = partFacts.map((f, i) => ctx.term(f, i === 0 ? 'part' : 'other part'));
    const result = ctx.tie({ stated: share, operands: parts, compute: (xs) => (xs[0] ? percentOf([xs[0], sumOf(xs)]) : null) });
    if (!result) continue;
    ctx.report({
      messageId: result.outcome === 'ties' ? 'shareOfListTies' : result.outcome === 'loose' ? 'shareOfListLoose' : 'shareOfList',
      outcome: result.outcome,
      uncertain: rel.inferred,
      formula: `${share.label} ${share.number.printed}% ${relationSign(result.outcome)} ${parts[0]!.number.printed} ÷ (${parts.map((p) => p.number.printed).join(' + ')}) = ${result.expected}%`,
      ...tieFields(result),
      terms: [share, ...parts],
      refs: [rel.id],
    });
  }
}
