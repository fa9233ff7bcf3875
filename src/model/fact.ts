import { z } from 'zod';
import { Location } from './location.js';
import { NumberValue } from './number.js';

/**
 * Notes read from the words around a figure or from its column header. Every key is
 * documented; nothing else is kept.
 */
export const FactDims = z
  .object({
    /** The year the figure is for (“2023年…”, a “2022年决算数” column). */
    year: z.string(),
    /** 本年 / 上年 as written, when the year was given that way. */
    yearRef: z.string(),
    /** 预算数 / 决算数 / 调整预算数 / 执行数 … from the words or the column header. */
    kind: z.string(),
    /** A stated change: what it is compared with (“上年”, “预算数”) and which way (+ / −). */
    base: z.string(),
    direction: z.enum(['+', '-']),
    /** 约 / 以上 / 余 / 近 / 超过 …: the figure is approximate or a bound (patterns/qualifiers.json). */
    qualifier: z.string(),
    /** “≤3241.81”, “≥95%” in an indicator cell: a target, not an amount. */
    comparator: z.string(),
    /** 功能分类科目编码 of the row (201, 20101, 2010101). */
    code: z.string(),
    /** The value column's header without year and kind (基本支出, 合计, 财政拨款/一般公共预算). */
    column: z.string(),
    /** The group heading of a labelled cell (“按收入性质分”). */
    group: z.string(),
  })
  .partial();
export type FactDims = z.infer<typeof FactDims>;

/** What a figure measures: money, a percentage, a score, or the thing counted (persons, vehicles …). */
export const Dimension = z.string().min(1);

/**
 * The typed key that says which quantity a figure is — two figures are “the same figure”
 * only when every part of their keys that both know agrees (Arelle binds facts the same
 * way: concept, period, dimensions, unit). Built by src/extract/key.ts for every fact.
 */
export const FactKey = z.object({
  /** The canonical label (决算支出, 基本支出, 三公经费 …). */
  measure: z.string(),
  /** The year (2023), from the words, the column header or the caption; null when unknown. */
  year: z.string().nullable(),
  /** 本年 / 上年 / 年初 as written, null when not said. */
  period: z.string().nullable(),
  /** 预算数 / 调整预算数 / 决算数 / 执行数; null when not said. */
  basis: z.string().nullable(),
  /** 全部资金 / 财政拨款 / 一般公共预算 / 政府性基金 / 国有资本经营 (patterns/scopes.json); null when not said. */
  scope: z.string().nullable(),
  /** money, percent, score, persons, person-times, vehicles, batches, area, length … */
  dimension: Dimension,
  /**
   * Table cells: what spending the table holds, by its caption — 基本支出 / 项目支出 (a 基本支出表, a
   * 项目支出表) or 全部 (a 支出 table that names neither); null in prose and in other tables.
   */
  spend: z.string().nullable().default(null),
  /**
   * Table cells: the 预算单位 the row is listed under (a 支出总表 printing each unit's 类/款/项 in
   * turn, the unit named in its 预算单位 column); null in prose and in tables without such a column.
   */
  unit: z.string().nullable().default(null),
  /** Table cells: the value column (基本支出 / 项目支出 / 合计 …); null in prose. */
  column: z.string().nullable(),
  /** Table cells: the label of the row's parent row (印刷费 under 基本支出 vs 项目支出); null when top-level or prose. */
  parent: z.string().nullable(),
  /** The label came from the column alone (the row names nothing): not a key to another table. */
  columnOnly: z.boolean(),
});
export type FactKey = z.infer<typeof FactKey>;

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
  /** Notes read from headers or prose (year, 决算数/预算数, a stated change, a qualifier, …). */
  dims: FactDims.default({}),
  /** Which quantity the figure is (src/extract/key.ts); matching compares keys, never dims. */
  key: FactKey.optional(),
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
   * How the claim was read: `words` — stated in words (其中 / 分别为 / 合计 / 小计 / 执行率 …);
   * `codes` — the rows' 科目编码 (类 > 款 > 项); `layout` — the table's drawing (numbering,
   * indentation, the column a label stands in, a 合计 column over its parts); `arithmetic` —
   * groups found by their sums where the layout said nothing (src/extract/table/structure.ts).
   * Only claims read from words, codes or layout give errors.
   */
  provenance: z.enum(['words', 'codes', 'layout', 'arithmetic']).optional(),
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
