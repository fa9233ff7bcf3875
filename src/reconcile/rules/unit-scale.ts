import { figurePairs, scaleExplains } from '../matching.js';
import { defineRule, formatTerm, tieFields } from '../rule.js';

/**
 * A figure stated at two places where one is exactly ×10000 the other: an amount in 元
 * written where 万元 is meant (a table captioned 万元 holding 元), or the reverse.
 */
export default defineRule({
  meta: {
    id: 'unit-scale',
    description: 'A figure equals another statement of it ×10000 or ÷10000 (元 written for 万元, or the reverse).',
    messages: {
      scaled: {
        zh: '疑似单位错误（元与万元混用）：两处相差 {{factor}} 倍',
        en: 'Looks like a unit slip (元 for 万元 or back): the two differ by a factor of {{factor}}',
      },
    },
  },
  check(ctx) {
    for (const pair of figurePairs(ctx)) {
      const a = ctx.term(pair.a, 'first');
      const b = ctx.term(pair.b, 'second');
      if (a.number.kind !== 'money' && b.number.kind !== 'money') continue;
      const scale = scaleExplains(a, b);
      if (!scale) continue;
      if (pair.alternatives.length > 0) continue; // an inferred pair with other candidates: too weak a link
      const result = ctx.tie({ stated: b, operands: [a], compute: ([x]) => x! });
      if (!result) continue;
      ctx.report({
        messageId: 'scaled',
        data: { factor: '10000' },
        outcome: 'fails',
        uncertain: pair.inferred,
        formula: `${formatTerm(b)} = ${formatTerm(a)} ${scale}`,
        ...tieFields(result),
        terms: [b, a],
        refs: [pair.a.id, pair.b.id],
      });
    }
  },
});
