import type { AnalyzeOptions, StageTimes } from './analyze.js';
import { runStage, sha256 } from './analyze.js';
import { resolveLimits } from './convert/limits.js';
import { extensionWarning } from './convert/extension.js';
import type { Converted } from './convert/index.js';
import { extract } from './extract/index.js';
import { REPORT_SCHEMA_VERSION, type Report } from './model/index.js';
import { reconcileWithCoverage } from './reconcile/index.js';
import { segment } from './segment/index.js';

/**
 * The stages after reading (segment → extract → reconcile) on a Document already converted
 * from `bytes`; `analyze()` (src/analyze.ts) is `convert()` followed by this, imported once a
 * file has been read. Tests that read one corpus file in many test files convert it once and
 * run these stages on the cached Document.
 */
export function analyzeConverted(
  bytes: Uint8Array,
  { format, document, warnings }: Converted,
  options: AnalyzeOptions = {},
  times?: StageTimes,
  start = performance.now(),
): Report {
  let t = start;
  const lap = (stage: keyof StageTimes): void => {
    const now = performance.now();
    if (times) times[stage] += now - t;
    t = now;
  };
  // each stage's own exception is a bug in gouji in that stage (internal_error), never the file's
  const sections = runStage('segment', () => segment(document));
  lap('segment');
  const extraction = runStage('extract', () => extract(document, sections, resolveLimits(options.limits)));
  lap('extract');
  const partial: Omit<Report, 'findings'> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      sha256: sha256(bytes),
      format,
      bytes: bytes.length,
      ...(document.pages != null ? { pages: document.pages } : {}),
    },
    meta: extraction.meta,
    document,
    sections,
    facts: extraction.facts,
    relations: extraction.relations,
    tables: extraction.tables,
    indicators: extraction.indicators,
    warnings: [...[extensionWarning(options.path, format)].filter((w) => w !== null), ...(warnings ?? []), ...extraction.warnings],
  };
  const { findings, coverage } = runStage('reconcile', () => reconcileWithCoverage(partial, { all: options.all ?? false }));
  lap('reconcile');
  return { ...partial, findings, coverage };
}

