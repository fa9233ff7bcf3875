import type { NumberValue } from '../../model/index.js';
import { parseNumber, toHalfWidth } from '../numbers.js';
import { TABLE_PATTERNS } from './patterns.js';
import { oneLine, squash } from './text.js';

/** What one table cell holds. */
export type CellValue =
  | { kind: 'empty' }
  /** “——”, “/”, “无”: explicitly no figure (neither a fact nor zero). */
  | { kind: 'placeholder' }
  | { kind: 'number'; number: NumberValue }
  /** “≤3241.81”, “=100%”, “95%以上”: a bound or target, kept with its comparator. */
  | { kind: 'comparison'; comparator: string; number: NumberValue }
  /** “其中：一般公共预算：3233.51”, “产出指标（50分）”: a cell that names its own figure. */
  | { kind: 'labelled'; label: string; rawLabel: string; number: NumberValue }
  | { kind: 'text'; text: string };

/**
 * Reads a cell. `unitHint` is the unit of bare figures (column or table unit);
 * `labelledUnitHint` the one for a cell that names its own figure (it does not belong
 * to the column it happens to start in).
 * Never guesses: text that is not exactly one of the forms above is `text`.
 */
export function parseCell(raw: string, unitHint: string | null, labelledUnitHint: string | null = unitHint): CellValue {
  const text = oneLine(raw);
  if (text === '') return { kind: 'empty' };
  if (TABLE_PATTERNS.placeholder.test(squash(text))) return { kind: 'placeholder' };

  const number = parseNumber(text, unitHint);
  if (number) return { kind: 'number', number };

  // toHalfWidth maps one character to one, so positions in `half` are positions in `text`.
  const half = toHalfWidth(text);
  for (const p of TABLE_PATTERNS.comparatorPrefixes) {
    if (!half.startsWith(p.text)) continue;
    const n = parseNumber(text.slice(p.text.length), unitHint);
    if (n) return { kind: 'comparison', comparator: p.symbol, number: n };
  }
  for (const s of TABLE_PATTERNS.comparatorSuffixes) {
    if (!half.endsWith(s.text)) continue;
    const n = parseNumber(text.slice(0, text.length - s.text.length), unitHint);
    if (n) return { kind: 'comparison', comparator: s.symbol, number: n };
  }

  for (const re of [TABLE_PATTERNS.labelledColon, TABLE_PATTERNS.labelledParen]) {
    const m = re.exec(half);
    const [labelAt, numberAt] = [m?.indices?.[1], m?.indices?.[2]];
    if (!m || !labelAt || !numberAt) continue;
    const n = parseNumber(text.slice(numberAt[0], numberAt[1]), labelledUnitHint);
    if (n) {
      return {
        kind: 'labelled',
        label: text.slice(labelAt[0], labelAt[1]).trim(),
        rawLabel: text.slice(0, labelAt[1]).trim(),
        number: n,
      };
    }
  }
  return { kind: 'text', text };
}

