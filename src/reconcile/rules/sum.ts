import { sumOf } from '../check.js';
import { sameDimension } from '../matching.js';
import { sameMeasure } from '../reading.js';
import { defineRule, formatTerm, relationSign, tieFields } from '../rule.js';

/**
 * 合计 = Σ 分项: every sum relation — prose (“其中：… / 分别为…”) and table hierarchy
 * (合计 / 小计 / parent rows over their children, per column) — and every “含…” inclusion.
 * A partial list (主要用于 / 等) and an inclusion only require the parts not to exceed the total.
 */
export default defineRule({
  meta: {
    id: 'sum',
    description: 'A total equals the sum of its parts; a partial list (主要/等) or an inclusion (含…) does not exceed it.',
    messages: {
      mismatch: {
        zh: '合计数与分项之和不符，相差 {{difference}}',
        en: 'The total does not equal the sum of its parts (off by {{difference}})',
      },
      partsExceed: {
        zh: '分项之和超过总数 {{excess}}',
        en: 'The listed parts exceed the total by {{excess}}',
      },
      looseOnly: {
        zh: '合计数与分项之和仅在最宽松的舍入解读下相符',
        en: 'The total ties with its parts only on the loosest reading of rounding',
      },
      ties: { zh: '合计数与分项之和相符', en: 'The total ties with its parts' },
    },
  },
  check(ctx) {
    for (const rel of ctx.relations()) {
      if (rel.kind !== 'sum' && rel.kind !== 'includes') continue;
      const totalFact = ctx.fact(rel.result);
      const partFacts = rel.operands.map((id) => ctx.fact(id));
      if (!totalFact || partFacts.length === 0) continue;
      if (!partFacts.every((p) => p !== undefined)) continue;
      // Rates do not add up (a 合计 row's 控制率 is not the sum of the rows' 控制率); only
      // shares that make a whole (占比 … 100%) do.
      if (totalFact.number.kind === 'percent' && !isWhole(totalFact.number.value)) continue;
      const total = ctx.term(totalFact, 'total');
      const parts = partFacts.map((p) => ctx.term(p, 'part'));
      if (!parts.every((p) => sameMeasure(total, p))) continue;
      // 496人 is not made of 23个 + 2个: figures of different dimensions never meet in a sum
      if (!partFacts.every((p) => sameDimension(totalFact, p))) continue;
      const atMost = rel.partial || rel.kind === 'includes';
      const compare = atMost ? 'atMost' : 'eq';
      const result = ctx.tie({ stated: total, operands: parts, compute: sumOf, compare });
      if (!result) continue;
      const sign = relationSign(result.outcome, compare);
      const shown = result.outcome === 'ties' ? '' : ` = ${result.expected}`;
      const formula = `${formatTerm(total)} ${sign} ${parts.map(formatTerm).join(' + ')}${shown}`;
      const messageId =
        result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : atMost ? 'partsExceed' : 'mismatch';
      ctx.report({
        messageId,
        data: { excess: result.difference.replace(/^\+/, '') },
        outcome: result.outcome,
        uncertain: rel.partial || rel.inferred,
        formula,
        ...tieFields(result),
        terms: [total, ...parts],
        refs: [rel.id],
      });
    }
  },
});

/** 100% printed as 100, 100.0, 100.00 … */
function isWhole(value: string): boolean {
  return /^100(\.0+)?$/.test(value);
}
