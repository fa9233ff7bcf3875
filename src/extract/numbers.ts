import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { NumberValue } from '../model/index.js';
import { loadPatterns, RegexString } from '../patterns/load.js';
import { toHalfWidth } from '../text/half-width.js';
import { UNIT_BY_NAME, UNIT_NAMES, unitInfo } from '../units/units.js';

// Moved to lower modules (segment, store and reconcile use them too); re-exported for callers here.
export { toHalfWidth } from '../text/half-width.js';
export { dimensionOf, unitInfo, UNIT_NAMES } from '../units/units.js';

/** A number as printed: sign, digits with optional thousands separators, decimals. */
const NUMBER_BODY = String.raw`([-−–+]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const WHOLE = new RegExp(String.raw`^\s*${NUMBER_BODY}\s*(\S*?)\s*$`);

/**
 * Builds a NumberValue from the pieces of a printed number. `raw` is the source text,
 * `sign` "-" for negatives, `intPart` may hold thousands separators.
 */
export function makeNumber(raw: string, sign: string, intPart: string, fraction: string | undefined, unit: string | null): NumberValue {
  const negative = sign === '-' || sign === '−' || sign === '–';
  const digits = intPart.replace(/,/g, '');
  const printed = `${negative ? '-' : ''}${digits}${fraction !== undefined ? '.' + fraction : ''}`;
  const value = new Decimal(printed);
  const u = unitInfo(unit);
  return {
    raw,
    printed,
    value: value.toFixed(fraction?.length ?? 0),
    decimals: fraction?.length ?? 0,
    unit: u.unit,
    kind: u.kind,
    wanYuan: u.factorToWanYuan ? value.times(u.factorToWanYuan).toFixed() : null,
  };
}

/**
 * Parses text that is one number and nothing else (a table cell, “2,392.94”, “135.42%”,
 * “-0.19万元”, “２３．６９”), with an optional known unit after it. `unitHint` is the unit
 * of bare numbers (from a table caption). Returns null for anything else (“——”, “≤3241.81”,
 * “2023年”, text).
 */
export function parseNumber(raw: string, unitHint: string | null = null): NumberValue | null {
  const half = toHalfWidth(raw);
  const m = WHOLE.exec(half);
  if (!m) return null;
  const [, sign = '', intPart = '', fraction, suffix = ''] = m;
  let unit: string | null = null;
  if (suffix !== '') {
    if (!UNIT_BY_NAME.has(suffix)) return null;
    unit = suffix;
  } else {
    unit = unitHint;
  }
  return makeNumber(raw.trim(), sign === '+' ? '' : sign, intPart, fraction, unit);
}

// ── Numbers in running text ────────────────────────────────────────────────────────────


const NotAmountsFile = z.object({
  patterns: z.array(z.object({ id: z.string().min(1), regex: RegexString, comment: z.string().min(1) })),
});
const QualifiersFile = z.object({
  before: z.array(z.string().min(1)),
  between: z.array(z.string().min(1)),
  after: z.array(z.string().min(1)),
  bounds: z.object({
    atLeast: z.array(z.string().min(1)),
    atMost: z.array(z.string().min(1)),
    about: z.array(z.string().min(1)),
  }),
});

const NOT_AMOUNTS = loadPatterns('not-amounts.json', NotAmountsFile).patterns.map((p) => ({
  id: p.id,
  regex: new RegExp(p.regex, 'gu'),
}));
const QUALIFIERS = loadPatterns('qualifiers.json', QualifiersFile);
/** How a qualifier word bounds its figure: 以上 → atLeast, 不足 → atMost, 约 → about; null for none. */
export function qualifierBound(word: string | null | undefined): 'atLeast' | 'atMost' | 'about' | null {
  if (!word) return null;
  const b = QUALIFIERS.bounds;
  return b.atLeast.includes(word) ? 'atLeast' : b.atMost.includes(word) ? 'atMost' : b.about.includes(word) ? 'about' : null;
}

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const Q_BEFORE = byLength(QUALIFIERS.before);
const Q_BETWEEN = byLength(QUALIFIERS.between);
const Q_AFTER = byLength(QUALIFIERS.after);
/** 万/亿/千 before a counting unit: “2万余家” → unit 万家. */
const MULTIPLIERS = ['万', '亿', '千'];

/** A figure found in running text. Positions are offsets into the text given to findNumbers. */
export interface FoundNumber {
  /** Start of the figure (sign or first digit). */
  start: number;
  /** End of the figure, exclusive, after its unit (“80余次”); a trailing 以上/左右 is not included. */
  end: number;
  number: NumberValue;
  /** “余”, “多”, “以上”, “约”, “突破”…: the figure is approximate or a bound; null when exact. */
  qualifier: string | null;
}

/** A span of text that is not an amount (a date, a document number, …) and why. */
export interface NotAmountSpan {
  start: number;
  end: number;
  /** Pattern id from patterns/not-amounts.json. */
  id: string;
}

/** The full-width characters toHalfWidth maps (０-９ ， ． － ＋ ％) all lie in U+FF05–U+FF19. */
const FULL_WIDTH_FIGURE = /[\uff05-\uff19]/;
/** The same without the full-width comma ， (U+FF0C). */
const FULL_WIDTH_NOT_COMMA = /[\uff05-\uff0b\uff0d-\uff19]/;

/**
 * Half-width digits for scanning, length-preserving: full-width digits, ．％－＋, and the
 * full-width comma only between full-width digits (“２，３９２”), never the 逗号 of a sentence.
 */
function scanText(text: string): string {
  // most text has none but the 逗号 (which is kept unless between full-width digits): read once, copy nothing
  if (!FULL_WIDTH_NOT_COMMA.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '，') {
      const fw = (c: string | undefined) => c !== undefined && c >= '０' && c <= '９';
      out += fw(text[i - 1]) && fw(text[i + 1]) ? ',' : ch;
    } else out += FULL_WIDTH_FIGURE.test(ch) ? toHalfWidth(ch) : ch;
  }
  return out;
}

/** Where the text holds digits that are not amounts (patterns/not-amounts.json). */
export function notAmountSpans(text: string): NotAmountSpan[] {
  const half = scanText(text);
  const spans: NotAmountSpan[] = [];
  for (const { id, regex } of NOT_AMOUNTS) {
    regex.lastIndex = 0;
    for (const m of half.matchAll(regex)) {
      if (m[0].length > 0) spans.push({ id, start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const ANY_DIGIT = /\d/;
const FIGURE = /(?<![\d.])([-−])?(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.(\d+))?/g;
const SPACE = /^[ \u00a0\u3000]{0,2}/;

function startsWithAny(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}

/** Units of several characters printed letter-spaced (“21,955.35 万 元”), longest first. */
const SPACED_UNITS = UNIT_NAMES.filter((u) => [...u].length > 1).map((unit) => ({
  unit,
  regex: new RegExp(`^${[...unit].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t\\u3000]+')}`, 'u'),
}));

/** A unit whose characters are separated by spaces, at `pos`: its name and printed length. */
function spacedUnit(text: string, pos: number): { unit: string; length: number } | null {
  const rest = text.slice(pos, pos + 16);
  for (const { unit, regex } of SPACED_UNITS) {
    const m = regex.exec(rest);
    if (m) return { unit, length: m[0].length };
  }
  return null;
}

/**
 * Every figure printed in a piece of running text: digits (half- or full-width) with
 * thousands separators, decimals and a sign, followed by a known unit (patterns/units.json)
 * or none. Digits that are not amounts — dates, document numbers, phone numbers, slogans,
 * year ranges, list numbering (patterns/not-amounts.json) — are left out. Each figure keeps
 * its printed form, exact value and decimals (makeNumber), and a qualifier such as 余 or
 * 以上 when the text gives one.
 */
export function findNumbers(text: string): FoundNumber[] {
  const half = scanText(text);
  const found: FoundNumber[] = [];
  // most cells and many sentences have no digit: no figure, so no need for the not-amount patterns
  if (!ANY_DIGIT.test(half)) return found;
  const excluded = notAmountSpans(text);
  FIGURE.lastIndex = 0;
  for (const m of half.matchAll(FIGURE)) {
    const [all, sign = '', intPart = '', fraction] = m;
    let start = m.index;
    const digitsEnd = start + all.length;
    // A minus sign counts only where it cannot be a dash between two figures.
    let signed = sign;
    if (sign && start > 0 && /[\dA-Za-z]/.test(half[start - 1]!)) {
      signed = '';
      start += sign.length;
    }
    if (excluded.some((x) => x.start < digitsEnd && x.end > start)) continue;

    let pos = digitsEnd + (SPACE.exec(half.slice(digitsEnd))?.[0].length ?? 0);
    let qualifier: string | null = null;
    const between = startsWithAny(half, pos, Q_BETWEEN);
    let unit = startsWithAny(half, pos + (between?.length ?? 0), UNIT_NAMES);
    let unitLength = unit?.length ?? 0;
    // not after a letter-spaced number (“1 6 , 4 1 0 . 7 1 万 元”): its last digit is no figure
    if (!unit && !/[\d,.][ \t\u3000]+$/u.test(half.slice(Math.max(0, start - 3), start))) {
      const spaced = spacedUnit(half, pos + (between?.length ?? 0));
      if (spaced) [unit, unitLength] = [spaced.unit, spaced.length];
    }
    let multiplied = false;
    if (unit) {
      qualifier = between;
      pos += (between?.length ?? 0) + unitLength;
    } else {
      const mult = startsWithAny(half, pos, MULTIPLIERS);
      if (mult) {
        const q = startsWithAny(half, pos + mult.length, Q_BETWEEN);
        const base = startsWithAny(half, pos + mult.length + (q?.length ?? 0), UNIT_NAMES);
        if (!base || UNIT_BY_NAME.get(base)?.kind === 'count') {
          unit = mult + (base ?? '');
          multiplied = true;
          qualifier = q;
          pos += mult.length + (q?.length ?? 0) + (base?.length ?? 0);
        }
      }
      if (!unit && between && !/[\d\u4e00-\u9fa5]/.test(half[pos + between.length] ?? '')) {
        qualifier = between; // “100余”
        pos += between.length;
      } else if (!unit) {
        pos = digitsEnd;
      }
    }
    const figureEnd = pos;
    const after = startsWithAny(half, pos, Q_AFTER);
    if (after && !qualifier) {
      qualifier = after;
      pos += after.length;
    }
    const before = Q_BEFORE.find((w) => half.endsWith(w, start));
    if (before && !qualifier) qualifier = before;

    const raw = text.slice(start, figureEnd).trim();
    let number = makeNumber(raw, signed === '' ? '' : '-', intPart, fraction, unit);
    if (multiplied) number = { ...number, kind: unit && unit.length > 1 ? 'count' : 'plain' };
    found.push({ start, end: figureEnd, number, qualifier });
  }
  return found;
}
