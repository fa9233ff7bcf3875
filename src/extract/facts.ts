import type { Document, Fact, Meta, Section, Warning } from '../model/index.js';
import { proseRuns, runPlace, type ProseRun } from './flow.js';
import { sectionOfBlock } from '../segment/lookup.js';
import { canonicalLabel, isKnownLabel } from './labels.js';
import { findNumbers, type FoundNumber } from './numbers.js';
import { CONTEXT_BASE, dropSloganList, isOnlyConnective, nounAfter, readPhrase, verbOnlyComparison, type Comparison, type PhraseReading } from './phrase.js';
import { phraseStart, sentenceRanges, type TextRange } from './sentences.js';

/** The figure a later generic label (“支出决算数6万元”) belongs to. */
interface Subject {
  label: string;
  /** The words it was named with (for “因公出国（境）” + “支出” → 因公出国（境）费). */
  words: string;
  /** Named with a kind word (“…预算数”), so “支出决算数” after it is the same item's 决算数. */
  kindSuffixed?: boolean;
}

/**
 * Facts stated in paragraphs: every figure findNumbers() finds, with the noun phrase in
 * front of it as its label (patterns/labels.json maps synonyms to one canonical label),
 * dims read from the sentence (year, 预算数/决算数, the base and direction of a stated
 * difference, a qualifier such as 余) and its provenance (block, span of the figure in
 * Document.text, section, the sentence as quote). Fact ids are "p1", "p2", … in reading order.
 */
export function extractProseFacts(doc: Document, sections: Section[], meta?: Meta): { facts: Fact[]; warnings: Warning[] } {
  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  // a paragraph the page broke mid-clause is read as one text (src/extract/flow.ts)
  for (const run of proseRuns(doc, sections)) {
    for (const fact of paragraphFacts(run, sections, meta?.year ?? null, facts.length)) {
      facts.push(fact);
      if (fact.label === '') {
        warnings.push({
          code: 'prose-unlabelled',
          message: `no label found in front of ${fact.number.raw}`,
          location: fact.location,
        });
      }
    }
  }
  return { facts, warnings };
}

function paragraphFacts(run: ProseRun, sections: Section[], reportYear: number | null, idBase: number): Fact[] {
  const text = run.text;
  const found = findNumbers(text);
  if (found.length === 0) return [];
  const section = sectionOfBlock(sections, run.blocks[0]!.index);
  const out: Fact[] = [];
  let paragraphYear: string | null = null;
  let prevEnd = 0;
  const starts: number[] = [];

  let k = 0; // figures come in text order: walk them along the sentences (a filter per sentence is quadratic)
  for (const s of sentenceRanges(text)) {
    while (k < found.length && found[k]!.start < s.start) k++;
    const first = k;
    while (k < found.length && found[k]!.start < s.end) k++;
    const inSentence = found.slice(first, k);
    const stated = statedYear(text, s.start, inSentence[0]?.start ?? s.end);
    if (stated) paragraphYear = stated;
    let sentenceYear = stated ?? paragraphYear;
    let subject: Subject | null = null;
    const contextBefore = contextBaseIn(text, s.start, s.end);

    for (const n of inSentence) {
      const from = phraseStart(text, n.start, Math.max(s.start, prevEnd));
      let reading = readPhrase(text.slice(from, n.start));
      const ctx = contextBefore(from);
      const comparison = reading.comparison ?? (ctx?.groups ? verbOnlyComparison(reading.text, ctx.groups['base']!.trim()) : null);
      // “与2023年度相比，收入支出总计减少…”: what is compared is the words before the verb.
      if (comparison && !reading.comparison) reading = { ...readPhrase(comparison.left), text: reading.text, comparison };
      const { label, next } = labelFor(n, reading, comparison, subject, text);
      if (next) subject = next;

      const dims: Record<string, string> = {};
      const year = resolveYear(reading.year, sentenceYear, reportYear);
      // “本年公务接待费预算数6万元，支出决算数6万元”: 本年 holds for the rest of the sentence.
      if (year.ref === '本年' && !sentenceYear) sentenceYear = year.year;
      if (year.year) dims['year'] = year.year;
      if (year.ref) dims['yearRef'] = year.ref;
      if (reading.kind) dims['kind'] = reading.kind;
      if (comparison) {
        dims['base'] = comparison.base;
        dims['direction'] = comparison.direction > 0 ? '+' : '-';
      }
      if (n.qualifier) dims['qualifier'] = n.qualifier;

      out.push({
        id: `p${idBase + out.length + 1}`,
        label,
        rawLabel: reading.text,
        number: n.number,
        source: 'prose',
        dims,
        location: placed(runPlace(run, n.start, n.end), section, quoteAround(text, s, n)),
      });
      prevEnd = n.end;
      starts.push(n.start);
    }
  }
  disambiguate(out, starts, text);
  return out;
}

/** A prose figure's Location, its fields in the model's order. */
function placed(at: ReturnType<typeof runPlace>, section: string | null, quote: string): Fact['location'] {
  const { bbox, ...where } = at;
  return { ...where, section, table: null, row: null, col: null, quote, ...(bbox ? { bbox } : {}) };
}

/** Longest quote a fact carries: a sentence, or the part of a longer one around the figure. */
export const MAX_QUOTE = 400;

/**
 * The fact's quote: its sentence, trimmed; in a sentence longer than MAX_QUOTE, the stretch of
 * it around the figure with “…” at the cut ends — otherwise a sentence of 25 000 figures
 * would be copied into each of its 25 000 facts (a quadratic Report).
 */
function quoteAround(text: string, s: TextRange, n: FoundNumber): string {
  const sentence = text.slice(s.start, s.end).trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const half = MAX_QUOTE >> 1;
  const from = Math.max(s.start, n.start - half);
  const to = Math.min(s.end, n.end + half);
  return `${from > s.start ? '…' : ''}${text.slice(from, to).trim()}${to < s.end ? '…' : ''}`;
}

/** The comparison-base pattern has no lookaround and no `$`: a match in a prefix of the sentence is a match in the sentence. */
const PREFIX_SAFE = !/\(\?<?[=!]|\$/.test(CONTEXT_BASE.source);

/**
 * `CONTEXT_BASE.exec(text.slice(start, from))` for the growing `from` of one sentence's figures,
 * without scanning the prefix again for each figure (quadratic on a sentence of 25 000
 * figures): the sentence is searched once; a prefix that reaches past that first match's end has
 * that match, one that ends before its start has none, and only a prefix ending inside it is
 * searched again.
 */
function contextBaseIn(text: string, start: number, end: number): (from: number) => RegExpExecArray | null {
  if (!PREFIX_SAFE) return (from) => CONTEXT_BASE.exec(text.slice(start, from));
  const first = CONTEXT_BASE.exec(text.slice(start, end));
  return (from) => {
    if (!first || from <= start + first.index) return null;
    if (start + first.index + first[0].length <= from) return first;
    return CONTEXT_BASE.exec(text.slice(start, from));
  };
}

/**
 * “召开局党组会议31次，研究议题181个…；召开局务会议9次，研究议题37个…”: one label for two
 * different figures of one paragraph, in different clauses (；/。), is qualified by the
 * first figure of its clause, so the two are not taken for one figure stated twice; a
 * count of the same things in another unit (26支 … 112人次) gets its unit in the label.
 */
function disambiguate(facts: Fact[], starts: number[], text: string): void {
  // Clause of each figure: count the clause ends once, left to right (not a prefix scan per figure).
  const group: number[] = [];
  let clause = 0;
  let at = 0;
  for (const start of starts) {
    for (; at < start; at++) if (CLAUSE_END.has(text[at]!)) clause++;
    group.push(clause);
  }
  // Facts by label + unit, so each looks only at its namesakes (comparing every pair is quadratic).
  const byLabel = new Map<string, number[]>();
  facts.forEach((f, i) => {
    const key = `${f.label}\u0000${f.number.unit ?? ''}`;
    const list = byLabel.get(key);
    if (list) list.push(i);
    else byLabel.set(key, [i]);
  });
  // A fact clashes when a namesake in another clause has another value: counted, not searched —
  // namesakes in another clause, less those of them with the same value.
  const clashes = new Array<boolean>(facts.length).fill(false);
  for (const members of byLabel.values()) {
    if (members.length < 2) continue;
    const tally = new Map<string, number>();
    const bump = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);
    for (const j of members) {
      bump(`g${group[j]}`);
      bump(`v${facts[j]!.number.value}`);
      bump(`g${group[j]}v${facts[j]!.number.value}`);
    }
    for (const i of members) {
      const g = group[i]!;
      const v = facts[i]!.number.value;
      const otherClauses = members.length - tally.get(`g${g}`)!;
      const sameValueElsewhere = tally.get(`v${v}`)! - tally.get(`g${g}v${v}`)!;
      clashes[i] = otherClauses - sameValueElsewhere > 0;
    }
  }
  const labels = facts.map((f) => f.label);
  const firstOfGroup = new Map<number, number>();
  group.forEach((g, i) => {
    if (!firstOfGroup.has(g)) firstOfGroup.set(g, i);
  });
  facts.forEach((f, i) => {
    if (!clashes[i] || f.label === '') return;
    const anchor = firstOfGroup.get(group[i]!)!;
    if (anchor !== i && labels[anchor] !== f.label && !facts[anchor]!.dims['direction']) f.label = `${labels[anchor]}${f.label}`;
  });
  // “26支专业施工队伍112人次”: the same things counted in another unit.
  const countUnits = new Map<string, Set<string | null>>(); // label → units of counts seen so far
  facts.forEach((f) => {
    if (f.number.kind !== 'count') return;
    const seen = countUnits.get(f.label);
    const earlier = seen !== undefined && [...seen].some((u) => u !== f.number.unit);
    if (earlier && f.number.unit) f.label = `${f.label}（${f.number.unit}）`;
    const units = countUnits.get(f.label);
    if (units) units.add(f.number.unit);
    else countUnits.set(f.label, new Set([f.number.unit]));
  });
}

/** Characters that end a clause (；) or a sentence (。！？). */
const CLAUSE_END = new Set(['；', ';', '。', '！', '？', '!', '?']);

/** Label of one figure, and the subject later generic labels in the sentence refer to. */
function labelFor(
  n: FoundNumber,
  r: PhraseReading,
  comparison: Comparison | null,
  subject: Subject | null,
  text: string,
): { label: string; next: Subject | null } {
  if (comparison) {
    const refersBack = (r.generic || r.stem === '') && subject !== null && (r.kind === null || subject.kindSuffixed === true);
    const left = refersBack
      ? subject
      : isKnownLabel(comparison.left)
        ? { label: canonicalLabel(comparison.left), words: comparison.left }
        : r.generic || r.stem === ''
          ? subject
          : { label: canonicalLabel(r.stem), words: r.stem };
    const what = left?.label ?? '';
    const up = n.number.kind === 'percent' ? '增长' : '增加';
    const down = n.number.kind === 'percent' ? '下降' : '减少';
    const base = comparison.base ? `较${comparison.base}` : '';
    return { label: `${what}${base}${comparison.direction > 0 ? up : down}`, next: left };
  }
  if (r.text.startsWith('占') && subject) {
    return { label: `${subject.label}${r.text === '占' ? '占比' : r.text}`, next: null };
  }
  // “支出决算数” refers back only to an item named with a kind (“公务接待费预算数”);
  // a bare “支出”/“全年支出” to any item named before it in the sentence.
  if (r.generic && subject && (r.kind === null || subject.kindSuffixed === true)) {
    const joined = subject.words + r.stem;
    return { label: isKnownLabel(joined) ? canonicalLabel(joined) : subject.label, next: null };
  }
  if (isKnownLabel(r.text)) {
    const label = canonicalLabel(r.text);
    return { label, next: { label, words: r.text } };
  }
  if (r.stem !== r.text && r.stem !== '' && !r.generic) {
    const label = canonicalLabel(r.stem);
    return { label, next: { label, words: r.stem, kindSuffixed: r.kindSuffixed } };
  }
  if (n.number.kind === 'count') {
    const noun = nounAfter(text, n.end);
    if (noun) {
      const before = r.text;
      let label: string;
      // “骏泰新材料等3家企业”, “五新智能科技、辰州矿业2家企业”: the names are instances of the noun.
      if (before === '' || before.endsWith('等') || before.includes('、') || isOnlyConnective(before)) label = noun;
      else if (before.endsWith('的')) label = before.slice(0, -1) + noun;
      else if ([...before].length <= 3 || [...noun].length <= 2) label = before + noun;
      else label = noun;
      return { label: canonicalLabel(label), next: { label: canonicalLabel(label), words: label } };
    }
  }
  const label = canonicalLabel(dropSloganList(r.text));
  return { label, next: label ? { label, words: r.text } : subject };
}

/**
 * The year a sentence states before its first figure: “2023年本年决算支出…”,
 * “根据《…2023年…通知》（怀财预﹝2023﹞6号），2023年…” → 2023 (years inside 《》 and
 * document numbers, and dates, do not count).
 */
function statedYear(text: string, from: number, to: number): string | null {
  const YEAR = /(\d{4})\s*年(?:度)?(?!\s*\d{1,2}\s*月)(?![-—–~至到]\s*\d)/g;
  let last: string | null = null;
  const slice = text.slice(from, to);
  // “与2023年度相比” names the base of a comparison, not the year of the figures.
  const base = CONTEXT_BASE.exec(slice);
  for (const m of slice.matchAll(YEAR)) {
    if (base && m.index >= base.index && m.index < base.index + base[0].length) continue;
    const before = slice.slice(0, m.index);
    const inTitle = (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
    const inNumber = /[〔［\[﹝【(（]\s*$/.test(before);
    if (!inTitle && !inNumber) last = m[1]!;
  }
  return last;
}

/** dims.year from the words (2022 / 本年 / 上年), else the sentence's year. */
function resolveYear(stated: string | null, sentenceYear: string | null, reportYear: number | null): { year: string | null; ref: string | null } {
  if (stated && /^\d{4}$/.test(stated)) return { year: stated, ref: null };
  if (stated === '本年') {
    const y = sentenceYear ?? (reportYear !== null ? String(reportYear) : null);
    return { year: y, ref: '本年' };
  }
  if (stated === '上年') {
    const base = sentenceYear ?? (reportYear !== null ? String(reportYear) : null);
    return { year: base ? String(Number.parseInt(base, 10) - 1) : null, ref: '上年' };
  }
  return { year: sentenceYear, ref: null };
}

export type { TextRange };
