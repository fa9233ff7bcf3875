import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { NumberKind, type NumberValue } from '../model/index.js';
import { loadPatterns } from '../patterns/load.js';

const UnitsFile = z.object({
  units: z.array(
    z.object({
      unit: z.string().min(1),
      kind: NumberKind,
      factorToWanYuan: z.string().optional(),
      canonical: z.string().optional(),
    }),
  ),
});

const UNITS = loadPatterns('units.json', UnitsFile).units;
/** Longest unit first, so 万元 wins over 元 and 场次 over 次. */
export const UNIT_NAMES = UNITS.map((u) => u.unit).sort((a, b) => b.length - a.length);
const UNIT_BY_NAME = new Map(UNITS.map((u) => [u.unit, u]));

/** Full-width digits, signs and separators to half-width (０-９ ， ． － ＋ ％). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\uff0b\uff05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A number as printed: sign, digits with optional thousands separators, decimals. */
const NUMBER_BODY = String.raw`([-−–+]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const WHOLE = new RegExp(String.raw`^\s*${NUMBER_BODY}\s*(\S*?)\s*$`);

export function unitInfo(unit: string | null): { unit: string | null; kind: NumberKind; factorToWanYuan: string | null } {
  if (!unit) return { unit: null, kind: 'plain', factorToWanYuan: null };
  const info = UNIT_BY_NAME.get(unit);
  if (!info) return { unit, kind: 'plain', factorToWanYuan: null };
  return { unit: info.canonical ?? info.unit, kind: info.kind, factorToWanYuan: info.factorToWanYuan ?? null };
}

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
