import type { FindingValue, Severity } from '../model/index.js';
import type { Dataset } from './dataset.js';

/** Filters shared by the queries; documents superseded by a newer version of their path are left out unless `allVersions`. */
export interface DocumentFilter {
  /** Department (单位/部门) containing this text. */
  department?: string;
  year?: number;
  allVersions?: boolean;
}

export interface FindingQuery extends DocumentFilter {
  /** This severity or worse: error → errors; warning → errors and warnings; info → all. */
  severity?: Severity;
  rule?: string;
}

export interface FindingRow {
  document: string;
  path: string | null;
  title: string | null;
  department: string | null;
  year: number | null;
  /** Position of the finding in its report. */
  seq: number;
  rule: string;
  severity: Severity;
  message_zh: string;
  message_en: string;
  formula: string;
  stated: string | null;
  expected: string | null;
  difference: string | null;
  /** Where the first value of the finding is. */
  page: number | null;
  block: number | null;
  section: string | null;
  section_title: string | null;
  table_block: number | null;
  row: number | null;
  col: number | null;
  values: FindingValue[];
}

export interface FactQuery extends DocumentFilter {
  /** The canonical label exactly, or text contained in the label as written. */
  label?: string;
}

export interface FactRow {
  document: string;
  path: string | null;
  department: string | null;
  year: number | null;
  id: string;
  label: string;
  raw_label: string;
  value_printed: string;
  /** Exact decimal string; never a float. */
  value_exact: string;
  unit: string | null;
  kind: string;
  wan_yuan: string | null;
  source: string;
  dims: Record<string, string>;
  page: number | null;
  block: number | null;
  section: string | null;
  section_title: string | null;
  table_block: number | null;
  row: number | null;
  col: number | null;
  quote: string | null;
}

const SEVERITIES: Record<Severity, string[]> = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'] };

const DOCUMENT_WHERE = `(@department IS NULL OR instr(d.department, @department) > 0)
  AND (@year IS NULL OR d.year = @year)
  AND (@allVersions = 1 OR d.superseded = 0)`;

function documentParams(q: DocumentFilter): Record<string, string | number | null> {
  return { department: q.department ?? null, year: q.year ?? null, allVersions: q.allVersions ? 1 : 0 };
}

/** Findings with their documents, errors first, then by department, year, path and order in the report. */
export function queryFindings(dataset: Dataset, q: FindingQuery = {}): FindingRow[] {
  const severities = SEVERITIES[q.severity ?? 'info'];
  const rows = dataset.db
    .prepare(
      `SELECT f.document, d.path, d.title, d.department, d.year, f.seq, f.rule, f.severity, f.message_zh, f.message_en,
              f.formula, f.stated, f.expected, f.difference, f.page, f.block, f.section, s.title AS section_title,
              f.table_block, f."row", f.col, f."values"
       FROM findings f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       WHERE ${DOCUMENT_WHERE}
         AND f.severity IN (SELECT value FROM json_each(@severities))
         AND (@rule IS NULL OR f.rule = @rule)
       ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                d.department, d.year, d.path, f.document, f.seq`,
    )
    .all({ ...documentParams(q), severities: JSON.stringify(severities), rule: q.rule ?? null }) as (Omit<FindingRow, 'values'> & { values: string })[];
  return rows.map((r) => ({ ...r, values: JSON.parse(r.values) as FindingValue[] }));
}

/** Facts with their documents, by department, year, path and place in the document. */
export function queryFacts(dataset: Dataset, q: FactQuery = {}): FactRow[] {
  const rows = dataset.db
    .prepare(
      `SELECT f.document, d.path, d.department, d.year, f.id, f.label, f.raw_label, f.value_printed, f.value_exact, f.unit, f.kind,
              f.wan_yuan, f.source, f.dims, f.page, f.block, f.section, s.title AS section_title, f.table_block, f."row", f.col, f.quote
       FROM facts f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       WHERE ${DOCUMENT_WHERE}
         AND (@label IS NULL OR f.label = @label OR instr(f.raw_label, @label) > 0)
       ORDER BY d.department, d.year, d.path, f.document, f.block, f."row", f.col, f.span_start, f.id`,
    )
    .all({ ...documentParams(q), label: q.label ?? null }) as (Omit<FactRow, 'dims'> & { dims: string })[];
  return rows.map((r) => ({ ...r, dims: JSON.parse(r.dims) as Record<string, string> }));
}
