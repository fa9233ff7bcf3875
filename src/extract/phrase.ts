import { z } from 'zod';
import { loadPatterns } from '../patterns/load.js';
import { isKnownLabel, phraseRules } from './labels.js';

const RelationsDifference = z.object({
  comparators: z.array(z.string().min(1)),
  implicitBase: z.record(z.string(), z.string()),
  increase: z.array(z.string().min(1)),
  decrease: z.array(z.string().min(1)),
  contextBase: z.string(),
});
const RelationsWords = z
  .object({
    sum: z.object({ triggers: z.array(z.object({ word: z.string().min(1) }).passthrough()) }).passthrough(),
    difference: RelationsDifference.passthrough(),
  })
  .passthrough();
const RELATIONS = loadPatterns('relations.json', RelationsWords);
const DIFF = RELATIONS.difference;
/** List triggers (其中, 分别为, 主要用于…) inside a label: the label starts after them. */
const LIST_TRIGGERS = RELATIONS.sum.triggers.map((t) => t.word).sort((a, b) => b.length - a.length);

const RULES = phraseRules();
const longestFirst = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length);
const LEADING = longestFirst(RULES.leading);
const TRAILING = longestFirst(RULES.trailing);
const SUBJECTS = longestFirst(RULES.subjects);
const ORGANISATION = new RegExp(RULES.organisation, 'u');
const YEARS = RULES.years.map((y) => ({ regex: new RegExp(y.regex, 'u'), year: y.year }));
const KINDS = [...RULES.kinds].sort((a, b) => b.word.length - a.word.length);
const GENERIC = new Set(RULES.generic);
const BEFORE_QUALIFIERS = ['超过', '突破', '不足', '不到', '约', '近', '逾', '超'];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => longestFirst(xs).map(esc).join('|');
/** left + comparator + base + verb, the verb last: “本年支出决算数较上年决算数增”. 比 is not 比重/比例/比率. */
const COMPARISON = new RegExp(
  `^(?<left>.*?)(?<cmp>${alt(DIFF.comparators).replace('比', '比(?![重例率较])')})(?<base>.*?)(?<verb>${alt([...DIFF.increase, ...DIFF.decrease])})$`,
  'u',
);
const VERB_ONLY = new RegExp(`^(?<left>.*?)(?<verb>${alt([...DIFF.increase, ...DIFF.decrease].filter((w) => w.length > 1))})$`, 'u');
export const CONTEXT_BASE = new RegExp(DIFF.contextBase, 'u');

/** Punctuation and list numbering around a label. */
const EDGE_START = /^(?:[\s、，,；;：:。.！？!?）)》”’\]】〕]|[（(]?\d{1,2}[)）.．、](?!\d)|[（(][一二三四五六七八九十]+[)）])+/u;
const EDGE_END = /[\s、，,；;：:。！？!?（(《“‘[【〔]+$/u;

export interface Comparison {
  /** What is compared, as written (“本年支出决算数”), possibly empty. */
  left: string;
  /** What it is compared with: 上年决算数, 预算数, 年初预算, 上年同期. */
  base: string;
  comparator: string;
  verb: string;
  direction: 1 | -1;
}

/** The label words in front of a figure, trimmed and read. */
export interface PhraseReading {
  /** The label as written after trimming (“本年公务接待费预算数” → “公务接待费预算数”). */
  text: string;
  /** A year the words state (“2023年…”, “2022年结转”), or 本年 / 上年. */
  year: string | null;
  /** 预算数 / 决算数 when the words say which. */
  kind: string | null;
  /** The words with the kind word cut off the end (“公务接待费预算数” → “公务接待费”). */
  stem: string;
  /** The stem says nothing by itself (支出, 金额): the figure belongs to the sentence's subject. */
  generic: boolean;
  /** A kind word ended the words (“公务接待费预算数”): later generic labels with a kind refer back to it. */
  kindSuffixed: boolean;
  comparison: Comparison | null;
}

function directionOf(verb: string): 1 | -1 {
  return DIFF.decrease.includes(verb) ? -1 : 1;
}

/** Cuts edge punctuation, connectives, the reporting unit and years from the start, copulas from the end. */
export function trimLabel(raw: string): { text: string; year: string | null } {
  let t = raw;
  let year: string | null = null;
  for (let guard = 0; guard < 20; guard++) {
    const before = t;
    t = t.replace(EDGE_START, '').replace(EDGE_END, '').trim();
    // “项目支出主要用于高标准农田建设” names the item after the trigger.
    for (const w of LIST_TRIGGERS) {
      const at = t.lastIndexOf(w);
      if (at > 0 && at + w.length < t.length) t = t.slice(at + w.length);
    }
    // A known wording is kept whole: 全年执行数 is not 全年 + 执行数.
    if (isKnownLabel(t)) break;
    const lead = LEADING.find((w) => t.startsWith(w) && t.length > w.length);
    if (lead) t = t.slice(lead.length);
    const subj = SUBJECTS.find((w) => t.startsWith(w) && t.length > w.length);
    if (subj) t = t.slice(subj.length);
    const org = ORGANISATION.exec(t);
    if (org && org[0].length < t.length) t = t.slice(org[0].length);
    for (const y of YEARS) {
      const m = y.regex.exec(t);
      if (m && m[0].length < t.length) {
        year ??= y.year.replace('$1', m[1] ?? '');
        t = t.slice(m[0].length);
      }
    }
    const trail = TRAILING.find((w) => t.endsWith(w) && t.length > w.length && !RULES.trailingKeep.some((k) => k.endsWith(w) && t.endsWith(k)));
    if (trail) t = t.slice(0, -trail.length);
    const q = BEFORE_QUALIFIERS.find((w) => t.endsWith(w) && t.length > w.length);
    if (q) t = t.slice(0, -q.length);
    if (t === before) break;
  }
  return { text: t, year };
}

function kindOf(text: string): { kind: string | null; stem: string } {
  for (const k of KINDS) {
    if (text.endsWith(k.word)) return { kind: k.kind, stem: text.slice(0, -k.word.length) };
  }
  for (const k of KINDS) if (text.includes(k.word)) return { kind: k.kind, stem: text };
  return { kind: null, stem: text };
}

function cleanStem(stem: string): string {
  return trimLabel(stem).text;
}

/** Leading time words that do not change what a generic label names (全年支出 = 支出). */
const TIME_WORDS = /^(?:全年|本年度?|当年|年度)/u;

/** Reads the words before a figure: label text, year, kind, and a stated comparison. */
export function readPhrase(raw: string): PhraseReading {
  const { text, year } = trimLabel(raw);
  const edged = raw.replace(EDGE_START, '').replace(EDGE_END, '').trim();
  const cmp = COMPARISON.exec(edged);
  if (cmp?.groups) {
    const g = cmp.groups;
    const left = trimLabel(g['left'] ?? '');
    let base = (g['base'] ?? '').replace(EDGE_START, '').replace(EDGE_END, '').trim();
    // “较上年同比下降” says the same as “同比下降”.
    const implied = Object.keys(DIFF.implicitBase).find((w) => base.endsWith(w));
    if (implied) base = base.slice(0, -implied.length) === '' || /^上年/u.test(base) ? DIFF.implicitBase[implied]! : base;
    // The base keeps its year words: 上年决算数 is not 决算数.
    base ||= DIFF.implicitBase[g['cmp']!] ?? '';
    const k = kindOf(left.text);
    const stem = k.stem === left.text ? left.text : cleanStem(k.stem);
    return {
      text,
      year: year ?? left.year,
      kind: k.kind,
      stem,
      generic: isGenericStem(stem),
      kindSuffixed: k.stem !== left.text,
      comparison: { left: left.text, base, comparator: g['cmp']!, verb: g['verb']!, direction: directionOf(g['verb']!) },
    };
  }
  const k = kindOf(text);
  const stem = k.stem === text ? text : cleanStem(k.stem);
  return { text, year, kind: k.kind, stem, generic: isGenericStem(stem), kindSuffixed: k.stem !== text, comparison: null };
}

function isGenericStem(stem: string): boolean {
  return GENERIC.has(stem) || GENERIC.has(stem.replace(TIME_WORDS, ''));
}

/** “…减少56.95万元” after “与2023年度相比，”: the verb-only phrase as a comparison with that base. */
export function verbOnlyComparison(text: string, base: string): Comparison | null {
  const m = VERB_ONLY.exec(text);
  if (!m?.groups) return null;
  const verb = m.groups['verb']!;
  return { left: trimLabel(m.groups['left'] ?? '').text, base, comparator: '与…相比', verb, direction: directionOf(verb) };
}

/**
 * Words right after a count (“内设17个科室”, “3家企业成功创建湖南省单项冠军企业”) naming
 * what is counted: up to a clause mark, a digit or an ending word (均, 全部, 到, …); a run
 * longer than afterNounMax stops at the first verb (完成, 申报, …).
 */
export function nounAfter(text: string, from: number): string {
  let run = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (!/[\u4e00-\u9fa5“”]/.test(ch)) break;
    if (RULES.afterNounEnds.some((w) => text.startsWith(w, i))) break;
    run += ch;
  }
  run = run.replace(/[“”]/g, '');
  if ([...run].length <= RULES.afterNounMax) return run;
  const verb = Math.min(...RULES.afterNounVerbs.map((w) => run.indexOf(w)).filter((k) => k > 0));
  return Number.isFinite(verb) ? run.slice(0, verb) : [...run].slice(0, RULES.afterNounMax).join('');
}

export function isGeneric(stem: string): boolean {
  return GENERIC.has(stem);
}

/** Whether the words are only connectives or verbs that introduce a list (共有, 包括). */
export function isOnlyConnective(words: string): boolean {
  return LEADING.includes(words) || SUBJECTS.includes(words);
}

/** A label that strings many quoted slogans (开展“以学铸魂”“以学增智”…专题研讨) keeps the words around them. */
export function dropSloganList(label: string): string {
  const quoted = label.match(/“[^”]*”/g) ?? [];
  if (quoted.length < 3) return label;
  const rest = label.replace(/“[^”]*”/g, '').replace(/、{2,}/g, '、');
  return rest.length >= 2 ? rest : label;
}
