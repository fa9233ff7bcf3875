import "./chunk-AHDS5UAV.js";
import {
  runStage,
  sha256
} from "./chunk-JDKBUBXU.js";
import {
  TABLE_PATTERNS,
  WHOLE_FUNDS_SCOPE,
  assignKeys,
  comparePlaces,
  createContext,
  dimensionOfFact,
  findNumbers,
  indentWidth,
  indexReport,
  loadIdentities,
  oneLine,
  parseNumber,
  rowMarker,
  ruleList,
  scopeIn,
  squash
} from "./chunk-CWY3BHQG.js";
import {
  sectionOfBlock,
  toHalfWidth
} from "./chunk-J3VGVYG7.js";
import {
  RegexString,
  loadPatterns
} from "./chunk-4WWM7HSQ.js";
import "./chunk-G6WCJDOP.js";
import "./chunk-XHCLNRYJ.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-LQJ4KFXP.js";
import {
  TooComplexError,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/convert/extension.js
var PROMISED = { docx: "docx", pdf: "pdf", htm: "html", html: "html" };
function extensionWarning(path, format) {
  if (!path) return null;
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const promised = ext ? PROMISED[ext] : void 0;
  if (!promised || promised === format) return null;
  const what = format === "html" ? "an HTML page (perhaps a saved error or login page)" : format === "text" ? "plain text" : `a ${format} file`;
  return {
    code: "extension-mismatch",
    message: `the file name says .${ext} but its bytes are ${what}; gouji read it as ${format} \u2014 check that this is the report and not a download that went wrong`,
    location: null
  };
}

// dist/extract/flow.js
var MAX_RUN = 8;
var OPENS_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节])/u;
var OPEN_END = /[\p{Script=Han}、，]\s*$/u;
function proseRuns(doc, sections) {
  const headings = new Set(sections.map((s) => s.headingBlock));
  const runs = [];
  let run = null;
  for (const block of doc.blocks) {
    if (block.kind !== "paragraph") {
      run = null;
      continue;
    }
    const last = run?.blocks.at(-1);
    if (run && last && run.blocks.length < MAX_RUN && continues(last, block, headings)) {
      run.starts.push(run.text.length);
      run.text += block.text;
      run.blocks.push(block);
      continue;
    }
    run = { blocks: [block], text: block.text, starts: [0] };
    runs.push(run);
  }
  return runs;
}
function continues(a, b, headings) {
  if (b.index !== a.index + 1 || headings.has(a.index) || headings.has(b.index)) return false;
  if (a.page !== null && b.page !== null && b.page !== a.page && b.page !== a.page + 1) return false;
  const lastLine = a.text.slice(a.text.lastIndexOf("\n") + 1);
  return OPEN_END.test(lastLine) && lastLine.includes("\uFF0C") && !OPENS_ITEM.test(b.text);
}
function blockAt(run, offset) {
  let k = 0;
  while (k + 1 < run.starts.length && run.starts[k + 1] <= offset) k++;
  return { block: run.blocks[k], local: offset - run.starts[k] };
}
function runPlace(run, start, end) {
  const from = blockAt(run, start);
  const to = blockAt(run, Math.max(start, end - 1));
  return {
    block: from.block.index,
    page: from.block.page,
    span: { start: from.block.span.start + from.local, end: to.block.span.start + to.local + (end > start ? 1 : 0) },
    ...from.block.bbox ? { bbox: from.block.bbox } : {}
  };
}

// dist/extract/labels.js
import { z } from "zod";
var PhraseRules = z.object({
  comment: z.string(),
  leading: z.array(z.string().min(1)),
  trailing: z.array(z.string().min(1)),
  trailingKeep: z.array(z.string().min(1)).default([]),
  subjects: z.array(z.string().min(1)),
  organisation: z.string(),
  years: z.array(z.object({ regex: z.string(), year: z.string() })),
  kinds: z.array(z.object({ word: z.string().min(1), kind: z.string().min(1) })),
  generic: z.array(z.string()),
  afterNounEnds: z.array(z.string().min(1)),
  afterNounVerbs: z.array(z.string().min(1)),
  afterNounMax: z.number().int().positive()
});
var LabelsFile = z.object({
  labels: z.array(z.object({ canonical: z.string().min(1), synonyms: z.array(z.string().min(1)) })),
  phrase: PhraseRules.optional()
});
var FILE = loadPatterns("labels.json", LabelsFile);
var SYNONYMS = /* @__PURE__ */ new Map();
for (const { canonical, synonyms } of FILE.labels) {
  for (const s of [canonical, ...synonyms]) if (!SYNONYMS.has(labelKey(s))) SYNONYMS.set(labelKey(s), canonical);
}
function squash2(s) {
  return s.replace(/[\s\u3000]+/g, "");
}
function labelKey(s) {
  return squash2(s).replace(/[“”"'‘’「」『』]/g, "").replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09");
}
function canonicalLabel(raw) {
  return SYNONYMS.get(labelKey(raw)) ?? squash2(raw);
}
function isKnownLabel(raw) {
  return SYNONYMS.has(labelKey(raw));
}
function phraseRules() {
  if (!FILE.phrase) throw new Error("patterns/labels.json: phrase: missing");
  return FILE.phrase;
}

// dist/extract/phrase.js
import { z as z2 } from "zod";
var RelationsDifference = z2.object({
  comparators: z2.array(z2.string().min(1)),
  implicitBase: z2.record(z2.string(), z2.string()),
  increase: z2.array(z2.string().min(1)),
  decrease: z2.array(z2.string().min(1)),
  contextBase: z2.string()
});
var RelationsWords = z2.object({
  sum: z2.object({ triggers: z2.array(z2.object({ word: z2.string().min(1) }).passthrough()) }).passthrough(),
  difference: RelationsDifference.passthrough()
}).passthrough();
var RELATIONS = loadPatterns("relations.json", RelationsWords);
var DIFF = RELATIONS.difference;
var LIST_TRIGGERS = RELATIONS.sum.triggers.map((t) => t.word).sort((a, b) => b.length - a.length);
var RULES = phraseRules();
var longestFirst = (xs) => [...xs].sort((a, b) => b.length - a.length);
var LEADING = longestFirst(RULES.leading);
var TRAILING = longestFirst(RULES.trailing);
var SUBJECTS = longestFirst(RULES.subjects);
var ORGANISATION = new RegExp(RULES.organisation, "u");
var YEARS = RULES.years.map((y) => ({ regex: new RegExp(y.regex, "u"), year: y.year }));
var KINDS = [...RULES.kinds].sort((a, b) => b.word.length - a.word.length);
var GENERIC = new Set(RULES.generic);
var BEFORE_QUALIFIERS = ["\u8D85\u8FC7", "\u7A81\u7834", "\u4E0D\u8DB3", "\u4E0D\u5230", "\u7EA6", "\u8FD1", "\u903E", "\u8D85"];
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var alt = (xs) => longestFirst(xs).map(esc).join("|");
var COMPARISON = new RegExp(
  `^(?<left>.*?)(?<cmp>${alt(DIFF.comparators).replace("\u6BD4", "\u6BD4(?![\u91CD\u4F8B\u7387\u8F83])")})(?<base>.*?)(?<verb>${alt([...DIFF.increase, ...DIFF.decrease])})$`,
  "u"
);
var VERB_ONLY = new RegExp(`^(?<left>.*?)(?<verb>${alt([...DIFF.increase, ...DIFF.decrease].filter((w) => w.length > 1))})$`, "u");
var CONTEXT_BASE = new RegExp(DIFF.contextBase, "u");
var EDGE_START = /^(?:[\s、，,；;：:。.！？!?）)》”’\]】〕]|[（(]?\d{1,2}[)）.．、](?!\d)|[（(][一二三四五六七八九十]+[)）])+/u;
var EDGE_END = /[\s、，,；;：:。！？!?（(《“‘[【〔]+$/u;
function directionOf(verb) {
  return DIFF.decrease.includes(verb) ? -1 : 1;
}
function trimLabel(raw) {
  let t = raw;
  let year = null;
  for (let guard = 0; guard < 20; guard++) {
    const before = t;
    t = t.replace(EDGE_START, "").replace(EDGE_END, "").trim();
    for (const w of LIST_TRIGGERS) {
      const at = t.lastIndexOf(w);
      if (at > 0 && at + w.length < t.length) t = t.slice(at + w.length);
    }
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
        year ??= y.year.replace("$1", m[1] ?? "");
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
function kindOf(text) {
  for (const k of KINDS) {
    if (text.endsWith(k.word)) return { kind: k.kind, stem: text.slice(0, -k.word.length) };
  }
  for (const k of KINDS) if (text.includes(k.word)) return { kind: k.kind, stem: text };
  return { kind: null, stem: text };
}
function cleanStem(stem) {
  return trimLabel(stem).text;
}
var TIME_WORDS = /^(?:全年|本年度?|当年|年度)/u;
function readPhrase(raw) {
  const { text, year } = trimLabel(raw);
  const edged = raw.replace(EDGE_START, "").replace(EDGE_END, "").trim();
  const cmp = COMPARISON.exec(edged);
  if (cmp?.groups) {
    const g = cmp.groups;
    const left = trimLabel(g["left"] ?? "");
    let base = (g["base"] ?? "").replace(EDGE_START, "").replace(EDGE_END, "").trim();
    const implied = Object.keys(DIFF.implicitBase).find((w) => base.endsWith(w));
    if (implied) base = base.slice(0, -implied.length) === "" || /^上年/u.test(base) ? DIFF.implicitBase[implied] : base;
    base ||= DIFF.implicitBase[g["cmp"]] ?? "";
    const k2 = kindOf(left.text);
    const stem2 = k2.stem === left.text ? left.text : cleanStem(k2.stem);
    return {
      text,
      year: year ?? left.year,
      kind: k2.kind,
      stem: stem2,
      generic: isGenericStem(stem2),
      kindSuffixed: k2.stem !== left.text,
      comparison: { left: left.text, base, comparator: g["cmp"], verb: g["verb"], direction: directionOf(g["verb"]) }
    };
  }
  const k = kindOf(text);
  const stem = k.stem === text ? text : cleanStem(k.stem);
  return { text, year, kind: k.kind, stem, generic: isGenericStem(stem), kindSuffixed: k.stem !== text, comparison: null };
}
function isGenericStem(stem) {
  return GENERIC.has(stem) || GENERIC.has(stem.replace(TIME_WORDS, ""));
}
function verbOnlyComparison(text, base) {
  const m = VERB_ONLY.exec(text);
  if (!m?.groups) return null;
  const verb = m.groups["verb"];
  return { left: trimLabel(m.groups["left"] ?? "").text, base, comparator: "\u4E0E\u2026\u76F8\u6BD4", verb, direction: directionOf(verb) };
}
function nounAfter(text, from) {
  let run = "";
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (!/[\u4e00-\u9fa5“”]/.test(ch)) break;
    if (RULES.afterNounEnds.some((w) => text.startsWith(w, i))) break;
    run += ch;
  }
  run = run.replace(/[“”]/g, "");
  if ([...run].length <= RULES.afterNounMax) return run;
  const verb = Math.min(...RULES.afterNounVerbs.map((w) => run.indexOf(w)).filter((k) => k > 0));
  return Number.isFinite(verb) ? run.slice(0, verb) : [...run].slice(0, RULES.afterNounMax).join("");
}
function isOnlyConnective(words) {
  return LEADING.includes(words) || SUBJECTS.includes(words);
}
function dropSloganList(label) {
  const quoted = label.match(/“[^”]*”/g) ?? [];
  if (quoted.length < 3) return label;
  const rest = label.replace(/“[^”]*”/g, "").replace(/、{2,}/g, "\u3001");
  return rest.length >= 2 ? rest : label;
}

// dist/extract/sentences.js
var TERMINATORS = /* @__PURE__ */ new Set(["\u3002", "\uFF01", "\uFF1F", "!", "?", "\n"]);
function sentenceRanges(text) {
  const out = [];
  const closeAt = bracketCloses(text);
  let start = 0;
  let inside = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const close = closeAt.get(i);
    if (close !== void 0 && close > inside) inside = close;
    if (i < inside && ch !== "\n") continue;
    const end = TERMINATORS.has(ch) || ch === "." && i > 0 && !/[\d\s]/.test(text[i - 1]) && !/\d/.test(text[i + 1] ?? "");
    if (!end) continue;
    let j = i + 1;
    while (j < text.length && /[”’"）)]/.test(text[j])) j++;
    if (text.slice(start, j).trim() !== "") out.push({ start, end: j });
    start = j;
    i = j - 1;
  }
  if (text.slice(start).trim() !== "") out.push({ start, end: text.length });
  return out;
}
var MAX_BRACKET = 200;
function bracketCloses(text) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\uFF08" || ch === "(") stack.push(i);
    else if ((ch === "\uFF09" || ch === ")") && stack.length > 0) {
      const open = stack.pop();
      if (i - open <= MAX_BRACKET) out.set(open, i);
    } else if (ch === "\n") stack.length = 0;
  }
  return out;
}
var OPEN = "\uFF08(\u300A\u201C\u2018[\u3010\u3014";
var CLOSE = "\uFF09)\u300B\u201D\u2019]\u3011\u3015";
var CLAUSE_MARKS = /* @__PURE__ */ new Set(["\uFF0C", ",", "\uFF1B", ";", "\uFF1A", ":", "\u3002", "\uFF01", "\uFF1F", "!", "?", "\n"]);
function phraseStart(text, figureStart, floor) {
  let depth = 0;
  for (let i = figureStart - 1; i >= floor; i--) {
    const ch = text[i];
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch)) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (CLAUSE_MARKS.has(ch) || ch === "." && !/\d/.test(text[i - 1] ?? ""))) return i + 1;
  }
  return floor;
}

// dist/extract/facts.js
function extractProseFacts(doc, sections, meta) {
  const facts = [];
  const warnings = [];
  for (const run of proseRuns(doc, sections)) {
    for (const fact of paragraphFacts(run, sections, meta?.year ?? null, facts.length)) {
      facts.push(fact);
      if (fact.label === "") {
        warnings.push({
          code: "prose-unlabelled",
          message: `no label found in front of ${fact.number.raw}`,
          location: fact.location
        });
      }
    }
  }
  return { facts, warnings };
}
function paragraphFacts(run, sections, reportYear, idBase) {
  const text = run.text;
  const found = findNumbers(text);
  if (found.length === 0) return [];
  const section = sectionOfBlock(sections, run.blocks[0].index);
  const out = [];
  let paragraphYear = null;
  let prevEnd = 0;
  const starts = [];
  let k = 0;
  for (const s of sentenceRanges(text)) {
    while (k < found.length && found[k].start < s.start) k++;
    const first = k;
    while (k < found.length && found[k].start < s.end) k++;
    const inSentence = found.slice(first, k);
    const stated = statedYear(text, s.start, inSentence[0]?.start ?? s.end);
    if (stated) paragraphYear = stated;
    let sentenceYear = stated ?? paragraphYear;
    let subject = null;
    const contextBefore = contextBaseIn(text, s.start, s.end);
    for (const n of inSentence) {
      const from = phraseStart(text, n.start, Math.max(s.start, prevEnd));
      let reading = readPhrase(text.slice(from, n.start));
      const ctx = contextBefore(from);
      const comparison = reading.comparison ?? (ctx?.groups ? verbOnlyComparison(reading.text, ctx.groups["base"].trim()) : null);
      if (comparison && !reading.comparison) reading = { ...readPhrase(comparison.left), text: reading.text, comparison };
      const { label, next } = labelFor(n, reading, comparison, subject, text);
      if (next) subject = next;
      const dims = {};
      const year = resolveYear(reading.year, sentenceYear, reportYear);
      if (year.ref === "\u672C\u5E74" && !sentenceYear) sentenceYear = year.year;
      if (year.year) dims["year"] = year.year;
      if (year.ref) dims["yearRef"] = year.ref;
      if (reading.kind) dims["kind"] = reading.kind;
      if (comparison) {
        dims["base"] = comparison.base;
        dims["direction"] = comparison.direction > 0 ? "+" : "-";
      }
      if (n.qualifier) dims["qualifier"] = n.qualifier;
      out.push({
        id: `p${idBase + out.length + 1}`,
        label,
        rawLabel: reading.text,
        number: n.number,
        source: "prose",
        dims,
        location: placed(runPlace(run, n.start, n.end), section, quoteAround(text, s, n))
      });
      prevEnd = n.end;
      starts.push(n.start);
    }
  }
  disambiguate(out, starts, text);
  return out;
}
function placed(at, section, quote) {
  const { bbox, ...where } = at;
  return { ...where, section, table: null, row: null, col: null, quote, ...bbox ? { bbox } : {} };
}
var MAX_QUOTE = 400;
function quoteAround(text, s, n) {
  const sentence = text.slice(s.start, s.end).trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const half = MAX_QUOTE >> 1;
  const from = Math.max(s.start, n.start - half);
  const to = Math.min(s.end, n.end + half);
  return `${from > s.start ? "\u2026" : ""}${text.slice(from, to).trim()}${to < s.end ? "\u2026" : ""}`;
}
var PREFIX_SAFE = !/\(\?<?[=!]|\$/.test(CONTEXT_BASE.source);
function contextBaseIn(text, start, end) {
  if (!PREFIX_SAFE) return (from) => CONTEXT_BASE.exec(text.slice(start, from));
  const first = CONTEXT_BASE.exec(text.slice(start, end));
  return (from) => {
    if (!first || from <= start + first.index) return null;
    if (start + first.index + first[0].length <= from) return first;
    return CONTEXT_BASE.exec(text.slice(start, from));
  };
}
function disambiguate(facts, starts, text) {
  const group = [];
  let clause = 0;
  let at = 0;
  for (const start of starts) {
    for (; at < start; at++) if (CLAUSE_END.has(text[at])) clause++;
    group.push(clause);
  }
  const byLabel = /* @__PURE__ */ new Map();
  facts.forEach((f, i) => {
    const key = `${f.label}\0${f.number.unit ?? ""}`;
    const list = byLabel.get(key);
    if (list) list.push(i);
    else byLabel.set(key, [i]);
  });
  const clashes = new Array(facts.length).fill(false);
  for (const members of byLabel.values()) {
    if (members.length < 2) continue;
    const tally = /* @__PURE__ */ new Map();
    const bump = (key) => void tally.set(key, (tally.get(key) ?? 0) + 1);
    for (const j of members) {
      bump(`g${group[j]}`);
      bump(`v${facts[j].number.value}`);
      bump(`g${group[j]}v${facts[j].number.value}`);
    }
    for (const i of members) {
      const g = group[i];
      const v = facts[i].number.value;
      const otherClauses = members.length - tally.get(`g${g}`);
      const sameValueElsewhere = tally.get(`v${v}`) - tally.get(`g${g}v${v}`);
      clashes[i] = otherClauses - sameValueElsewhere > 0;
    }
  }
  const labels = facts.map((f) => f.label);
  const firstOfGroup = /* @__PURE__ */ new Map();
  group.forEach((g, i) => {
    if (!firstOfGroup.has(g)) firstOfGroup.set(g, i);
  });
  facts.forEach((f, i) => {
    if (!clashes[i] || f.label === "") return;
    const anchor = firstOfGroup.get(group[i]);
    if (anchor !== i && labels[anchor] !== f.label && !facts[anchor].dims["direction"]) f.label = `${labels[anchor]}${f.label}`;
  });
  const countUnits = /* @__PURE__ */ new Map();
  facts.forEach((f) => {
    if (f.number.kind !== "count") return;
    const seen = countUnits.get(f.label);
    const earlier = seen !== void 0 && [...seen].some((u) => u !== f.number.unit);
    if (earlier && f.number.unit) f.label = `${f.label}\uFF08${f.number.unit}\uFF09`;
    const units = countUnits.get(f.label);
    if (units) units.add(f.number.unit);
    else countUnits.set(f.label, /* @__PURE__ */ new Set([f.number.unit]));
  });
}
var CLAUSE_END = /* @__PURE__ */ new Set(["\uFF1B", ";", "\u3002", "\uFF01", "\uFF1F", "!", "?"]);
function labelFor(n, r, comparison, subject, text) {
  if (comparison) {
    const refersBack = (r.generic || r.stem === "") && subject !== null && (r.kind === null || subject.kindSuffixed === true);
    const left = refersBack ? subject : isKnownLabel(comparison.left) ? { label: canonicalLabel(comparison.left), words: comparison.left } : r.generic || r.stem === "" ? subject : { label: canonicalLabel(r.stem), words: r.stem };
    const what = left?.label ?? "";
    const up = n.number.kind === "percent" ? "\u589E\u957F" : "\u589E\u52A0";
    const down = n.number.kind === "percent" ? "\u4E0B\u964D" : "\u51CF\u5C11";
    const base = comparison.base ? `\u8F83${comparison.base}` : "";
    return { label: `${what}${base}${comparison.direction > 0 ? up : down}`, next: left };
  }
  if (r.text.startsWith("\u5360") && subject) {
    return { label: `${subject.label}${r.text === "\u5360" ? "\u5360\u6BD4" : r.text}`, next: null };
  }
  if (r.generic && subject && (r.kind === null || subject.kindSuffixed === true)) {
    const joined = subject.words + r.stem;
    return { label: isKnownLabel(joined) ? canonicalLabel(joined) : subject.label, next: null };
  }
  if (isKnownLabel(r.text)) {
    const label2 = canonicalLabel(r.text);
    return { label: label2, next: { label: label2, words: r.text } };
  }
  if (r.stem !== r.text && r.stem !== "" && !r.generic) {
    const label2 = canonicalLabel(r.stem);
    return { label: label2, next: { label: label2, words: r.stem, kindSuffixed: r.kindSuffixed } };
  }
  if (n.number.kind === "count") {
    const noun = nounAfter(text, n.end);
    if (noun) {
      const before = r.text;
      let label2;
      if (before === "" || before.endsWith("\u7B49") || before.includes("\u3001") || isOnlyConnective(before)) label2 = noun;
      else if (before.endsWith("\u7684")) label2 = before.slice(0, -1) + noun;
      else if ([...before].length <= 3 || [...noun].length <= 2) label2 = before + noun;
      else label2 = noun;
      return { label: canonicalLabel(label2), next: { label: canonicalLabel(label2), words: label2 } };
    }
  }
  const label = canonicalLabel(dropSloganList(r.text));
  return { label, next: label ? { label, words: r.text } : subject };
}
function statedYear(text, from, to) {
  const YEAR4 = /(\d{4})\s*年(?:度)?(?!\s*\d{1,2}\s*月)(?![-—–~至到]\s*\d)/g;
  let last = null;
  const slice = text.slice(from, to);
  const base = CONTEXT_BASE.exec(slice);
  for (const m of slice.matchAll(YEAR4)) {
    if (base && m.index >= base.index && m.index < base.index + base[0].length) continue;
    const before = slice.slice(0, m.index);
    const inTitle = (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
    const inNumber = /[〔［\[﹝【(（]\s*$/.test(before);
    if (!inTitle && !inNumber) last = m[1];
  }
  return last;
}
function resolveYear(stated, sentenceYear, reportYear) {
  if (stated && /^\d{4}$/.test(stated)) return { year: stated, ref: null };
  if (stated === "\u672C\u5E74") {
    const y = sentenceYear ?? (reportYear !== null ? String(reportYear) : null);
    return { year: y, ref: "\u672C\u5E74" };
  }
  if (stated === "\u4E0A\u5E74") {
    const base = sentenceYear ?? (reportYear !== null ? String(reportYear) : null);
    return { year: base ? String(Number.parseInt(base, 10) - 1) : null, ref: "\u4E0A\u5E74" };
  }
  return { year: sentenceYear, ref: null };
}

// dist/extract/meta.js
import { z as z4 } from "zod";

// dist/segment/numerals.js
var DIGITS = { \u96F6: 0, "\u3007": 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
function chineseNumeral(s) {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === "\u767E" || ch === "\u5341") {
      const unit = ch === "\u767E" ? 100 : 10;
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else {
      digit = DIGITS[ch];
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : null;
}
function numeralValue(s) {
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  const circled = CIRCLED.indexOf(s);
  if (circled >= 0) return circled + 1;
  return chineseNumeral(s);
}

// dist/segment/rules.js
import { z as z3 } from "zod";
var Style = z3.object({
  id: z3.string().min(1),
  comment: z3.string(),
  regex: RegexString.refine((s) => s.includes("(?<num>") && s.includes("(?<title>"), { message: "must capture (?<num>\u2026) and (?<title>\u2026)" }),
  numeral: z3.enum(["chinese", "arabic", "circled", "auto"]),
  /** Styles of one shape can stand in for each other in irregular numbering (“（3）” for （三）). */
  shape: z3.string().min(1)
});
var HeadingsFile = z3.object({
  styles: z3.array(Style).min(1),
  attachment: z3.object({ comment: z3.string(), regex: RegexString }),
  titleLike: z3.object({
    comment: z3.string(),
    maxChars: z3.number().int().positive(),
    maxCharsBold: z3.number().int().positive(),
    rejectIf: z3.array(z3.object({ regex: RegexString, comment: z3.string() }))
  })
});
var cached = null;
function headingRules() {
  if (cached) return cached;
  const file = loadPatterns("headings.json", HeadingsFile);
  cached = {
    styles: file.styles.map((s) => ({ id: s.id, regex: new RegExp(s.regex, "u"), shape: s.shape })),
    attachment: new RegExp(file.attachment.regex, "u"),
    maxChars: file.titleLike.maxChars,
    maxCharsBold: file.titleLike.maxCharsBold,
    rejectIf: file.titleLike.rejectIf.map((r) => new RegExp(r.regex, "u"))
  };
  return cached;
}

// dist/segment/headings.js
var TOC_LEADER = /(?:…{2,}|\.{4,}|·{3,}|－{3,})\s*\d*\s*$/u;
function matchHeading(text) {
  const rules2 = headingRules();
  const line = firstLine(text);
  if (line === "" || TOC_LEADER.test(line)) return null;
  const half = toHalfWidth(line);
  const att = rules2.attachment.exec(half);
  if (att?.groups) {
    const value = numeralValue(att.groups["num"]);
    if (value !== null) return candidate("attachment", value, line, half, att.groups["title"] ?? "");
  }
  for (const style of rules2.styles) {
    const m = style.regex.exec(half);
    if (!m?.groups) continue;
    const value = numeralValue(m.groups["num"]);
    if (value === null) continue;
    return candidate(style.id, value, line, half, m.groups["title"] ?? "");
  }
  return null;
}
function candidate(style, value, line, half, titleHalf) {
  const titleStart = titleHalf === "" ? half.length : half.lastIndexOf(titleHalf);
  const number = line.slice(0, titleStart).trim().replace(/[、.．，,：:\s]+$/u, "");
  return { style, value, number, title: line.slice(titleStart).trim() };
}
function isTitleLike(title, bold) {
  const rules2 = headingRules();
  const t = title.trim();
  if (t === "") return false;
  if ([...t].length > (bold ? rules2.maxCharsBold : rules2.maxChars)) return false;
  return !rules2.rejectIf.some((r) => r.test(toHalfWidth(t)));
}
function isTocTitle(text) {
  return /^目\s*录$/u.test(text.trim());
}
function isTocLine(text) {
  return TOC_LEADER.test(firstLine(text));
}
function firstLine(text) {
  const nl = text.indexOf("\n");
  return (nl === -1 ? text : text.slice(0, nl)).trim();
}

// dist/extract/meta.js
var MetaFile = z4.object({
  reportTypes: z4.array(z4.object({ regex: z4.string(), type: z4.string().min(1), comment: z4.string() })),
  unitLabels: z4.object({ comment: z4.string(), regex: z4.string() }),
  organisation: z4.object({ comment: z4.string(), regex: z4.string() }),
  grade: z4.object({ comment: z4.string(), regex: z4.string() })
});
var FILE2 = loadPatterns("meta.json", MetaFile);
var REPORT_TYPES = FILE2.reportTypes.map((t) => ({ regex: new RegExp(t.regex, "u"), type: t.type }));
var UNIT_LABEL = new RegExp(FILE2.unitLabels.regex, "u");
var ORGANISATION2 = new RegExp(FILE2.organisation.regex, "u");
var GRADE = new RegExp(FILE2.grade.regex, "u");
var YEAR = /(\d{4})\s*年度?/u;
var TITLE_MAX = 50;
function extractMeta(doc, sections) {
  const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph");
  const titleLines = titleBlock(paragraphs, sections);
  const title = titleLines.length ? titleLines.join("") : null;
  let reportType = null;
  let rest = title ?? "";
  for (const t of REPORT_TYPES) {
    const m = t.regex.exec(rest);
    if (m) {
      reportType = t.type;
      rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
      break;
    }
  }
  const y = YEAR.exec(rest) ?? YEAR.exec(title ?? "");
  const year = y ? Number.parseInt(y[1], 10) : null;
  rest = rest.replace(YEAR, "").trim();
  const fromTitle = organisation(rest);
  const department = fromTitle ?? unitFromLabels(paragraphs) ?? signature(paragraphs, sections);
  return { title, department, year, reportType, grade: grade(paragraphs, sections) };
}
function titleBlock(paragraphs, sections) {
  const firstHeading = sections[0]?.headingBlock ?? Number.POSITIVE_INFINITY;
  const lines = [];
  for (const p of paragraphs) {
    if (p.index >= firstHeading) break;
    const text = p.text.trim();
    if (/^目\s*录$/u.test(text)) break;
    if (UNIT_LABEL.test(text)) continue;
    if ([...text].length > TITLE_MAX || /[，。；：:]/.test(text) || matchHeading(text)) break;
    lines.push(...text.split("\n").map((l) => l.trim()).filter(Boolean));
    if (lines.length >= 4) break;
  }
  return lines;
}
function organisation(text) {
  const t = text.replace(/\s+/g, "").replace(/本级$/u, "");
  return t && ORGANISATION2.test(t) ? t : null;
}
function unitFromLabels(paragraphs) {
  for (const p of paragraphs) {
    const m = UNIT_LABEL.exec(p.text.trim());
    const name = m?.groups?.["name"] ? organisation(m.groups["name"]) : null;
    if (name) return name;
  }
  return null;
}
function signature(paragraphs, sections) {
  const firstAttachment = sections.find((s) => s.pattern === "attachment")?.headingBlock ?? Number.POSITIVE_INFINITY;
  let found = null;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.index >= firstAttachment) break;
    const next = paragraphs[i + 1].text.trim();
    const name = organisation(p.text.trim());
    if (name && /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/u.test(next.replace(/\s+/g, ""))) found = name;
  }
  return found;
}
function grade(paragraphs, sections) {
  for (const p of paragraphs) {
    const m = GRADE.exec(p.text);
    if (!m?.groups) continue;
    const start = m.index + m[0].length - m.groups["grade"].length;
    const sentenceStart = Math.max(p.text.lastIndexOf("\u3002", m.index) + 1, 0);
    const sentenceEnd = p.text.indexOf("\u3002", m.index);
    const location = {
      block: p.index,
      page: p.page,
      span: { start: p.span.start + start, end: p.span.start + start + m.groups["grade"].length },
      section: sectionOfBlock(sections, p.index),
      table: null,
      row: null,
      col: null,
      quote: p.text.slice(sentenceStart, sentenceEnd === -1 ? p.text.length : sentenceEnd + 1).trim()
    };
    return { text: m.groups["grade"], location };
  }
  return null;
}

// dist/extract/relations.js
import { z as z6 } from "zod";

// dist/extract/prose/claims.js
import { z as z5 } from "zod";
var ClaimsFile = z5.object({
  growth: z5.object({
    comment: z5.string(),
    increase: z5.array(z5.string().min(1)).min(1),
    decrease: z5.array(z5.string().min(1)).min(1),
    tail: RegexString,
    gap: RegexString
  }),
  compare: z5.object({
    comment: z5.string(),
    claims: z5.array(z5.object({ regex: RegexString, sign: z5.union([z5.literal(1), z5.literal(-1), z5.null()]) })).min(1),
    final: RegexString,
    budget: RegexString
  }),
  shares: z5.object({ comment: z5.string(), bare: RegexString, named: RegexString })
});
var CLAIMS = loadPatterns("prose-claims.json", ClaimsFile);
var esc2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var alt2 = (xs) => [...xs].sort((a, b) => b.length - a.length).map(esc2).join("|");
var RATE_VERB = new RegExp(`(?<verb>${alt2([...CLAIMS.growth.increase, ...CLAIMS.growth.decrease])})${CLAIMS.growth.tail}\\s*$`, "u");
function rateVerb(words) {
  const m = RATE_VERB.exec(words);
  if (!m?.groups) return null;
  return { sign: CLAIMS.growth.decrease.includes(m.groups["verb"]) ? -1 : 1, at: m.index };
}
var RATE_GAP = new RegExp(CLAIMS.growth.gap, "u");

// dist/extract/prose/direction.js
var CLAIM_REGEXES = CLAIMS.compare.claims.map((c) => ({ regex: new RegExp(c.regex, "gu"), sign: c.sign }));
var FINAL = new RegExp(CLAIMS.compare.final, "u");
var BUDGET = new RegExp(CLAIMS.compare.budget, "u");
function compareRelations(paragraphs, sections) {
  const out = [];
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
          kind: "compare",
          name: m[0],
          result: final.fact.id,
          operands: [budget.fact.id],
          partial: false,
          sign: claim.sign,
          inferred: final.sentence !== sentence,
          location: locate(p, Math.min(final.start, budget.start), at + m[0].length, sections)
        });
      }
    }
  }
  return out;
}
function figuresIn(p, sentence, to) {
  return p.facts.filter((g) => g.sentence === sentence && g.end <= to && !isStatement(g.fact) && g.fact.number.kind !== "percent");
}
function pairIn(p, sentence, to) {
  const figures = figuresIn(p, sentence, to);
  const final = figures.filter((g) => g.fact.dims["kind"] === "\u51B3\u7B97\u6570" || FINAL.test(g.fact.rawLabel));
  const budget = figures.filter((g) => !final.includes(g) && (g.fact.dims["kind"] === "\u9884\u7B97\u6570" || BUDGET.test(g.fact.rawLabel)));
  if (final.length !== 1 || budget.length !== 1) return null;
  if (!sameKind(final[0].fact, budget[0].fact)) return null;
  return [final[0], budget[0]];
}

// dist/extract/prose/growth.js
function growthRelations(paragraphs, made, sections) {
  const out = [];
  for (const p of paragraphs) {
    p.facts.forEach((r, i) => {
      if (r.fact.number.kind !== "percent" || r.fact.dims["qualifier"] || made.some((x) => x.result === r.fact.id)) return;
      const before = p.facts[i - 1];
      const prev = before && before.sentence === r.sentence ? before : null;
      const from = prev ? prev.end : p.sentences[r.sentence].start;
      const words = p.text.slice(from, r.start);
      const verb = rateVerb(words);
      if (!verb) return;
      const gapOk = RATE_GAP.test(words.slice(0, verb.at));
      const fromChange = prev && gapOk ? changeRate(p, r, prev, made, verb.sign, sections) : null;
      const rel = fromChange ?? [prev && gapOk && overStatedBase(p, r, prev, verb.sign, sections) || overNamedBase(p, r, verb.sign, sections)];
      for (const x of rel) if (x) out.push(x);
    });
  }
  return out;
}
function candidates(p, r, to, like) {
  return p.facts.filter((g) => g.sentence === r.sentence && g.end <= to && g !== like && !isStatement(g.fact) && g.fact.number.kind !== "percent" && sameKind(g.fact, like.fact));
}
function isBaseFigure(p, g, change) {
  const from = p.sentences[g.sentence]?.start ?? 0;
  let depth = 0;
  for (let i = from; i < g.start; i++) {
    const ch = p.text[i];
    if (ch === "\uFF08" || ch === "(") depth++;
    else if ((ch === "\uFF09" || ch === ")") && depth > 0) depth--;
  }
  if (depth > 0) return true;
  const baseYear = /(\d{4})/u.exec(change.fact.dims["base"] ?? "")?.[1] ?? null;
  const year = g.fact.dims["year"] ?? /(\d{4})\s*年/u.exec(g.fact.rawLabel)?.[1] ?? null;
  return g.fact.dims["yearRef"] === "\u4E0A\u5E74" || baseYear !== null && year === baseYear;
}
function relation(p, r, operands, here, formula, sign, inferred, sections) {
  const starts = here.filter((o) => o.block.index === p.block.index).map((o) => o.start);
  return {
    kind: "rate",
    name: "\u589E\u957F\u7387",
    result: r.fact.id,
    operands,
    partial: false,
    sign,
    inferred,
    formula,
    location: locate(p, Math.min(r.start, ...starts), r.end, sections)
  };
}
var ids = (xs) => xs.map((x) => x.fact.id);
function changeRate(p, r, change, made, sign, sections) {
  if (change.fact.number.kind === "percent") return null;
  let diff = made.find((x) => x.kind === "difference" && x.result === change.fact.id);
  const extra = [];
  if (!change.fact.dims["direction"] || !diff) {
    const words = squash3(change.fact.rawLabel);
    const changeVerb = rateVerb(words);
    if (!changeVerb || change.fact.dims["direction"] || diff) return null;
    const figures = candidates(p, r, change.start, change);
    const base = figures.at(-1);
    const between = base ? squash3(p.text.slice(base.end, change.start)).replace(/[，,、]/gu, "") : null;
    if (base && /^(?:比|较)/u.test(squash3(base.fact.rawLabel)) && between === words) {
      const current = figures.at(-2);
      if (!current) return null;
      return [
        { kind: "difference", name: words, result: change.fact.id, operands: ids([current, base]), partial: false, sign: changeVerb.sign, inferred: false, location: locate(p, current.start, change.end, sections) },
        relation(p, r, ids([current, base]), [current, base], "growth", sign, false, sections)
      ];
    }
    if (!/比|较/u.test(squash3(p.text.slice(p.sentences[r.sentence].start, change.start)))) return null;
    const subject = figures.at(-1);
    extra.push({
      kind: "difference",
      name: words.slice(changeVerb.at),
      result: change.fact.id,
      operands: subject ? [subject.fact.id] : [],
      partial: false,
      sign: changeVerb.sign,
      inferred: false,
      location: locate(p, subject?.start ?? change.start, change.end, sections)
    });
    diff = { operands: subject ? [subject.fact.id] : [], inferred: false };
  }
  const rate = rateOfChange(p, r, change, diff, sign, sections);
  return rate ? [...extra, rate] : null;
}
var squash3 = (s) => s.replace(/\s+/gu, "");
function rateOfChange(p, r, change, diff, sign, sections) {
  const here = (id) => p.facts.filter((g) => g.fact.id === id);
  if (diff.operands.length === 2) {
    return relation(p, r, [...diff.operands], [...here(diff.operands[0]), ...here(diff.operands[1])], "growth", sign, diff.inferred, sections);
  }
  const own = diff.operands[0];
  const inSentence = p.facts.find((g) => g.fact.id === own && g.sentence === r.sentence);
  const nearest = inSentence ?? candidates(p, r, change.start, change).at(-1);
  if (nearest && isBaseFigure(p, nearest, change)) {
    return { ...relation(p, r, ids([change, nearest]), [nearest, change], "growth", sign, false, sections), formula: "ratio" };
  }
  if (nearest) return relation(p, r, ids([nearest, change]), [nearest, change], "change-over-base", sign, false, sections);
  const levels = p.facts.filter((g) => g.sentence === r.sentence - 1 && !isStatement(g.fact) && g.fact.number.kind !== "percent" && sameKind(g.fact, change.fact));
  if (own) return relation(p, r, [own, change.fact.id], [...here(own), change], "change-over-base", sign, diff.inferred && !(levels.length === 1 && levels[0].fact.id === own), sections);
  const previous = levels[0];
  const ownChanges = p.facts.some((g) => g.sentence === r.sentence - 1 && g.fact.dims["direction"] !== void 0);
  if (!previous || ownChanges || isBaseFigure(p, previous, change)) return null;
  return relation(p, r, ids([previous, change]), [previous, change], "change-over-base", sign, levels.length > 1, sections);
}
function overStatedBase(p, r, base, sign, sections) {
  if (base.fact.dims["direction"] || !/^(?:比|较|与)/u.test(base.fact.rawLabel) || base.fact.number.kind === "percent") return null;
  const current = candidates(p, r, base.start, base).at(-1);
  if (!current) return null;
  return relation(p, r, ids([current, base]), [current, base], "growth", sign, false, sections);
}
var KIND_WORDS = [
  [/执行/u, /执行/u],
  [/决算/u, /决算/u],
  [/预算(?!执行)/u, /预算(?!执行)/u]
];
function overNamedBase(p, r, sign, sections) {
  const base = r.fact.dims["base"];
  if (!base || !r.fact.dims["direction"]) return null;
  const money = p.facts.filter((g) => g.sentence === r.sentence && g.end <= r.start && !isStatement(g.fact) && g.fact.number.kind === "money");
  const current = money.at(-1);
  if (!current) return null;
  const year = /(\d{4})\s*年/u.exec(base)?.[1] ?? null;
  const kind = KIND_WORDS.find(([w]) => w.test(base))?.[1] ?? null;
  if (!year && !kind) return null;
  const fits = money.filter(
    (g) => g !== current && sameKind(g.fact, current.fact) && (!year || g.fact.dims["year"] === year || g.fact.rawLabel.includes(`${year}\u5E74`)) && (!kind || kind.test(g.fact.rawLabel))
  );
  if (fits.length !== 1) return null;
  if (year && current.fact.dims["year"] === year) return null;
  return relation(p, r, ids([current, fits[0]]), [current, fits[0]], "growth", sign, false, sections);
}

// dist/extract/prose/shares.js
var BARE = new RegExp(CLAIMS.shares.bare, "u");
var NAMED = new RegExp(CLAIMS.shares.named, "u");
var SHARE_GAP = /^[\s，,、]*占/u;
function shareRelations(doc, paragraphs, all, made, sections) {
  const paragraphOf = /* @__PURE__ */ new Map();
  for (const p of paragraphs) for (const f of p.facts) paragraphOf.set(f, p);
  return groups(doc, all, paragraphOf, made, sections);
}
function itemOf(r, p) {
  if (r.fact.number.kind !== "percent" || r.fact.dims["qualifier"]) return null;
  const i = p.facts.indexOf(r);
  const part = p.facts[i - 1];
  if (!part || part.sentence !== r.sentence || isStatement(part.fact) || part.fact.number.kind === "percent") return null;
  const words = p.text.slice(part.end, r.start);
  if (!SHARE_GAP.test(words)) return null;
  const label = r.fact.rawLabel;
  if (BARE.test(label)) return { share: r, part, whole: "", named: "" };
  const named = NAMED.exec(label)?.groups?.["whole"]?.replace(/的$/u, "");
  return named ? { share: r, part, whole: labelKey(canonicalLabel(named)), named } : null;
}
function groups(doc, all, paragraphOf, made, sections) {
  const runs = [];
  let run = [];
  for (const r of all) {
    const item = itemOf(r, paragraphOf.get(r));
    if (!item) continue;
    const last = run.at(-1);
    const continues2 = last !== void 0 && item.part.order === last.share.order + 1 && item.whole === last.whole && item.part.fact.location.section === last.part.fact.location.section && sameKind(item.part.fact, last.part.fact);
    if (!continues2) {
      if (run.length) runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length) runs.push(run);
  const out = [];
  for (const items of runs) {
    if (items.length < 2) continue;
    const parts = items.map((x) => x.part.fact.id);
    const list = made.find((x) => x.kind === "sum" && !x.partial && x.operands.length === parts.length && parts.every((id) => x.operands.includes(id)));
    const first = items[0];
    const last = items.at(-1);
    const firstP = paragraphOf.get(first.part);
    const lastP = paragraphOf.get(last.share);
    const intro = first.whole === "" ? introduction(first, all, paragraphOf, doc) : null;
    const alone = !firstP.facts.some((g) => g.sentence === first.part.sentence && g.order < first.part.order && g !== intro?.whole) && !lastP.facts.some((g) => g.sentence === last.share.sentence && g.order > last.share.order);
    const blocks = new Set(items.map((x) => x.share.block.index));
    const opened = alone ? intro?.whole ?? null : null;
    const several = blocks.size > 1 && intro === null;
    if (opened) {
      for (const x of items) {
        if (made.some((r) => r.result === x.share.fact.id)) continue;
        out.push({
          kind: "rate",
          name: "\u5360\u6BD4",
          result: x.share.fact.id,
          operands: [x.part.fact.id, opened.fact.id],
          partial: false,
          sign: null,
          inferred: false,
          formula: "ratio",
          location: locate(paragraphOf.get(x.share), x.part.start, x.share.end, sections)
        });
      }
    }
    if (!list && !opened && alone && items.every((x) => sameKind(x.part.fact, first.part.fact) && !made.some((r) => r.result === x.share.fact.id))) {
      for (const x of items) {
        out.push({
          kind: "rate",
          name: "\u5360\u6BD4",
          result: x.share.fact.id,
          operands: [x.part.fact.id, ...items.filter((y) => y !== x).map((y) => y.part.fact.id)],
          partial: false,
          sign: null,
          inferred: several,
          formula: "share-of-list",
          location: locate(paragraphOf.get(x.share), x.part.start, x.share.end, sections)
        });
      }
    }
    out.push({
      kind: "shares",
      name: "\u5360\u6BD4\u5408\u8BA1",
      result: list?.result ?? opened?.fact.id ?? "",
      operands: items.map((x) => x.share.fact.id),
      partial: !(list || alone),
      sign: null,
      inferred: several,
      location: firstP === lastP ? locate(firstP, first.part.start, last.share.end, sections) : locate(firstP, first.part.start, first.share.end, sections)
    });
  }
  return out;
}
var OPENS_LIST = /[：:]\s*$/u;
var LIST_OPENER = /^[\s，,]*(?:(?:其中|包括|分别为)\s*[：:]?|[：:])\s*$/u;
function introduction(first, all, paragraphOf, doc) {
  const p = paragraphOf.get(first.part);
  const fits = (g) => g !== void 0 && !isStatement(g.fact) && g.fact.number.kind !== "percent" && sameKind(g.fact, first.part.fact) && g.fact.location.section === first.part.fact.location.section;
  const i = p.facts.indexOf(first.part);
  if (i > 0) {
    const before2 = p.facts[i - 1];
    const words = p.text.slice(before2.end, phraseStart(p.text, first.part.start, before2.end));
    return fits(before2) && LIST_OPENER.test(words) ? { whole: before2 } : null;
  }
  const line = doc.blocks[p.block.index - 1];
  if (line?.kind !== "paragraph" || !OPENS_LIST.test(line.text)) return null;
  const before = all[first.part.order - 1];
  return { whole: before && paragraphOf.get(before).run.blocks.at(-1).index === line.index && fits(before) ? before : null };
}

// dist/extract/relations.js
var OperandSpec = z6.object({
  labels: z6.array(z6.string()).optional(),
  words: z6.array(z6.string()).optional(),
  kinds: z6.array(z6.string()).optional()
});
var RelationsFile = z6.object({
  sum: z6.object({
    comment: z6.string(),
    triggers: z6.array(z6.object({ word: z6.string().min(1), partial: z6.boolean(), spansSemicolons: z6.boolean().optional() })),
    partialMarkers: z6.array(z6.string().min(1)),
    scopeEnders: z6.array(z6.string().min(1)),
    closingTotals: z6.array(z6.string().min(1)),
    breakdownOpener: RegexString,
    flows: z6.array(z6.string().min(1))
  }),
  difference: z6.object({
    comment: z6.string(),
    comparators: z6.array(z6.string()),
    implicitBase: z6.record(z6.string(), z6.string()),
    increase: z6.array(z6.string()),
    decrease: z6.array(z6.string()),
    contextBase: z6.string(),
    operandAliases: z6.array(z6.object({ words: z6.array(z6.string().min(1)), label: z6.string().min(1), kind: z6.string().optional() }))
  }),
  rate: z6.object({
    comment: z6.string(),
    rules: z6.array(
      z6.object({
        rate: z6.string().min(1),
        numerator: OperandSpec,
        denominator: OperandSpec,
        comment: z6.string().optional()
      })
    ),
    share: z6.string()
  }),
  includes: z6.object({ comment: z6.string(), openers: z6.array(z6.string().min(1)) })
});
var RULES2 = loadPatterns("relations.json", RelationsFile);
var TRIGGERS = [...RULES2.sum.triggers].sort((a, b) => b.word.length - a.word.length);
var PARTIAL_TAIL = new RegExp(`^[\\s\uFF0C,\u3001]*(?:${[...RULES2.sum.partialMarkers].sort((a, b) => b.length - a.length).join("|")})`, "u");
var SHARE = new RegExp(RULES2.rate.share, "u");
var BREAKDOWN_OPENER = new RegExp(RULES2.sum.breakdownOpener, "gu");
var CLOSING_TOTAL = new RegExp(`^[\\s\uFF0C,\u3001\uFF1B;]*(?:${RULES2.sum.closingTotals.join("|")})`, "u");
var SCOPE_ENDER = new RegExp(`^[\\s]*(?:${RULES2.sum.scopeEnders.join("|")})`, "u");
var KIND_WORDS2 = [
  ["\u51B3\u7B97", "\u51B3\u7B97\u6570"],
  ["\u6267\u884C\u6570", "\u51B3\u7B97\u6570"],
  ["\u9884\u7B97", "\u9884\u7B97\u6570"]
];
function extractProseRelations(doc, sections, facts) {
  const paragraphs = placeFacts(doc, sections, facts);
  const all = paragraphs.flatMap((p) => p.facts);
  const out = [];
  const add = (r) => out.push({ id: `pr${out.length + 1}`, source: "prose", ...r });
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
  for (const r of growthRelations(paragraphs, out, sections)) add(r);
  for (const r of compareRelations(paragraphs, sections)) add(r);
  for (const r of shareRelations(doc, paragraphs, all, out, sections)) add(r);
  return out;
}
function placeFacts(doc, sections, facts) {
  const byBlock = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (f.source !== "prose" || !f.location.span) continue;
    const list = byBlock.get(f.location.block) ?? [];
    list.push(f);
    byBlock.set(f.location.block, list);
  }
  const out = [];
  let order = 0;
  for (const run of proseRuns(doc, sections)) {
    const list = run.blocks.flatMap((block, k) => (byBlock.get(block.index) ?? []).map((fact) => ({ fact, block, at: run.starts[k] })));
    if (list.length === 0) continue;
    const sentences = sentenceRanges(run.text);
    const first = run.blocks[0];
    const placed2 = list.map(({ fact, block, at }) => {
      const start = at + fact.location.span.start - block.span.start;
      const end = at + fact.location.span.end - block.span.start;
      const sentence = Math.max(0, sentences.findIndex((s) => start >= s.start && start < s.end));
      return { fact, block: first, start, end, sentence, order: 0 };
    }).sort((a, b) => a.start - b.start);
    for (const f of placed2) f.order = order++;
    out.push({ block: first, run, text: run.text, sentences, facts: placed2 });
  }
  return out;
}
function findTriggers(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const t = TRIGGERS.find((x) => text.startsWith(x.word, i));
    if (!t) continue;
    let end = i + t.word.length;
    const colon = /^[^，,。；;：:\d]{0,6}[：:]/u.exec(text.slice(end));
    const spans = (t.spansSemicolons ?? false) || colon !== null;
    if (colon) end += colon[0].length;
    out.push({ word: t.word, partial: t.partial, spansSemicolons: spans, start: i, end });
    i = end - 1;
  }
  return out.filter((t) => !insideBrackets(text, t.start));
}
function figureColons(p) {
  const out = [];
  for (const f of p.facts) {
    if (isStatement(f.fact)) continue;
    const colon = /^\s*[：:]\s*/u.exec(p.text.slice(f.end, f.end + 8));
    if (!colon) continue;
    const end = f.end + colon[0].length;
    if (TRIGGERS.some((x) => p.text.startsWith(x.word, end))) continue;
    if (insideBrackets(p.text, f.end)) continue;
    out.push({ word: "\u5206\u9879", partial: false, spansSemicolons: true, start: f.end + colon[0].indexOf(colon[0].trim()), end });
  }
  return out;
}
function insideBrackets(text, pos, from = 0) {
  let depth = 0;
  for (let i = from; i < pos; i++) {
    const ch = text[i];
    if (ch === "\uFF08" || ch === "(") depth++;
    else if ((ch === "\uFF09" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}
function sameKind(a, b) {
  return a.number.kind === b.number.kind && (a.number.kind !== "plain" || a.number.unit === b.number.unit);
}
function isStatement(f) {
  return f.dims["direction"] !== void 0 || f.rawLabel.startsWith("\u5360");
}
function sums(p, all, sections) {
  const triggers = [...findTriggers(p.text), ...figureColons(p)].sort((a, b) => a.start - b.start);
  const out = [];
  const totalOfPart = /* @__PURE__ */ new Map();
  const scopes = [];
  triggers.forEach((t, k) => {
    const sentence = p.sentences.find((s) => t.start >= s.start && t.start < s.end);
    const semicolon = firstSemicolon(p.text, t.end, sentence?.end ?? p.text.length);
    const nestedIn = triggers.slice(0, k).some((o, j) => o.start >= (sentence?.start ?? 0) && scopes[j] > t.start);
    scopes.push(t.spansSemicolons && !nestedIn ? groupEnd(p, t.end, sentence?.end ?? p.text.length) : semicolon);
  });
  triggers.forEach((t, k) => {
    const sentence = p.sentences.find((s) => t.start >= s.start && t.start < s.end);
    if (!sentence) return;
    const scopeEnd = scopes[k];
    const nested = triggers.slice(k + 1).filter((n) => n.start < scopeEnd).map((n) => ({ start: n.start, end: firstSemicolon(p.text, n.end, sentence.end) }));
    const candidates2 = p.facts.filter(
      (f) => f.start >= t.end && f.start < scopeEnd && !isStatement(f.fact) && !insideBrackets(p.text, f.start, t.end) && !nested.some((n) => f.start >= n.start && f.start < n.end)
    );
    const closing = candidates2.filter((f) => CLOSING_TOTAL.test(f.fact.rawLabel));
    const listed = candidates2.filter((f) => !closing.includes(f));
    const first = listed[0];
    if (!first) return;
    let stated = totalBefore(p, t, first.fact, sentence);
    const listTotal = stated && t.word === "\u5176\u4E2D" && /[；;]/u.test(p.text.slice(stated.end, t.start)) ? totalOfPart.get(stated) : void 0;
    if (listTotal) stated = listTotal;
    const closingTotal = closing.find((f) => sameKind(f.fact, first.fact)) ?? null;
    if (stated && closingTotal) {
      out.push({
        kind: "sum",
        name: t.word,
        result: stated.fact.id,
        operands: [closingTotal.fact.id],
        partial: true,
        sign: null,
        inferred: false,
        location: locate(p, Math.min(stated.start, t.start), closingTotal.end, sections)
      });
    }
    const total = closingTotal ?? stated ?? namedTotal(p, all, t, first, sentence);
    if (!total) return;
    const totalFlow = flowOf(total.fact.label);
    const sameKindParts = listed.filter((f) => sameKind(f.fact, first.fact) && (totalFlow === null || [totalFlow, null].includes(flowOf(f.fact.label))));
    const parts = sameKindParts.filter((f) => sameDimensionAs(f.fact, total.fact));
    if (parts.length === 0) return;
    const change = changeWord(total.fact.label);
    if (parts.some((f) => changeWord(f.fact.label) !== change)) return;
    const mixed = parts.length < listed.filter((f) => sameKind(f.fact, first.fact)).length;
    for (const group of breakdowns(p.text, t.end, scopeEnd, parts)) {
      const last = group[group.length - 1];
      const nextTrigger = triggers.find((n) => n.start >= last.end)?.start ?? p.text.length;
      const tailEnd = Math.min(scopeEnd, nextFigureStart(p, last.end), nextTrigger);
      const cutOff = !/[。！？!?；;：:]\s*$/u.test(p.text) && !/[。！？!?]/u.test(p.text.slice(last.end));
      const partial = t.partial || mixed || cutOff || group.length === 1 || PARTIAL_TAIL.test(p.text.slice(last.end, tailEnd));
      out.push({
        kind: "sum",
        name: t.word,
        result: total.fact.id,
        operands: group.map((f) => f.fact.id),
        partial,
        sign: null,
        // a total in an earlier sentence (“…主席会议12次。其中…”) is the nearest figure, not
        // one the words name: the list may belong to another figure of that sentence
        inferred: total !== stated && total !== closingTotal || listTotal !== void 0 || ambiguousEarlier(p, total, sentence.start),
        location: locate(p, total.block === p.block ? Math.min(total.start, t.start) : t.start, last.end, sections)
      });
      for (const part of group) totalOfPart.set(part, total);
    }
  });
  return out;
}
function ambiguousEarlier(p, total, sentenceStart) {
  if (total.block !== p.block || total.start >= sentenceStart || !/[。！？!?]/u.test(p.text.slice(total.end, sentenceStart))) return false;
  const others = p.facts.filter((f) => f.sentence === total.sentence && !isStatement(f.fact) && sameKind(f.fact, total.fact) && f.fact.label !== total.fact.label);
  return others.length > 0;
}
function changeWord(label) {
  const m = /(增加|增长|上升|减少|下降|降低)$/u.exec(label);
  return m ? /增加|增长|上升/u.test(m[1]) ? "+" : "-" : null;
}
function sameDimensionAs(a, b) {
  const x = dimensionOfFact(a);
  const y = dimensionOfFact(b);
  return x === y || x === "plain" || y === "plain";
}
function groupEnd(p, from, sentenceEnd) {
  const text = p.text;
  for (let i = from; i < sentenceEnd; i++) {
    if (text[i] !== "\uFF1B" && text[i] !== ";" || insideBrackets(text, i, from)) continue;
    if (SCOPE_ENDER.test(text.slice(i + 1, i + 8))) return i;
    const flows = new Set(p.facts.filter((f) => f.start >= from && f.start < i && !isStatement(f.fact)).map((f) => flowOf(f.fact.label)));
    const next = p.facts.find((f) => f.start > i && f.start < sentenceEnd && !isStatement(f.fact));
    const nextFlow = next ? flowOf(next.fact.label) : null;
    if (nextFlow !== null && flows.size > 0 && !flows.has(nextFlow) && !flows.has(null)) return i;
  }
  return sentenceEnd;
}
function flowOf(label) {
  let best = null;
  for (const flow of RULES2.sum.flows) {
    const at = label.lastIndexOf(flow);
    if (at >= 0 && (!best || at > best.at)) best = { flow, at };
  }
  return best?.flow ?? null;
}
function breakdowns(text, from, to, parts) {
  const starts = [];
  for (const m of text.slice(from, to).matchAll(BREAKDOWN_OPENER)) starts.push(from + m.index);
  if (starts.length < 2) return [parts];
  const groups2 = [];
  for (let k = 0; k < starts.length; k++) {
    const end = starts[k + 1] ?? to;
    const group = parts.filter((f) => f.start >= starts[k] && f.start < end);
    if (group.length > 0) groups2.push(group);
  }
  const before = parts.filter((f) => f.start < starts[0]);
  if (before.length > 0) groups2.unshift(before);
  return groups2;
}
function firstSemicolon(text, from, to) {
  for (let i = from; i < to; i++) if ((text[i] === "\uFF1B" || text[i] === ";") && !insideBrackets(text, i, from)) return i;
  return to;
}
function nextFigureStart(p, after) {
  return p.facts.find((f) => f.start >= after)?.start ?? p.text.length;
}
function totalBefore(p, t, part, sentence) {
  const opensSentence = p.text.slice(sentence.start, t.start).replace(/[\s，,：:、]/g, "") === "";
  const before = p.facts.filter(
    (f) => f.end <= t.start && sameKind(f.fact, part) && !isStatement(f.fact) && (opensSentence || f.start >= sentence.start) && !insideBrackets(p.text, f.start, sentence.start)
  );
  return before[before.length - 1] ?? null;
}
function namedTotal(p, all, t, part, sentence) {
  const from = phraseStart(p.text, t.start, sentence.start);
  const words = trimLabel(p.text.slice(from, t.start)).text;
  if (words === "") return null;
  const key = labelKey(canonicalLabel(words));
  const top = topSection(part.fact.location.section);
  const fits = (g) => g.order < part.order && !isStatement(g.fact) && sameKind(g.fact, part.fact) && labelKey(g.fact.label) === key;
  const here = p.facts.filter((g) => g.end <= t.start && fits(g));
  if (here.length) return here[here.length - 1];
  const nearby = all.filter((g) => top !== null && topSection(g.fact.location.section) === top && fits(g));
  return nearby[nearby.length - 1] ?? null;
}
function includes(p, sections) {
  const out = [];
  for (const f of p.facts) {
    const after = p.text.slice(f.end).replace(/^\s+/, "");
    const opener = RULES2.includes.openers.find((o) => after.startsWith(o));
    if (!opener) continue;
    const open = p.text.indexOf(opener, f.end);
    const close = closingBracket(p.text, open);
    const inner = p.facts.filter((g) => g.start > open && g.start < close && sameKind(g.fact, f.fact));
    if (inner.length === 0) continue;
    out.push({
      kind: "includes",
      name: opener.replace(/^[（(]/, ""),
      result: f.fact.id,
      operands: inner.map((g) => g.fact.id),
      partial: true,
      sign: null,
      inferred: false,
      location: locate(p, f.start, close + 1, sections)
    });
  }
  return out;
}
function closingBracket(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\uFF08" || text[i] === "(") depth++;
    else if (text[i] === "\uFF09" || text[i] === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}
function targetOf(words, fallbackLabel) {
  const yearRef = /^(?:上年|上一年|去年)/u.test(words) ? "\u4E0A\u5E74" : null;
  const year = /^(\d{4})\s*年度?$/u.exec(words);
  if (year) return { label: fallbackLabel, kind: null, yearRef: null, year: year[1] };
  const bare = words.replace(/^(?:上年度?|上一年度?|去年|本年度?|年初|全年)/u, "");
  const alias = RULES2.difference.operandAliases.find((a) => a.words.includes(words) || a.words.includes(bare));
  let kind = null;
  for (const [w, k] of KIND_WORDS2) if (words.includes(w)) kind ??= k;
  if (/^年初/u.test(words)) kind = "\u9884\u7B97\u6570";
  if (fallbackLabel === null) return { label: alias?.label ?? (bare ? canonicalLabel(bare) : null), kind: alias?.kind ?? kind, yearRef };
  const onlyKind = /^(?:支出)?(?:预算数|决算数|执行数|预算|决算)?$/u.test(bare) || bare === "\u540C\u671F";
  if (onlyKind) return { label: fallbackLabel, kind, yearRef };
  return { label: alias?.label ?? canonicalLabel(bare), kind, yearRef };
}
function difference(f, p, all, sections) {
  const direction = f.fact.dims["direction"];
  const base = f.fact.dims["base"];
  if (!direction || base === void 0 || f.fact.number.kind === "percent") return null;
  const subjectLabel = subjectOf(f.fact);
  const leftWords = leftWordsOf(f.fact);
  const named = subjectLabel !== null && labelKey(canonicalLabel(leftWords)) === labelKey(subjectLabel);
  const leftAlias = named ? RULES2.difference.operandAliases.find((a) => a.words.includes(leftWords)) : void 0;
  const minuendTarget = leftAlias ? { label: leftAlias.label, kind: f.fact.dims["kind"] ?? leftAlias.kind ?? null, yearRef: null } : { label: subjectLabel, kind: f.fact.dims["kind"] ?? null, yearRef: null };
  const subtrahendTarget = targetOf(base, leftAlias ? null : subjectLabel);
  const minuend = findOperand(f, p, all, minuendTarget, null);
  const subtrahend = findOperand(f, p, all, subtrahendTarget, minuend?.fact.id ?? null);
  const operands = [minuend, subtrahend].filter((x) => x !== null);
  const outside = operands.some((o) => o.block.index !== f.block.index || o.sentence !== f.sentence);
  const first = operands.reduce((m, o) => o.block.index === f.block.index ? Math.min(m, o.start) : m, f.start);
  return {
    kind: "difference",
    name: base ? `\u8F83${base}` : f.fact.rawLabel,
    result: f.fact.id,
    operands: minuend ? operands.map((o) => o.fact.id) : [],
    partial: false,
    sign: direction === "-" ? -1 : 1,
    inferred: outside,
    location: locate(p, first, f.end, sections)
  };
}
function subjectOf(f) {
  const i = f.label.indexOf("\u8F83");
  const s = i >= 0 ? f.label.slice(0, i) : f.label.replace(/(?:增加|减少|增长|下降)$/u, "");
  return s || null;
}
function leftWordsOf(f) {
  const m = /^(.*?)(?:较|比|同比|环比|相比)/u.exec(f.rawLabel);
  return (m?.[1] ?? "").replace(/^(?:本年度?|全年)/u, "");
}
function findOperand(f, p, all, target, not) {
  if (!target.label) return null;
  const key = labelKey(target.label);
  const top = topSection(f.fact.location.section);
  const fits = (g) => g.fact.id !== f.fact.id && g.fact.id !== not && g.order < f.order && !isStatement(g.fact) && sameKind(g.fact, f.fact) && labelKey(g.fact.label) === key && (target.kind === null || (g.fact.dims["kind"] ?? null) === target.kind || g.fact.dims["kind"] === void 0 && target.kind === kindOfLabel(g.fact)) && (target.yearRef === null || g.fact.dims["yearRef"] === target.yearRef) && (!target.year || g.fact.dims["year"] === target.year);
  const sameSentence = p.facts.filter((g) => g.sentence === f.sentence && fits(g));
  if (sameSentence.length) return sameSentence[sameSentence.length - 1];
  const sameParagraph = p.facts.filter(fits);
  if (sameParagraph.length) return sameParagraph[sameParagraph.length - 1];
  const nearby = all.filter((g) => topSection(g.fact.location.section) === top && top !== null && fits(g));
  return nearby[nearby.length - 1] ?? null;
}
function kindOfLabel(f) {
  const alias = RULES2.difference.operandAliases.find((a) => a.label === f.label);
  return alias?.kind ?? null;
}
function topSection(id) {
  return id ? id.split(".")[0] : null;
}
function rateOf(f, p, all, sections, made) {
  if (f.fact.number.kind !== "percent" || f.fact.dims["direction"]) return null;
  const share = SHARE.exec(f.fact.rawLabel);
  if (share?.groups) return shareOf(f, p, share.groups["whole"] ?? "", sections, made);
  const rule = RULES2.rate.rules.find((r) => f.fact.label.endsWith(r.rate));
  if (!rule) return null;
  const find = (spec, not) => {
    const ok = (g) => g.fact.id !== not?.fact.id && g.fact.number.kind !== "percent" && !isStatement(g.fact) && ((spec.labels ?? []).some((l) => labelKey(l) === labelKey(g.fact.label)) || (spec.words ?? []).some((w) => g.fact.rawLabel.includes(w)) || (spec.kinds ?? []).includes(g.fact.dims["kind"] ?? "") && (not === null || g.fact.label === not.fact.label));
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
    kind: "rate",
    name: rule.rate,
    result: f.fact.id,
    operands: [numerator.fact.id, denominator.fact.id],
    partial: false,
    sign: null,
    inferred: outside,
    location: locate(p, Math.min(numerator.start, denominator.start, f.start), Math.max(numerator.end, denominator.end, f.end), sections)
  };
}
function shareOf(f, p, whole, sections, made) {
  const before = p.facts.filter((g) => g.sentence === f.sentence && g.order < f.order && g.fact.number.kind !== "percent" && !isStatement(g.fact));
  const part = before[before.length - 1];
  if (!part) return null;
  let denominator = null;
  let inferred = false;
  if (whole.trim() === "") {
    const sum = made.find((r) => r.kind === "sum" && r.operands.includes(part.fact.id));
    denominator = sum ? p.facts.find((g) => g.fact.id === sum.result) ?? null : null;
  } else {
    const label = canonicalLabel(whole.replace(/的$/u, ""));
    const pool = p.facts.filter((g) => g.order !== part.order && !isStatement(g.fact) && sameKind(g.fact, part.fact) && labelKey(g.fact.label) === labelKey(label));
    denominator = pool.sort((a, b) => Math.abs(a.order - f.order) - Math.abs(b.order - f.order))[0] ?? null;
    inferred = denominator !== null && denominator.sentence !== f.sentence;
  }
  if (!denominator || !sameKind(denominator.fact, part.fact)) return null;
  return {
    kind: "rate",
    name: "\u5360\u6BD4",
    result: f.fact.id,
    operands: [part.fact.id, denominator.fact.id],
    partial: false,
    sign: null,
    inferred,
    location: locate(p, Math.min(part.start, f.start), f.end, sections)
  };
}
function locate(p, start, end, sections) {
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
    ...bbox ? { bbox } : {}
  };
}

// dist/extract/prose/wholes.js
function linkNamedWholes(doc, sections, proseFacts, tableFacts, relations) {
  const paragraphs = placeFacts(doc, sections, proseFacts);
  const all = paragraphs.flatMap((p) => p.facts);
  const added = [];
  const replaced = /* @__PURE__ */ new Set();
  for (const p of paragraphs) {
    for (const r of p.facts) {
      const item = itemOf(r, p);
      if (!item || item.named === "") continue;
      const own = relations.filter((x) => x.kind === "rate" && x.result === r.fact.id);
      if (own.some((x) => (x.formula ?? "ratio") === "ratio" && !x.inferred)) continue;
      const name = nameCore(item.named);
      if (name.core === "") continue;
      const fits = (f) => f.id !== item.part.fact.id && fitsWhole(f, name, item.part.fact);
      const anyScope = {
        earlier: all.filter((g) => g.order < item.part.order && !isStatement(g.fact) && fits(g.fact)),
        cells: tableFacts.filter(fits)
      };
      const unscoped = (f) => name.scope !== null || [null, WHOLE_FUNDS_SCOPE].includes(f.key?.scope ?? null);
      const plain = { earlier: anyScope.earlier.filter((g) => unscoped(g.fact)), cells: anyScope.cells.filter(unscoped) };
      const { earlier, cells: cells2 } = plain.earlier.length + plain.cells.length > 0 ? plain : anyScope;
      const candidates2 = [...earlier.map((g) => g.fact), ...cells2];
      if (candidates2.length === 0) continue;
      const agree = candidates2.every((f) => sameAmount(f, candidates2[0]));
      const top = topSection(r.fact.location.section);
      const near = earlier.filter((g) => top !== null && topSection(g.fact.location.section) === top);
      const whole = agree ? earlier.at(-1)?.fact ?? cells2[0] : near.at(-1)?.fact;
      if (!whole) continue;
      if (!agree && own.length > 0) continue;
      for (const x of own) replaced.add(x.id);
      added.push({
        kind: "rate",
        name: "\u5360\u6BD4",
        result: r.fact.id,
        operands: [(whole.source === "table" ? printedInRow(item.part.fact, whole, tableFacts) : void 0)?.id ?? item.part.fact.id, whole.id],
        partial: false,
        sign: null,
        inferred: !agree,
        formula: "ratio",
        location: locate(p, item.part.start, r.end, sections)
      });
    }
  }
  if (added.length === 0) return [...relations];
  const taken = new Set(relations.map((x) => x.id));
  let n = relations.length;
  const nextId = () => {
    while (taken.has(`pr${++n}`)) ;
    return `pr${n}`;
  };
  return [...relations.filter((x) => !replaced.has(x.id)), ...added.map((x) => ({ id: nextId(), source: "prose", ...x }))];
}
function printedInRow(part, whole, tableFacts) {
  const name = nameCore((part.rawLabel || part.label).replace(/支出$/u, "")).core;
  const twins = tableFacts.filter(
    (f) => f.location.table === whole.location.table && f.location.row === whole.location.row && f.id !== whole.id && nameCore(f.label).core === name && sameAmount(f, part) && f.number.decimals > part.number.decimals
  );
  return twins.length === 1 ? twins[0] : void 0;
}
var QUOTES = /[“”"‘’'「」『』\s]/gu;
var YEAR2 = /\d{4}年度?/gu;
var LAST_YEAR = /上年度?|上一年度?|去年/u;
var PERIOD = /本年度?|当年|今年|上年度?|上一年度?|去年|全年|年初/gu;
var BASIS = /预算数|决算数|执行数|预算|决算/gu;
var FUNDS = /一般公共预算|政府性基金预算?|国有资本经营预算?|财政专户管理资金|财政拨款/gu;
var OWN_NAME = /(?:院|局|厅|委员会|委|办公室|办|本部门|本单位|本级)$/u;
function nameCore(words) {
  const text = words.replace(QUOTES, "").replace(/的$/u, "");
  const scope = scopeIn(text);
  const core = text.replace(YEAR2, "").replace(FUNDS, "").replace(PERIOD, "").replace(BASIS, "");
  return { core, lastYear: LAST_YEAR.test(text), scope };
}
function fitsWhole(f, name, part) {
  if (f.number.kind === "percent" || f.dims["direction"] !== void 0) return false;
  const dim = dimensionOfFact(f);
  const partDim = dimensionOfFact(part);
  if (dim !== partDim && dim !== "plain" && partDim !== "plain") return false;
  const words = f.source === "table" ? f.label : f.rawLabel || f.label;
  const its = nameCore(words);
  if (its.core !== name.core && !(its.core.endsWith(name.core) && OWN_NAME.test(its.core.slice(0, its.core.length - name.core.length)))) return false;
  const key = f.key;
  const lastYear = its.lastYear || key?.period === "\u4E0A\u5E74";
  if (lastYear !== name.lastYear) return false;
  if (name.scope !== null && (key?.scope ?? its.scope) !== name.scope) return false;
  const year = key?.year ?? f.dims["year"] ?? null;
  const partYear = part.key?.year ?? part.dims["year"] ?? null;
  if (year !== null && partYear !== null && year !== partYear) return false;
  const basis = key?.basis ?? null;
  const partBasis = part.key?.basis ?? null;
  return basis === null || partBasis === null || basis === partBasis;
}
function sameAmount(a, b) {
  if (a.number.wanYuan !== null && b.number.wanYuan !== null) return a.number.wanYuan === b.number.wanYuan || trimZeros(a.number.wanYuan) === trimZeros(b.number.wanYuan);
  return trimZeros(a.number.value) === trimZeros(b.number.value);
}
function trimZeros(s) {
  return s.includes(".") ? s.replace(/0+$/u, "").replace(/\.$/u, "") : s;
}

// dist/extract/prose/totals.js
function linkTableTotals(meta, proseFacts, tables, tableFacts) {
  const totals = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const table of tables) {
    const name = tableName(table.caption);
    if (!name) continue;
    const rows = new Set(table.rows.filter((r) => r.role === "total" && squash(r.label).replace(NUMBERING, "") === "\u603B\u8BA1").map((r) => r.row));
    const cells2 = tableFacts.filter((f) => f.location.table === table.block && f.location.row !== null && rows.has(f.location.row) && f.number.kind !== "percent");
    const first = cells2[0];
    if (!first || !cells2.every((f) => sameAmount2(f, first))) continue;
    const known = totals.get(name);
    if (known && !sameAmount2(known, first)) ambiguous.add(name);
    else if (!known) totals.set(name, first);
  }
  const year = meta.year !== null && meta.year !== void 0 ? String(meta.year) : null;
  const out = [];
  for (const f of proseFacts) {
    if (f.number.kind !== "money" || f.dims["direction"] !== void 0 || f.dims["qualifier"] !== void 0) continue;
    if (f.dims["yearRef"] === "\u4E0A\u5E74" || f.dims["year"] !== void 0 && year !== null && f.dims["year"] !== year) continue;
    const name = proseName(f.rawLabel);
    const cell = name && !ambiguous.has(name) ? totals.get(name) : void 0;
    if (!cell) continue;
    out.push({
      kind: "compare",
      name: `${name}\uFF08${cell.location.page !== null ? `p.${cell.location.page} ` : ""}\u8868\u4E2D\u603B\u8BA1\uFF09`,
      result: f.id,
      operands: [cell.id],
      partial: false,
      sign: null,
      inferred: false,
      location: f.location
    });
  }
  return out;
}
var NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/u;
var TABLE_NUMBER = /^.*?表\s*\d*\s*[：:]/u;
var YEAR3 = /\d{4}年度?/gu;
var BASIS2 = /预算|决算/gu;
var OWN_NAME2 = /^.*?(?:院|局|厅|委员会|委|办公室|办|本部门|本单位|本级|部门)(?=收|支|财政|一般|政府|国有)/u;
function tableName(caption) {
  if (!caption) return null;
  const text = squash(caption).replace(NUMBERING, "").replace(TABLE_NUMBER, "").replace(YEAR3, "").replace(BASIS2, "").replace(OWN_NAME2, "");
  return /总表$/u.test(text) ? text.replace(/总表$/u, "\u603B\u8BA1") : null;
}
function proseName(rawLabel) {
  const text = squash(rawLabel).replace(YEAR3, "").replace(BASIS2, "").replace(/^(?:本年度?|全年)/u, "").replace(OWN_NAME2, "");
  return /总计$/u.test(text) && text.length > 2 ? text : null;
}
function sameAmount2(a, b) {
  const x = a.number.wanYuan ?? a.number.value;
  const y = b.number.wanYuan ?? b.number.value;
  const trim = (s) => s.includes(".") ? s.replace(/0+$/u, "").replace(/\.$/u, "") : s;
  return trim(x) === trim(y);
}

// dist/extract/table/indicator-columns.js
function indicatorColumns(columns) {
  const found = {};
  for (const c of columns) {
    const name = squash(c.label.split("/").at(-1) ?? "");
    if (name === "") continue;
    for (const [field, re] of Object.entries(TABLE_PATTERNS.indicator)) {
      if (found[field] === void 0 && re.test(name)) {
        found[field] = c.col;
        break;
      }
    }
  }
  return found;
}
function isIndicatorBand(cols) {
  return cols.weight !== void 0 && cols.score !== void 0 && (cols.level1 !== void 0 || cols.level2 !== void 0 || cols.level3 !== void 0);
}
function isExecutionBand(cols) {
  return cols.weight !== void 0 && cols.score !== void 0 && cols.executionRate !== void 0;
}

// dist/extract/indicators.js
function readIndicators(doc, sections, tables) {
  const out = [];
  let carry = EMPTY_CARRY;
  for (const table of tables) {
    const bands = table.bands ?? [{ index: 0, columns: table.columns }];
    for (const band of bands) {
      const cols = indicatorColumns(band.columns);
      const rows = table.rows.filter((r) => (r.band ?? 0) === band.index && r.role !== "header");
      if (isIndicatorBand(cols)) {
        for (const row of rows) {
          const read = indicatorRow(doc, sections, table, row, cols, carry);
          if (!read) continue;
          carry = read.carry;
          out.push(read.indicator);
        }
      } else if (isExecutionBand(cols)) {
        for (const row of rows) {
          const weight = valueAt(row, cols.weight);
          if (row.role === "note" || !weight?.number || !weight.fact) continue;
          const score = valueAt(row, cols.score);
          out.push({
            row: {
              id: `i${table.block}-${row.row}`,
              level1: row.label !== "" ? row.label : null,
              level2: null,
              level3: null,
              target: null,
              actual: textAt(row, cols.executionRate),
              weight: weight.number,
              score: score?.number ?? null,
              note: textAt(row, cols.note),
              role: "execution",
              location: rowLocation(doc, sections, table, row)
            },
            weightFact: weight.fact,
            scoreFact: score?.fact ?? null,
            level1Fact: null
          });
        }
      } else {
        carry = EMPTY_CARRY;
      }
    }
  }
  return out;
}
var EMPTY_CARRY = { levels: [null, null, null], facts: [null, null, null] };
function indicatorRow(doc, sections, table, row, cols, carry) {
  const weight = valueAt(row, cols.weight);
  const score = valueAt(row, cols.score);
  const base = {
    id: `i${table.block}-${row.row}`,
    target: textAt(row, cols.target),
    actual: textAt(row, cols.actual),
    weight: weight?.number ?? null,
    score: score?.number ?? null,
    note: textAt(row, cols.note),
    location: rowLocation(doc, sections, table, row)
  };
  if (row.role === "total" || row.role === "subtotal") {
    const indicator2 = { ...base, level1: row.label, level2: null, level3: null, role: "total" };
    return { indicator: { row: indicator2, weightFact: weight?.fact ?? null, scoreFact: score?.fact ?? null, level1Fact: null }, carry: EMPTY_CARRY };
  }
  const levelCols = [cols.level1, cols.level2, cols.level3];
  const levels = [];
  const facts = [];
  let inherit = true;
  levelCols.forEach((col, i) => {
    const v = valueAt(row, col);
    if (v && v.text !== "") {
      levels.push(v.text);
      facts.push(v.fact);
      inherit = false;
    } else {
      levels.push(inherit ? carry.levels[i] ?? null : null);
      facts.push(inherit ? carry.facts[i] ?? null : null);
    }
  });
  const own = levelCols.some((col) => (valueAt(row, col)?.text ?? "") !== "");
  if (!own && !base.weight) return null;
  const indicator = { ...base, level1: levels[0], level2: levels[1], level3: levels[2], role: "indicator" };
  return {
    indicator: { row: indicator, weightFact: weight?.fact ?? null, scoreFact: score?.fact ?? null, level1Fact: facts[0] ?? null },
    carry: { levels, facts }
  };
}
function valueAt(row, col) {
  return col === void 0 ? void 0 : row.values.find((v) => v.col === col);
}
function textAt(row, col) {
  const text = valueAt(row, col)?.text ?? "";
  return text !== "" ? text : null;
}
function rowLocation(doc, sections, table, row) {
  const block = doc.blocks[table.block];
  const cells2 = block?.kind === "table" ? block.cells.filter((c) => c.row === row.row && c.text.trim() !== "") : [];
  const span = cells2.length > 0 ? { start: Math.min(...cells2.map((c) => c.span.start)), end: Math.max(...cells2.map((c) => c.span.end)) } : null;
  return {
    block: table.block,
    page: cells2[0]?.page ?? block?.page ?? null,
    span,
    section: sectionOfBlock(sections, table.block),
    table: table.block,
    row: row.row,
    col: null,
    quote: cells2.map((c) => c.text.replace(/\s*\n\s*/g, "")).join(" | ")
  };
}
function indicatorRelations(rows, facts) {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out = [];
  const sum = (result, operands, name) => {
    const fact = byId.get(result);
    const ops = operands.filter((id) => id !== null);
    if (!fact || ops.length === 0) return;
    out.push({
      id: `r${result}-${name === "\u603B\u5206" ? "total" : "group"}`,
      kind: "sum",
      name,
      result,
      operands: ops,
      partial: false,
      sign: null,
      source: "table",
      inferred: false,
      ...ops.length < operands.length ? { absent: operands.length - ops.length } : {},
      location: fact.location
    });
  };
  let since = 0;
  rows.forEach((r, i) => {
    if (r.row.role !== "total") return;
    const scored = rows.slice(since, i).filter((x) => x.row.role !== "total");
    if (r.weightFact) sum(r.weightFact, scored.map((x) => x.weightFact), "\u603B\u5206");
    if (r.scoreFact) sum(r.scoreFact, scored.map((x) => x.scoreFact), "\u603B\u5206");
    since = i + 1;
  });
  const groups2 = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (r.row.role !== "indicator" || !r.level1Fact) continue;
    const list = groups2.get(r.level1Fact) ?? [];
    list.push(r.weightFact);
    groups2.set(r.level1Fact, list);
  }
  for (const [level1Fact, weights] of groups2) {
    if (byId.get(level1Fact)?.number.kind === "score") sum(level1Fact, weights, "\u5206\u503C");
  }
  return out;
}

// dist/extract/table/balance.js
import { z as z7 } from "zod";
var BalancesFile = z7.object({
  balances: z7.array(
    z7.object({
      id: z7.string().regex(/^[a-z0-9-]+$/, "a kebab-case id"),
      /** The identity in words (the relation's name, shown in findings). */
      name: z7.string().min(1),
      caption: RegexString,
      left: RegexString,
      right: RegexString,
      /** Words naming the left and the right side (收入, 支出). */
      sides: z7.tuple([z7.string().min(1), z7.string().min(1)])
    })
  ).min(1)
});
var BALANCES = loadPatterns("balances.json", BalancesFile).balances.map((b) => ({
  ...b,
  captionRe: new RegExp(b.caption, "u"),
  leftRe: new RegExp(b.left, "u"),
  rightRe: new RegExp(b.right, "u")
}));
function balanceRelations(table, facts) {
  const out = [];
  const caption = squash(table.caption ?? "");
  for (const balance of BALANCES) {
    if (!balance.captionRe.test(caption)) continue;
    for (const band of table.bands ?? []) {
      const segments = band.segments ?? [];
      if (segments.length !== 2) continue;
      const rows = table.rows.filter((r2) => r2.band === band.index && r2.role === "total");
      const left = only(rows.filter((r2) => r2.segment === 0 && balance.leftRe.test(squash(r2.label))));
      const right = only(rows.filter((r2) => r2.segment === 1 && balance.rightRe.test(squash(r2.label))));
      if (!left || !right) continue;
      const [l, r] = segments;
      const inSegment = (s) => band.columns.filter((c) => c.col >= s.startCol && c.col < s.endCol);
      const columnsOf = (s) => inSegment(s).filter((c) => !s.labelCols.includes(c.col));
      const names = (s, row) => [...inSegment(s).map((c) => c.label), row.label].join(" ");
      if (!names(l, left).includes(balance.sides[0]) || !names(r, right).includes(balance.sides[1])) continue;
      for (const [a, b] of pairs(cells(left, columnsOf(l), facts), cells(right, columnsOf(r), facts))) {
        out.push({
          id: `r${a.id}-balance`,
          kind: "compare",
          name: balance.name,
          result: a.id,
          operands: [b.id],
          partial: false,
          sign: null,
          source: "table",
          inferred: false,
          location: a.location
        });
      }
    }
  }
  return out;
}
function only(xs) {
  return xs.length === 1 ? xs[0] : null;
}
function cells(row, columns, facts) {
  const out = [];
  for (const v of row.values) {
    const column = columns.find((c) => c.col === v.col);
    const fact = v.fact ? facts.get(v.fact) : void 0;
    if (column && fact && fact.number.kind !== "percent" && fact.dims["comparator"] === void 0) out.push({ fact, column });
  }
  return out;
}
function pairs(left, right) {
  const key = (c) => `${c.column.dims["year"] ?? ""}|${c.column.dims["kind"] ?? ""}`;
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const a of left) {
    const b = right.find((c) => !used.has(c) && key(c) === key(a));
    if (!b || left.filter((x) => key(x) === key(a)).length > 1) continue;
    used.add(b);
    out.push([a.fact, b.fact]);
  }
  return out;
}

// dist/extract/table/cell.js
function parseCell(raw, unitHint, labelledUnitHint = unitHint) {
  const text = oneLine(raw);
  if (text === "") return { kind: "empty" };
  if (TABLE_PATTERNS.placeholder.test(squash(text))) return { kind: "placeholder" };
  const number = parseNumber(text, unitHint);
  if (number) return { kind: "number", number };
  const half = toHalfWidth(text);
  for (const p of TABLE_PATTERNS.comparatorPrefixes) {
    if (!half.startsWith(p.text)) continue;
    const n = parseNumber(text.slice(p.text.length), unitHint);
    if (n) return { kind: "comparison", comparator: p.symbol, number: n };
  }
  for (const s of TABLE_PATTERNS.comparatorSuffixes) {
    if (!half.endsWith(s.text)) continue;
    const n = parseNumber(text.slice(0, text.length - s.text.length), unitHint);
    if (n) return { kind: "comparison", comparator: s.symbol, number: n };
  }
  for (const re of [TABLE_PATTERNS.labelledColon, TABLE_PATTERNS.labelledParen]) {
    const m = re.exec(half);
    const [labelAt, numberAt] = [m?.indices?.[1], m?.indices?.[2]];
    if (!m || !labelAt || !numberAt) continue;
    const n = parseNumber(text.slice(numberAt[0], numberAt[1]), labelledUnitHint);
    if (n) {
      return {
        kind: "labelled",
        label: text.slice(labelAt[0], labelAt[1]).trim(),
        rawLabel: text.slice(0, labelAt[1]).trim(),
        number: n
      };
    }
  }
  return { kind: "text", text };
}

// dist/extract/table/context.js
var LOOK_BACK = 5;
var MAX_CAPTION = 40;
var TABLE_NUMBER2 = /^(?:公开|附)?表[\d一二三四五六七八九十百零〇]+(?:[-—－][\d一二三四五六七八九十]+)?[：:.]?$/u;
function captionDims(caption) {
  const dims = {};
  if (!caption) return dims;
  const text = squash(caption);
  const year = TABLE_PATTERNS.year.exec(text)?.[1];
  if (year) dims.year = year;
  const kind = TABLE_PATTERNS.captionKinds.find((k) => k.regex.test(text))?.kind;
  if (kind) dims.kind = kind;
  return dims;
}
function tableContext(doc, blockIndex) {
  let first = blockIndex;
  while (first > 0 && doc.blocks[first - 1].kind === "table") first--;
  const context = ownContext(doc, first);
  return first === blockIndex ? context : { caption: context.caption, unit: null };
}
var PAREN_UNIT_AT_END = new RegExp(`${TABLE_PATTERNS.parenUnit.source}$`);
function ownContext(doc, blockIndex) {
  let caption = null;
  let unit = null;
  for (let i = blockIndex - 1; i >= 0 && i >= blockIndex - LOOK_BACK; i--) {
    const block = doc.blocks[i];
    if (block.kind === "table") break;
    const text = squash(block.text);
    unit ??= TABLE_PATTERNS.captionUnit.exec(text)?.[1] ?? null;
    if (text.length <= MAX_CAPTION) unit ??= PAREN_UNIT_AT_END.exec(text)?.[1] ?? null;
    if (text.length > MAX_CAPTION || !/表/.test(text) || /^附件[：:]/.test(text)) continue;
    if (caption === null) caption = block.text.trim();
    else if (TABLE_NUMBER2.test(squash(caption)) && !TABLE_NUMBER2.test(text)) caption = `${block.text.trim()}\uFF08${caption}\uFF09`;
  }
  return { caption, unit };
}

// dist/extract/table/bands.js
function columnAt(band, col) {
  let index = COLUMN_INDEX.get(band.columns);
  if (!index || index.size !== band.columns.length) {
    index = /* @__PURE__ */ new Map();
    for (const c of band.columns) if (!index.has(c.col)) index.set(c.col, c);
    if (index.size === band.columns.length) COLUMN_INDEX.set(band.columns, index);
  }
  return index.get(col);
}
var COLUMN_INDEX = /* @__PURE__ */ new WeakMap();
function segmentView(band, index) {
  const seg = band.segments[index];
  const inside = (col) => col >= seg.startCol && col < seg.endCol;
  return {
    ...band,
    columns: band.columns.filter((c) => inside(c.col)),
    labelCols: seg.labelCols,
    figureCols: band.figureCols.filter(inside),
    segments: [seg],
    startCol: seg.startCol,
    endCol: seg.endCol
  };
}
var MAX_HEADER_CELL = 30;
function headerLook(text) {
  const t = squash(text);
  if (TABLE_PATTERNS.numbering.some((n) => n.regex.test(t))) return null;
  if (TABLE_PATTERNS.valueHeader.some((re) => re.test(t)) || TABLE_PATTERNS.otherHeader.some((re) => re.test(t)) || TABLE_PATTERNS.parenUnit.test(t)) {
    return "strong";
  }
  return TABLE_PATTERNS.weakHeader.some((re) => re.test(t)) ? "weak" : null;
}
var isFigure = (v) => v.kind === "number" || v.kind === "comparison" || v.kind === "labelled";
function findBands(grid, tableUnit, continued = null, tableDims = {}) {
  const filled = Array.from({ length: grid.rows }, (_, r) => grid.filledIn(r));
  const parsed = filled.map((cells2) => cells2.map((c) => parseCell(c.text, null)));
  const wording = (r) => {
    const cells2 = filled[r];
    if (cells2.length < 2 || parsed[r].some(isFigure)) return null;
    if (cells2.some((c) => squash(c.text).length > MAX_HEADER_CELL)) return null;
    const looks2 = cells2.map((c) => headerLook(c.text));
    const hits = looks2.filter((l) => l !== null).length;
    if (hits < 2 || hits * 2 < cells2.length) return null;
    return looks2.includes("strong") ? "strong" : "weak";
  };
  const hasFigure2 = (r) => parsed[r].some((v) => v.kind === "number" || v.kind === "comparison");
  const nonEmpty = [...filled.keys()].filter((r) => filled[r].length > 0);
  const looks = nonEmpty.map(wording);
  const firstRows = new Set(nonEmpty.slice(0, filled[nonEmpty[0] ?? 0]?.length === 1 ? 2 : 1));
  const worded = new Set(
    nonEmpty.filter((r, i) => looks[i] === "strong" || looks[i] === "weak" && (firstRows.has(r) || looks[i + 1] === "strong"))
  );
  const headerRows = new Set(worded);
  for (const h of [...worded].sort((a, b) => a - b)) {
    let below = h;
    for (let i = nonEmpty.indexOf(h) - 1; i >= 0; i--) {
      const p = nonEmpty[i];
      if (headerRows.has(p) || hasFigure2(p)) break;
      const reaches = filled[p].some((c) => c.row + c.rowSpan > below - 1 && c.rowSpan > 1);
      if (filled[p].length < 3 && !reaches) break;
      headerRows.add(p);
      below = p;
    }
  }
  const firstFigure = nonEmpty.find(hasFigure2);
  if (!continued && firstFigure !== void 0 && ![...headerRows].some((r) => r < firstFigure)) {
    for (const r of nonEmpty) {
      if (r >= firstFigure) break;
      const cells2 = filled[r];
      const title = cells2.length === 1 && (cells2[0].colSpan >= grid.cols || grid.cols === 1);
      if (!title && (cells2.length >= 2 || cells2.some((c) => c.colSpan > 1))) headerRows.add(r);
    }
  }
  const continuesHeader = (r, prev) => {
    if (!headerRows.has(prev) || hasFigure2(r) || parsed[r].some(isFigure)) return false;
    for (let c = 0; c < grid.cols; c++) {
      const slot = grid.at(r, c);
      if (slot?.fromAbove && headerRows.has(slot.cell.row)) return true;
      const above = grid.at(prev, c);
      if (above && above.cell.colSpan > 1 && slot?.origin && slot.cell.text.trim() !== "") return true;
    }
    return false;
  };
  const bands = [];
  let current = null;
  let prevFilled = -1;
  for (let r = 0; r < grid.rows; r++) {
    if (filled[r].length === 0) continue;
    const header = headerRows.has(r) || continuesHeader(r, prevFilled);
    if (header) {
      headerRows.add(r);
      if (current && current.headerRows.includes(prevFilled)) {
        current.headerRows.push(r);
      } else {
        const band = {
          index: bands.length,
          start: r,
          end: r + 1,
          headerRows: [r],
          captionRow: null,
          caption: null,
          dataRows: []
        };
        if (current && current.dataRows.at(-1) === prevFilled && filled[prevFilled].length === 1) {
          const only2 = parsed[prevFilled][0];
          if (only2.kind === "text") {
            current.dataRows.pop();
            band.start = prevFilled;
            band.captionRow = prevFilled;
            band.caption = only2.text;
          }
        }
        bands.push(band);
        current = band;
      }
    } else {
      if (!current) {
        current = { index: 0, start: r, end: r + 1, headerRows: [], captionRow: null, caption: null, dataRows: [] };
        bands.push(current);
      }
      current.dataRows.push(r);
    }
    prevFilled = r;
  }
  const kept = bands.filter((b) => b.headerRows.length > 0 || b.dataRows.length > 0);
  kept.forEach((b, i) => {
    b.index = i;
    const next = kept[i + 1];
    b.end = next ? next.start : grid.rows;
  });
  return kept.map((b) => {
    const inherited = b.index === 0 && b.headerRows.length === 0 && continued ? inheritColumns(grid, continued) : null;
    const band = describeBand(grid, b, parsed, filled, tableUnit, inherited, tableDims);
    return inherited && continued ? { ...band, unit: continued.band.unit, caption: continued.band.caption } : band;
  });
}
function describeBand(grid, band, parsed, filled, tableUnit, inherited = null, tableDims = {}) {
  const columns = [];
  for (let c = 0; c < grid.cols && inherited; c++) columns.push(inherited[c]);
  for (let c = 0; c < grid.cols && !inherited; c++) {
    const parts = [];
    for (const h of band.headerRows) {
      const slot = grid.at(h, c);
      const text = slot ? oneLine(slot.cell.text) : "";
      if (text !== "" && parts.at(-1) !== text) parts.push(text);
    }
    columns.push(describeColumn(c, parts));
  }
  const hasFigure2 = /* @__PURE__ */ new Set();
  for (const r of band.dataRows) {
    filled[r].forEach((cell, i) => {
      const v = parsed[r][i];
      if (v.kind === "number" || v.kind === "comparison") hasFigure2.add(cell.col);
    });
  }
  const labelCols = [];
  for (const col of columns) {
    const weak = col.kind === "value" && !col.valueHeader && !hasFigure2.has(col.col);
    if (col.kind === "label" || weak) labelCols.push(col.col);
    else if (col.kind === "index" || col.kind === "code") continue;
    else break;
  }
  const stubCol = labelCols.length > 0 ? columns[labelCols[0]] : void 0;
  const stub = stubCol && stubCol.label !== "" ? stubCol.label : null;
  const unitFrom = (text) => {
    if (!text) return null;
    const t = squash(text);
    return TABLE_PATTERNS.captionUnit.exec(t)?.[1] ?? TABLE_PATTERNS.parenUnit.exec(t)?.[1] ?? null;
  };
  let unit = unitFrom(band.caption);
  for (const c of labelCols) unit ??= unitFrom(columns[c].label);
  for (const h of band.headerRows) {
    for (const cell of filled[h]) unit ??= TABLE_PATTERNS.captionUnit.exec(squash(cell.text))?.[1] ?? null;
  }
  unit ??= tableUnit;
  const fromCaption = { ...tableDims, ...captionDims(band.caption) };
  for (const col of columns) {
    if (col.kind !== "value" || labelCols.includes(col.col) || col.unit === "\u5206") continue;
    for (const key of ["year", "kind"]) if (fromCaption[key] && !col.dims[key]) col.dims[key] = fromCaption[key];
  }
  const figureCols = [...hasFigure2].sort((a, b) => a - b);
  return { ...band, stub, unit, columns, labelCols, figureCols, segments: findSegments(columns, labelCols) };
}
function inheritColumns(grid, continued) {
  const from = continued.band.columns;
  const spansNew = columnSpans(grid);
  const spansOld = columnSpans(continued.grid);
  if (spansNew.some(Boolean) && spansOld.some(Boolean)) {
    const out = [];
    for (let c = 0; c < grid.cols; c++) {
      const here = spansNew[c];
      let best;
      let overlap = 0;
      for (const col of from) {
        const there = spansOld[col.col];
        if (!here || !there) continue;
        const o = Math.min(here[1], there[1]) - Math.max(here[0], there[0]);
        if (o > overlap) [best, overlap] = [col, o];
      }
      out.push(best ? { ...best, col: c } : describeColumn(c, []));
    }
    return out;
  }
  if (grid.cols !== continued.grid.cols) return null;
  return from.map((c) => ({ ...c }));
}
function columnSpans(grid) {
  const seen = Array.from({ length: grid.cols + 1 }, () => []);
  for (const cell of grid.block.cells) {
    if (!cell.bbox) continue;
    seen[cell.col].push(cell.bbox[0]);
    seen[Math.min(cell.col + cell.colSpan, grid.cols)].push(cell.bbox[2]);
  }
  const known = seen.map((xs) => xs.length > 0 ? xs.sort((a, b) => a - b)[xs.length >> 1] : void 0);
  const at = (i) => {
    if (known[i] !== void 0) return known[i];
    let lo = i - 1;
    let hi = i + 1;
    while (lo >= 0 && known[lo] === void 0) lo--;
    while (hi < known.length && known[hi] === void 0) hi++;
    if (lo < 0 || hi >= known.length) return void 0;
    return known[lo] + (known[hi] - known[lo]) * (i - lo) / (hi - lo);
  };
  return Array.from({ length: grid.cols }, (_, c) => {
    const [x0, x1] = [at(c), at(c + 1)];
    return x0 !== void 0 && x1 !== void 0 && x1 > x0 ? [x0, x1] : void 0;
  });
}
function findSegments(columns, labelCols) {
  const segments = [];
  let start = 0;
  let labels = labelCols;
  for (let i = 1; i < columns.length; i++) {
    const prev = columns[i - 1];
    const here = columns[i];
    if (prev.kind !== "value" && prev.kind !== "text") continue;
    if (here.kind !== "label" && here.kind !== "code" && here.kind !== "index") continue;
    let j = i;
    while (j < columns.length && columns[j].kind !== "value" && columns[j].kind !== "text") j++;
    const lead = columns.slice(i, j).filter((c) => c.kind === "label").map((c) => c.col);
    if (lead.length === 0) continue;
    segments.push({ startCol: start, endCol: here.col, labelCols: labels });
    start = here.col;
    labels = lead;
  }
  segments.push({ startCol: start, endCol: (columns.at(-1)?.col ?? -1) + 1, labelCols: labels });
  return segments;
}
function describeColumn(col, parts) {
  const label = parts.join("/");
  const key = squash(label);
  const last = squash(parts.at(-1) ?? "");
  const withoutUnit = (s) => s.replace(new RegExp(TABLE_PATTERNS.parenUnit.source, "g"), "");
  let kind = "value";
  for (const candidate2 of [withoutUnit(last), withoutUnit(key)]) {
    const rule = TABLE_PATTERNS.columnKinds.find((k) => k.regex.test(candidate2));
    if (rule) {
      kind = rule.kind;
      break;
    }
  }
  const dims = {};
  let rest = withoutUnit(key);
  const year = TABLE_PATTERNS.year.exec(rest);
  if (year?.[1]) {
    dims.year = year[1];
    rest = rest.replace(year[0], "");
  }
  const kindWord = TABLE_PATTERNS.kinds.find((k) => rest.includes(k));
  if (kindWord) {
    dims.kind = kindWord;
    rest = rest.replace(kindWord, "");
  }
  rest = rest.replace(/^\/+|\/+$/g, "").replace(/\/{2,}/g, "/");
  if (rest !== "" && (kind === "value" || kind === "text")) dims.column = rest;
  const path = rest === "" ? [] : rest.split("/");
  const total = path.length > 0 && TABLE_PATTERNS.totals.some((t) => t.regex.test(path.at(-1)));
  if (total) path.pop();
  const base = path.at(-1) ?? (total ? "" : kindWord ?? "");
  const parenUnit = TABLE_PATTERNS.parenUnit.exec(key)?.[1] ?? null;
  const unit = parenUnit ?? TABLE_PATTERNS.columnUnits.find((u) => u.regex.test(base))?.unit ?? null;
  const valueHeader = dims.year !== void 0 || dims.kind !== void 0 || TABLE_PATTERNS.valueHeader.some((re) => re.test(withoutUnit(last)));
  return { col, label, base, dims, kind, unit, valueHeader, path, total };
}
function toTableColumn(c) {
  return { col: c.col, label: c.label, dims: c.dims, kind: c.kind, unit: c.unit };
}

// dist/extract/table/grid.js
var Grid = class {
  constructor(block) {
    this.block = block;
    this.rows = block.rows;
    this.cols = block.cols;
    this.slots = Array.from({ length: block.rows }, () => Array(block.cols).fill(null));
    for (const cell of block.cells) {
      for (let r = cell.row; r < Math.min(cell.row + cell.rowSpan, this.rows); r++) {
        for (let c = cell.col; c < Math.min(cell.col + cell.colSpan, this.cols); c++) {
          this.slots[r][c] = { cell, origin: r === cell.row && c === cell.col, fromAbove: r > cell.row };
        }
      }
    }
  }
  block;
  rows;
  cols;
  slots;
  at(row, col) {
    return this.slots[row]?.[col] ?? null;
  }
  /** Cells that start in this row, left to right. */
  originsIn(row) {
    const out = [];
    for (let c = 0; c < this.cols; c++) {
      const s = this.at(row, c);
      if (s?.origin) out.push(s.cell);
    }
    return out;
  }
  /** Cells that start in this row and hold some text. */
  filledIn(row) {
    return this.originsIn(row).filter((c) => c.text.trim() !== "");
  }
};

// dist/extract/table/hierarchy.js
import { Decimal } from "decimal.js";
function rowFigures(additive, skipNegative = false) {
  const figures = /* @__PURE__ */ new Map();
  return (info) => {
    let f = figures.get(info);
    if (!f) {
      f = /* @__PURE__ */ new Map();
      for (const v of info.values) {
        if (v.parsed.kind !== "number" || !additive(v.col)) continue;
        const value = new Decimal(v.parsed.number.value);
        if (skipNegative && value.isNegative()) continue;
        const half = new Decimal(10).pow(-v.parsed.number.decimals).div(2);
        f.set(v.col, { low: value.minus(half), high: value.plus(half) });
      }
      figures.set(info, f);
    }
    return f;
  };
}
function buildHierarchy(rows, additive) {
  const figuresOf = rowFigures(additive, true);
  const fits = (parent, node) => {
    const whole = figuresOf(parent.info);
    let compared = 0;
    let over = 0;
    for (const [col, part] of figuresOf(node.info)) {
      const limit = whole.get(col);
      if (!limit || part.low.lte(0)) continue;
      let low = part.low;
      for (const child of parent.children) low = low.plus(figuresOf(child.info).get(col)?.low ?? 0);
      compared++;
      if (low.gt(limit.high)) over++;
    }
    return over === 0 || over * 2 < compared;
  };
  const nodes = [];
  const stack = [];
  const attach = (node, parent, breakdown) => {
    node.parent = parent;
    node.level = parent ? parent.level + 1 : 0;
    node.breakdown = breakdown;
    parent?.children.push(node);
    while (stack.length > 0 && stack.at(-1) !== parent) stack.pop();
    stack.push(node);
  };
  const byCode = [];
  const totalStyles = /* @__PURE__ */ new Set();
  for (const info of rows) {
    if (info.role === "total") {
      stack.length = 0;
      if (info.marker.style) totalStyles.add(info.marker.style);
    }
    if (info.role === "note" || info.role === "header" || info.role === "total" || info.role === "subtotal") continue;
    const { marker } = info;
    const node = {
      info,
      parent: null,
      level: 0,
      style: marker.style,
      breakdown: false,
      contentIndent: info.indent + marker.markerWidth,
      children: []
    };
    nodes.push(node);
    const top = stack.at(-1) ?? null;
    if (info.codeDepth !== null) {
      const parent = info.codeDepth > 0 ? byCode[info.codeDepth - 1] ?? null : null;
      attach(node, parent, false);
      byCode.length = info.codeDepth;
      byCode[info.codeDepth] = node;
      continue;
    }
    if (marker.style) {
      const same = findLast(stack, (n) => n.style === marker.style);
      if (!same && totalStyles.has(marker.style)) attach(node, null, false);
      else attach(node, same ? same.parent : top, same ? same.breakdown : marker.breakdown);
      continue;
    }
    if (marker.breakdown) {
      attach(node, top && top.breakdown ? top.parent : top, true);
      continue;
    }
    if (TABLE_PATTERNS.ellipsis.test(squash(marker.label))) {
      const parent = top ? top.style ? top : top.parent : null;
      attach(node, parent, top !== null && !top.style && top.breakdown);
      while (stack.length > 0 && stack.at(-1) !== (parent?.parent ?? null)) stack.pop();
      continue;
    }
    if (TABLE_PATTERNS.groupRow.test(squash(info.labelText))) {
      attach(node, null, false);
      continue;
    }
    if (info.indent > 0) {
      const aligned = findLast(stack, (n) => !n.style && n.contentIndent === info.indent);
      if (aligned) {
        attach(node, aligned.parent, aligned.breakdown);
        continue;
      }
      if (top && info.indent > top.contentIndent) {
        attach(node, top, false);
        continue;
      }
    }
    for (; ; ) {
      const t = stack.at(-1);
      if (!t) {
        attach(node, null, false);
        break;
      }
      if (t.style) {
        if (!t.children.some((c) => c.style) && fits(t, node)) {
          attach(node, t, false);
          node.byAdjacency = true;
          break;
        }
      } else if (!t.parent) {
        attach(node, null, false);
        break;
      } else if (fits(t.parent, node)) {
        attach(node, t.parent, t.breakdown);
        node.byAdjacency = t.byAdjacency === true;
        break;
      }
      stack.pop();
    }
  }
  return nodes;
}
function findLast(items, pred) {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i])) return items[i];
  return void 0;
}

// dist/extract/table/continued.js
function openAtPageBreaks(tables, facts, relations) {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const sums2 = sumsByTable(byId, relations);
  const runs = tables.flatMap((table) => bandRuns(table));
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (next && (sameSignature(run, next) || run.table !== next.table && sameHeader(run.table, next.table))) {
      markOpen(run.table, openEnd(run.table, run.rows), byId, sums2);
      markOpen(next.table, openStart(next.rows), byId, sums2);
    }
  });
  for (const table of tables) numberedPastFirst(table, byId, sums2);
}
function bandRuns(table) {
  const data = (r) => r.role !== "header" && r.role !== "note";
  const bands = table.bands ?? [];
  if (bands.length === 0) return [{ table, rows: table.rows.filter(data), signature: signatureOf(table.columns.map((c) => c.label)) }];
  return bands.map((band) => ({
    table,
    rows: table.rows.filter((r) => data(r) && (r.band ?? 0) === band.index),
    signature: signatureOf(band.columns.filter((c) => c.kind !== "index").map((c) => c.label))
  }));
}
var sameSignature = (a, b) => a.signature !== "" && a.signature === b.signature;
function sameHeader(a, b) {
  const labels = (t) => t.columns.filter((c) => c.kind === "value" || c.kind === void 0).map((c) => squash(c.label));
  const x = labels(a);
  const y = labels(b);
  return x.length >= 2 && x.length === y.length && x.every((l, k) => l === y[k]);
}
function signatureOf(labels) {
  const out = [];
  for (const label of labels.map(squash)) if (label !== "" && label !== out.at(-1)) out.push(label);
  return out.length >= 2 ? out.join("|") : "";
}
var hasFigure = (r) => r.values.some((v) => v.number);
function openEnd(table, rows) {
  const last = rows.filter(hasFigure).at(-1);
  const open = /* @__PURE__ */ new Set();
  if (!last) return open;
  const parentOf = new Map(table.rows.map((r) => [r.row, r.parent]));
  for (let r = last.row; r != null && !open.has(r); r = parentOf.get(r)) open.add(r);
  return open;
}
function openStart(rows) {
  const open = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const r of rows.filter(hasFigure)) {
    const segment2 = r.segment ?? 0;
    if (seen.has(segment2)) continue;
    seen.add(segment2);
    open.add(r.row);
  }
  return open;
}
function markOpen(table, open, byId, sums2) {
  if (open.size === 0) return;
  for (const rel of tableSums(table, sums2)) {
    if (rel.operands.some((id) => open.has(byId.get(id)?.location.row ?? -1))) rel.partial = true;
  }
}
function sumsByTable(byId, relations) {
  const sums2 = /* @__PURE__ */ new Map();
  for (const rel of relations) {
    if (rel.kind !== "sum" || rel.source !== "table") continue;
    const block = byId.get(rel.result)?.location.table;
    if (block == null) continue;
    const list = sums2.get(block);
    if (list) list.push(rel);
    else sums2.set(block, [rel]);
  }
  return sums2;
}
function tableSums(table, sums2) {
  return (sums2.get(table.block) ?? []).filter((rel) => !rel.partial);
}
function numberedPastFirst(table, byId, sums2) {
  const numberOf = new Map(table.rows.map((r) => [r.row, ordinal(r.numbering)]));
  for (const rel of tableSums(table, sums2)) {
    let first = Infinity;
    for (const id of rel.operands) first = Math.min(first, byId.get(id)?.location.row ?? -1);
    const n = numberOf.get(first);
    if (n !== null && n !== void 0 && n > 1) rel.partial = true;
  }
}
function ordinal(numbering) {
  const m = numbering ? /[零〇一二两三四五六七八九十百]+|\d+|[①-⑳]/u.exec(numbering) : null;
  return m ? numeralValue(m[0]) : null;
}

// dist/extract/table/structure.js
import { Decimal as Decimal2 } from "decimal.js";
var MAX_CHILDREN = 200;
var MAX_SUMS_ROWS = 2e3;
function chooseStructure(rows, nodes, labelCols, additive) {
  if (nodes.length < 3) return { reading: "marks", scores: {} };
  const figuresOf = rowFigures(additive);
  const items = nodes.map((n) => n.info);
  const totals = rows.filter((r) => r.role === "total").map(figuresOf).filter((f) => f.size > 0);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const marks = nodes.map((n) => n.parent ? index.get(n.parent) ?? -1 : -1);
  const score = (reading) => {
    let s = 0;
    const children = /* @__PURE__ */ new Map();
    reading.forEach((p, i) => {
      const list = children.get(p) ?? [];
      list.push(i);
      children.set(p, list);
    });
    for (const [p, kids] of children) {
      const parts = kids.map((k) => figuresOf(items[k]));
      const wholes = p === -1 ? totals : [figuresOf(items[p])];
      const partial = p !== -1 && kids.some((k) => nodes[k].breakdown && reading === marks);
      for (const whole of wholes) {
        if (whole.size === 0) continue;
        s += (partial ? !exceeds(whole, parts) : ties(whole, parts)) ? 1 : -1;
      }
    }
    return s;
  };
  const candidates2 = [];
  if (nodes.some((n) => n.byAdjacency)) {
    candidates2.push({
      name: "siblings",
      reading: marks.map((p, i) => nodes[i].byAdjacency && p !== -1 && nodes[p].style !== null ? marks[p] : p)
    });
  }
  const byColumns = columnReading(items, labelCols);
  if (byColumns) candidates2.push({ name: "columns", reading: byColumns });
  if (nodes.length <= MAX_SUMS_ROWS) {
    const sums2 = runsBySums(nodes, marks, items, figuresOf);
    if (sums2) candidates2.push({ name: "sums", reading: sums2 });
  }
  let best = { name: "marks", reading: marks, score: score(marks) };
  const scores = { marks: best.score };
  for (const c of candidates2) {
    const sc = score(c.reading);
    scores[c.name] = sc;
    if (sc > best.score) best = { ...c, score: sc };
  }
  if (best.name !== "marks") apply(nodes, best.reading, best.name === "sums" ? marks : null, best.name === "siblings" || best.name === "sums" ? marks : null);
  return { reading: best.name, scores: candidates2.length > 0 ? scores : {} };
}
function runsBySums(nodes, marks, items, figuresOf) {
  const reading = [...marks];
  let any = false;
  for (let i = 0; i < nodes.length; ) {
    if (!unmarked(nodes[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < nodes.length && unmarked(nodes[j])) j++;
    if (j - i >= 3) {
      any = true;
      sumsReading(items.slice(i, j), figuresOf).forEach((p, k) => {
        if (p !== -1) reading[i + k] = i + p;
      });
    }
    i = j;
  }
  return any ? reading : null;
}
function apply(nodes, reading, arithmeticFrom, keepBreakdowns) {
  for (const n of nodes) n.children = [];
  reading.forEach((p, i) => {
    const node = nodes[i];
    const parent = p === -1 ? null : nodes[p];
    node.parent = parent;
    node.level = parent ? parent.level + 1 : 0;
    node.breakdown = keepBreakdowns !== null && keepBreakdowns[i] === p ? node.breakdown : false;
    node.byArithmetic = arithmeticFrom !== null && parent !== null && arithmeticFrom[i] !== p;
    parent?.children.push(node);
  });
}
function columnReading(items, labelCols) {
  if (labelCols.length < 2) return null;
  const depth = items.map((info) => info.labelCell?.col ?? null);
  if (depth.some((d) => d === null) || new Set(depth).size < 2) return null;
  const reading = [];
  const stack = [];
  depth.forEach((d, i) => {
    while (stack.length > 0 && depth[stack.at(-1)] >= d) stack.pop();
    reading.push(stack.at(-1) ?? -1);
    stack.push(i);
  });
  return reading;
}
function sumsReading(items, figuresOf) {
  const memo = /* @__PURE__ */ new Map();
  const parse = (i) => {
    const known = memo.get(i);
    if (known) return known;
    const whole = figuresOf(items[i]);
    let result = { end: i + 1, children: [] };
    if (nonZero(whole)) {
      const children = [];
      let k = i + 1;
      while (k < items.length && children.length < MAX_CHILDREN) {
        const sub = parse(k);
        children.push(k);
        const parts = children.map((c) => figuresOf(items[c]));
        if (ties(whole, parts)) {
          result = { end: sub.end, children };
          break;
        }
        if (exceeds(whole, parts)) break;
        k = sub.end;
      }
    }
    memo.set(i, result);
    return result;
  };
  for (let i = items.length - 1; i >= 0; i--) parse(i);
  const reading = items.map(() => -1);
  const place2 = (root) => {
    const stack = [root];
    while (stack.length > 0) {
      const i = stack.pop();
      for (const c of parse(i).children) {
        reading[c] = i;
        stack.push(c);
      }
    }
  };
  for (let i = 0; i < items.length; i = parse(i).end) place2(i);
  return reading;
}
function unmarked(n) {
  return n.level === 0 && n.parent === null && n.children.length === 0 && n.style === null && !n.breakdown && n.info.codeDepth === null && n.info.indent === 0;
}
function nonZero(f) {
  for (const r of f.values()) if (!r.low.lte(0) || !r.high.gte(0)) return true;
  return false;
}
function ties(whole, parts) {
  let compared = 0;
  for (const [col, w] of whole) {
    let low = new Decimal2(0);
    let high = new Decimal2(0);
    let any = false;
    for (const p of parts) {
      const r = p.get(col);
      if (!r) continue;
      any = true;
      low = low.plus(r.low);
      high = high.plus(r.high);
    }
    if (!any) {
      if (w.low.lte(0) && w.high.gte(0)) continue;
      return false;
    }
    if (low.gte(w.high) || high.lte(w.low)) return false;
    compared++;
  }
  return compared > 0;
}
function exceeds(whole, parts) {
  for (const [col, w] of whole) {
    let low = new Decimal2(0);
    for (const p of parts) low = low.plus(p.get(col)?.low ?? 0);
    if (low.gt(w.high)) return true;
  }
  return false;
}

// dist/extract/table/relations.js
import { Decimal as Decimal3 } from "decimal.js";
function summable(f) {
  return f !== void 0 && f.dims.comparator === void 0 && f.number.kind !== "percent";
}
function echoesWhole(result, operands) {
  const whole = new Decimal3(result.number.value);
  if (whole.isZero()) return false;
  const equal = operands.filter((o) => new Decimal3(o.number.value).eq(whole)).length;
  const nonZero2 = operands.filter((o) => !new Decimal3(o.number.value).isZero()).length;
  return equal > 0 && nonZero2 > equal;
}
function sumRelation(result, operands, absent, name, partial) {
  return {
    id: `r${result.id}-sum`,
    kind: "sum",
    name,
    result: result.id,
    operands: operands.map((f) => f.id),
    partial,
    sign: null,
    source: "table",
    inferred: false,
    ...absent > 0 ? { absent } : {},
    location: result.location
  };
}
function sumRelations(band, rows, nodes, facts, additive) {
  const cols = band.figureCols.filter(additive);
  const out = [];
  const emit = (resultRow, parts, name, partial, inferred = false, provenance = "words") => {
    for (const col of cols) {
      const result = facts.at(resultRow, col);
      if (!summable(result)) continue;
      const operands = parts.map((r) => facts.at(r, col)).filter(summable);
      if (operands.length === 0) continue;
      const absent = parts.length - operands.length;
      const single = operands.length === 1 && !partial;
      out.push({ ...sumRelation(result, operands, absent, name, partial || absent > 0), inferred: inferred || single || echoesWhole(result, operands), provenance });
    }
  };
  for (const node of nodes) {
    if (node.children.length === 0) continue;
    const partial = node.children.some((c) => c.breakdown);
    const byArithmetic = node.children.some((c) => c.byArithmetic);
    const provenance = byArithmetic ? "arithmetic" : partial ? "words" : node.info.codeDepth !== null ? "codes" : "layout";
    emit(node.info.row, node.children.map((c) => c.info.row), partial ? "\u5176\u4E2D" : "\u5206\u9879", partial, byArithmetic, provenance);
  }
  for (const t of placeTotals(rows, nodes)) emit(t.row.row, t.parts, t.name, false);
  return out;
}
function placeTotals(rows, nodes) {
  const nodeOf = new Map(nodes.map((n) => [n.info.row, n]));
  const out = [];
  const rule = (row) => TABLE_PATTERNS.totals.find((t) => t.regex.test(squash(row.marker.label)));
  const rankAt = rows.map((r) => r.role === "total" || r.role === "subtotal" ? rule(r)?.rank ?? 1 : 0);
  const topLevel = (from, to) => rows.slice(from, to).map((r) => nodeOf.get(r.row)).filter((n) => n !== void 0 && n.level === 0 && !n.breakdown).map((n) => n.info.row);
  const placedAt = /* @__PURE__ */ new Map();
  rows.forEach((row, i) => {
    const rank = rankAt[i];
    if (rank === 0) return;
    const name = rule(row)?.regex.exec(squash(row.marker.label))?.[0] ?? row.marker.label;
    if (row.role === "subtotal") {
      let from2 = i;
      while (from2 > 0 && rankAt[from2 - 1] === 0) from2--;
      const before = rows.slice(from2, i).map((r) => nodeOf.get(r.row)).filter((n) => n !== void 0);
      const last = before.at(-1);
      const parent = last?.parent ?? null;
      const parts2 = before.filter((n) => n.parent === parent && !n.breakdown).map((n) => n.info.row);
      out.push({ row, name, parts: parts2, parent, level: last?.level ?? 0 });
      return;
    }
    let from = i;
    while (from > 0 && !(rankAt[from - 1] >= rank && rows[from - 1].role === "total")) from--;
    let lower = -1;
    for (let j = i - 1; j >= from; j--) {
      if (rows[j].role === "total" && rankAt[j] < rank) {
        lower = j;
        break;
      }
    }
    const inLower = new Set(lower >= 0 ? placedAt.get(lower) ?? [] : []);
    let parts = lower >= 0 ? [rows[lower].row, ...topLevel(lower + 1, i).filter((r) => !inLower.has(r))] : topLevel(from, i);
    if (parts.length === 0) {
      let to = i + 1;
      while (to < rows.length && !(rankAt[to] >= rank && rows[to].role === "total")) to++;
      parts = topLevel(i + 1, to);
    }
    placedAt.set(i, parts);
    out.push({ row, name, parts, parent: null, level: 0 });
  });
  return out;
}
function rateRelations(band, rows, facts) {
  const out = [];
  const colNamed = (names) => {
    for (const name of names) {
      const col = band.columns.find((c) => squash(c.base) === name);
      if (col) return col.col;
    }
    return void 0;
  };
  for (const rule of TABLE_PATTERNS.rates) {
    const rateCol = colNamed(rule.rate);
    const numCol = colNamed(rule.numerator);
    const denCol = colNamed(rule.denominator);
    if (rateCol === void 0 || numCol === void 0 || denCol === void 0) continue;
    for (const row of rows) {
      if (row.role === "header") continue;
      const rate = facts.at(row.row, rateCol);
      const num = facts.at(row.row, numCol);
      const den = facts.at(row.row, denCol);
      if (!rate || !summable(num) || !summable(den) || rate.dims.comparator !== void 0) continue;
      if (/^-?0(\.0+)?$/.test(den.number.value)) continue;
      out.push({
        id: `r${rate.id}-rate`,
        kind: "rate",
        name: columnAt(band, rateCol).base,
        result: rate.id,
        operands: [num.id, den.id],
        partial: false,
        sign: null,
        source: "table",
        inferred: false,
        location: rate.location
      });
    }
  }
  return out;
}
function columnSumRelations(band, rows, facts, additive) {
  const seen = /* @__PURE__ */ new Set();
  const cols = band.columns.filter((c) => additive(c.col) && c.label !== "" && !seen.has(c.label) && seen.add(c.label));
  const sameDims = (a, b) => a.dims.year === b.dims.year && a.dims.kind === b.dims.kind;
  const out = [];
  const at = (path) => cols.some((c) => c.path.length === path.length && path.every((p, i) => c.path[i] === p));
  const partsUnder = (parent, total) => {
    const out2 = [];
    const groups2 = /* @__PURE__ */ new Set();
    for (const c of cols) {
      if (c === total || !sameDims(c, total) || c.path.length <= parent.length || !parent.every((p, i) => c.path[i] === p)) continue;
      if (c.path.length === parent.length + 1) {
        out2.push(c);
        continue;
      }
      const group = [...parent, c.path[parent.length]];
      if (groups2.has(group.join("/")) || at(group)) continue;
      groups2.add(group.join("/"));
      out2.push(...partsUnder(group, total));
    }
    return out2;
  };
  for (const total of cols.filter((c) => c.total)) {
    let parts = partsUnder(total.path, total);
    const group = groupNamed(total);
    const identity = group !== "" ? loadIdentities().find((i) => i.total.includes(group)) : void 0;
    if (identity) parts = parts.filter((c) => identity.parts.some((alternatives) => alternatives.includes(canonicalLabel(c.base))));
    const inferred = group !== "" && !identity;
    const breakdowns2 = parts.filter((c) => TABLE_PATTERNS.breakdown.test(squash(c.label.split("/").at(-1) ?? "")));
    if (breakdowns2.length > 0) {
      for (const row of rows) {
        if (row.role === "note" || row.role === "header") continue;
        const result = facts.at(row.row, total.col);
        if (!summable(result)) continue;
        for (const part of breakdowns2) {
          const operand = facts.at(row.row, part.col);
          if (summable(operand)) out.push({ ...sumRelation(result, [operand], 0, "\u5176\u4E2D", true), id: `r${result.id}-cols-${part.col}`, inferred, provenance: "layout" });
        }
      }
      parts = parts.filter((c) => !breakdowns2.includes(c));
    }
    if (parts.length < 2) continue;
    const name = squash(total.label.split("/").reverse().find((p) => TABLE_PATTERNS.totals.some((t) => t.regex.test(squash(p)))) ?? "\u5408\u8BA1");
    const word = TABLE_PATTERNS.totals.map((t) => t.regex.exec(name)?.[0]).find(Boolean) ?? name;
    for (const row of rows) {
      if (row.role === "note" || row.role === "header") continue;
      const result = facts.at(row.row, total.col);
      if (!summable(result)) continue;
      const operands = parts.map((p) => facts.at(row.row, p.col)).filter(summable);
      if (operands.length < 2) continue;
      const absent = parts.length - operands.length;
      out.push({ ...sumRelation(result, operands, absent, word, absent > 0), id: `r${result.id}-cols`, inferred, provenance: "layout" });
    }
  }
  return out;
}
function groupNamed(total) {
  const own = squash(total.label.split("/").at(-1) ?? "");
  const word = TABLE_PATTERNS.totals.map((t) => t.regex.exec(own)?.[0]).find(Boolean) ?? "";
  const name = own.slice(0, own.length - word.length);
  return name === "" ? "" : canonicalLabel(name);
}

// dist/extract/table/rows.js
function readRows(grid, band) {
  const labelCols = new Set(band.labelCols);
  const maxLabelCol = band.labelCols.length > 0 ? Math.max(...band.labelCols) : -1;
  const unitOf = (col) => {
    const column = columnAt(band, col);
    return column && (column.kind === "index" || column.kind === "code") ? null : column?.unit ?? band.unit;
  };
  const isValueCol = (col) => !labelCols.has(col) && (columnAt(band, col)?.kind ?? "value") === "value";
  const from = band.segments.length === 1 ? band.segments[0].startCol : 0;
  const to = band.segments.length === 1 ? band.segments[0].endCol : Infinity;
  const rows = [];
  for (const r of band.dataRows) {
    const cells2 = grid.filledIn(r).filter((c) => c.col >= from && c.col < to);
    if (cells2.length === 0) continue;
    const read = cells2.map((cell) => ({ col: cell.col, cell, parsed: parseCell(cell.text, unitOf(cell.col), band.unit) }));
    let labelAt = -1;
    read.forEach((v, i) => {
      const named = v.parsed.kind === "text" || v.parsed.kind === "placeholder";
      if (v.cell.col <= maxLabelCol && labelCols.has(v.cell.col) && named) labelAt = i;
    });
    const labelCell = labelAt >= 0 ? read[labelAt].cell : null;
    const values = read.filter((_, i) => i !== labelAt);
    const realigned = realign(values, band, isValueCol, unitOf);
    const labelText = labelCell ? oneLine(labelCell.text) : "";
    const marker = rowMarker(labelCell?.text ?? "");
    const narrative = values.some(
      (v) => v.parsed.kind === "labelled" && !labelCols.has(v.col) || v.parsed.kind === "text" && isValueCol(v.col)
    );
    const onlyLabelled = !labelCell && values.some((v) => v.parsed.kind === "labelled");
    let role;
    if (read.some((v) => TABLE_PATTERNS.indexRow.test(squash(v.cell.text))) || numbersColumns(values)) role = "header";
    else if (/^[-\d,]+\.\d+/u.test(squash(marker.label))) role = "note";
    else if (narrative || onlyLabelled) role = "note";
    else role = TABLE_PATTERNS.totals.find((t) => t.regex.test(squash(marker.label)))?.role ?? (marker.breakdown ? "breakdown" : "item");
    rows.push({
      row: r,
      band,
      role,
      codeDepth: codeDepth(values, band),
      code: codeOf(values, band),
      labelText,
      labelCell,
      marker,
      indent: labelCell ? indentWidth(labelCell.text) : 0,
      values,
      realigned
    });
  }
  return rows;
}
function realign(values, band, isValueCol, unitOf) {
  const numbering = (col) => {
    const kind = columnAt(band, col)?.kind;
    return kind === "index" || kind === "code";
  };
  const figures = values.filter((v) => v.parsed.kind === "number" && !numbering(v.col));
  if (figures.length === 0 || figures.some((v) => isValueCol(v.col))) return false;
  const numericCols = band.figureCols.filter(isValueCol);
  if (numericCols.length < figures.length) return false;
  figures.forEach((v, i) => {
    v.col = numericCols[i];
    v.parsed = parseCell(v.cell.text, unitOf(v.col), band.unit);
  });
  return true;
}
function codeDepth(values, band) {
  const codeCols = band.columns.filter((c) => c.kind === "code").map((c) => c.col);
  const codes = values.filter((v) => codeCols.includes(v.col) && /^\d+$/.test(v.cell.text.trim()));
  if (codes.length === 0) return null;
  if (codeCols.length > 1) return codeCols.indexOf(codes.at(-1).col);
  const digits = codes[0].cell.text.trim().length;
  return digits <= 3 ? 0 : digits - 2 >> 1;
}
function codeOf(values, band) {
  const codeCols = band.columns.filter((c) => c.kind === "code").map((c) => c.col);
  const parts = values.filter((v) => codeCols.includes(v.col) && /^\d+$/.test(v.cell.text.trim())).map((v) => v.cell.text.trim());
  return parts.length > 0 ? parts.join("") : null;
}
function numbersColumns(values) {
  const numbers = values.filter((v) => v.parsed.kind === "number").sort((a, b) => a.col - b.col);
  if (numbers.length < 3) return false;
  const head = numbers[0].parsed;
  if (head.kind !== "number" || head.number.value !== "1") return false;
  return numbers.every((v, i) => {
    if (v.parsed.kind !== "number" || v.parsed.number.decimals !== 0 || v.parsed.number.unit === "%") return false;
    const first = numbers[0].parsed;
    return first.kind === "number" && Number.parseInt(v.parsed.number.value, 10) === Number.parseInt(first.number.value, 10) + i;
  });
}

// dist/extract/tables.js
function extractTables(doc, sections) {
  const out = { tables: [], facts: [], relations: [], warnings: [], indicators: [] };
  let previous = null;
  for (const block of doc.blocks) {
    if (block.kind !== "table" || block.rows === 0) continue;
    const continues2 = previous && previous.block === block.index - 1 ? previous.continued : null;
    const read = readTable(doc, block, sectionOfBlock(sections, block.index), continues2);
    previous = read.last ? { block: block.index, continued: read.last } : null;
    out.tables.push(read.table);
    for (const f of read.facts) out.facts.push(f);
    for (const r of read.relations) out.relations.push(r);
    for (const w of read.warnings) out.warnings.push(w);
  }
  openAtPageBreaks(out.tables, out.facts, out.relations);
  out.indicators = readIndicators(doc, sections, out.tables);
  for (const r of indicatorRelations(out.indicators, out.facts)) out.relations.push(r);
  return out;
}
function readTable(doc, block, section, continues2) {
  const grid = new Grid(block);
  const context = tableContext(doc, block.index);
  const bands = findBands(grid, context.unit, continues2, captionDims(context.caption));
  const lastBand = bands.at(-1);
  const facts = [];
  const relations = [];
  const warnings = [];
  const rows = [];
  const structure = [];
  const byPosition = /* @__PURE__ */ new Map();
  const index = { at: (row, col) => byPosition.get(`${row}:${col}`) };
  const location = (cell) => ({
    block: block.index,
    page: cell.page ?? block.page,
    span: cell.span,
    section,
    table: block.index,
    row: cell.row,
    col: cell.col,
    quote: cell.text,
    ...cell.bbox ? { bbox: cell.bbox } : {}
  });
  for (const whole of bands) for (let segment2 = 0; segment2 < whole.segments.length; segment2++) {
    const band = segmentView(whole, segment2);
    const bandRows = readRows(grid, band);
    const cols = indicatorColumns(band.columns);
    const additive = (col) => {
      const c = columnAt(band, col);
      return c !== void 0 && c.kind === "value" && !band.labelCols.includes(col) && !/率$/.test(c.base);
    };
    const rowFacts = /* @__PURE__ */ new Map();
    for (const info of bandRows) {
      const made = /* @__PURE__ */ new Map();
      for (const v of info.values) {
        const fact = cellFact(v, info, band, grid, location);
        if (!fact) continue;
        made.set(v, fact);
        facts.push(fact);
        byPosition.set(`${info.row}:${v.col}`, fact);
        if (fact.label === "") {
          warnings.push({ code: "table-cell-unlabelled", message: `a figure in table ${block.index} has neither a row nor a column label`, location: fact.location });
        }
      }
      rowFacts.set(info.row, made);
      if (info.realigned) {
        warnings.push({
          code: "table-row-realigned",
          message: `row ${info.row} of table ${block.index} had its figures under label columns (a reader that drops column spans); they were read in order as ${info.values.filter((v) => v.parsed.kind === "number").map((v) => columnAt(band, v.col)?.label ?? v.col).join(", ")}`,
          location: location(info.labelCell ?? info.values[0].cell)
        });
      }
    }
    const nodes = buildHierarchy(bandRows, additive);
    const chosen = chooseStructure(bandRows, nodes, band.labelCols, additive);
    if (Object.keys(chosen.scores).length > 0) structure.push({ band: whole.index, segment: segment2, ...chosen });
    const totals = placeTotals(bandRows, nodes);
    if (!isIndicatorBand(cols)) {
      relations.push(...sumRelations(band, bandRows, nodes, index, additive));
      relations.push(...columnSumRelations(band, bandRows, index, additive));
    }
    relations.push(...rateRelations(band, bandRows, index));
    const nodeOf = new Map(nodes.map((n) => [n.info.row, n]));
    const totalOf = new Map(totals.map((t) => [t.row.row, t]));
    if (segment2 === 0) {
      for (const r of [...band.captionRow !== null ? [band.captionRow] : [], ...band.headerRows]) {
        rows.push(headerRow(grid, r, band.index));
      }
    }
    for (const info of bandRows) {
      const node = nodeOf.get(info.row);
      const total = totalOf.get(info.row);
      const parent = node?.parent ?? total?.parent ?? null;
      const made = rowFacts.get(info.row);
      const values = [];
      if (info.labelCell) values.push({ col: info.labelCell.col, text: oneLine(info.labelCell.text), number: null, fact: null });
      for (const v of info.values) {
        const fact = made.get(v);
        const column = columnAt(band, v.col);
        const figure = column?.kind !== "index" && column?.kind !== "code";
        const number = figure && (v.parsed.kind === "number" || v.parsed.kind === "comparison" || v.parsed.kind === "labelled") ? v.parsed.number : null;
        values.push({ col: v.col, text: oneLine(v.cell.text), number: fact ? fact.number : number, fact: fact?.id ?? null });
      }
      values.sort((a, b) => a.col - b.col);
      rows.push({
        row: info.row,
        label: info.marker.label,
        numbering: info.marker.numbering,
        level: node?.level ?? total?.level ?? 0,
        parent: parent?.info.row ?? null,
        role: info.role,
        values,
        band: band.index,
        ...whole.segments.length > 1 ? { segment: segment2 } : {}
      });
    }
  }
  rows.sort((a, b) => a.row - b.row || (a.segment ?? 0) - (b.segment ?? 0));
  const first = bands.find((b) => b.headerRows.length > 0) ?? bands[0];
  const table = {
    id: `table${block.index}`,
    block: block.index,
    caption: context.caption,
    unit: first?.unit ?? context.unit,
    section,
    headerRows: first?.headerRows.length ?? 0,
    headerCols: first?.labelCols.length ?? 0,
    columns: first ? first.columns.map(toTableColumn) : [],
    rows,
    bands: bands.map((b) => ({
      index: b.index,
      startRow: b.start,
      endRow: b.end,
      headerRows: b.headerRows,
      captionRow: b.captionRow,
      caption: b.caption,
      unit: b.unit,
      labelCols: b.labelCols,
      columns: b.columns.map(toTableColumn),
      ...b.segments.length > 1 ? { segments: b.segments } : {}
    })),
    ...structure.length > 0 ? { structure } : {}
  };
  relations.push(...balanceRelations(table, new Map(facts.map((f) => [f.id, f]))));
  return { table, facts, relations, warnings, last: lastBand && lastBand.headerRows.length > 0 ? { grid, band: lastBand } : null };
}
function headerRow(grid, r, band) {
  const cells2 = grid.filledIn(r);
  return {
    row: r,
    label: cells2[0] ? oneLine(cells2[0].text) : "",
    numbering: null,
    level: 0,
    parent: null,
    role: "header",
    values: cells2.map((c) => ({ col: c.col, text: oneLine(c.text), number: null, fact: null })),
    band
  };
}
function cellFact(v, info, band, grid, location) {
  const { parsed, cell } = v;
  if (parsed.kind !== "number" && parsed.kind !== "comparison" && parsed.kind !== "labelled") return null;
  const column = columnAt(band, v.col);
  if (column && (column.kind === "index" || column.kind === "code")) return null;
  const id = `t${grid.block.index}-${cell.row}-${cell.col}`;
  if (parsed.kind === "labelled") {
    const group = groupAbove(grid, band, cell);
    return {
      id,
      label: canonicalLabel(parsed.label),
      rawLabel: parsed.rawLabel,
      number: parsed.number,
      source: "table",
      dims: group ? { group } : {},
      location: location(cell)
    };
  }
  const colLabel = column?.label ?? "";
  const dims = { ...column?.dims ?? {} };
  let label;
  let rawLabel;
  if (info.marker.label !== "") {
    label = canonicalLabel(info.marker.label);
    rawLabel = colLabel !== "" ? `${info.labelText} / ${colLabel}` : info.labelText;
  } else {
    const owner = band.caption ?? band.stub ?? "";
    label = canonicalLabel(column && column.base !== "" ? column.base : owner);
    delete dims.column;
    rawLabel = [owner, colLabel].filter((s) => s !== "").join(" / ");
  }
  if (parsed.kind === "comparison") dims.comparator = parsed.comparator;
  if (info.code) dims.code = info.code;
  return { id, label, rawLabel, number: parsed.number, source: "table", dims, location: location(cell) };
}
function groupAbove(grid, band, cell) {
  let opened = false;
  for (let r = cell.row; r >= band.start; r--) {
    const slot = grid.at(r, cell.col);
    const text = slot ? oneLine(slot.cell.text) : "";
    if (text === "" || r === cell.row && !TABLE_PATTERNS.breakdown.test(text)) continue;
    if (opened) return TABLE_PATTERNS.groupCell.test(text) && !/\d/.test(text) ? text.replace(/[：:]$/, "") : null;
    if (TABLE_PATTERNS.breakdown.test(text)) opened = true;
    else if (!TABLE_PATTERNS.groupCell.test(text) && !TABLE_PATTERNS.labelledColon.test(toHalfWidth(text))) return null;
  }
  return null;
}

// dist/extract/index.js
function extract(doc, sections, limits = resolveLimits()) {
  checkFigures(doc, limits.maxFactsPerBlock);
  const meta = extractMeta(doc, sections);
  const prose = extractProseFacts(doc, sections, meta);
  const relations = extractProseRelations(doc, sections, prose.facts);
  const tabular = extractTables(doc, sections);
  const indicators = tabular.indicators.map((r) => r.row);
  const facts = [...prose.facts, ...tabular.facts];
  assignKeys(facts, tabular.tables);
  const linked = linkNamedWholes(doc, sections, prose.facts, tabular.facts, relations);
  const totals = linkTableTotals(meta, prose.facts, tabular.tables, tabular.facts).map((r, i) => ({ id: `prt${i + 1}`, source: "prose", ...r }));
  return {
    meta,
    facts,
    // prose states its claims in words; a table's rows are read from its drawing unless said otherwise
    relations: [...linked, ...totals, ...tabular.relations].map((r) => r.provenance ? r : { ...r, provenance: r.source === "prose" ? "words" : "layout" }),
    tables: tabular.tables,
    indicators,
    warnings: [...prose.warnings, ...tabular.warnings]
  };
}
var FIGURE = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g;
function checkFigures(doc, max) {
  const count = (text) => {
    let n = 0;
    FIGURE.lastIndex = 0;
    while (FIGURE.exec(text) !== null) if (++n > max) break;
    return n;
  };
  for (const block of doc.blocks) {
    const texts = block.kind === "paragraph" ? [block.text] : block.cells.map((c) => c.text);
    for (const text of texts) {
      if (count(text) > max) {
        throw new TooComplexError(
          `block ${block.index}${block.page != null ? ` (page ${block.page})` : ""} holds more than ${max} figures in one ${block.kind === "paragraph" ? "paragraph" : "cell"} \u2014 over the maxFactsPerBlock limit; raise maxFactsPerBlock to read it`
        );
      }
    }
  }
}

// dist/reconcile/cascade.js
import { Decimal as Decimal4 } from "decimal.js";
function figurePlace(v) {
  const l = v.location;
  return l.table !== null ? `t${l.table}:${l.row}:${l.col}` : `b${l.block}:${l.span?.start ?? ""}`;
}
var ADDITIVE = /* @__PURE__ */ new Set(["total", "part", "first", "second", "included", "minuend", "subtrahend", "weight", "score", "total-weight", "total-score", "group-weight", "stated-total"]);
function collapseCascades(findings) {
  const errors = findings.filter((f) => f.severity === "error" && f.difference !== null);
  const settled = /* @__PURE__ */ new Set();
  for (; ; ) {
    const byFigure = /* @__PURE__ */ new Map();
    for (const f of errors) {
      if (settled.has(f)) continue;
      for (const v of new Map(f.values.filter((x) => ADDITIVE.has(x.role ?? "")).map((x) => [figurePlace(x), x])).values()) {
        const key = figurePlace(v);
        const entry = byFigure.get(key) ?? { value: v, findings: [] };
        entry.findings.push(f);
        byFigure.set(key, entry);
      }
    }
    let best = null;
    for (const [key, { value, findings: shared }] of byFigure) {
      const group = sameSize(shared);
      if (group.length >= 2 && (!best || group.length > best.group.length)) best = { key, value, group };
    }
    if (!best) return;
    const [kept, ...rest] = best.group;
    kept.culprit = { value: best.value.value, location: best.value.location };
    settled.add(kept);
    for (const f of rest) {
      f.severity = "info";
      f.follows = { value: best.value.value, location: best.value.location };
      settled.add(f);
    }
  }
}
function sameSize(findings) {
  const bySize = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let size;
    try {
      size = new Decimal4(f.difference).abs().toFixed();
    } catch {
      continue;
    }
    bySize.set(size, [...bySize.get(size) ?? [], f]);
  }
  let best = [];
  for (const group of bySize.values()) if (group.length > best.length) best = group;
  return best;
}

// dist/reconcile/engine.js
function severityOf(outcome, uncertain = false) {
  if (outcome === "ties") return "info";
  if (outcome === "loose") return "warning";
  return uncertain ? "warning" : "error";
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function runRules(rules2, input, options = {}) {
  const index = indexReport(input);
  const kept = /* @__PURE__ */ new Map();
  rules2.forEach((rule, ruleIndex) => {
    if (options.rules?.[rule.meta.id] === false) return;
    const drafts = [];
    try {
      rule.check(createContext(index, (d) => drafts.push(d)));
    } catch (error) {
      throw new Error(`reconcile rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    for (const draft of drafts) {
      const severity = severityOf(draft.outcome, draft.uncertain || draft.terms.some((t) => t.bound));
      if (severity === "info" && !options.all) continue;
      const finding = toFinding(rule, draft, severity);
      const key = dedupKey(finding);
      const previous = kept.get(key);
      const rank = SEVERITY_RANK[severity];
      if (previous && previous.rank <= rank) continue;
      kept.set(key, { finding, rank, order: ruleIndex });
    }
  });
  const ordered = [...kept.values()].sort((a, b) => a.rank - b.rank || comparePlaces(place(a.finding), place(b.finding)) || a.order - b.order).map((k) => k.finding);
  collapseCascades(ordered);
  const shown = options.all ? ordered : ordered.filter((f) => f.severity !== "info");
  return shown.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || comparePlaces(place(a), place(b)));
}
function place(f) {
  return f.values[0]?.location ?? { block: 0, page: null, span: null, section: null, table: null, row: null, col: null, quote: "" };
}
function toFinding(rule, draft, severity) {
  const template = rule.meta.messages[draft.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id "${draft.messageId}"`);
  const data = {
    formula: draft.formula,
    stated: draft.stated ?? "",
    expected: draft.expected?.value ?? "",
    difference: draft.difference ?? "",
    interval: draft.expected?.interval?.toString() ?? "",
    ...draft.data
  };
  return {
    rule: rule.meta.id,
    severity,
    messageId: draft.messageId,
    message: fillMessage(rule.meta.id, draft.messageId, template, data),
    formula: draft.formula,
    stated: draft.stated,
    expected: draft.expected ? { value: draft.expected.value, interval: draft.expected.interval ? draft.expected.interval.toJSON() : null } : null,
    difference: draft.difference,
    values: draft.terms.map(toValue),
    refs: [...draft.refs ?? []]
  };
}
function toValue(t) {
  return { value: t.number.printed, label: t.label, unit: t.number.unit ?? t.unitHint ?? null, role: t.role, location: t.location };
}
function fillMessage(ruleId, messageId, template, data) {
  const fill = (text) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    if (v === void 0) throw new Error(`rule ${ruleId}, message ${messageId}: no data for {{${name}}}`);
    return v;
  });
  return { zh: fill(template.zh), en: fill(template.en) };
}
function dedupKey(f) {
  return f.values.map((v) => `${v.value}@${v.location.block}:${v.location.span?.start ?? ""}:${v.location.row ?? ""}:${v.location.col ?? ""}`).sort().join("|");
}

// dist/reconcile/index.js
function reconcileWithCoverage(report, options = {}) {
  const every = runRules(ruleList, report, { all: true, rules: options.rules ?? {} });
  const referred = new Set(every.flatMap((f) => f.refs));
  const byRule = {};
  for (const f of every) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const unchecked = report.relations.filter((r) => !referred.has(r.id)).map((r) => ({ id: r.id, kind: r.kind, name: r.name }));
  return {
    findings: options.all ? every : every.filter((f) => f.severity !== "info"),
    coverage: { relations: report.relations.length, checked: report.relations.length - unchecked.length, byRule, unchecked }
  };
}

// dist/segment/index.js
function segment(doc) {
  const sections = [];
  const stack = [];
  let items = /* @__PURE__ */ new Map();
  const childCount = /* @__PURE__ */ new Map();
  let attachments = 0;
  const toc = new TocSkipper();
  const open = (c, block, depth, levelStyle, title) => {
    stack.length = depth;
    const parent = stack[depth - 1]?.section ?? null;
    let id;
    if (c.style === "attachment") {
      id = `a${++attachments}`;
    } else {
      const n = (childCount.get(parent?.id ?? null) ?? 0) + 1;
      childCount.set(parent?.id ?? null, n);
      id = parent ? `${parent.id}.${n}` : `s${n}`;
    }
    const section = {
      id,
      parent: parent?.id ?? null,
      level: depth + 1,
      number: c.number,
      title,
      headingBlock: block.index,
      blockStart: block.index + 1,
      blockEnd: block.index + 1,
      // set below
      pattern: c.style
    };
    sections.push(section);
    stack.push({ style: levelStyle, value: c.value, section });
    items = /* @__PURE__ */ new Map();
  };
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== "paragraph") continue;
    const c = matchHeading(block.text);
    if (toc.skip(block.text, c)) continue;
    if (!c) continue;
    if (c.title === "") {
      const next = blocks[i + 1];
      if (next?.kind === "paragraph" && !matchHeading(next.text) && isTitleLike(next.text, false)) c.title = next.text.trim();
    }
    if (c.style === "attachment") {
      open(c, block, 0, "attachment", c.title);
      continue;
    }
    if (!isTitleLike(blockTitle(block.text, c), block.bold === true)) {
      items.set(c.style, c.value);
      continue;
    }
    const own = stack.findIndex((l) => l.style === c.style);
    if (own >= 0 && stack[own].value + 1 === c.value) {
      open(c, block, own, c.style, c.title);
    } else if (items.has(c.style) && items.get(c.style) + 1 === c.value) {
      items.set(c.style, c.value);
    } else if (own < 0 && c.value === 1) {
      open(c, block, stack.length, c.style, c.title);
    } else {
      const expecting = findLastIndex(stack, (l) => shapeOf(l.style) === shapeOf(c.style) && l.value + 1 === c.value);
      if (expecting >= 0) open(c, block, expecting, stack[expecting].style, c.title);
      else if (own >= 0) open(c, block, own, c.style, c.title);
      else if (block.bold === true) open(c, block, stack.length, c.style, c.title);
      else items.set(c.style, c.value);
    }
  }
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    const next = sections.slice(k + 1).find((t) => t.level <= s.level);
    s.blockEnd = next ? next.headingBlock : blocks.length;
  }
  return sections;
}
function blockTitle(text, c) {
  const rest = text.trim().split("\n").slice(1).join("");
  return c.title + rest;
}
function sameHeading(a, b) {
  const squash4 = (s) => s.replace(/\s+/g, "");
  if (squash4(a.number) !== squash4(b.number)) return false;
  const ta = squash4(a.title);
  const tb = squash4(b.title);
  return ta === "" || tb === "" || ta.startsWith(tb) || tb.startsWith(ta);
}
function shapeOf(style) {
  return headingRules().styles.find((s) => s.id === style)?.shape ?? style;
}
function findLastIndex(xs, pred) {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return i;
  return -1;
}
var TocSkipper = class {
  state = "none";
  first = null;
  skip(text, c) {
    if (isTocLine(text)) return true;
    if (isTocTitle(text)) {
      this.state = "listing";
      this.first = null;
      return true;
    }
    if (this.state !== "listing") return false;
    if (c ? !isTitleLike(c.title, false) : !isTitleLike(text, false)) {
      this.state = "none";
      return false;
    }
    if (!c) return false;
    if (this.first === null) {
      this.first = c;
      return true;
    }
    if (sameHeading(c, this.first)) {
      this.state = "none";
      return false;
    }
    return true;
  }
};

// dist/pipeline.js
function analyzeConverted(bytes, { format, document, warnings }, options = {}, times, start = performance.now()) {
  let t = start;
  const lap = (stage) => {
    const now = performance.now();
    if (times) times[stage] += now - t;
    t = now;
  };
  const sections = runStage("segment", () => segment(document));
  lap("segment");
  const extraction = runStage("extract", () => extract(document, sections, resolveLimits(options.limits)));
  lap("extract");
  const partial = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      sha256: sha256(bytes),
      format,
      bytes: bytes.length,
      ...document.pages != null ? { pages: document.pages } : {}
    },
    meta: extraction.meta,
    document,
    sections,
    facts: extraction.facts,
    relations: extraction.relations,
    tables: extraction.tables,
    indicators: extraction.indicators,
    warnings: [...[extensionWarning(options.path, format)].filter((w) => w !== null), ...warnings ?? [], ...extraction.warnings]
  };
  const { findings, coverage } = runStage("reconcile", () => reconcileWithCoverage(partial, { all: options.all ?? false }));
  lap("reconcile");
  return { ...partial, findings, coverage };
}
export {
  analyzeConverted
};
