import { formatExtraction } from '../extract/format.js';
import type { Report } from '../model/index.js';
import { formatFindings } from '../reconcile/format.js';

/**
 * A readable summary of one Report for `gouji analyze --format text`: the file, the
 * section outline with the facts and relations under each section, the indicator table,
 * then the findings as an auditor's list, each figure's place named as `gouji findings`
 * names it (page, section heading, 表题 with row and column from 1).
 */
export function formatReport(report: Report): string {
  const { source, document } = report;
  const tables = document.blocks.filter((b) => b.kind === 'table').length;
  const head = [
    `文件 file: ${source.path ?? '-'} (${source.format}, ${source.bytes} bytes${source.pages ? `, ${source.pages} pages` : ''}, sha256 ${source.sha256.slice(0, 12)}…)`,
    `  ${document.blocks.length} blocks (${tables} tables), ${report.sections.length} sections, ${report.facts.length} facts, ` +
      `${report.relations.length} relations, ${report.indicators.length} indicator rows, ${report.findings.length} findings`,
    ...report.warnings.map((w) => `  warning: ${w.code}: ${w.message}`),
  ];
  const findings =
    report.findings.length === 0 ? '核对结果 findings: 无 — every checked figure ties (under rounding)\n' : `核对结果 findings (${report.findings.length}):\n${formatFindings(report.findings, { report })}`;
  return `${head.join('\n')}\n\n${formatExtraction(report).trimEnd()}\n\n${findings}`;
}
