import type { Report } from '../model/index.js';

/** A readable summary of one Report for `gouji analyze --format text`. */
export function formatReport(report: Report): string {
  const { source, meta, document } = report;
  const lines: string[] = [];
  lines.push(`${meta.title ?? source.path ?? '(untitled)'}`);
  lines.push(`  file: ${source.path ?? '-'} (${source.format}, ${source.bytes} bytes${source.pages ? `, ${source.pages} pages` : ''}) sha256 ${source.sha256.slice(0, 12)}…`);
  lines.push(`  department: ${meta.department ?? '?'}  year: ${meta.year ?? '?'}  type: ${meta.reportType ?? '?'}`);
  const tables = document.blocks.filter((b) => b.kind === 'table').length;
  lines.push(
    `  ${document.blocks.length} blocks (${tables} tables), ${report.sections.length} sections, ${report.facts.length} facts, ` +
      `${report.relations.length} relations, ${report.indicators.length} indicator rows, ${report.findings.length} findings`,
  );
  for (const w of report.warnings) lines.push(`  warning: ${w.code}: ${w.message}`);
  return lines.join('\n') + '\n';
}
