import { z } from 'zod';
import { Document } from './document.js';
import { Fact, Relation } from './fact.js';
import { Finding } from './finding.js';
import { IndicatorRow } from './indicator.js';
import { Location } from './location.js';
import { Section } from './section.js';
import { Table } from './table.js';

export const Format = z.enum(['docx', 'pdf', 'text', 'html']);
export type Format = z.infer<typeof Format>;

export const Source = z.object({
  path: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive().nullable().optional(),
});
export type Source = z.infer<typeof Source>;

/** A grade stated in words (评价等级 优 / 良 / 中 / 差) and where it is stated. */
export const StatedGrade = z.object({
  /** As written, e.g. 优, 优秀, 良好 (bands and synonyms in patterns/grades.json). */
  text: z.string(),
  location: Location,
});
export type StatedGrade = z.infer<typeof StatedGrade>;

export const Meta = z.object({
  title: z.string().nullable(),
  /** 单位 / 部门, e.g. 怀化市工业和信息化局 */
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  /** e.g. 部门整体支出绩效自评报告, 部门决算, 部门预算 */
  reportType: z.string().nullable(),
  /** 评价等级 the report gives itself (“自评得分99分，评价等级优”); checked by the `grade` rule. */
  grade: StatedGrade.nullable().optional(),
});
export type Meta = z.infer<typeof Meta>;

/** Something gouji noticed while reading that is not an arithmetic finding. */
export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  location: Location.nullable().optional(),
});
export type Warning = z.infer<typeof Warning>;

/**
 * What reconcile did with the claims the report makes (Report.relations): how many a rule
 * checked, and which no rule could evaluate — a figure missing, figures of different measures
 * or dimensions, a divisor that may be zero — so a claim gouji did not check is visible.
 */
export const Coverage = z.object({
  relations: z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  /** Findings per rule id, every severity (ties included). */
  byRule: z.record(z.string(), z.number().int().nonnegative()),
  unchecked: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
});
export type Coverage = z.infer<typeof Coverage>;

export const REPORT_SCHEMA_VERSION = 1;

export const Report = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  source: Source,
  meta: Meta,
  document: Document,
  sections: z.array(Section),
  facts: z.array(Fact),
  relations: z.array(Relation),
  tables: z.array(Table),
  indicators: z.array(IndicatorRow),
  findings: z.array(Finding),
  warnings: z.array(Warning),
  /** Which claims were checked (src/reconcile/index.ts); absent in reports made before it existed. */
  coverage: Coverage.optional(),
});
export type Report = z.infer<typeof Report>;
