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
  /** List a finding once per file instead of once per report (default false). */
  perFile?: boolean;
}

/** A file carrying a finding, and where the finding's first figure is in it. */
export interface FindingFile {
  document: string;
  path: string | null;
  format: string | null;
  page: number | null;
}

export interface FindingRow {
  document: string;
  path: string | null;
  title: string | null;
  department: string | null;
  year: number | null;
  /** The report the file holds (files with the same title, department, year and figures share it). */
  report_key: string | null;
  format: string | null;
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
  /** The section heading as printed (“1.预算执行情况”). */
  section_heading: string | null;
  table_block: number | null;
  /** 表题 of the table holding the first figure. */
  table_caption: string | null;
  row: number | null;
  col: number | null;
  values: FindingValue[];
  /** Every file that carries this finding (the row's own file first). */
  files: FindingFile[];
}

export interface FactQuery extends DocumentFilter {
  /** The canonical label exactly, or text contained in the label as written. */
  label?: string;
  /** At most this many facts. */
  limit?: number;
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
  /** The section heading as printed (“1.预算执行情况”). */
  section_heading: string | null;
  table_block: number | null;
  /** 表题 of the table the fact is in. */
  table_caption: string | null;
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

/** The same finding in another file of the same report: same rule, formula, figures and labels (places may differ). */
function findingIdentity(r: Omit<FindingRow, 'files'>): string {
  return JSON.stringify([r.report_key ?? r.document, r.rule, r.formula, r.stated, r.expected, r.difference, r.values.map((v) => [v.value, v.label])]);
}

/**
 * Findings with their documents, errors first, then by department, year, path and order in
 * the report. A finding that several files of one report carry (its .docx and its .pdf) is
 * listed once, at the file gouji reads best (.docx, then .pdf, HTML, text), with every file in
 * `files` — unless `perFile`.
 */
export function queryFindings(dataset: Dataset, q: FindingQuery = {}): FindingRow[] {
  const severities = SEVERITIES[q.severity ?? 'info'];
  const rows = dataset.db
    .prepare(
      `SELECT f.document, d.path, d.title, d.department, d.year, d.report_key, d.format, f.seq, f.rule, f.severity, f.message_zh, f.message_en,
              f.formula, f.stated, f.expected, f.difference, f.page, f.block, f.section, s.title AS section_title, h.text AS section_heading,
              f.table_block, t.caption AS table_caption, f."row", f.col, f."values"
       FROM findings f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       LEFT JOIN paragraphs h ON h.document = f.document AND h.block = s.heading_block
       LEFT JOIN tables t ON t.document = f.document AND t.table_block = f.table_block
       WHERE ${DOCUMENT_WHERE}
         AND f.severity IN (SELECT value FROM json_each(@severities))
         AND (@rule IS NULL OR f.rule = @rule)
       ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                d.department, d.year, coalesce(d.report_key, d.sha256),
                CASE d.format WHEN 'docx' THEN 0 WHEN 'pdf' THEN 1 WHEN 'html' THEN 2 WHEN 'text' THEN 3 ELSE 9 END,
                d.path, f.document, f.seq`,
    )
    .all({ ...documentParams(q), severities: JSON.stringify(severities), rule: q.rule ?? null }) as (Omit<FindingRow, 'values' | 'files'> & { values: string })[];
  const out: FindingRow[] = [];
  const seen = new Map<string, FindingRow>();
  const occurrences = new Map<string, number>();
  for (const r of rows) {
    const row: FindingRow = {
      ...r,
      section_heading: r.section_heading?.replace(/\s+/g, ' ').trim() ?? null,
      values: JSON.parse(r.values) as FindingValue[],
      files: [],
    };
    const file: FindingFile = { document: r.document, path: r.path, format: r.format, page: r.page };
    // The n-th occurrence of a finding in one file matches the n-th in another file of the report.
    const identity = findingIdentity(row);
    const n = (occurrences.get(`${r.document}|${identity}`) ?? 0) + 1;
    occurrences.set(`${r.document}|${identity}`, n);
    const key = q.perFile ? `${r.document}:${r.seq}` : `${identity}#${n}`;
    const first = seen.get(key);
    if (first) {
      if (!first.files.some((f) => f.document === file.document)) first.files.push(file);
      continue;
    }
    row.files.push(file);
    seen.set(key, row);
    out.push(row);
  }
  return out;
}

/** Facts with their documents, by department, year, path and place in the document. */
export function queryFacts(dataset: Dataset, q: FactQuery = {}): FactRow[] {
  const rows = dataset.db
    .prepare(
      `SELECT f.document, d.path, d.department, d.year, f.id, f.label, f.raw_label, f.value_printed, f.value_exact, f.unit, f.kind,
              f.wan_yuan, f.source, f.dims, f.page, f.block, f.section, s.title AS section_title, h.text AS section_heading,
              f.table_block, t.caption AS table_caption, f."row", f.col, f.quote
       FROM facts f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       LEFT JOIN paragraphs h ON h.document = f.document AND h.block = s.heading_block
       LEFT JOIN tables t ON t.document = f.document AND t.table_block = f.table_block
       WHERE ${DOCUMENT_WHERE}
         AND (@label IS NULL OR f.label = @label OR instr(f.raw_label, @label) > 0)
       ORDER BY d.department, d.year, d.path, f.document, f.block, f."row", f.col, f.span_start, f.id
       LIMIT @limit`,
    )
    .all({ ...documentParams(q), label: q.label ?? null, limit: q.limit ?? -1 }) as (Omit<FactRow, 'dims'> & { dims: string })[];
  return rows.map((r) => ({ ...r, section_heading: r.section_heading?.replace(/\s+/g, ' ').trim() ?? null, dims: JSON.parse(r.dims) as Record<string, string> }));
}
