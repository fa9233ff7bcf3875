import type { Relation, Section } from '../../model/index.js';
import { isStatement, locate, sameKind, type Paragraph, type Placed } from '../relations.js';
import { CLAIMS } from './claims.js';

type NewRelation = Omit<Relation, 'id' | 'source'>;

const CLAIM_REGEXES = CLAIMS.compare.claims.map((c) => ({ regex: new RegExp(c.regex, 'gu'), sign: c.sign }));
const FINAL = new RegExp(CLAIMS.compare.final, 'u');
const BUDGET = new RegExp(CLAIMS.compare.budget, 'u');

/**
 * Direction words between a 决算数 and a 预算数 (patterns/prose-claims.json `compare`):
 * “决算数小于预算数的主要原因…” → a `compare` relation, result the 决算数, operands
 * [the 预算数], `sign` 1 (greater), −1 (less) or null (equal, 持平/一致). The figures are
 * the sentence's only 决算 and 预算 figures before the words; when the sentence has none,
 * those of the sentence before it in the paragraph (“年初预算为1560.05万元，支出决算为
 * 1511.89万元。决算数小于预算数的主要原因…”), and the link is then `inferred`.
 * Approximate words (基本持平, 基本一致) are not claims that can be checked.
 */
export function compareRelations(paragraphs: readonly Paragraph[], sections: Section[]): NewRelation[] {
  const out: NewRelation[] = [];
  for (const p of paragraphs) {
    for (const claim of CLAIM_REGEXES) {
      for (const m of p.text.matchAll(claim.regex)) {
        const at = m.index;
        const sentence = p.sentences.findIndex((s) => at >= s.start && at < s.end);
        if (sentence < 0) continue;
        const pair = pairIn(p, sentence, at) ?? (sentence > 0 && !figuresIn(p, sentence, at).length ? pairIn(p, sentence - 1, Infinity) : null);
        if (!pair) continue;
        const [final, budget] = pair;
        out.push({
          kind: 'compare',
          name: m[0],
          result: final.fact.id,
          operands: [budget.fact.id],
          partial: false,
          sign: claim.sign,
          inferred: final.sentence !== sentence,
          location: locate(p, Math.min(final.start, budget.start), at + m[0].length, sections),
        });
      }
    }
  }
  return out;
}

/** Figures of a sentence before `to` that can be compared (no rates, changes or shares). */
function figuresIn(p: Paragraph, sentence: number, to: number): Placed[] {
  return p.facts.filter((g) => g.sentence === sentence && g.end <= to && !isStatement(g.fact) && g.fact.number.kind !== 'percent');
}

/** The one 决算 figure and the one 预算 figure of a sentence, of one kind; null when either is missing or not alone. */
function pairIn(p: Paragraph, sentence: number, to: number): [Placed, Placed] | null {
  const figures = figuresIn(p, sentence, to);
  const final = figures.filter((g) => g.fact.dims['kind'] === '决算数' || FINAL.test(g.fact.rawLabel));
  const budget = figures.filter((g) => !final.includes(g) && (g.fact.dims['kind'] === '预算数' || BUDGET.test(g.fact.rawLabel)));
  if (final.length !== 1 || budget.length !== 1) return null;
  if (!sameKind(final[0]!.fact, budget[0]!.fact)) return null;
  return [final[0]!, budget[0]!];
}
