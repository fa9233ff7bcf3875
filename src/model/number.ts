import { z } from 'zod';

/** A decimal number kept as its exact decimal string ("2392.94", "-0.19", "100"). */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'an exact decimal like "2392.94"');

export const NumberKind = z.enum(['money', 'percent', 'count', 'score', 'plain']);
export type NumberKind = z.infer<typeof NumberKind>;

/**
 * A number as printed. `value` is exact (parse it with decimal.js, never Number());
 * `decimals` is how many decimals were printed, which sets its rounding interval.
 */
export const NumberValue = z.object({
  /** As it appears in the source, e.g. "２，３９２．９４万元" or "135.42%". */
  raw: z.string(),
  /** Half-width, no separators, no unit: "2392.94". */
  printed: z.string(),
  value: DecimalString,
  decimals: z.number().int().nonnegative(),
  /** Unit as written: 万元 元 亿元 % 个 家 人 次 名 项 分 台 … ; null when bare. */
  unit: z.string().nullable(),
  kind: NumberKind,
  /** For money: the value in 万元 (exact decimal string); null otherwise. */
  wanYuan: DecimalString.nullable(),
});
export type NumberValue = z.infer<typeof NumberValue>;
