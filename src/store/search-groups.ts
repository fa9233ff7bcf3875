import type { Dataset } from './dataset.js';
import { formatRank } from './report-key.js';
import type { SearchHit } from './search.js';

/** A hit with the report it belongs to, and the other files of that report holding the same text. */
export interface ReportHit {
  hit: SearchHit;
  /** documents.report_key of the hit's file (its sha256 when it has none). */
  key: string;
  /** True when the hit's file is the one a report page shows by default (.docx before .pdf, HTML, text). */
  primary: boolean;
  /** Paths (or short hashes) of the report's other files where the same text was hit. */
  alsoIn: string[];
}

/**
 * Folds hits on the same text in several files of one report (its .docx, .pdf and text dump)
 * into one hit, “also in” the others; the best rank is kept and the best-read file shown.
 */
export function collapseReportFiles(dataset: Dataset, hits: readonly SearchHit[]): ReportHit[] {
  const docs = dataset.db.prepare(`SELECT sha256, coalesce(report_key, sha256) AS key, format, path FROM documents WHERE status = 'ok'`).all() as {
    sha256: string;
    key: string;
    format: string | null;
    path: string | null;
  }[];
  const keyOf = new Map(docs.map((d) => [d.sha256, d.key]));
  const primary = new Map<string, string>();
  for (const d of [...docs].sort((a, b) => formatRank(a.format) - formatRank(b.format) || (a.path ?? '').localeCompare(b.path ?? ''))) {
    if (!primary.has(d.key)) primary.set(d.key, d.sha256);
  }
  const out: ReportHit[] = [];
  const byText = new Map<string, ReportHit>();
  for (const hit of hits) {
    const key = keyOf.get(hit.document.sha256) ?? hit.document.sha256;
    const same = `${key}|${hit.kind}|${hit.text.replace(/\s+/g, '')}`;
    const seen = byText.get(same);
    const isPrimary = primary.get(key) === hit.document.sha256;
    const name = hit.document.path ?? hit.document.sha256.slice(0, 12);
    if (seen) {
      if (isPrimary && !seen.primary) {
        // Show the best-read file; the one shown before becomes “also in”.
        seen.alsoIn.push(seen.hit.document.path ?? seen.hit.document.sha256.slice(0, 12));
        seen.hit = { ...hit, rank: seen.hit.rank, score: seen.hit.score };
        seen.primary = true;
      } else seen.alsoIn.push(name);
      continue;
    }
    const entry: ReportHit = { hit, key, primary: isPrimary, alsoIn: [] };
    byText.set(same, entry);
    out.push(entry);
  }
  return out.map((e, i) => ({ ...e, hit: { ...e.hit, rank: i + 1 } }));
}
