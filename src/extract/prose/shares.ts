import type { Relation, Section } from '../../model/index.js';
import { canonicalLabel, labelKey } from '../labels.js';
import { isStatement, locate, sameKind, type Paragraph, type Placed } from '../relations.js';
import { CLAIMS } from './claims.js';

type NewRelation = Omit<Relation, 'id' | 'source'>;

const BARE = new RegExp(CLAIMS.shares.bare, 'u');
const NAMED = new RegExp(CLAIMS.shares.named, 'u');
/** What may stand between a figure and its share: “2106.66万元，占71.73%”. */
const SHARE_GAP = /^[\s，,、]*占/u;

/**
 * Shares the prose states (patterns/prose-claims.json `shares`):
 * - (“一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%” whose whole is not in
 *   the paragraph is linked after the tables are read: src/extract/prose/wholes.ts);
 * - a list of shares (“基本支出10403.11万元，占42.53%；项目支出12081.46万元，占49.40%；…”):
 *   a `shares` relation that they make 100% — at most 100% (`partial`) unless the list is
 *   complete: the whole 其中 list of a total, or sentences holding nothing but the list.
 *   A list spread over several paragraphs (one line each) is `inferred`, unless the
 *   paragraph before it ends with a colon (“…本年支出预算合计21,955.35万元，其中：”): that
 *   figure is the list's whole, and each share becomes a `rate` (占比) over it; a complete
 *   list with no whole stated gives each share as a `share-of-list` rate (its figure over
 *   the sum of the list's figures).
 */
export function shareRelations(paragraphs: readonly Paragraph[], all: readonly Placed[], made: readonly Relation[], sections: Section[]): NewRelation[] {
  const paragraphOf = new Map<Placed, Paragraph>();
  for (const p of paragraphs) for (const f of p.facts) paragraphOf.set(f, p);
  return groups(all, paragraphOf, made, sections);
}

export interface Item {
  share: Placed;
  part: Placed;
  /** '' for a share of the list's whole, else the named whole's label key. */
  whole: string;
  /** The whole's words as printed (“本年支出合计”, “三公”经费), '' for a share of the list's whole. */
  named: string;
}

/** The figure a share belongs to: the figure right before it in the sentence, with only “，占” between. */
export function itemOf(r: Placed, p: Paragraph): Item | null {
  if (r.fact.number.kind !== 'percent' || r.fact.dims['qualifier']) return null;
  const i = p.facts.indexOf(r);
  const part = p.facts[i - 1];
  if (!part || part.sentence !== r.sentence || isStatement(part.fact) || part.fact.number.kind === 'percent') return null;
  const words = p.text.slice(part.end, r.start);
  if (!SHARE_GAP.test(words)) return null;
  const label = r.fact.rawLabel;
  if (BARE.test(label)) return { share: r, part, whole: '', named: '' };
  const named = NAMED.exec(label)?.groups?.['whole']?.replace(/的$/u, '');
  return named ? { share: r, part, whole: labelKey(canonicalLabel(named)), named } : null;
}

function groups(all: readonly Placed[], paragraphOf: Map<Placed, Paragraph>, made: readonly Relation[], sections: Section[]): NewRelation[] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const r of all) {
    const item = itemOf(r, paragraphOf.get(r)!);
    if (!item) continue;
    const last = run.at(-1);
    const continues =
      last !== undefined &&
      item.part.order === last.share.order + 1 &&
      item.whole === last.whole &&
      item.part.fact.location.section === last.part.fact.location.section &&
      sameKind(item.part.fact, last.part.fact);
    if (!continues) {
      if (run.length) runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length) runs.push(run);

  const out: NewRelation[] = [];
  for (const items of runs) {
    if (items.length < 2) continue;
    const parts = items.map((x) => x.part.fact.id);
    const list = made.find((x) => x.kind === 'sum' && !x.partial && x.operands.length === parts.length && parts.every((id) => x.operands.includes(id)));
    const first = items[0]!;
    const last = items.at(-1)!;
    const firstP = paragraphOf.get(first.part)!;
    const lastP = paragraphOf.get(last.share)!;
    // Nothing else in the list's sentences: no figure before its first item or after its last.
    const alone =
      !firstP.facts.some((g) => g.sentence === first.part.sentence && g.order < first.part.order) &&
      !lastP.facts.some((g) => g.sentence === last.share.sentence && g.order > last.share.order);
    const blocks = new Set(items.map((x) => x.share.block.index));
    const opened = alone && items[0]!.whole === '' ? openedBy(first, all, paragraphOf) : null;
    // “本年支出预算合计21,955.35万元，其中：” / one line per item: each share is of that total.
    if (opened) {
      for (const x of items) {
        if (made.some((r) => r.result === x.share.fact.id)) continue;
        out.push({
          kind: 'rate',
          name: '占比',
          result: x.share.fact.id,
          operands: [x.part.fact.id, opened.fact.id],
          partial: false,
          sign: null,
          inferred: false,
          formula: 'ratio',
          location: locate(paragraphOf.get(x.share)!, x.part.start, x.share.end, sections),
        });
      }
    }
    // A complete list with no whole stated: the whole is the sum of its figures (“…占“三公”
    // 经费的18.85%；…”), so each share is its figure over that sum — checked once the shares make 100%.
    if (!list && !opened && alone && items.every((x) => sameKind(x.part.fact, first.part.fact) && !made.some((r) => r.result === x.share.fact.id))) {
      for (const x of items) {
        out.push({
          kind: 'rate',
          name: '占比',
          result: x.share.fact.id,
          operands: [x.part.fact.id, ...items.filter((y) => y !== x).map((y) => y.part.fact.id)],
          partial: false,
          sign: null,
          inferred: blocks.size > 1,
          formula: 'share-of-list',
          location: locate(paragraphOf.get(x.share)!, x.part.start, x.share.end, sections),
        });
      }
    }
    out.push({
      kind: 'shares',
      name: '占比合计',
      result: list?.result ?? opened?.fact.id ?? '',
      operands: items.map((x) => x.share.fact.id),
      partial: !(list || alone),
      sign: null,
      inferred: blocks.size > 1 && !opened,
      location: firstP === lastP ? locate(firstP, first.part.start, last.share.end, sections) : locate(firstP, first.part.start, first.share.end, sections),
    });
  }
  return out;
}

/** A paragraph ending in a colon (“…合计21,955.35万元，其中：”) right before the list's first line. */
const OPENS_LIST = /[：:]\s*$/u;

/**
 * The total a list printed one item per line belongs to: the last figure of the paragraph
 * right before the list's first line, when that paragraph ends with a colon — the sentence
 * goes on in the lines below, so its total is read from the words, not inferred.
 */
function openedBy(first: Item, all: readonly Placed[], paragraphOf: Map<Placed, Paragraph>): Placed | null {
  const p = paragraphOf.get(first.part)!;
  if (p.facts[0] !== first.part) return null;
  const before = all[first.part.order - 1];
  if (!before) return null;
  const q = paragraphOf.get(before)!;
  if (q.block.index !== p.block.index - 1 || !OPENS_LIST.test(q.text) || before.fact.location.section !== first.part.fact.location.section) return null;
  if (isStatement(before.fact) || before.fact.number.kind === 'percent' || !sameKind(before.fact, first.part.fact)) return null;
  return before;
}
