import { z } from 'zod';
import { loadPatterns } from '../../patterns/load.js';
import { UNIT_NAMES } from '../numbers.js';

/** patterns/table-headers.json: how tables are read (header words, kinds, totals, markers). */
const RegexString = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');

const TableHeadersFile = z.object({
  headerWords: z.object({ value: z.array(RegexString), weak: z.array(RegexString), other: z.array(RegexString) }),
  columnKinds: z.object({
    rules: z.array(z.object({ kind: z.enum(['label', 'index', 'code', 'text']), regex: RegexString })),
  }),
  dims: z.object({ year: RegexString, kinds: z.array(z.string().min(1)) }),
  captionDims: z.object({ kinds: z.array(z.object({ regex: RegexString, kind: z.string().min(1) })) }),
  columnUnits: z.object({ rules: z.array(z.object({ regex: RegexString, unit: z.string().min(1) })) }),
  units: z.object({ caption: z.string(), parenthesised: z.string().includes('UNIT') }),
  nonAdditive: z.object({ regex: RegexString }),
  indexRow: z.object({ regex: RegexString }),
  totals: z.object({
    rules: z.array(z.object({ regex: RegexString, role: z.enum(['total', 'subtotal']), rank: z.number().int().positive() })),
  }),
  breakdown: z.object({ prefix: RegexString }),
  groupRow: z.object({ suffix: RegexString }),
  ellipsis: z.object({ regex: RegexString }),
  numbering: z.object({ styles: z.array(z.object({ id: z.string().min(1), regex: RegexString })) }),
  placeholders: z.object({ regex: RegexString }),
  comparators: z.object({
    prefixes: z.array(z.object({ text: z.string().min(1), symbol: z.string().min(1) })),
    suffixes: z.array(z.object({ text: z.string().min(1), symbol: z.string().min(1) })),
  }),
  labelledCell: z.object({
    colon: z.string().includes('NUMBER'),
    parenthesised: z.string().includes('NUMBER'),
    groupSuffix: RegexString,
  }),
  rates: z.object({
    rules: z.array(
      z.object({
        rate: z.array(z.string().min(1)).min(1),
        numerator: z.array(z.string().min(1)).min(1),
        denominator: z.array(z.string().min(1)).min(1),
      }),
    ),
  }),
  indicatorColumns: z.object({
    level1: RegexString,
    level2: RegexString,
    level3: RegexString,
    target: RegexString,
    actual: RegexString,
    weight: RegexString,
    score: RegexString,
    note: RegexString,
    executionRate: RegexString,
  }),
});
type TableHeadersFile = z.infer<typeof TableHeadersFile>;

const FILE: TableHeadersFile = loadPatterns('table-headers.json', TableHeadersFile);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_ALT = UNIT_NAMES.map(escape).join('|');
/** A printed figure with an optional unit, as in numbers.ts (full-width forms are folded first). */
const NUMBER_SRC = String.raw`[-−–+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−–+]?\d+(?:\.\d+)?`;

export type ColumnKind = 'label' | 'index' | 'code' | 'text' | 'value';
export type IndicatorField = keyof TableHeadersFile['indicatorColumns'];

/** Compiled table patterns; every regex from the data file, nothing about one report. */
export const TABLE_PATTERNS = {
  valueHeader: FILE.headerWords.value.map((s) => new RegExp(s)),
  weakHeader: FILE.headerWords.weak.map((s) => new RegExp(s)),
  otherHeader: FILE.headerWords.other.map((s) => new RegExp(s)),
  columnKinds: FILE.columnKinds.rules.map((r) => ({ kind: r.kind, regex: new RegExp(r.regex) })),
  year: new RegExp(FILE.dims.year),
  kinds: [...FILE.dims.kinds].sort((a, b) => b.length - a.length),
  captionKinds: FILE.captionDims.kinds.map((k) => ({ regex: new RegExp(k.regex), kind: k.kind })),
  columnUnits: FILE.columnUnits.rules.map((r) => ({ regex: new RegExp(r.regex), unit: r.unit })),
  captionUnit: new RegExp(`${FILE.units.caption}(${UNIT_ALT})`),
  parenUnit: new RegExp(FILE.units.parenthesised.replace('UNIT', `(${UNIT_ALT})`)),
  nonAdditive: new RegExp(FILE.nonAdditive.regex),
  indexRow: new RegExp(FILE.indexRow.regex),
  totals: FILE.totals.rules.map((r) => ({ regex: new RegExp(r.regex), role: r.role, rank: r.rank })),
  breakdown: new RegExp(FILE.breakdown.prefix),
  groupRow: new RegExp(FILE.groupRow.suffix),
  ellipsis: new RegExp(FILE.ellipsis.regex),
  numbering: FILE.numbering.styles.map((s) => ({ id: s.id, regex: new RegExp(s.regex) })),
  placeholder: new RegExp(FILE.placeholders.regex),
  comparatorPrefixes: [...FILE.comparators.prefixes].sort((a, b) => b.text.length - a.text.length),
  comparatorSuffixes: [...FILE.comparators.suffixes].sort((a, b) => b.text.length - a.text.length),
  /** Labelled cells; flag `d` gives the group positions (label, figure). */
  labelledColon: new RegExp(FILE.labelledCell.colon.replace('NUMBER', `(?:${NUMBER_SRC})\\s*(?:${UNIT_ALT})?`), 'd'),
  labelledParen: new RegExp(
    FILE.labelledCell.parenthesised.replace('NUMBER', `(?:${NUMBER_SRC})`).replace('UNIT', `(?:${UNIT_ALT})`),
    'd',
  ),
  groupCell: new RegExp(FILE.labelledCell.groupSuffix),
  rates: FILE.rates.rules,
  indicator: Object.fromEntries(
    Object.entries(FILE.indicatorColumns).map(([k, v]) => [k, new RegExp(v)]),
  ) as Record<IndicatorField, RegExp>,
};
