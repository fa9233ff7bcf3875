import type { Fact } from '../../model/index.js';
import { sumOf } from '../check.js';
import { keyOf, near, nearest } from '../matching.js';
import { loadIdentities } from '../../patterns/domain.js';
import { sameMeasure } from '../reading.js';
import { defineRule, formatTerm, relationSign, tieFields, type RuleContext } from '../rule.js';

/**
 * The report states this identity itself (a sum relation, prose or table, over these
 * parts to a total of the same label): the `sum` rule checks it, and `same-figure` the totals.
 */
function statedAsSum(ctx: RuleContext, total: Fact, parts: readonly Fact[]): boolean {
  return ctx.relations('sum').some((rel) => ctx.fact(rel.result)?.label === total.label && parts.every((p) => rel.operands.includes(p.id)));
}

/**
 * Domain identities kept as data (patterns/identities.json): 支出 = 基本支出 + 项目支出,
 * 基本支出 = 工资福利支出 + 商品和服务支出 + 对个人和家庭的补助, 三公经费 = …
 * Facts are found by canonical label, with dims compatible with the total's, in the
 * total's table (same column first) or, in prose, its section. A check whose figures
 * are not all in one table or paragraph, or that misses an omittable part, is uncertain.
 * Where the report states the sum itself (其中… / a table hierarchy), `sum` checks it.
 */
export default defineRule({
  meta: {
    id: 'identity',
    description: 'Domain identities from patterns/identities.json (支出 = 基本支出 + 项目支出, 三公经费 = …) hold between the stated figures.',
    messages: {
      mismatch: {
        zh: '不符合“{{identity}}”，相差 {{difference}}',
        en: 'The identity “{{identity}}” does not hold (off by {{difference}})',
      },
      looseOnly: {
        zh: '“{{identity}}”仅在最宽松的舍入解读下成立',
        en: 'The identity “{{identity}}” holds only on the loosest reading of rounding',
      },
      ties: { zh: '符合“{{identity}}”', en: 'The identity “{{identity}}” holds' },
    },
  },
  check(ctx) {
    const underTotal = partsOfTotals(ctx);
    for (const identity of loadIdentities()) {
      for (const totalFact of ctx.factsLabelled(identity.total)) {
        const chosen: Fact[] = [];
        let missing = 0;
        for (const labels of identity.parts) {
          const candidates = ctx
            .factsLabelled(labels)
            .filter(
              (f) =>
                f !== totalFact &&
                !chosen.includes(f) &&
                // a row the table lists under another total (上级补助收入 below 本年收入合计, a part of 收入总计)
                !(underTotal.get(f.id) ?? []).some((t) => t !== totalFact.id) &&
                compatibleScope(totalFact, f) &&
                near(totalFact.location, f.location) &&
                sameMeasure(ctx.term(totalFact, 'total'), ctx.term(f, 'part')),
            );
          const pick = nearest(totalFact.location, candidates);
          if (pick) chosen.push(pick);
          else missing += 1;
        }
        if (missing > 0 && (!identity.omittable || chosen.length < 2)) continue;
        if (statedAsSum(ctx, totalFact, chosen)) continue;
        const total = ctx.term(totalFact, 'total');
        const parts = chosen.map((f) => ctx.term(f, 'part'));
        // a part left out can only add: without it the parts found may fall short, never exceed
        const compare = missing > 0 ? 'atMost' : 'eq';
        const result = ctx.tie({ stated: total, operands: parts, compute: sumOf, compare });
        if (!result) continue;
        const oneSite = chosen.every((f) =>
          totalFact.location.table != null ? f.location.table === totalFact.location.table : f.location.block === totalFact.location.block,
        );
        const shown = result.outcome === 'ties' ? '' : ` = ${result.expected}`;
        ctx.report({
          messageId: result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : 'mismatch',
          data: { identity: identity.name },
          outcome: result.outcome,
          uncertain: !oneSite || missing > 0,
          formula: `${formatTerm(total)} ${relationSign(result.outcome, compare)} ${parts.map(formatTerm).join(' + ')}${shown}`,
          ...tieFields(result),
          terms: [total, ...parts],
          refs: [identity.id, totalFact.id, ...chosen.map((f) => f.id)],
        });
      }
    }
  },
});

/** The parts of an identity share the total's year, basis and scope where both say. */
function compatibleScope(total: Fact, part: Fact): boolean {
  const a = keyOf(total);
  const b = keyOf(part);
  return (['year', 'period', 'basis', 'scope', 'column'] as const).every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
}

/** Table rows placed under a total row (合计 / 总计 over the rows it adds): part id → those totals. */
function partsOfTotals(ctx: RuleContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rel of ctx.relations('sum')) {
    if (rel.source !== 'table' || !TOTAL_WORD.test(rel.name)) continue;
    for (const id of rel.operands) out.set(id, [...(out.get(id) ?? []), rel.result]);
  }
  return out;
}

const TOTAL_WORD = /合计|总计/u;
