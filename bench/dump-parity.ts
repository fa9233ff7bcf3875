import type { Finding, Report } from '../src/model/index.js';

/**
 * PDF vs text dump of the same report: what each reading gives, and which findings only one of
 * them has. Findings are matched by what they say — rule, severity, the stated and the recomputed
 * figure and the figures involved — not by their labels or places, which differ between the
 * readings (a dump has no page geometry; its table headers are rebuilt from characters).
 */

export interface ReadingCounts {
  pages: number | null;
  tables: number;
  facts: number;
  relations: number;
  errors: number;
  warnings: number;
}

export interface ParityDiff {
  pdf: ReadingCounts;
  dump: ReadingCounts;
  /** Findings of the PDF the dump does not give, and the other way round. */
  onlyPdf: Finding[];
  onlyDump: Finding[];
}

export function counts(r: Report): ReadingCounts {
  return {
    pages: r.document.pages,
    tables: r.document.blocks.filter((b) => b.kind === 'table').length,
    facts: r.facts.length,
    relations: r.relations.length,
    errors: r.findings.filter((f) => f.severity === 'error').length,
    warnings: r.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** What a finding says, without where: rule, severity, stated and recomputed figures, the figures involved. */
export function findingKey(f: Finding): string {
  const figures = f.values.map((v) => v.value).sort();
  return [f.rule, f.severity, f.stated ?? '', f.expected?.value ?? '', figures.join(',')].join('|');
}

export function compareReports(pdf: Report, dump: Report, severities: ReadonlyArray<Finding['severity']> = ['error', 'warning']): ParityDiff {
  const pick = (r: Report) => r.findings.filter((f) => severities.includes(f.severity));
  const keysOf = (fs: Finding[]) => new Set(fs.map(findingKey));
  const pdfKeys = keysOf(pick(pdf));
  const dumpKeys = keysOf(pick(dump));
  return {
    pdf: counts(pdf),
    dump: counts(dump),
    onlyPdf: pick(pdf).filter((f) => !dumpKeys.has(findingKey(f))),
    onlyDump: pick(dump).filter((f) => !pdfKeys.has(findingKey(f))),
  };
}
