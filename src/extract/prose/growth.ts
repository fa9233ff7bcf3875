import type { Relation, Section } from '../../model/index.js';
import { isStatement, locate, sameKind, type Paragraph, type Placed } from '../relations.js';
import { RATE_GAP, rateVerb } from './claims.js';

type NewRelation = Omit<Relation, 'id' | 'source'>;

/**
 * Year-on-year rates (增长率) the prose states, as `rate` relations (patterns/prose-claims.json):
 * - after a stated change — “支出决算5218.21万元，与上年相比减少229.49万元，下降4.45%”:
 *   `change-over-base`, operands [this year, the change] (the base year is this year ∓ the
 *   change); when the change's `difference` relation has both years' figures, `growth` over them;
 * - after “比 + base + figure” — “预算安排X万元，比上年执行数Y万元增加Z%”: `growth` [X, Y];
 * - after “比 + base” naming a figure of the sentence — “2025年预算执行数为Y万元，2026年预算
 *   安排X万元，比2025年预算执行数增加Z%”: `growth` [X, Y], Y found by the base's year or kind.
 * `sign` is the rate's own direction (增长 = 1, 下降 = −1). Figures are taken from the rate's
 * sentence; only the this-year figure of a change may come from outside it — through the
 * change's `difference` relation, or as the sentence before's figure when the
 * rate's sentence opens with the comparison, its first figure (“…20153.75万元，主要用于…。与上年相比增加
 * 3161.38万元，增长18.60%”) — and the link is then `inferred`, unless the sentence before states
 * that one figure only (the subject-less comparison can then mean nothing else).
 */
export function growthRelations(paragraphs: readonly Paragraph[], made: readonly Relation[], sections: Section[]): NewRelation[] {
  const out: NewRelation[] = [];
  for (const p of paragraphs) {
    p.facts.forEach((r, i) => {
      if (r.fact.number.kind !== 'percent' || r.fact.dims['qualifier'] || made.some((x) => x.result === r.fact.id)) return;
      const before = p.facts[i - 1];
      const prev = before && before.sentence === r.sentence ? before : null;
      const from = prev ? prev.end : p.sentences[r.sentence]!.start;
      const words = p.text.slice(from, r.start);
      const verb = rateVerb(words);
      if (!verb) return;
      const gapOk = RATE_GAP.test(words.slice(0, verb.at));
      const fromChange = prev && gapOk ? changeRate(p, r, prev, made, verb.sign, sections) : null;
      const rel = fromChange ?? [(prev && gapOk && overStatedBase(p, r, prev, verb.sign, sections)) || overNamedBase(p, r, verb.sign, sections)];
      for (const x of rel) if (x) out.push(x);
    });
  }
  return out;
}

/** Money figures of the rate's sentence before `to` that can be this year's or the base's figure. */
function candidates(p: Paragraph, r: Placed, to: number, like: Placed): Placed[] {
  return p.facts.filter((g) => g.sentence === r.sentence && g.end <= to && g !== like && !isStatement(g.fact) && g.fact.number.kind !== 'percent' && sameKind(g.fact, like.fact));
}

/**
 * A figure that is the base year's, not this year's: in brackets after “与2016年度相比”
 * (“（2016年度部门支出预算安排为8,648.07万元）”), or dated in the base year or 上年.
 */
function isBaseFigure(p: Paragraph, g: Placed, change: Placed): boolean {
  const from = p.sentences[g.sentence]?.start ?? 0;
  let depth = 0;
  for (let i = from; i < g.start; i++) {
    const ch = p.text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  if (depth > 0) return true;
  const baseYear = /(\d{4})/u.exec(change.fact.dims['base'] ?? '')?.[1] ?? null;
  const year = g.fact.dims['year'] ?? /(\d{4})\s*年/u.exec(g.fact.rawLabel)?.[1] ?? null;
  return g.fact.dims['yearRef'] === '上年' || (baseYear !== null && year === baseYear);
}

/** The relation; `operands` are fact ids, `here` the operands placed in the rate's paragraph. */
function relation(p: Paragraph, r: Placed, operands: string[], here: Placed[], formula: 'growth' | 'change-over-base', sign: 1 | -1, inferred: boolean, sections: Section[]): NewRelation {
  const starts = here.filter((o) => o.block.index === p.block.index).map((o) => o.start);
  return {
    kind: 'rate',
    name: '增长率',
    result: r.fact.id,
    operands,
    partial: false,
    sign,
    inferred,
    formula,
    location: locate(p, Math.min(r.start, ...starts), r.end, sections),
  };
}

const ids = (xs: Placed[]) => xs.map((x) => x.fact.id);

/** “…5218.21万元，与上年相比减少229.49万元，下降4.45%”: the rate of the change just before it. */
function changeRate(p: Paragraph, r: Placed, change: Placed, made: readonly Relation[], sign: 1 | -1, sections: Section[]): NewRelation[] | null {
  if (change.fact.number.kind === 'percent') return null;
  let diff: Pick<Relation, 'operands' | 'inferred'> | undefined = made.find((x) => x.kind === 'difference' && x.result === change.fact.id);
  const extra: NewRelation[] = [];
  if (!change.fact.dims['direction'] || !diff) {
    // A change the fact reader did not read as a comparison (letter-spaced “与 上 年 相 比 …
    // 各 增 加 3,958.67万元”, or its base figure between: “比2025年年初预算数125462.47万元增加
    // 8670.86万元”) is read here from the words ending in its verb; it becomes a `difference`.
    const words = squash(change.fact.rawLabel);
    const changeVerb = rateVerb(words);
    if (!changeVerb || change.fact.dims['direction'] || diff) return null;
    const figures = candidates(p, r, change.start, change);
    const base = figures.at(-1);
    const between = base ? squash(p.text.slice(base.end, change.start)).replace(/[，,、]/gu, '') : null;
    if (base && /^(?:比|较)/u.test(squash(base.fact.rawLabel)) && between === words) {
      const current = figures.at(-2);
      if (!current) return null;
      return [
        { kind: 'difference', name: words, result: change.fact.id, operands: ids([current, base]), partial: false, sign: changeVerb.sign, inferred: false, location: locate(p, current.start, change.end, sections) },
        relation(p, r, ids([current, base]), [current, base], 'growth', sign, false, sections),
      ];
    }
    if (!/比|较/u.test(squash(p.text.slice(p.sentences[r.sentence]!.start, change.start)))) return null;
    const subject = figures.at(-1);
    extra.push({
      kind: 'difference',
      name: words.slice(changeVerb.at),
      result: change.fact.id,
      operands: subject ? [subject.fact.id] : [],
      partial: false,
      sign: changeVerb.sign,
      inferred: false,
      location: locate(p, subject?.start ?? change.start, change.end, sections),
    });
    diff = { operands: subject ? [subject.fact.id] : [], inferred: false };
  }
  const rate = rateOfChange(p, r, change, diff, sign, sections);
  return rate ? [...extra, rate] : null;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

function rateOfChange(p: Paragraph, r: Placed, change: Placed, diff: Pick<Relation, 'operands' | 'inferred'>, sign: 1 | -1, sections: Section[]): NewRelation | null {
  const here = (id: string | undefined) => p.facts.filter((g) => g.fact.id === id);
  if (diff.operands.length === 2) {
    return relation(p, r, [...diff.operands], [...here(diff.operands[0]), ...here(diff.operands[1])], 'growth', sign, diff.inferred, sections);
  }
  // This year's figure: the difference's own operand when it is in the sentence, else the
  // last figure of the sentence before the change, else the difference's operand elsewhere.
  const own = diff.operands[0];
  const inSentence = p.facts.find((g) => g.fact.id === own && g.sentence === r.sentence);
  const nearest = inSentence ?? candidates(p, r, change.start, change).at(-1);
  // “与2016年度相比（2016年度…为8,648.07万元），增加498.72万元，增长5.77%”: the rate of the
  // change over the base figure the sentence states.
  if (nearest && isBaseFigure(p, nearest, change)) {
    return { ...relation(p, r, ids([change, nearest]), [nearest, change], 'growth', sign, false, sections), formula: 'ratio' };
  }
  if (nearest) return relation(p, r, ids([nearest, change]), [nearest, change], 'change-over-base', sign, false, sections);
  // “…支出20153.75万元，主要用于…。与上年相比增加3161.38万元，增长18.60%”: the sentence
  // opens with the comparison; its subject is the first figure of the sentence before (the
  // total, not the last of its 其中 list: “收入预算1935.36万元，其中，…结转0.00万元。收入较去年增加…”).
  const levels = p.facts.filter((g) => g.sentence === r.sentence - 1 && !isStatement(g.fact) && g.fact.number.kind !== 'percent' && sameKind(g.fact, change.fact));
  // the difference's operand, found by its label: certain when it is the one figure of the sentence before
  if (own) return relation(p, r, [own, change.fact.id], [...here(own), change], 'change-over-base', sign, diff.inferred && !(levels.length === 1 && levels[0]!.fact.id === own), sections);
  const previous = levels[0];
  // a sentence before that states changes of its own speaks of other items (“因公出国（境）费
  // 215.6万元，比上年…；（公务用车购置费0万元，比上年减少70万元…）比上年减少388.88万元”)
  const ownChanges = p.facts.some((g) => g.sentence === r.sentence - 1 && g.fact.dims['direction'] !== undefined);
  if (!previous || ownChanges || isBaseFigure(p, previous, change)) return null;
  // A comparison with no subject of its own (“项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，
  // 减少13.22%”) continues the sentence before: when that sentence states one figure, the words
  // leave no other reading; among several (a total and its 其中 list) the first is only the likeliest.
  return relation(p, r, ids([previous, change]), [previous, change], 'change-over-base', sign, levels.length > 1, sections);
}

/** “预算安排X万元，比上年执行数Y万元增加Z%”: the base is the figure right before the verb. */
function overStatedBase(p: Paragraph, r: Placed, base: Placed, sign: 1 | -1, sections: Section[]): NewRelation | null {
  if (base.fact.dims['direction'] || !/^(?:比|较|与)/u.test(base.fact.rawLabel) || base.fact.number.kind === 'percent') return null;
  const current = candidates(p, r, base.start, base).at(-1);
  if (!current) return null;
  return relation(p, r, ids([current, base]), [current, base], 'growth', sign, false, sections);
}

const KIND_WORDS: Array<[RegExp, RegExp]> = [
  [/执行/u, /执行/u],
  [/决算/u, /决算/u],
  [/预算(?!执行)/u, /预算(?!执行)/u],
];

/**
 * “2025年当年预算执行数为Y万元，2026年预算安排X万元，比2025年预算执行数增加Z%”: X is the
 * last figure before the rate, Y the one other figure of the sentence the base names by its
 * year and kind.
 */
function overNamedBase(p: Paragraph, r: Placed, sign: 1 | -1, sections: Section[]): NewRelation | null {
  const base = r.fact.dims['base'];
  if (!base || !r.fact.dims['direction']) return null;
  const money = p.facts.filter((g) => g.sentence === r.sentence && g.end <= r.start && !isStatement(g.fact) && g.fact.number.kind === 'money');
  const current = money.at(-1);
  if (!current) return null;
  const year = /(\d{4})\s*年/u.exec(base)?.[1] ?? null;
  const kind = KIND_WORDS.find(([w]) => w.test(base))?.[1] ?? null;
  if (!year && !kind) return null;
  const fits = money.filter(
    (g) =>
      g !== current &&
      sameKind(g.fact, current.fact) &&
      (!year || g.fact.dims['year'] === year || g.fact.rawLabel.includes(`${year}年`)) &&
      (!kind || kind.test(g.fact.rawLabel)),
  );
  if (fits.length !== 1) return null;
  // The base year's figure is not this year's: a year the current figure states must differ.
  if (year && current.fact.dims['year'] === year) return null;
  return relation(p, r, ids([current, fits[0]!]), [current, fits[0]!], 'growth', sign, false, sections);
}

