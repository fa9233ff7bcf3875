import type { Dataset } from './dataset.js';
import { formatRank } from './report-key.js';

/** A file of the dataset that holds a report. */
export interface ReportFileRow {
  sha256: string;
  path: string | null;
  format: string | null;
  pages: number | null;
}

/** One report, however many files hold it (see report-key.ts). */
export interface ReportGroup {
  /** documents.report_key (a stable id for links). */
  key: string;
  title: string | null;
  department: string | null;
  year: number | null;
  reportType: string | null;
  grade: string | null;
  /** Findings of the file shown for the report (the first in `files`). */
  errors: number;
  warnings: number;
  infos: number;
  /** Best-read file first: .docx, .pdf, HTML, text, then by path. */
  files: ReportFileRow[];
}

export interface ReportQuery {
  /** Department containing this text. */
  department?: string;
  year?: number;
  /** Only this report key. */
  key?: string;
}

/** Current (not superseded) readable reports, by department, year and title. */
export function queryReports(dataset: Dataset, q: ReportQuery = {}): ReportGroup[] {
  const rows = dataset.db
    .prepare(
      `SELECT d.sha256, d.path, d.format, d.pages, d.title, d.department, d.year, d.report_type, d.grade,
              coalesce(d.report_key, d.sha256) AS key,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'error') AS errors,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'warning') AS warnings,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'info') AS infos
       FROM documents d
       WHERE d.status = 'ok' AND d.superseded = 0
         AND (@department IS NULL OR instr(d.department, @department) > 0)
         AND (@year IS NULL OR d.year = @year)
         AND (@key IS NULL OR coalesce(d.report_key, d.sha256) = @key)
       ORDER BY d.department IS NULL, d.department, d.year, d.title, d.path`,
    )
    .all({ department: q.department ?? null, year: q.year ?? null, key: q.key ?? null }) as {
    sha256: string;
    path: string | null;
    format: string | null;
    pages: number | null;
    title: string | null;
    department: string | null;
    year: number | null;
    report_type: string | null;
    grade: string | null;
    key: string;
    errors: number;
    warnings: number;
    infos: number;
  }[];
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  return [...groups.entries()].map(([key, members]) => {
    members.sort((a, b) => formatRank(a.format) - formatRank(b.format) || (a.path ?? '').localeCompare(b.path ?? ''));
    const first = members[0]!;
    return {
      key,
      title: first.title,
      department: first.department,
      year: first.year,
      reportType: first.report_type,
      grade: first.grade,
      errors: first.errors,
      warnings: first.warnings,
      infos: first.infos,
      files: members.map((m) => ({ sha256: m.sha256, path: m.path, format: m.format, pages: m.pages })),
    };
  });
}

/** A file that could not be read, with its typed error. */
export interface FailureRow {
  sha256: string;
  path: string | null;
  kind: string | null;
  message: string | null;
}

export function queryFailures(dataset: Dataset): FailureRow[] {
  return dataset.db
    .prepare(
      `SELECT sha256, path, error_kind AS kind, error_message AS message FROM documents
       WHERE status = 'failed' AND superseded = 0 ORDER BY path, sha256`,
    )
    .all() as FailureRow[];
}
