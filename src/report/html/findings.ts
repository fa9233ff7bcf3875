import type { Finding, Location, Report, Severity } from '../../model/index.js';
import { describePlace, placeOf } from '../place.js';
import { html, type Html } from './escape.js';
import type { FigureMarks } from './marks.js';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function unitOf(f: Finding): string {
  const rate = f.values.find((v) => v.role === 'rate' || v.role === 'result' || v.role === 'total') ?? f.values[0];
  return rate?.unit === '%' ? '%' : '';
}

function finding(report: Report, f: Finding, i: number, marks: FigureMarks): Html {
  const unit = unitOf(f);
  const first = marks.firstBlock.get(i);
  const interval = f.expected?.interval;
  return html`<li class="finding sev-${f.severity}" id="f${i}" data-finding="${i}">
<a class="finding-link" href="${first !== undefined ? `#b${first}` : `#f${i}`}"><span class="sev">${SEVERITY_NAMES[f.severity]}</span><span class="rule">${f.rule}</span><span class="num">#${i + 1}</span>
<p class="msg">${f.message.zh}</p><p class="en">${f.message.en}</p></a>
<p class="formula">${f.formula}</p>
<table class="figures"><tr><th>报告数 stated</th><td>${f.stated !== null ? `${f.stated}${unit}` : '—'}</td></tr>
<tr><th>重算数 recomputed</th><td>${f.expected ? `${f.expected.value}${unit}` : '—'}${interval ? html` <span class="where">(any rounding ${interval.low}–${interval.high})</span>` : ''}</td></tr>
<tr><th>差额 difference</th><td>${f.difference ?? '—'}</td></tr></table>
<ol class="values">${f.values.map(
    (v) => html`<li><b>${v.label}</b> ${v.value}${v.unit ?? ''}${v.role ? html` <span class="where">(${v.role})</span>` : ''} <span class="where">${describePlace(placeOf(report, v.location))}</span>${
      v.location.table == null ? context(report, v.location) : ''
    }</li>`,
  )}</ol>
</li>\n`;
}

/** A few characters either side of a figure in the text (the sentence can be long). */
function context(report: Report, location: Location): Html | string {
  const text = report.document.text;
  if (!location.span) return location.quote ? html` <q>${location.quote.slice(0, 40)}</q>` : '';
  // Within the figure's own paragraph.
  const block = report.document.blocks[location.block];
  const from = block?.kind === 'paragraph' ? block.span.start : 0;
  const to = block?.kind === 'paragraph' ? Math.min(block.span.end, block.span.start + block.text.length) : text.length;
  const start = Math.max(from, location.span.start - 16);
  const end = Math.min(to, location.span.end + 8);
  const line = (s: string) => s.replace(/\s+/g, ' ');
  return html` <q>${start > from ? '…' : ''}${line(text.slice(start, location.span.start))}<b>${line(text.slice(location.span.start, location.span.end))}</b>${line(
    text.slice(location.span.end, end),
  )}${end < to ? '…' : ''}</q>`;
}

/** The findings, errors first (numbered in report order), each with its figures and where they stand. */
export function renderFindings(report: Report, marks: FigureMarks): Html {
  const order = report.findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i);
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const counts = html`<p class="counts"><span class="badge-err">${count('error')} 错误 errors</span><span class="badge-warn">${count('warning')} 警告 warnings</span>${
    count('info') ? html`<span>${count('info')} 提示 info</span>` : ''
  }</p>`;
  if (order.length === 0) return html`${counts}<p class="empty">无 — every checked figure ties (under rounding).</p>`;
  return html`${counts}<ol class="finding-list">\n${order.map(({ f, i }) => finding(report, f, i, marks))}</ol>`;
}
