import { z } from 'zod';
import { Location } from './location.js';
import { NumberValue } from './number.js';

/**
 * A labelled figure: “预算收入2392.94万元” → label 预算收入; a table cell → row and
 * column headers. `label` is canonical (synonyms mapped via patterns/labels.json);
 * `rawLabel` is the text it came from.
 */
export const Fact = z.object({
  id: z.string(),
  label: z.string(),
  rawLabel: z.string(),
  number: NumberValue,
  source: z.enum(['prose', 'table']),
  /** Dimensions read from headers or prose: year (2023), kind (决算数/预算数/…). */
  dims: z.record(z.string(), z.string()).default({}),
  location: Location,
});
export type Fact = z.infer<typeof Fact>;

/**
 * An arithmetic statement the report makes (prose or table hierarchy), the material for
 * reconcile rules. Operands reference facts by id.
 * - sum:        result = Σ operands (partial: the list is not exhaustive, 主要/等/部分)
 * - difference: result = operands[0] − operands[1]; `sign` says which way the words go
 *               (增/多 = +1, 减/少 = −1); operands[1] may be missing when the text
 *               gives only the change (then the relation is informational)
 * - rate:       result (%) = operands[0] ÷ operands[1] × 100
 * - includes:   result includes operands (“34万元（含2022年结转4万元）”): parts ≤ result
 * - compare:    a direction word between two figures (“决算数小于预算数”, “与预算数持平”):
 *               result (决算数) is greater than (`sign` 1), less than (−1) or equal to
 *               (null) operands[0] (预算数)
 * - shares:     operands are shares (占…%) of one whole that together make 100%
 *               (at most 100% when `partial`); result is the whole's fact id, or '' when
 *               the report gives the shares without the whole's figure
 */
export const Relation = z.object({
  id: z.string(),
  kind: z.enum(['sum', 'difference', 'rate', 'includes', 'compare', 'shares']),
  /** What the statement is called in the report: 执行率, 其中, 较上年, 合计, … */
  name: z.string(),
  result: z.string(),
  operands: z.array(z.string()),
  partial: z.boolean().default(false),
  sign: z.union([z.literal(1), z.literal(-1)]).nullable().default(null),
  source: z.enum(['prose', 'table']),
  /** True when gouji inferred the link (e.g. matched operands by label) rather than read it. */
  inferred: z.boolean().default(false),
  /**
   * Operands left out because their cell is empty or says “——” (a table row without a
   * figure in that column is absent, not 0). Omitted when none were.
   */
  absent: z.number().int().nonnegative().optional(),
  /**
   * For a rate: `ratio` (default) result = operands[0] ÷ operands[1] × 100 (执行率, 控制率,
   * 办结率, 占比); `growth` result = (operands[0] − operands[1]) ÷ operands[1] × 100 (增长率,
   * 增幅; operands[0] this year, operands[1] the base year); `change-over-base` the rate of a
   * stated change (“支出5218.21万元，与上年相比减少229.49万元，下降4.45%”): operands
   * [this year, the change], the base year is this year ∓ the change, so result =
   * change ÷ (this year − change) × 100 with the change signed by its own words (the
   * `difference` relation whose result is the change). For both growth formulas `sign`
   * is the direction the rate's own words give (增长 = 1, 下降 = −1).
   * `share-of-list`: a share in a complete list whose whole is not stated (“因公出国（境）费
   * 110万元，占“三公”经费的18.85%；公务用车…317.8万元，占…54.43%；公务接待费156.55万元，
   * 占…26.72%”): result = operands[0] ÷ Σ operands × 100, operands the list's figures, its own first.
   */
  formula: z.enum(['ratio', 'growth', 'change-over-base', 'share-of-list']).optional(),
  location: Location,
});
export type Relation = z.infer<typeof Relation>;
