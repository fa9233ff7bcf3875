/**
 * The labelled accuracy set (corpus/truth/*.json): per real report, the inconsistencies an
 * auditor verified by hand and gouji's false alarms with their cause. The labels are facts
 * about published documents, checked with exact decimals and rounding intervals (a figure
 * printed with d decimals stands for ±0.5×10^-d) before they were written down.
 */
import { z } from 'zod';
import { DecimalString } from '../../src/model/number.js';

/** Why a finding was a false alarm (the misreading behind it). */
export const FalseAlarmCause = z.enum([
  /** a 其中/分别为 list read past its clause (。；, a new subject, 退休/另有 …) */
  'clause-overrun',
  /** a list's closing 合计/共计 taken as one more part */
  'total-taken-as-part',
  /** two breakdowns of one total (按功能分类 … / 按经济分类 …, 全部 … / 其中财政拨款 …) added together */
  'two-breakdowns-summed',
  /** figures of different scope paired: 全部资金 vs 财政拨款, 本年 vs 上年, 预算 vs 决算, 本年收入 vs 收入合计 */
  'wrong-scope',
  /** a change (增加/减少 X) paired with, or checked as, the level itself */
  'change-as-level',
  /** a breakdown of a change with 增加 and 减少 items added with one sign (减少 A = 减少 B + 增加 C − …) */
  'sign-ignored',
  /** same-figure pairing of unrelated cells that merely share a row or column label */
  'same-row-label',
  /** a count (人, 个, 辆, 批次) read as money, or checked with money's rounding */
  'count-as-money',
  /** figures of different units or dimensions in one sum (人 + 个, 米 + 平方米) */
  'unit-mix',
  /** table structure or hierarchy misread (parent/child rows, a table continued on the next page, a row label) */
  'misread-structure',
  /** a number itself misread (digits split, a code or year taken as an amount) */
  'misread-number',
  'other',
]);
export type FalseAlarmCause = z.infer<typeof FalseAlarmCause>;

/** 1-based PDF page; null for a .docx/text source (no pages). */
const Page = z.number().int().positive().nullable();

/** Where the stated figure is printed, when page and figures alone do not tell two claims apart. */
const StatedIn = z.enum(['table', 'prose']).optional();

/** A verified inconsistency: the document contradicts itself under every rounding. */
export const TruthError = z.object({
  id: z.string().min(1),
  page: Page,
  /** What kind of claim fails: a sum, a rate or share, a year-on-year change, one figure stated twice, … */
  kind: z.enum(['sum', 'rate', 'share', 'year-on-year', 'same-figure', 'identity', 'other']),
  /** The figure the document states (as printed, no separators). */
  stated: DecimalString,
  statedIn: StatedIn,
  /** The figures it should follow from, as printed (at least one). */
  operands: z.array(DecimalString).min(1),
  /** The recomputation with intervals, e.g. "2106.66 ÷ 2940.05 ∈ [71.6535%, 71.6541%] ∌ 71.73% ± 0.005". */
  arithmetic: z.string().min(1),
  note: z.string(),
  /** Off by less than one unit in the last printed place (truncated, not rounded): still inconsistent. */
  slight: z.boolean().default(false),
  /** Did gouji report it as an error at the baseline commit? */
  foundAtBaseline: z.boolean(),
  /** The commit from which gouji finds it (set when a later change made it found; the test then keeps it found). */
  foundSince: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
});
export type TruthError = z.infer<typeof TruthError>;

/** An error finding of the baseline that is not an inconsistency of the document. */
export const FalseAlarm = z.object({
  page: Page,
  /** The figure the finding called wrong. */
  stated: DecimalString,
  statedIn: StatedIn,
  /** The other figures the finding used (at least one). */
  figures: z.array(DecimalString).min(1),
  cause: FalseAlarmCause,
  note: z.string(),
  /** The baseline finding's rule id (informative; matching does not use it). */
  rule: z.string(),
  /**
   * Matches only a finding that carries every one of `figures` (the misreading as it was), not
   * any finding with one of them: set where a finding over some of the same figures is a
   * verified error (a total summed over every level is the false alarm; over the top level only, a real one).
   */
  allFigures: z.boolean().default(false),
  /** A false alarm of later code (not among the baseline's findings), audited when it appeared. */
  afterBaseline: z.boolean().default(false),
});
export type FalseAlarm = z.infer<typeof FalseAlarm>;

export const Truth = z.object({
  source: z.object({
    /** Relative to `root`: the project's corpus/ or ../shared/corpus/ (a copy in corpus/ is used first). */
    path: z.string().min(1),
    root: z.enum(['project', 'shared']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** What the report is, from its first page (file names are not always right). */
  title: z.string().min(1),
  genre: z.enum(['预算', '决算', '自评']),
  pages: z.number().int().positive().nullable(),
  audit: z.object({
    baselineCommit: z.string().regex(/^[0-9a-f]{7,40}$/),
    date: z.string(),
    /** Error findings of gouji at the baseline commit. */
    baselineErrorFindings: z.number().int().nonnegative(),
    /** What was checked beyond gouji's findings (收支总表 both sides, 类 = Σ款, 三公, rates in the prose …). */
    checked: z.array(z.string()),
  }),
  errors: z.array(TruthError),
  falseAlarms: z.array(FalseAlarm),
  notes: z.array(z.string()).default([]),
});
export type Truth = z.infer<typeof Truth>;
