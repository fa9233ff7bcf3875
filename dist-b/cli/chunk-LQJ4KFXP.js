// dist/model/report.js
import { z as z9 } from "zod";

// dist/model/document.js
import { z as z2 } from "zod";

// dist/model/location.js
import { z } from "zod";
var Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
});
var BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
var Location = z.object({
  block: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
  span: Span.nullable(),
  section: z.string().nullable(),
  table: z.number().int().nonnegative().nullable(),
  row: z.number().int().nonnegative().nullable(),
  col: z.number().int().nonnegative().nullable(),
  quote: z.string(),
  bbox: BBox.nullable().optional()
});

// dist/model/document.js
var Cell = z2.object({
  row: z2.number().int().nonnegative(),
  col: z2.number().int().nonnegative(),
  rowSpan: z2.number().int().positive(),
  colSpan: z2.number().int().positive(),
  /** Cell text exactly as written; line breaks inside the cell are kept as "\n". */
  text: z2.string(),
  span: Span,
  /** 1-based page where the cell's text is (PDF only). */
  page: z2.number().int().positive().nullable().optional(),
  bbox: BBox.nullable().optional()
});
var blockBase = {
  /** Position of the block in `Document.blocks`. */
  index: z2.number().int().nonnegative(),
  /** 1-based page (PDF); null when the format has no pages. */
  page: z2.number().int().positive().nullable(),
  /** Range of the block in `Document.text`. */
  span: Span,
  bbox: BBox.nullable().optional()
};
var ParagraphBlock = z2.object({
  kind: z2.literal("paragraph"),
  ...blockBase,
  text: z2.string(),
  /** The whole paragraph is bold (reports mark headings this way, not with Word styles). */
  bold: z2.boolean().optional()
});
var TableBlock = z2.object({
  kind: z2.literal("table"),
  ...blockBase,
  /** Last page the table reaches (a table continued over pages is one block). */
  pageEnd: z2.number().int().positive().nullable().optional(),
  rows: z2.number().int().nonnegative(),
  cols: z2.number().int().nonnegative(),
  cells: z2.array(Cell)
});
var Block = z2.discriminatedUnion("kind", [ParagraphBlock, TableBlock]);
var Furniture = z2.object({
  page: z2.number().int().positive(),
  kind: z2.enum(["header", "footer", "page-number"]),
  text: z2.string(),
  bbox: BBox.nullable().optional()
});
var Document = z2.object({
  text: z2.string(),
  blocks: z2.array(Block),
  pages: z2.number().int().positive().nullable(),
  furniture: z2.array(Furniture).default([])
});

// dist/model/fact.js
import { z as z4 } from "zod";

// dist/model/number.js
import { z as z3 } from "zod";
var DecimalString = z3.string().regex(/^-?\d+(\.\d+)?$/, 'an exact decimal like "2392.94"');
var NumberKind = z3.enum(["money", "percent", "count", "score", "plain"]);
var NumberValue = z3.object({
  /** As it appears in the source, e.g. "２，３９２．９４万元" or "135.42%". */
  raw: z3.string(),
  /** Half-width, no separators, no unit: "2392.94". */
  printed: z3.string(),
  value: DecimalString,
  decimals: z3.number().int().nonnegative(),
  /** Unit as written: 万元 元 亿元 % 个 家 人 次 名 项 分 台 … ; null when bare. */
  unit: z3.string().nullable(),
  kind: NumberKind,
  /** For money: the value in 万元 (exact decimal string); null otherwise. */
  wanYuan: DecimalString.nullable()
});

// dist/model/fact.js
var FactDims = z4.object({
  /** The year the figure is for (“2023年…”, a “2022年决算数” column). */
  year: z4.string(),
  /** 本年 / 上年 as written, when the year was given that way. */
  yearRef: z4.string(),
  /** 预算数 / 决算数 / 调整预算数 / 执行数 … from the words or the column header. */
  kind: z4.string(),
  /** A stated change: what it is compared with (“上年”, “预算数”) and which way (+ / −). */
  base: z4.string(),
  direction: z4.enum(["+", "-"]),
  /** 约 / 以上 / 余 / 近 / 超过 …: the figure is approximate or a bound (patterns/qualifiers.json). */
  qualifier: z4.string(),
  /** “≤3241.81”, “≥95%” in an indicator cell: a target, not an amount. */
  comparator: z4.string(),
  /** 功能分类科目编码 of the row (201, 20101, 2010101). */
  code: z4.string(),
  /** The value column's header without year and kind (基本支出, 合计, 财政拨款/一般公共预算). */
  column: z4.string(),
  /** The group heading of a labelled cell (“按收入性质分”). */
  group: z4.string()
}).partial();
var Dimension = z4.string().min(1);
var FactKey = z4.object({
  /** The canonical label (决算支出, 基本支出, 三公经费 …). */
  measure: z4.string(),
  /** The year (2023), from the words, the column header or the caption; null when unknown. */
  year: z4.string().nullable(),
  /** 本年 / 上年 / 年初 as written, null when not said. */
  period: z4.string().nullable(),
  /** 预算数 / 调整预算数 / 决算数 / 执行数; null when not said. */
  basis: z4.string().nullable(),
  /** 全部资金 / 财政拨款 / 一般公共预算 / 政府性基金 / 国有资本经营 (patterns/scopes.json); null when not said. */
  scope: z4.string().nullable(),
  /** money, percent, score, persons, person-times, vehicles, batches, area, length … */
  dimension: Dimension,
  /**
   * Table cells: what spending the table holds, by its caption — 基本支出 / 项目支出 (a 基本支出表, a
   * 项目支出表) or 全部 (a 支出 table that names neither); null in prose and in other tables.
   */
  spend: z4.string().nullable().default(null),
  /**
   * Table cells: the 预算单位 the row is listed under (a 支出总表 printing each unit's 类/款/项 in
   * turn, the unit named in its 预算单位 column); null in prose and in tables without such a column.
   */
  unit: z4.string().nullable().default(null),
  /** Table cells: the value column (基本支出 / 项目支出 / 合计 …); null in prose. */
  column: z4.string().nullable(),
  /** Table cells: the label of the row's parent row (印刷费 under 基本支出 vs 项目支出); null when top-level or prose. */
  parent: z4.string().nullable(),
  /** The label came from the column alone (the row names nothing): not a key to another table. */
  columnOnly: z4.boolean()
});
var Fact = z4.object({
  id: z4.string(),
  label: z4.string(),
  rawLabel: z4.string(),
  number: NumberValue,
  source: z4.enum(["prose", "table"]),
  /** Notes read from headers or prose (year, 决算数/预算数, a stated change, a qualifier, …). */
  dims: FactDims.default({}),
  /** Which quantity the figure is (src/extract/key.ts); matching compares keys, never dims. */
  key: FactKey.optional(),
  location: Location
});
var Relation = z4.object({
  id: z4.string(),
  kind: z4.enum(["sum", "difference", "rate", "includes", "compare", "shares"]),
  /** What the statement is called in the report: 执行率, 其中, 较上年, 合计, … */
  name: z4.string(),
  result: z4.string(),
  operands: z4.array(z4.string()),
  partial: z4.boolean().default(false),
  sign: z4.union([z4.literal(1), z4.literal(-1)]).nullable().default(null),
  source: z4.enum(["prose", "table"]),
  /** True when gouji inferred the link (e.g. matched operands by label) rather than read it. */
  inferred: z4.boolean().default(false),
  /**
   * How the claim was read: `words` — stated in words (其中 / 分别为 / 合计 / 小计 / 执行率 …);
   * `codes` — the rows' 科目编码 (类 > 款 > 项); `layout` — the table's drawing (numbering,
   * indentation, the column a label stands in, a 合计 column over its parts); `arithmetic` —
   * groups found by their sums where the layout said nothing (src/extract/table/structure.ts).
   * Only claims read from words, codes or layout give errors.
   */
  provenance: z4.enum(["words", "codes", "layout", "arithmetic"]).optional(),
  /**
   * Operands left out because their cell is empty or says “——” (a table row without a
   * figure in that column is absent, not 0). Omitted when none were.
   */
  absent: z4.number().int().nonnegative().optional(),
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
  formula: z4.enum(["ratio", "growth", "change-over-base", "share-of-list"]).optional(),
  location: Location
});

// dist/model/finding.js
import { z as z5 } from "zod";
var Severity = z5.enum(["error", "warning", "info"]);
var FindingValue = z5.object({
  value: z5.string(),
  label: z5.string(),
  unit: z5.string().nullable(),
  /** Role in the formula: result, operand, total, part, … */
  role: z5.string().optional(),
  location: Location
});
var IntervalJson = z5.object({ low: z5.string(), high: z5.string() });
var Finding = z5.object({
  rule: z5.string(),
  severity: Severity,
  /** Message id in the rule's message table. */
  messageId: z5.string(),
  message: z5.object({ zh: z5.string(), en: z5.string() }),
  /** e.g. “预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%” */
  formula: z5.string(),
  stated: z5.string().nullable(),
  /** The recomputed figure (rounded to the stated decimals) and its exact interval. */
  expected: z5.object({ value: z5.string(), interval: IntervalJson.nullable() }).nullable(),
  /** expected − stated, as a decimal string (null when not numeric). */
  difference: z5.string().nullable(),
  values: z5.array(FindingValue),
  /** Relation id or other ids the finding is about. */
  refs: z5.array(z5.string()).default([]),
  /**
   * This error is where one wrong figure shows: the figure breaks other checks too, off by
   * the same amount, and those are reported as following from it (src/reconcile/cascade.ts).
   */
  culprit: z5.object({ value: z5.string(), location: Location }).optional(),
  /** This check fails only because of a figure another error already names (kept as `info`). */
  follows: z5.object({ value: z5.string(), location: Location }).optional()
});

// dist/model/indicator.js
import { z as z6 } from "zod";
var IndicatorRow = z6.object({
  id: z6.string(),
  /** 一级指标 / 二级指标 / 三级指标, merged cells inherited. */
  level1: z6.string().nullable(),
  level2: z6.string().nullable(),
  level3: z6.string().nullable(),
  /** Weight the 一级指标 cell states for its group (“产出指标（50分）” → 50); null when none. */
  level1Weight: NumberValue.nullable().optional(),
  /** 年度指标值 */
  target: z6.string().nullable(),
  /** 实际完成值 */
  actual: z6.string().nullable(),
  /** 分值 */
  weight: NumberValue.nullable(),
  /** 得分 */
  score: NumberValue.nullable(),
  /** 偏差原因分析及改进措施 */
  note: z6.string().nullable(),
  /** indicator: a scored row; execution: 预算执行率 row; total: 总分/合计 row. */
  role: z6.enum(["indicator", "execution", "total"]),
  location: Location
});

// dist/model/section.js
import { z as z7 } from "zod";
var Section = z7.object({
  id: z7.string(),
  parent: z7.string().nullable(),
  level: z7.number().int().positive(),
  /** The numbering as printed: "一", "（一）", "1", "（3）", "8", "附件1". */
  number: z7.string().nullable(),
  /** Heading text after the number, as written. */
  title: z7.string(),
  /** Index of the heading's own block. */
  headingBlock: z7.number().int().nonnegative(),
  /** Blocks governed by this section (heading excluded), [blockStart, blockEnd) incl. subsections. */
  blockStart: z7.number().int().nonnegative(),
  blockEnd: z7.number().int().nonnegative(),
  /** Id of the heading pattern that matched (from patterns/headings.json). */
  pattern: z7.string()
});

// dist/model/table.js
import { z as z8 } from "zod";
var TableColumn = z8.object({
  col: z8.number().int().nonnegative(),
  label: z8.string(),
  /** e.g. { year: "2023", kind: "决算数" } from “2023年决算数”. */
  dims: z8.record(z8.string(), z8.string()).default({}),
  /** What the column holds: row labels, row numbers (行次), codes (科目编码), written text, or values. */
  kind: z8.enum(["label", "index", "code", "text", "value"]).optional(),
  /** Unit of the column's bare figures (“（万元）” in its header, 分 for 分值/得分), else null. */
  unit: z8.string().nullable().optional()
});
var TableValue = z8.object({
  col: z8.number().int().nonnegative(),
  text: z8.string(),
  number: NumberValue.nullable(),
  /** Fact id made from this cell, when it holds a figure. */
  fact: z8.string().nullable()
});
var TableRow = z8.object({
  row: z8.number().int().nonnegative(),
  label: z8.string(),
  /** Numbering as printed (“1、”, “（一）”), or null. */
  numbering: z8.string().nullable(),
  level: z8.number().int().nonnegative(),
  /** Grid row of the parent row, null for top-level rows. */
  parent: z8.number().int().nonnegative().nullable(),
  /** 合计 / 总计 → total, 小计 → subtotal, “其中：” rows → breakdown. */
  role: z8.enum(["total", "subtotal", "breakdown", "item", "header", "note"]),
  values: z8.array(TableValue),
  /** Index of the header band (Table.bands) the row belongs to. */
  band: z8.number().int().nonnegative().optional(),
  /** Side-by-side tables: which segment of the band (0 = left-most); absent when one. */
  segment: z8.number().int().nonnegative().optional()
});
var TableBand = z8.object({
  index: z8.number().int().nonnegative(),
  /** Grid rows [startRow, endRow) — caption and header rows included. */
  startRow: z8.number().int().nonnegative(),
  endRow: z8.number().int().nonnegative(),
  headerRows: z8.array(z8.number().int().nonnegative()),
  /** A one-cell title row just above the header (“楼堂馆所控制情况”). */
  captionRow: z8.number().int().nonnegative().nullable(),
  caption: z8.string().nullable(),
  /** Unit of bare figures in the band (caption, stub header “年度预算申请（万元）”, or the table's). */
  unit: z8.string().nullable(),
  /** Columns holding the row labels (the header column(s)). */
  labelCols: z8.array(z8.number().int().nonnegative()),
  columns: z8.array(TableColumn),
  /**
   * Side-by-side tables (“收入: 项目 | 决算数 | 支出: 项目 | 合计 | …”): the column runs read as
   * tables of their own, each with its label columns. Absent when the band is one table.
   */
  segments: z8.array(
    z8.object({
      startCol: z8.number().int().nonnegative(),
      endCol: z8.number().int().nonnegative(),
      labelCols: z8.array(z8.number().int().nonnegative())
    })
  ).optional()
});
var Table = z8.object({
  id: z8.string(),
  /** Index of the TableBlock in `Document.blocks`. */
  block: z8.number().int().nonnegative(),
  caption: z8.string().nullable(),
  /** Unit of bare cells, from the caption or a header (“单位：万元”). */
  unit: z8.string().nullable(),
  section: z8.string().nullable(),
  headerRows: z8.number().int().nonnegative(),
  headerCols: z8.number().int().nonnegative(),
  /** Columns of the first header band (see `bands` for tables with several). */
  columns: z8.array(TableColumn),
  rows: z8.array(TableRow),
  bands: z8.array(TableBand).optional(),
  /**
   * How each band's row structure was chosen (src/extract/table/structure.ts): the reading
   * taken — `marks` (numbering, 其中, codes, indentation), `columns` (the column a label stands
   * in), `siblings` (unmarked rows beside the numbered row they follow), `sums` (groups found
   * by their sums) — and every reading weighed, with its score (sums that hold minus sums that
   * fail): the alternatives rejected. Omitted when a band had one reading only.
   */
  structure: z8.array(z8.object({ band: z8.number().int().nonnegative(), segment: z8.number().int().nonnegative(), reading: z8.string(), scores: z8.record(z8.string(), z8.number().int()) })).optional()
});

// dist/model/report.js
var Format = z9.enum(["docx", "pdf", "text", "html"]);
var Source = z9.object({
  path: z9.string().nullable(),
  sha256: z9.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
  bytes: z9.number().int().nonnegative(),
  pages: z9.number().int().positive().nullable().optional()
});
var StatedGrade = z9.object({
  /** As written, e.g. 优, 优秀, 良好 (bands and synonyms in patterns/grades.json). */
  text: z9.string(),
  location: Location
});
var Meta = z9.object({
  title: z9.string().nullable(),
  /** 单位 / 部门, e.g. 怀化市工业和信息化局 */
  department: z9.string().nullable(),
  year: z9.number().int().nullable(),
  /** e.g. 部门整体支出绩效自评报告, 部门决算, 部门预算 */
  reportType: z9.string().nullable(),
  /** 评价等级 the report gives itself (“自评得分99分，评价等级优”); checked by the `grade` rule. */
  grade: StatedGrade.nullable().optional()
});
var Warning = z9.object({
  code: z9.string(),
  message: z9.string(),
  location: Location.nullable().optional()
});
var Coverage = z9.object({
  relations: z9.number().int().nonnegative(),
  checked: z9.number().int().nonnegative(),
  /** Findings per rule id, every severity (ties included). */
  byRule: z9.record(z9.string(), z9.number().int().nonnegative()),
  unchecked: z9.array(z9.object({ id: z9.string(), kind: z9.string(), name: z9.string() }))
});
var REPORT_SCHEMA_VERSION = 1;
var Report = z9.object({
  schemaVersion: z9.literal(REPORT_SCHEMA_VERSION),
  source: Source,
  meta: Meta,
  document: Document,
  sections: z9.array(Section),
  facts: z9.array(Fact),
  relations: z9.array(Relation),
  tables: z9.array(Table),
  indicators: z9.array(IndicatorRow),
  findings: z9.array(Finding),
  warnings: z9.array(Warning),
  /** Which claims were checked (src/reconcile/index.ts); absent in reports made before it existed. */
  coverage: Coverage.optional()
});

export {
  DecimalString,
  NumberKind,
  REPORT_SCHEMA_VERSION,
  Report
};
