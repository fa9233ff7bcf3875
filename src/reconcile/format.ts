import type { Finding, FindingValue, Location, Severity } from '../model/index.js';
import { describePlace, placeOf, type PlaceSource } from '../report/place.js';

const LABEL: Record<Severity, string> = { error: 'ERROR', warning: 'WARN', info: 'INFO' };

export interface FormatOptions {
  /** Characters of quoted source text around each figure (default 36). */
  quoteWidth?: number;
  /**
   * The report the findings are about: places are then named as `gouji findings` names them,
   * by section heading as printed and table caption (表题). Without it a place shows the
   * page, the section id and the table's block index.
   */
  report?: PlaceSource;
}

/**
 * Findings as a short auditor's list: one entry per finding with its severity, rule and
 * message (Chinese, then English); the formula; the stated and recomputed figures, the
 * interval any rounding allows and the difference; then every figure used with where to
 * find it (page, section heading, 表题 with row/column counted from 1, the words around
 * it). Ends with a count by severity.
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
    for (const v of f.values) lines.push(`   · ${valueLine(v, width, options.report)}`);
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

function valueLine(v: FindingValue, width: number, report: PlaceSource | undefined): string {
  const unit = v.unit && v.unit !== '%' ? v.unit : v.unit === '%' ? '%' : '';
  const where = place(v.location, report);
  const quote = excerpt(v.location.quote, v.value, width);
  return [`${v.label} ${v.value}${unit}`, where, quote ? `“${quote}”` : ''].filter(Boolean).join('  ');
}

/**
 * “p.3 · 1.预算执行情况 · 表「整体支出绩效自评表」 row 3, col 7” — the one place naming of
 * `findings`, `facts`, `search` and the HTML report; rows and columns counted from 1.
 */
export function place(loc: Location, report?: PlaceSource): string {
  const named = report
    ? describePlace(placeOf(report, loc))
    : describePlace({ page: loc.page, section: loc.section != null ? `§${loc.section}` : null, table: loc.table, row: loc.row, col: loc.col });
  // no page, section or table (prose before the first heading of a .docx or text): the block
  return named || `block ${loc.block}`;
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
