import type { Finding, FindingValue, Location, Severity } from '../model/index.js';

const LABEL: Record<Severity, string> = { error: 'ERROR', warning: 'WARN', info: 'INFO' };

export interface FormatOptions {
  /** Characters of quoted source text around each figure (default 36). */
  quoteWidth?: number;
}

/**
 * Findings as a short auditor's list: one entry per finding with its severity, rule and
 * message (Chinese, then English); the formula; the stated and recomputed figures, the
 * interval any rounding allows and the difference; then every figure used with where to
 * find it (page, section, table row/column counted from 1, the words around it). Ends
 * with a count by severity.
 */
export function formatFindings(findings: readonly Finding[], options: FormatOptions = {}): string {
  const width = options.quoteWidth ?? 36;
  if (findings.length === 0) return '未发现勾稽问题 · no findings\n';
  const lines: string[] = [];
  findings.forEach((f, i) => {
    lines.push(`${i + 1}. ${LABEL[f.severity]} ${f.rule}: ${f.message.zh}`);
    lines.push(`   ${f.message.en}`);
    lines.push(`   ${f.formula}`);
    const figures = figuresLine(f);
    if (figures) lines.push(`   ${figures}`);
    for (const v of f.values) lines.push(`   · ${valueLine(v, width)}`);
  });
  lines.push('', summary(findings));
  return lines.join('\n') + '\n';
}

function figuresLine(f: Finding): string | null {
  const parts: string[] = [];
  if (f.stated != null) parts.push(`stated ${f.stated}`);
  if (f.expected) {
    parts.push(`recomputed ${f.expected.value}`);
    if (f.expected.interval) parts.push(`any rounding [${f.expected.interval.low}, ${f.expected.interval.high}]`);
  }
  if (f.difference != null) parts.push(`difference ${f.difference}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function valueLine(v: FindingValue, width: number): string {
  const unit = v.unit && v.unit !== '%' ? v.unit : v.unit === '%' ? '%' : '';
  const where = place(v.location);
  const quote = excerpt(v.location.quote, v.value, width);
  return [`${v.label} ${v.value}${unit}`, where, quote ? `“${quote}”` : ''].filter(Boolean).join('  ');
}

/** “p.3, §s2.1, table 12 row 4 col 2” — rows and columns counted from 1 as a reader counts. */
export function place(loc: Location): string {
  const parts: string[] = [];
  if (loc.page != null) parts.push(`p.${loc.page}`);
  if (loc.section != null) parts.push(`§${loc.section}`);
  if (loc.table != null) {
    parts.push(`table ${loc.table}${loc.row != null ? ` row ${loc.row + 1}` : ''}${loc.col != null ? ` col ${loc.col + 1}` : ''}`);
  } else {
    parts.push(`block ${loc.block}`);
  }
  return parts.join(', ');
}

/** The quote around the figure (kept whole), at most `width` characters, with … where cut. */
function excerpt(quote: string, value: string, width: number): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= width) return text;
  const at = Math.max(text.indexOf(value), 0);
  const pad = Math.max(0, (width - value.length) >> 1); // characters either side of the figure
  const start = Math.max(0, Math.min(at - pad, text.length - width));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function summary(findings: readonly Finding[]): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const n = findings.length;
  return `${n} finding${n === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`;
}
