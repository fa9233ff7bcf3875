import type { Document, Relation, Section } from '../../model/index.js';
import { phraseStart } from '../sentences.js';
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
 *   A list spread over several paragraphs (one line each) is `inferred`, unless the words
 *   introduce it: the paragraph before it ends with a colon (“…本年支出预算合计21,955.35万元，
 *   其中：”, or a line “其中：”), or its first item follows “合计28849.38万元，其中：” — that
 *   figure is then the list's whole, and each share becomes a `rate` (占比) over it; a complete
 *   list with no whole stated gives each share as a `share-of-list` rate (its figure over
 *   the sum of the list's figures).
 */
export function shareRelations(doc: Document, paragraphs: readonly Paragraph[], all: readonly Placed[], made: readonly Relation[], sections: Section[]): NewRelation[] {
  const paragraphOf = new Map<Placed, Paragraph>();
  for (const p of paragraphs) for (const f of p.facts) paragraphOf.set(f, p);
  return groups(doc, all, paragraphOf, made, sections);
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

function groups(doc: Document, all: readonly Placed[], paragraphOf: Map<Placed, Paragraph>, made: readonly Relation[], sections: Section[]): NewRelation[] {
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
    // how the words introduce the list: a colon ending the line before its first item, or right
    // before its first item after the whole (“…合计28849.38万元，其中：基本支出…”)
    const intro = first.whole === '' ? introduction(first, all, paragraphOf, doc) : null;
    // Nothing else in the list's sentences: no figure before its first item (but the whole that
    // opens it) or after its last.
    const alone =
      !firstP.facts.some((g) => g.sentence === first.part.sentence && g.order < first.part.order && g !== intro?.whole) &&
      !lastP.facts.some((g) => g.sentence === last.share.sentence && g.order > last.share.order);
    const blocks = new Set(items.map((x) => x.share.block.index));
    const opened = alone ? (intro?.whole ?? null) : null;
    // a list over several lines is one list when the words introduce it
    const several = blocks.size > 1 && intro === null;
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
          inferred: several,
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
      inferred: several,
      location: firstP === lastP ? locate(firstP, first.part.start, last.share.end, sections) : locate(firstP, first.part.start, first.share.end, sections),
    });
  }
  return out;
}

/** A paragraph ending in a colon (“…合计21,955.35万元，其中：”, or a line “其中：”) right before the list's first line. */
const OPENS_LIST = /[：:]\s*$/u;
/** Words between a total and the first item of its list: “，其中：”, “，包括”, “：”. */
const LIST_OPENER = /^[\s，,]*(?:(?:其中|包括|分别为)\s*[：:]?|[：:])\s*$/u;

/**
 * How the words introduce a list of shares, and its whole when they give one:
 * - right before its first item, after a figure (“本年支出预算合计28849.38万元，其中：基本支出
 *   17123.19万元，占59.35%；” and the items on the next lines): that figure is the whole;
 * - a paragraph ending in a colon right before the list's first line (“…合计21,955.35万元，其中：”
 *   or a line “其中：”): its last figure is the whole when the paragraph has one — the sentence
 *   goes on in the lines below, so the link is read from the words, not inferred.
 * null when the list is not introduced (its lines may be two lists).
 */
function introduction(first: Item, all: readonly Placed[], paragraphOf: Map<Placed, Paragraph>, doc: Document): { whole: Placed | null } | null {
  const p = paragraphOf.get(first.part)!;
  const fits = (g: Placed | undefined): g is Placed =>
    g !== undefined && !isStatement(g.fact) && g.fact.number.kind !== 'percent' && sameKind(g.fact, first.part.fact) && g.fact.location.section === first.part.fact.location.section;
  const i = p.facts.indexOf(first.part);
  if (i > 0) {
    const before = p.facts[i - 1]!;
    const words = p.text.slice(before.end, phraseStart(p.text, first.part.start, before.end));
    return fits(before) && LIST_OPENER.test(words) ? { whole: before } : null;
  }
  const line = doc.blocks[p.block.index - 1];
  if (line?.kind !== 'paragraph' || !OPENS_LIST.test(line.text)) return null;
  const before = all[first.part.order - 1];
  return { whole: before && paragraphOf.get(before)!.run.blocks.at(-1)!.index === line.index && fits(before) ? before : null };
}
