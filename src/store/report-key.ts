import { createHash } from 'node:crypto';
import type { Report } from '../model/index.js';

/**
 * Which report a file holds: the same title, department and year and the same figures give
 * the same key, so the .docx, the .pdf and a text dump of one report are one report in the
 * dataset. The figures are the distinct exact values of the report's facts (a set: a figure
 * read twice in one format and once in another is still the same figure). Independent of the
 * order files are ingested in; any difference in the figures gives another key.
 */
export function reportKey(report: Pick<Report, 'meta' | 'facts'>): string {
  const figures = [...new Set(report.facts.map((f) => f.number.value))].sort();
  const { title, department, year } = report.meta;
  const material = JSON.stringify([title?.replace(/\s+/g, '') ?? null, department ?? null, year ?? null, figures]);
  return createHash('sha256').update(material, 'utf8').digest('hex').slice(0, 32);
}

/** Which file of a report to show when several hold it: the one whose reading keeps most structure. */
export const FORMAT_PREFERENCE: Record<string, number> = { docx: 0, pdf: 1, html: 2, text: 3 };

export function formatRank(format: string | null): number {
  return FORMAT_PREFERENCE[format ?? ''] ?? 9;
}
