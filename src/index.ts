/**
 * gouji as a library: `import { analyze, analyzeFile, reconcile, openDataset } from 'gouji'`.
 *
 * - `analyze(bytes)` / `analyzeFile(path)`: one report (.docx, .pdf, text, HTML) → a Report
 *   (sections, facts with provenance, tables, indicators, findings). Amounts are exact
 *   decimal strings, never floats.
 * - `reconcile(report)`: the arithmetic checks alone, on a Report (or one you built).
 * - `openDataset(path)`: the SQLite dataset `gouji ingest` writes — write Reports into it,
 *   then `search`, `queryFindings`, `queryFacts`, `exportDataset`.
 * - `Report` and the other zod schemas validate data from elsewhere (`Report.parse(json)`);
 *   `reportJsonSchema()` (or the file `gouji/report.schema.json`) is the JSON Schema.
 * - A file that cannot be read ends in a typed error (`GoujiError` subclasses, `FileError`
 *   records); see docs/library.md.
 *
 * Readers (mammoth, pdf.js) load on the first file of their kind; SQLite on `openDataset`.
 */
import { Dataset, type DatasetOptions } from './store/dataset.js';

export { analyze, analyzeFile, sha256, toFileError, type AnalyzeOptions, type AnalyzeResult, type StageTimes } from './analyze.js';
export { analyzeConverted } from './pipeline.js';
export { analyzeFileIsolated } from './analyze-isolated.js';
export { convert, type Converted } from './convert/index.js';
export { ReadLimits } from './convert/limits-schema.js';
export { DEFAULT_LIMITS, resolveLimits, type ReadLimitsInput } from './convert/limits.js';
export { reconcile, rules, formatFindings, type ReconcileOptions, type RuleId } from './reconcile/index.js';
export * from './model/index.js';
export { reportJsonSchema } from './model/json-schema.js';
export * from './errors/index.js';
export { ErrorKind, FileError, Stage } from './errors/schema.js';
export { Dataset, type DatasetOptions, type DatasetStats, type FailureRecord } from './store/dataset.js';
export { search, type SearchHit, type SearchOptions } from './store/search.js';
export { queryFacts, queryFindings, type FactQuery, type FactRow, type FindingQuery, type FindingRow } from './store/query.js';
export { exportDataset, type ExportFormat, type ExportOptions, type ExportedFile } from './store/export.js';

/**
 * Opens (creating and migrating it if needed) the dataset at `path` — a SQLite file, or
 * `':memory:'`. Pass `{ readonly: true }` to read a dataset another process writes. Close it
 * with `dataset.close()`.
 */
export function openDataset(path: string, options: Omit<DatasetOptions, 'path'> = {}): Dataset {
  return Dataset.open({ ...options, path });
}
