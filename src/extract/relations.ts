import { z } from 'zod';
import type { Document, Fact, Location, ParagraphBlock, Relation, Section } from '../model/index.js';
import { loadPatterns, RegexString } from '../patterns/load.js';
import { dimensionOfFact } from './key.js';
import { proseRuns, runPlace, type ProseRun } from './flow.js';
import { sectionOfBlock } from '../segment/lookup.js';
import { canonicalLabel, labelKey } from './labels.js';
import { trimLabel } from './phrase.js';
import { phraseStart, sentenceRanges, type TextRange } from './sentences.js';
import { compareRelations } from './prose/direction.js';
import { growthRelations } from './prose/growth.js';
import { shareRelations } from './prose/shares.js';

const OperandSpec = z.object({
  labels: z.array(z.string()).optional(),
  words: z.array(z.string()).optional(),
  kinds: z.array(z.string()).optional(),
});
type OperandSpec = z.infer<typeof OperandSpec>;

const RelationsFile = z.object({
  sum: z.object({
    comment: z.string(),
    triggers: z.array(z.object({ word: z.string().min(1), partial: z.boolean(), spansSemicolons: z.boolean().optional() })),
    partialMarkers: z.array(z.string().min(1)),
    scopeEnders: z.array(z.string().min(1)),
    closingTotals: z.array(z.string().min(1)),
    breakdownOpener: RegexString,
    flows: z.array(z.string().min(1)),
  }),
  difference: z.object({
    comment: z.string(),
    comparators: z.array(z.string()),
    implicitBase: z.record(z.string(), z.string()),
    increase: z.array(z.string()),
    decrease: z.array(z.string()),
    contextBase: z.string(),
    operandAliases: z.array(z.object({ words: z.array(z.string().min(1)), label: z.string().min(1), kind: z.string().optional() })),
  }),
  rate: z.object({
    comment: z.string(),
    rules: z.array(
      z.object({
        rate: z.string().min(1),
        numerator: OperandSpec,
        denominator: OperandSpec,
        comment: z.string().optional(),
      }),
    ),
    share: z.string(),
  }),
  includes: z.object({ comment: z.string(), openers: z.array(z.string().min(1)) }),
});
const RULES = loadPatterns('relations.json', RelationsFile);
const TRIGGERS = [...RULES.sum.triggers].sort((a, b) => b.word.length - a.word.length);
const PARTIAL_TAIL = new RegExp(`^[\\s，,、]*(?:${[...RULES.sum.partialMarkers].sort((a, b) => b.length - a.length).join('|')})`, 'u');
const SHARE = new RegExp(RULES.rate.share, 'u');
const BREAKDOWN_OPENER = new RegExp(RULES.sum.breakdownOpener, 'gu');
const CLOSING_TOTAL = new RegExp(`^[\\s，,、；;]*(?:${RULES.sum.closingTotals.join('|')})`, 'u');
const SCOPE_ENDER = new RegExp(`^[\\s]*(?:${RULES.sum.scopeEnders.join('|')})`, 'u');
const KIND_WORDS: Array<[string, string]> = [
  ['决算', '决算数'],
  ['执行数', '决算数'],
  ['预算', '预算数'],
];

/** A prose fact placed in its paragraph. */
export interface Placed {
  fact: Fact;
  /** The paragraph's (first) block: facts of one paragraph share it. */
  block: ParagraphBlock;
  /** Offsets of the figure in the paragraph's text. */
  start: number;
  end: number;
  sentence: number;
  /** Order in the document. */
  order: number;
}

/** Facts of one paragraph with its text and sentences. */
export interface Paragraph {
  /** The paragraph's (first) block: a paragraph the page broke mid-clause spans a run of blocks. */
  block: ParagraphBlock;
  run: ProseRun;
  text: string;
  sentences: TextRange[];
  facts: Placed[];
}

/**
 * Arithmetic the prose states, over the prose facts (ids “pr1”, “pr2”, …):
 * - sum: “决算支出3241.81万元，其中：基本支出2008.88万元，项目支出1232.93万元” and lists
 *   after 分别为 / 主要用于 / 包括 (partial when the text says 主要 or ends with 等);
 * - difference: “决算数比预算数少0.19万元”, “较上年决算数增3.49万元” — the stated
 *   figure is the result, sign from the verb, operands [minuend, subtrahend] as far as the
 *   sentence or nearby facts give them;
 * - rate: 预算执行率 = 决算支出 ÷ 预算收入, 办结率 = 解决 ÷ 受理, “占…比重”;
 * - includes: “34万元（含2022年结转4万元）”.
 * Rules are data in patterns/relations.json. `inferred` is set when an operand was found
 * by its label outside the sentence rather than read from it.
 */
export function extractProseRelations(doc: Document, sections: Section[], facts: Fact[]): Relation[] {
  const paragraphs = placeFacts(doc, sections, facts);
  const all = paragraphs.flatMap((p) => p.facts);
  const out: Relation[] = [];
  const add = (r: Omit<Relation, 'id' | 'source'>) => out.push({ id: `pr${out.length + 1}`, source: 'prose', ...r });

  for (const p of paragraphs) {
    for (const r of sums(p, all, sections)) add(r);
    for (const r of includes(p, sections)) add(r);
  }
  for (const p of paragraphs) {
    for (const f of p.facts) {
      const d = difference(f, p, all, sections);
      if (d) add(d);
      const rate = rateOf(f, p, all, sections, out);
      if (rate) add(rate);
    }
  }
  for (const r of growthRelations(paragraphs, out, sections)) add(r); // 增长/下降 x%: src/extract/prose/growth.ts
  for (const r of compareRelations(paragraphs, sections)) add(r); // 决算数小于预算数: src/extract/prose/direction.ts
  for (const r of shareRelations(doc, paragraphs, all, out, sections)) add(r); // 占…%: src/extract/prose/shares.ts
  return out;
}

/** The prose facts placed in their paragraphs, in document order (a paragraph the page broke mid-clause is one: src/extract/flow.ts). */
export function placeFacts(doc: Document, sections: readonly Section[], facts: Fact[]): Paragraph[] {
  const byBlock = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.source !== 'prose' || !f.location.span) continue;
    const list = byBlock.get(f.location.block) ?? [];
    list.push(f);
    byBlock.set(f.location.block, list);
  }
  const out: Paragraph[] = [];
  let order = 0;
  for (const run of proseRuns(doc, sections)) {
    const list = run.blocks.flatMap((block, k) => (byBlock.get(block.index) ?? []).map((fact) => ({ fact, block, at: run.starts[k]! })));
    if (list.length === 0) continue;
    const sentences = sentenceRanges(run.text);
    const first = run.blocks[0]!;
    const placed = list
      .map(({ fact, block, at }) => {
        const start = at + fact.location.span!.start - block.span.start;
        const end = at + fact.location.span!.end - block.span.start;
        const sentence = Math.max(0, sentences.findIndex((s) => start >= s.start && start < s.end));
        return { fact, block: first, start, end, sentence, order: 0 };
      })
      .sort((a, b) => a.start - b.start);
    for (const f of placed) f.order = order++;
    out.push({ block: first, run, text: run.text, sentences, facts: placed });
  }
  return out;
}

// ── sums ────────────────────────────────────────────────────────────────────────────────

interface TriggerAt {
  word: string;
  partial: boolean;
  spansSemicolons: boolean;
  start: number;
  end: number;
}

function findTriggers(text: string): TriggerAt[] {
  const out: TriggerAt[] = [];
  for (let i = 0; i < text.length; i++) {
    const t = TRIGGERS.find((x) => text.startsWith(x.word, i));
    if (!t) continue;
    let end = i + t.word.length;
    // “主要用于以下方面：” — the list is introduced with a colon.
    const colon = /^[^，,。；;：:\d]{0,6}[：:]/u.exec(text.slice(end));
    const spans = (t.spansSemicolons ?? false) || colon !== null;
    if (colon) end += colon[0].length;
    out.push({ word: t.word, partial: t.partial, spansSemicolons: spans, start: i, end });
    i = end - 1;
  }
  return out.filter((t) => !insideBrackets(text, t.start));
}

/**
 * A colon right after a figure opens its list (“政府采购预算总额6,546.82万元：政府采购货物预算…、
 * 政府采购工程预算…、政府采购服务预算…”), like 其中： — unless a trigger word follows it at once.
 */
function figureColons(p: Paragraph): TriggerAt[] {
  const out: TriggerAt[] = [];
  for (const f of p.facts) {
    if (isStatement(f.fact)) continue;
    const colon = /^\s*[：:]\s*/u.exec(p.text.slice(f.end, f.end + 8));
    if (!colon) continue;
    const end = f.end + colon[0].length;
    if (TRIGGERS.some((x) => p.text.startsWith(x.word, end))) continue;
    if (insideBrackets(p.text, f.end)) continue;
    out.push({ word: '分项', partial: false, spansSemicolons: true, start: f.end + colon[0].indexOf(colon[0].trim()), end });
  }
  return out;
}

/** Whether a position is inside a （…） bracket opened after the last clause mark. */
function insideBrackets(text: string, pos: number, from = 0): boolean {
  let depth = 0;
  for (let i = from; i < pos; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

export function sameKind(a: Fact, b: Fact): boolean {
  return a.number.kind === b.number.kind && (a.number.kind !== 'plain' || a.number.unit === b.number.unit);
}

/** Comparisons and shares are statements about other figures, never parts of a list. */
export function isStatement(f: Fact): boolean {
  return f.dims['direction'] !== undefined || f.rawLabel.startsWith('占');
}

function sums(p: Paragraph, all: Placed[], sections: Section[]): Array<Omit<Relation, 'id' | 'source'>> {
  const triggers = [...findTriggers(p.text), ...figureColons(p)].sort((a, b) => a.start - b.start);
  const out: Array<Omit<Relation, 'id' | 'source'>> = [];
  // each part of a list read so far, with the list's total
  const totalOfPart = new Map<Placed, Placed>();
  // A list nested in another (“其中：人员经费…，主要包括：…；公用经费…”) ends at its ；
  // even when introduced with a colon.
  const scopes: number[] = [];
  triggers.forEach((t, k) => {
    const sentence = p.sentences.find((s) => t.start >= s.start && t.start < s.end);
    const semicolon = firstSemicolon(p.text, t.end, sentence?.end ?? p.text.length);
    const nestedIn = triggers.slice(0, k).some((o, j) => o.start >= (sentence?.start ?? 0) && scopes[j]! > t.start);
    scopes.push(t.spansSemicolons && !nestedIn ? groupEnd(p, t.end, sentence?.end ?? p.text.length) : semicolon);
  });
  triggers.forEach((t, k) => {
    const sentence = p.sentences.find((s) => t.start >= s.start && t.start < s.end);
    if (!sentence) return;
    const scopeEnd = scopes[k]!;
    // Nested lists (“…1410.45万元，主要用于…”) run to their own ； and are not parts here.
    const nested = triggers
      .slice(k + 1)
      .filter((n) => n.start < scopeEnd)
      .map((n) => ({ start: n.start, end: firstSemicolon(p.text, n.end, sentence.end) }));
    const candidates = p.facts.filter(
      (f) =>
        f.start >= t.end &&
        f.start < scopeEnd &&
        !isStatement(f.fact) &&
        !insideBrackets(p.text, f.start, t.end) &&
        !nested.some((n) => f.start >= n.start && f.start < n.end),
    );
    // “…，合计650.00万元”: a closing total word names the list's total, not one more part
    const closing = candidates.filter((f) => CLOSING_TOTAL.test(f.fact.rawLabel));
    const listed = candidates.filter((f) => !closing.includes(f));
    const first = listed[0];
    if (!first) return;
    let stated = totalBefore(p, t, first.fact, sentence);
    // “总额6,546.82万元：货物…、工程…、服务4,813.5万元；其中一般公共预算拨款…”: a 其中 after a list
    // closed by its ； is a part of the list's total, not of its last item — which the words do not say
    // (其中 only: “…资金总额656.57万元；…的7个项目，分别为：…” lists the items of the figure just before)
    const listTotal = stated && t.word === '其中' && /[；;]/u.test(p.text.slice(stated.end, t.start)) ? totalOfPart.get(stated) : undefined;
    if (listTotal) stated = listTotal;
    const closingTotal = closing.find((f) => sameKind(f.fact, first.fact)) ?? null;
    // “支出1000万元，其中：A…、B…，合计650万元”: the parts add up to the closing total, which is part of the stated one
    if (stated && closingTotal) {
      out.push({
        kind: 'sum',
        name: t.word,
        result: stated.fact.id,
        operands: [closingTotal.fact.id],
        partial: true,
        sign: null,
        inferred: false,
        location: locate(p, Math.min(stated.start, t.start), closingTotal.end, sections),
      });
    }
    const total = closingTotal ?? stated ?? namedTotal(p, all, t, first, sentence);
    if (!total) return;
    // “政府性基金拨款收入…，分别为：科学技术支出…”: what money is spent on is not what it came from
    const totalFlow = flowOf(total.fact.label);
    const sameKindParts = listed.filter((f) => sameKind(f.fact, first.fact) && (totalFlow === null || [totalFlow, null].includes(flowOf(f.fact.label))));
    // 3批次、41人次，其中接待外宾0批次、0人次: parts in another dimension are not parts of this total
    const inDimension = sameKindParts.filter((f) => sameDimensionAs(f.fact, total.fact));
    // “…决算为0.16万元，完成预算0万元的0%。其中：因公出国（境）费支出决算为0万元，完成预算0万元…”: items that
    // each state the total's own measure give it per item — those are its parts, the items' other
    // figures belong to another total
    const own = inDimension.filter((f) => f.fact.label === total.fact.label);
    const parts = own.length >= 2 && own.length < inDimension.length ? own : inDimension;
    if (parts.length === 0) return;
    // a change is made of changes, of one direction: “收入预算减少X，其中…减少a、…增加b” needs the
    // signs, and “…增加114.4万元，主要原因是…” beside 基本支出 and 项目支出 adds levels to a change
    const change = changeWord(total.fact.label);
    if (parts.some((f) => changeWord(f.fact.label) !== change)) return;
    // parts left out (another dimension, or the other flow: “部门预算收入…，包括在职人员经费…、对个人和家庭的
    // 补助支出…、项目支出…”) make the rest a subset
    const mixed = parts.length < listed.filter((f) => sameKind(f.fact, first.fact)).length;
    // “按功能分类，…；按经济分类，…”: two breakdowns of one total are two sums
    for (const group of breakdowns(p.text, t.end, scopeEnd, parts)) {
      const last = group[group.length - 1]!;
      const nextTrigger = triggers.find((n) => n.start >= last.end)?.start ?? p.text.length;
      const tailEnd = Math.min(scopeEnd, nextFigureStart(p, last.end), nextTrigger);
      // a list running to the end of a paragraph that stops mid-sentence (a page break the reader
      // could not join) may go on in the next block: the parts seen may only not exceed the total
      const cutOff = !/[。！？!?；;：:]\s*$/u.test(p.text) && !/[。！？!?]/u.test(p.text.slice(last.end));
      // a total taken from an earlier sentence of several items may not be the list's: its parts are
      // only known not to exceed it (“常委会议4次，主席会议12次。其中专题议政性常委会议2次…”)
      const ambiguous = ambiguousEarlier(p, total, sentence.start);
      const partial = t.partial || mixed || cutOff || ambiguous || group.length === 1 || PARTIAL_TAIL.test(p.text.slice(last.end, tailEnd));
      out.push({
        kind: 'sum',
        name: t.word,
        result: total.fact.id,
        operands: group.map((f) => f.fact.id),
        partial,
        sign: null,
        // a total in an earlier sentence (“…主席会议12次。其中…”) is the nearest figure, not
        // one the words name: the list may belong to another figure of that sentence
        inferred: (total !== stated && total !== closingTotal) || listTotal !== undefined || ambiguous,
        location: locate(p, total.block === p.block ? Math.min(total.start, t.start) : t.start, last.end, sections),
      });
      for (const part of group) totalOfPart.set(part, total);
    }
  });
  return out;
}

/**
 * A total taken from an earlier sentence (“…全体会议1次，常委会议4次，主席会议12次。其中…”) among
 * figures of other items of its kind there: the nearest one, but the words do not say it is the one.
 */
function ambiguousEarlier(p: Paragraph, total: Placed, sentenceStart: number): boolean {
  if (total.block !== p.block || total.start >= sentenceStart || !/[。！？!?]/u.test(p.text.slice(total.end, sentenceStart))) return false;
  // other figures there of another item (预算数 and 决算数 of one item are still that item)
  const others = p.facts.filter((f) => f.sentence === total.sentence && !isStatement(f.fact) && sameKind(f.fact, total.fact) && f.fact.label !== total.fact.label);
  return others.length > 0;
}

/** 增加 / 减少 / 增长 / 下降 at the end of a label (a stated change, not a level), as + or −; null for a level. */
function changeWord(label: string): '+' | '-' | null {
  const m = /(增加|增长|上升|减少|下降|降低)$/u.exec(label);
  return m ? (/增加|增长|上升/u.test(m[1]!) ? '+' : '-') : null;
}

/** 人 and 个 are not one dimension; a bare figure fits any. */
function sameDimensionAs(a: Fact, b: Fact): boolean {
  const x = dimensionOfFact(a);
  const y = dimensionOfFact(b);
  return x === y || x === 'plain' || y === 'plain';
}

/**
 * Where a list that runs over ； ends: the end of its sentence, or the first ； after which
 * a new group starts — a group word (退休 / 离休 / 实有 / 另有 …), or a figure of the other
 * flow than the parts so far (“预算收入…，其中一般公共预算拨款…；预算支出…”: 收入, then 支出).
 */
function groupEnd(p: Paragraph, from: number, sentenceEnd: number): number {
  const text = p.text;
  for (let i = from; i < sentenceEnd; i++) {
    if ((text[i] !== '；' && text[i] !== ';') || insideBrackets(text, i, from)) continue;
    if (SCOPE_ENDER.test(text.slice(i + 1, i + 8))) return i;
    const flows = new Set(p.facts.filter((f) => f.start >= from && f.start < i && !isStatement(f.fact)).map((f) => flowOf(f.fact.label)));
    const next = p.facts.find((f) => f.start > i && f.start < sentenceEnd && !isStatement(f.fact));
    const nextFlow = next ? flowOf(next.fact.label) : null;
    if (nextFlow !== null && flows.size > 0 && !flows.has(nextFlow) && !flows.has(null)) return i;
  }
  return sentenceEnd;
}

/** 收入 or 支出 (patterns/relations.json `flows`), the last one named in a label; null when neither. */
function flowOf(label: string): string | null {
  let best: { flow: string; at: number } | null = null;
  for (const flow of RULES.sum.flows) {
    const at = label.lastIndexOf(flow);
    if (at >= 0 && (!best || at > best.at)) best = { flow, at };
  }
  return best?.flow ?? null;
}

/** The parts split at each “按…分类” opener inside the list (one group when there is at most one opener). */
function breakdowns(text: string, from: number, to: number, parts: Placed[]): Placed[][] {
  const starts: number[] = [];
  for (const m of text.slice(from, to).matchAll(BREAKDOWN_OPENER)) starts.push(from + m.index);
  if (starts.length < 2) return [parts];
  const groups: Placed[][] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = starts[k + 1] ?? to;
    const group = parts.filter((f) => f.start >= starts[k]! && f.start < end);
    if (group.length > 0) groups.push(group);
  }
  const before = parts.filter((f) => f.start < starts[0]!);
  if (before.length > 0) groups.unshift(before);
  return groups;
}

function firstSemicolon(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((text[i] === '；' || text[i] === ';') && !insideBrackets(text, i, from)) return i;
  return to;
}

function nextFigureStart(p: Paragraph, after: number): number {
  return p.facts.find((f) => f.start >= after)?.start ?? p.text.length;
}

/**
 * The total a list belongs to: the nearest figure of the same kind before the trigger in
 * the sentence, or — when the trigger opens the sentence (“…948.67万元。分别为：…”) — the
 * last such figure before it in the paragraph.
 */
function totalBefore(p: Paragraph, t: TriggerAt, part: Fact, sentence: TextRange): Placed | null {
  const opensSentence = p.text.slice(sentence.start, t.start).replace(/[\s，,：:、]/g, '') === '';
  const before = p.facts.filter(
    (f) => f.end <= t.start && sameKind(f.fact, part) && !isStatement(f.fact) && (opensSentence || f.start >= sentence.start) && !insideBrackets(p.text, f.start, sentence.start),
  );
  return before[before.length - 1] ?? null;
}

/**
 * “基本支出包括：…”, “项目支出主要用于…”: the total is named without its figure; it is
 * the nearest earlier fact with that label (this paragraph, then the same top-level section).
 */
function namedTotal(p: Paragraph, all: Placed[], t: TriggerAt, part: Placed, sentence: TextRange): Placed | null {
  const from = phraseStart(p.text, t.start, sentence.start);
  const words = trimLabel(p.text.slice(from, t.start)).text;
  if (words === '') return null;
  const key = labelKey(canonicalLabel(words));
  const top = topSection(part.fact.location.section);
  const fits = (g: Placed) => g.order < part.order && !isStatement(g.fact) && sameKind(g.fact, part.fact) && labelKey(g.fact.label) === key;
  const here = p.facts.filter((g) => g.end <= t.start && fits(g));
  if (here.length) return here[here.length - 1]!;
  const nearby = all.filter((g) => top !== null && topSection(g.fact.location.section) === top && fits(g));
  return nearby[nearby.length - 1] ?? null;
}

// ── includes ────────────────────────────────────────────────────────────────────────────

function includes(p: Paragraph, sections: Section[]): Array<Omit<Relation, 'id' | 'source'>> {
  const out: Array<Omit<Relation, 'id' | 'source'>> = [];
  for (const f of p.facts) {
    const after = p.text.slice(f.end).replace(/^\s+/, '');
    const opener = RULES.includes.openers.find((o) => after.startsWith(o));
    if (!opener) continue;
    const open = p.text.indexOf(opener, f.end);
    const close = closingBracket(p.text, open);
    const inner = p.facts.filter((g) => g.start > open && g.start < close && sameKind(g.fact, f.fact));
    if (inner.length === 0) continue;
    out.push({
      kind: 'includes',
      name: opener.replace(/^[（(]/, ''),
      result: f.fact.id,
      operands: inner.map((g) => g.fact.id),
      partial: true,
      sign: null,
      inferred: false,
      location: locate(p, f.start, close + 1, sections),
    });
  }
  return out;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

// ── differences ─────────────────────────────────────────────────────────────────────────

/** What a comparison word refers to: a label and a kind (预算数/决算数), from the aliases or the words. */
interface Target {
  label: string | null;
  kind: string | null;
  yearRef: string | null;
  /** A base named by its year (“与2023年度相比”): the same item in that year. */
  year?: string | null;
}

function targetOf(words: string, fallbackLabel: string | null): Target {
  const yearRef = /^(?:上年|上一年|去年)/u.test(words) ? '上年' : null;
  const year = /^(\d{4})\s*年度?$/u.exec(words);
  if (year) return { label: fallbackLabel, kind: null, yearRef: null, year: year[1]! };
  const bare = words.replace(/^(?:上年度?|上一年度?|去年|本年度?|年初|全年)/u, '');
  const alias = RULES.difference.operandAliases.find((a) => a.words.includes(words) || a.words.includes(bare));
  let kind: string | null = null;
  for (const [w, k] of KIND_WORDS) if (words.includes(w)) kind ??= k;
  if (/^年初/u.test(words)) kind = '预算数';
  if (fallbackLabel === null) return { label: alias?.label ?? (bare ? canonicalLabel(bare) : null), kind: alias?.kind ?? kind, yearRef };
  // A base that only names a kind or a period (预算数, 上年决算数, 同期) compares the same item.
  const onlyKind = /^(?:支出)?(?:预算数|决算数|执行数|预算|决算)?$/u.test(bare) || bare === '同期';
  if (onlyKind) return { label: fallbackLabel, kind, yearRef };
  return { label: alias?.label ?? canonicalLabel(bare), kind, yearRef };
}

function difference(f: Placed, p: Paragraph, all: Placed[], sections: Section[]): Omit<Relation, 'id' | 'source'> | null {
  const direction = f.fact.dims['direction'];
  const base = f.fact.dims['base'];
  if (!direction || base === undefined || f.fact.number.kind === 'percent') return null;
  const subjectLabel = subjectOf(f.fact);
  const leftWords = leftWordsOf(f.fact);
  // An alias (预算执行 → 决算支出) applies when the words name the compared item themselves,
  // not when the label took the sentence's subject (“公务接待费 … 支出决算数较上年…”).
  const named = subjectLabel !== null && labelKey(canonicalLabel(leftWords)) === labelKey(subjectLabel);
  const leftAlias = named ? RULES.difference.operandAliases.find((a) => a.words.includes(leftWords)) : undefined;
  const minuendTarget: Target = leftAlias
    ? { label: leftAlias.label, kind: f.fact.dims['kind'] ?? leftAlias.kind ?? null, yearRef: null }
    : { label: subjectLabel, kind: f.fact.dims['kind'] ?? null, yearRef: null };
  const subtrahendTarget = targetOf(base, leftAlias ? null : subjectLabel);

  const minuend = findOperand(f, p, all, minuendTarget, null);
  const subtrahend = findOperand(f, p, all, subtrahendTarget, minuend?.fact.id ?? null);
  const operands = [minuend, subtrahend].filter((x): x is Placed => x !== null);
  const outside = operands.some((o) => o.block.index !== f.block.index || o.sentence !== f.sentence);
  const first = operands.reduce((m, o) => (o.block.index === f.block.index ? Math.min(m, o.start) : m), f.start);
  return {
    kind: 'difference',
    name: base ? `较${base}` : f.fact.rawLabel,
    result: f.fact.id,
    operands: minuend ? operands.map((o) => o.fact.id) : [],
    partial: false,
    sign: direction === '-' ? -1 : 1,
    inferred: outside,
    location: locate(p, first, f.end, sections),
  };
}

/** The canonical label of what a comparison fact compares (its label without 较…增加). */
function subjectOf(f: Fact): string | null {
  const i = f.label.indexOf('较');
  const s = i >= 0 ? f.label.slice(0, i) : f.label.replace(/(?:增加|减少|增长|下降)$/u, '');
  return s || null;
}

function leftWordsOf(f: Fact): string {
  const m = /^(.*?)(?:较|比|同比|环比|相比)/u.exec(f.rawLabel);
  return (m?.[1] ?? '').replace(/^(?:本年度?|全年)/u, '');
}

/**
 * The nearest earlier fact with the target's label (and kind / year when given): first in
 * the sentence, then the paragraph, then earlier paragraphs of the same top-level section.
 */
function findOperand(f: Placed, p: Paragraph, all: Placed[], target: Target, not: string | null): Placed | null {
  if (!target.label) return null;
  const key = labelKey(target.label);
  const top = topSection(f.fact.location.section);
  const fits = (g: Placed) =>
    g.fact.id !== f.fact.id &&
    g.fact.id !== not &&
    g.order < f.order &&
    !isStatement(g.fact) &&
    sameKind(g.fact, f.fact) &&
    labelKey(g.fact.label) === key &&
    (target.kind === null || (g.fact.dims['kind'] ?? null) === target.kind || (g.fact.dims['kind'] === undefined && target.kind === kindOfLabel(g.fact))) &&
    (target.yearRef === null || g.fact.dims['yearRef'] === target.yearRef) &&
    (!target.year || g.fact.dims['year'] === target.year);
  const sameSentence = p.facts.filter((g) => g.sentence === f.sentence && fits(g));
  if (sameSentence.length) return sameSentence[sameSentence.length - 1]!;
  const sameParagraph = p.facts.filter(fits);
  if (sameParagraph.length) return sameParagraph[sameParagraph.length - 1]!;
  const nearby = all.filter((g) => topSection(g.fact.location.section) === top && top !== null && fits(g));
  return nearby[nearby.length - 1] ?? null;
}

/** 预算收入 is a 预算数 and 决算支出 a 决算数 even when the words did not say so. */
function kindOfLabel(f: Fact): string | null {
  const alias = RULES.difference.operandAliases.find((a) => a.label === f.label);
  return alias?.kind ?? null;
}

export function topSection(id: string | null): string | null {
  return id ? id.split('.')[0]! : null;
}

// ── rates ───────────────────────────────────────────────────────────────────────────────

function rateOf(f: Placed, p: Paragraph, all: Placed[], sections: Section[], made: Relation[]): Omit<Relation, 'id' | 'source'> | null {
  if (f.fact.number.kind !== 'percent' || f.fact.dims['direction']) return null;
  const share = SHARE.exec(f.fact.rawLabel);
  if (share?.groups) return shareOf(f, p, share.groups['whole'] ?? '', sections, made);
  const rule = RULES.rate.rules.find((r) => f.fact.label.endsWith(r.rate));
  if (!rule) return null;
  const find = (spec: OperandSpec, not: Placed | null): Placed | null => {
    const ok = (g: Placed) =>
      g.fact.id !== not?.fact.id &&
      g.fact.number.kind !== 'percent' &&
      !isStatement(g.fact) &&
      ((spec.labels ?? []).some((l) => labelKey(l) === labelKey(g.fact.label)) ||
        (spec.words ?? []).some((w) => g.fact.rawLabel.includes(w)) ||
        ((spec.kinds ?? []).includes(g.fact.dims['kind'] ?? '') && (not === null || g.fact.label === not.fact.label)));
    // Labels are looked for in the paragraph, words and kinds only in the sentence.
    const pool = spec.labels ? p.facts : p.facts.filter((g) => g.sentence === f.sentence);
    const near = pool.filter(ok).sort((a, b) => Math.abs(a.order - f.order) - Math.abs(b.order - f.order));
    return near[0] ?? null;
  };
  const numerator = find(rule.numerator, null);
  const denominator = find(rule.denominator, numerator);
  if (!numerator || !denominator || !sameKind(numerator.fact, denominator.fact)) return null;
  const outside = [numerator, denominator].some((o) => o.sentence !== f.sentence);
  void all;
  return {
    kind: 'rate',
    name: rule.rate,
    result: f.fact.id,
    operands: [numerator.fact.id, denominator.fact.id],
    partial: false,
    sign: null,
    inferred: outside,
    location: locate(p, Math.min(numerator.start, denominator.start, f.start), Math.max(numerator.end, denominator.end, f.end), sections),
  };
}

/** “A x万元，占B的y%” → y = x ÷ B; a bare “占y%” inside a list → share of the list's total. */
function shareOf(f: Placed, p: Paragraph, whole: string, sections: Section[], made: Relation[]): Omit<Relation, 'id' | 'source'> | null {
  const before = p.facts.filter((g) => g.sentence === f.sentence && g.order < f.order && g.fact.number.kind !== 'percent' && !isStatement(g.fact));
  const part = before[before.length - 1];
  if (!part) return null;
  let denominator: Placed | null = null;
  let inferred = false;
  if (whole.trim() === '') {
    const sum = made.find((r) => r.kind === 'sum' && r.operands.includes(part.fact.id));
    denominator = sum ? (p.facts.find((g) => g.fact.id === sum.result) ?? null) : null;
  } else {
    const label = canonicalLabel(whole.replace(/的$/u, ''));
    const pool = p.facts.filter((g) => g.order !== part.order && !isStatement(g.fact) && sameKind(g.fact, part.fact) && labelKey(g.fact.label) === labelKey(label));
    denominator = pool.sort((a, b) => Math.abs(a.order - f.order) - Math.abs(b.order - f.order))[0] ?? null;
    inferred = denominator !== null && denominator.sentence !== f.sentence;
  }
  if (!denominator || !sameKind(denominator.fact, part.fact)) return null;
  return {
    kind: 'rate',
    name: '占比',
    result: f.fact.id,
    operands: [part.fact.id, denominator.fact.id],
    partial: false,
    sign: null,
    inferred,
    location: locate(p, Math.min(part.start, f.start), f.end, sections),
  };
}

// ── location ────────────────────────────────────────────────────────────────────────────

export function locate(p: Paragraph, start: number, end: number, sections: Section[]): Location {
  const s = Math.max(0, start);
  const e = Math.max(s, end);
  const first = p.sentences.find((x) => s >= x.start && s < x.end) ?? { start: s, end: e };
  const last = p.sentences.find((x) => e > x.start && e <= x.end) ?? first;
  const { bbox, ...where } = runPlace(p.run, s, e);
  return {
    ...where,
    section: sectionOfBlock(sections, p.block.index),
    table: null,
    row: null,
    col: null,
    quote: p.text.slice(first.start, Math.max(first.end, last.end)).trim(),
    ...(bbox ? { bbox } : {}),
  };
}
