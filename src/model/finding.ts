import { z } from 'zod';
import { Location } from './location.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A number a check used: as printed (half-width, no separators), its label, unit, place. */
export const FindingValue = z.object({
  value: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  /** Role in the formula: result, operand, total, part, … */
  role: z.string().optional(),
  location: Location,
});
export type FindingValue = z.infer<typeof FindingValue>;

/** A closed interval of exact decimals, as strings. */
export const IntervalJson = z.object({ low: z.string(), high: z.string() });

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** Message id in the rule's message table. */
  messageId: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
  /** e.g. “预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%” */
  formula: z.string(),
  stated: z.string().nullable(),
  /** The recomputed figure (rounded to the stated decimals) and its exact interval. */
  expected: z.object({ value: z.string(), interval: IntervalJson.nullable() }).nullable(),
  /** expected − stated, as a decimal string (null when not numeric). */
  difference: z.string().nullable(),
  values: z.array(FindingValue),
  /** Relation id or other ids the finding is about. */
  refs: z.array(z.string()).default([]),
  /**
   * This error is where one wrong figure shows: the figure breaks other checks too, off by
   * the same amount, and those are reported as following from it (src/reconcile/cascade.ts).
   */
  culprit: z.object({ value: z.string(), location: Location }).optional(),
  /** This check fails only because of a figure another error already names (kept as `info`). */
  follows: z.object({ value: z.string(), location: Location }).optional(),
});
export type Finding = z.infer<typeof Finding>;
