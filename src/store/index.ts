export { Dataset, type DatasetOptions, type DatasetStats, type FailureRecord } from './dataset.js';
export { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './migrations.js';
export { tokenize, tokenText } from './tokens.js';
export { search, snippet, queryTerms, matchExpression, type SearchHit, type SearchOptions } from './search.js';
export { queryFacts, queryFindings, type FactQuery, type FactRow, type FindingQuery, type FindingRow } from './query.js';
export { exportDataset, type ExportFormat, type ExportOptions, type ExportedFile } from './export.js';
export { BOM, csvField, csvLine, parseCsv } from './csv.js';
export { queryReports, queryFailures, type ReportGroup, type ReportFileRow, type ReportQuery, type FailureRow } from './reports.js';
export { reportKey } from './report-key.js';
