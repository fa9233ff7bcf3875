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

export const Meta = z.object({
  title: z.string().nullable(),
  /** 单位 / 部门, e.g. 怀化市工业和信息化局 */
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  /** e.g. 部门整体支出绩效自评报告, 部门决算, 部门预算 */
  reportType: z.string().nullable(),
  /** 评价等级 as stated in the conclusion (优 / 良 / 中 / 差 …) and where; not a number, so not a Fact. */
  grade: z.object({ value: z.string(), location: Location }).nullable().optional(),
});
export type Meta = z.infer<typeof Meta>;

/** Something gouji noticed while reading that is not an arithmetic finding. */
export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  location: Location.nullable().optional(),
});
export type Warning = z.infer<typeof Warning>;

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
});
export type Report = z.infer<typeof Report>;
