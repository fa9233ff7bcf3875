import type { NumberValue } from '../../model/index.js';
import type { Outcome } from '../check.js';
import { dec, Interval, trim } from '../interval.js';
import { loadGrades, type GradeBand } from '../../patterns/domain.js';
import { readFigures, type Reading } from '../reading.js';
import { defineRule, formatTerm, type RuleContext, type Term } from '../rule.js';
import { SELF_SCORE_LABELS } from './score.js';

/**
 * The 评价等级 a report gives itself (meta.grade: 优 / 良 / 中 / 差) fits its score:
 * the prose 自评得分, else the indicator table's 总分 row, else the sum of its scores.
 * Bands are data (patterns/grades.json: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60).
 */
export default defineRule({
  meta: {
    id: 'grade',
    description: 'The stated 评价等级 (优/良/中/差) fits the score band of the stated score (patterns/grades.json).',
    messages: {
      mismatch: {
        zh: '评价等级与得分不符：{{score}}分对应“{{expected}}”',
        en: 'The grade does not fit the score: {{score}} points is “{{expected}}”',
      },
      looseOnly: {
        zh: '评价等级仅在得分按最宽松的舍入解读时相符',
        en: 'The grade fits the score only on the loosest reading of rounding',
      },
      ties: { zh: '评价等级与得分相符', en: 'The grade fits the score' },
    },
  },
  check(ctx) {
    const stated = ctx.input.meta.grade;
    if (!stated) return;
    const { bands } = loadGrades();
    const text = stated.text.replace(/[\s\u3000]+/g, '');
    const band = bands.find((b) => b.grade === text || b.synonyms.includes(text));
    if (!band) return;

    const scoreTerms = scoreSource(ctx);
    if (scoreTerms.length === 0) return;
    const read = (reading: Reading): Interval => Interval.sum(readFigures(scoreTerms, reading));
    const tight = read('tight');
    const loose = read('loose');
    const outcome: Outcome = inside(tight, band) ? 'ties' : touches(loose, band) ? 'loose' : 'fails';
    const point = Interval.sum(scoreTerms.map((t) => Interval.point(t.number.value))).low;
    const fitting = bands.find((b) => inside(Interval.point(point), b));
    const scoreText = trim(point);
    const scoreLabel = scoreTerms.length === 1 ? formatTerm(scoreTerms[0]!) : `得分合计 ${scoreText}`;
    // the grade is words, not a figure: carried as a term so that its place is in the finding
    const gradeNumber: NumberValue = { raw: stated.text, printed: stated.text, value: '0', decimals: 0, unit: null, kind: 'plain', wanYuan: null };
    const gradeTerm: Term = { number: gradeNumber, label: '评价等级', role: 'grade', location: stated.location };
    const sign = outcome === 'ties' ? '∈' : outcome === 'loose' ? '≈' : '∉';
    ctx.report({
      messageId: outcome === 'ties' ? 'ties' : outcome === 'loose' ? 'looseOnly' : 'mismatch',
      data: { score: scoreText },
      outcome,
      formula: `${scoreLabel} ${sign} 评价等级 ${stated.text}（${describe(band)}）`,
      stated: stated.text,
      expected: { value: fitting?.grade ?? '', interval: outcome === 'ties' ? tight : loose },
      difference: null,
      terms: [gradeTerm, ...scoreTerms],
      refs: [],
    });
  },
});

/** The score a grade is judged on, as the terms that add up to it. */
function scoreSource(ctx: RuleContext): Term[] {
  const prose = ctx.factsLabelled(SELF_SCORE_LABELS)[0];
  if (prose) return [ctx.term(prose, 'score', { whole: true })];
  const rows = ctx.input.indicators;
  const total = rows.find((r) => r.role === 'total' && r.score);
  if (total?.score) return [{ number: total.score, label: '总得分', role: 'score', location: total.location, whole: true }];
  return rows.flatMap((r) =>
    r.role !== 'total' && r.score ? [{ number: r.score, label: `${r.level3 ?? r.level2 ?? '指标'}得分`, role: 'score', location: r.location, whole: true }] : [],
  );
}

/** Every value of the interval is in the band. */
function inside(iv: Interval, band: GradeBand): boolean {
  return (band.min == null || iv.low.greaterThanOrEqualTo(band.min)) && (band.max == null || iv.high.lessThan(band.max));
}

/** Some value of the interval is in the band. */
function touches(iv: Interval, band: GradeBand): boolean {
  return (band.min == null || iv.high.greaterThanOrEqualTo(band.min)) && (band.max == null || iv.low.lessThan(band.max));
}

function describe(band: GradeBand): string {
  if (band.min != null && band.max != null) return `${band.min} ≤ 得分 < ${band.max}`;
  if (band.min != null) return `得分 ≥ ${band.min}`;
  return `得分 < ${dec(band.max ?? '0').toFixed()}`;
}
