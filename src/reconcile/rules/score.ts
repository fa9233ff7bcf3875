import type { Fact, IndicatorRow, Location, NumberValue } from '../../model/index.js';
import { sumOf } from '../check.js';
import { loadGrades } from '../../patterns/domain.js';
import { defineRule, formatTerm, relationSign, tieFields, type RuleContext, type Term } from '../rule.js';

/** Score labels: the prose total (“自评得分99分”) is a fact with this canonical label. */
export const SELF_SCORE_LABELS = ['自评得分', '综合得分', '总得分'] as const;

/**
 * The 绩效指标 table: each 得分 ≤ its 分值; the 分值 of a 一级指标 group add to the weight
 * the group states (“产出指标（50分）”); all 分值 add to the 总分 row's (else to 100); all
 * 得分 add to the 总分 row's; the total stated in prose (“自评得分99分”) equals it.
 * 分值 and 得分 are points: printed without decimals they are exact.
 */
export default defineRule({
  meta: {
    id: 'score',
    description: 'Indicator scores: 得分 ≤ 分值; weights add to their group and to 100; scores add to the total; the prose total equals it.',
    messages: {
      scoreOverWeight: {
        zh: '得分超过分值 {{excess}} 分',
        en: 'A score is above its weight by {{excess}}',
      },
      groupWeights: {
        zh: '一级指标“{{group}}”下各指标分值之和与其分值不符，相差 {{difference}}',
        en: 'The weights under “{{group}}” do not add to its weight (off by {{difference}})',
      },
      totalWeights: {
        zh: '各指标分值之和与总分值不符，相差 {{difference}}',
        en: 'The weights do not add to the total weight (off by {{difference}})',
      },
      totalScores: {
        zh: '各指标得分之和与总得分不符，相差 {{difference}}',
        en: 'The scores do not add to the total score (off by {{difference}})',
      },
      proseTotal: {
        zh: '正文自评得分与绩效指标表总得分不符，相差 {{difference}}',
        en: 'The self-assessed score in the text differs from the indicator table (off by {{difference}})',
      },
      looseOnly: {
        zh: '分值/得分仅在最宽松的舍入解读下相符',
        en: 'Weights or scores tie only on the loosest reading of rounding',
      },
      ties: { zh: '分值/得分相符', en: 'Weights and scores tie' },
    },
  },
  check(ctx) {
    const at = cellLocator(ctx);
    const rows = ctx.input.indicators;
    if (rows.length === 0 && ctx.factsLabelled(SELF_SCORE_LABELS).length === 0) return;
    const scored = rows.filter((r) => r.role !== 'total');
    const totalRow = rows.find((r) => r.role === 'total');

    // 得分 ≤ 分值, row by row
    for (const row of scored) {
      if (!row.weight || !row.score) continue;
      const weight = rowTerm(at, row, row.weight, 'weight');
      const score = rowTerm(at, row, row.score, 'score');
      const result = ctx.tie({ stated: weight, operands: [score], compute: ([s]) => s!, compare: 'atMost' });
      if (!result) continue;
      const formula = `${formatTerm(score)} ${result.outcome === 'fails' ? '>' : '≤'} ${formatTerm(weight)}`;
      report(ctx, 'scoreOverWeight', result, formula, [score, weight], [row.id], { excess: result.difference.replace(/^\+/, '') });
    }

    // the weights of a 一级指标 group add to the weight it states
    const groups = new Map<string, IndicatorRow[]>();
    for (const row of scored) {
      if (row.level1 == null || !row.level1Weight) continue;
      groups.set(row.level1, [...(groups.get(row.level1) ?? []), row]);
    }
    for (const [group, members] of groups) {
      const first = members[0]!;
      const stated = { ...rowTerm(at, first, first.level1Weight!, 'group-weight'), label: squash(group) };
      sumCheck(ctx, 'groupWeights', stated, members, 'weight', { group: squash(group) });
    }

    // all weights add to the total row's (else to the full score), all scores to the total row's
    const fullScore = loadGrades().fullScore;
    if (scored.length > 0) {
      const totalWeight = totalRow?.weight
        ? rowTerm(at, totalRow, totalRow.weight, 'total-weight')
        : { ...rowTerm(at, scored[0]!, points(fullScore), 'full-score'), label: '满分' };
      sumCheck(ctx, 'totalWeights', totalWeight, scored, 'weight', {});
      if (totalRow?.score) sumCheck(ctx, 'totalScores', rowTerm(at, totalRow, totalRow.score, 'total-score'), scored, 'score', {});
    }

    // the prose total (自评得分99分) equals the table's total (or the sum of scores)
    for (const fact of ctx.factsLabelled(SELF_SCORE_LABELS)) {
      const prose = ctx.term(fact, 'stated-total', { whole: true });
      if (totalRow?.score) {
        const table = rowTerm(at, totalRow, totalRow.score, 'total-score');
        const result = ctx.tie({ stated: prose, operands: [table], compute: ([x]) => x! });
        if (result) report(ctx, 'proseTotal', result, `${formatTerm(prose)} ${relationSign(result.outcome)} ${formatTerm(table)}`, [prose, table], [fact.id, totalRow.id]);
      } else if (scored.some((r) => r.score)) {
        sumCheck(ctx, 'proseTotal', prose, scored, 'score', {}, [fact.id]);
      }
    }
  },
});

type ScoreMessage = 'scoreOverWeight' | 'groupWeights' | 'totalWeights' | 'totalScores' | 'proseTotal' | 'looseOnly' | 'ties';

function sumCheck(
  ctx: RuleContext<ScoreMessage>,
  messageId: ScoreMessage,
  stated: Term,
  rows: readonly IndicatorRow[],
  field: 'weight' | 'score',
  data: Record<string, string>,
  refs: string[] = [],
): void {
  const at = cellLocator(ctx);
  const parts = rows.flatMap((r) => (r[field] ? [rowTerm(at, r, r[field]!, field)] : []));
  if (parts.length === 0) return;
  const result = ctx.tie({ stated, operands: parts, compute: sumOf });
  if (!result) return;
  const shown = result.outcome === 'ties' ? '' : ` = ${result.expected}`;
  const formula = `${formatTerm(stated)} ${relationSign(result.outcome)} ${parts.map((p) => p.number.printed).join(' + ')}${shown}`;
  report(ctx, messageId, result, formula, [stated, ...parts], [...refs, ...rows.map((r) => r.id)], data);
}

function report(
  ctx: RuleContext<ScoreMessage>,
  messageId: ScoreMessage,
  result: NonNullable<ReturnType<RuleContext['tie']>>,
  formula: string,
  terms: Term[],
  refs: string[],
  data: Record<string, string> = {},
): void {
  ctx.report({
    messageId: result.outcome === 'ties' ? 'ties' : result.outcome === 'loose' ? 'looseOnly' : messageId,
    data,
    outcome: result.outcome,
    formula,
    ...tieFields(result),
    terms,
    refs,
  });
}

/** A 分值/得分 cell as a term: points, exact when printed without decimals. */
function rowTerm(at: CellAt, row: IndicatorRow, number: NumberValue, role: string): Term {
  const name = squash(row.level3 ?? row.level2 ?? row.level1 ?? (row.role === 'total' ? '总分' : row.role === 'execution' ? '预算执行率' : '指标'));
  const suffix = role.includes('weight') ? '分值' : role.includes('score') ? '得分' : '';
  return { number, label: suffix ? `${name}${suffix}` : name, role, location: at(row, number), whole: true };
}

/** A number of points that is not printed in the report (the full score of 100). */
function points(value: string): NumberValue {
  return { raw: value, printed: value, value, decimals: 0, unit: '分', kind: 'score', wanYuan: null };
}

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Where a 分值 / 得分 figure of an indicator row is printed: its own cell, found among the row's facts. */
type CellAt = (row: IndicatorRow, number: NumberValue) => Location;

const locators = new WeakMap<object, CellAt>();

function cellLocator(ctx: RuleContext<ScoreMessage>): CellAt {
  const known = locators.get(ctx);
  if (known) return known;
  const byRow = new Map<string, Fact[]>();
  for (const f of ctx.facts) {
    if (f.location.table === null) continue;
    const key = `${f.location.table}:${f.location.row}`;
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const at: CellAt = (row, number) => {
    const cells = byRow.get(`${row.location.table ?? row.location.block}:${row.location.row}`) ?? [];
    return cells.find((f) => f.number.raw === number.raw && f.number.value === number.value)?.location ?? row.location;
  };
  locators.set(ctx, at);
  return at;
}
