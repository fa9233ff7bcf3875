import type { Report } from '../../model/index.js';
import { contentSecurityPolicy, SCRIPT, STYLE } from './assets.js';
import { renderDocument, outline } from './document.js';
import { html, raw, type Html, type HtmlValue } from './escape.js';
import { renderFindings } from './findings.js';
import { figureMarks } from './marks.js';

/** Links a page shows at the top (the dataset index, the search) — relative or absolute URLs. */
export interface NavLink {
  href: string;
  text: string;
}

export interface LayoutOptions {
  title: string;
  nav?: readonly NavLink[];
  /** Show the search form (served pages): GET to this action. */
  searchAction?: string;
  searchValue?: string;
}

/** A whole page: the CSP as a meta tag (a file opened from disk has no headers), the stylesheet, the script. */
export function layout(options: LayoutOptions, header: HtmlValue, body: HtmlValue): Html {
  const nav =
    options.nav?.length || options.searchAction
      ? html`<nav class="site">${(options.nav ?? []).map((l) => html`<a href="${l.href}">${l.text}</a>`)}${
          options.searchAction
            ? html`<form class="search" method="get" action="${options.searchAction}" role="search"><input type="search" name="q" value="${options.searchValue ?? ''}" placeholder="搜索 search: 智慧怀化, 2392.94"><button type="submit">搜索</button></form>`
            : ''
        }</nav>`
      : '';
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="top">${nav}${header}</header>
${body}
<script>${raw(SCRIPT)}</script>
</body>
</html>
`;
}

/** One file that holds the report (a report can be held as .docx, .pdf and .txt). */
export interface ReportFile {
  path: string | null;
  format: string;
  sha256: string;
  /** Link to this file's own reading (served pages). */
  href?: string;
}

export interface ReportPageOptions {
  nav?: readonly NavLink[];
  searchAction?: string;
  /** Every file holding this report (default: the report's own source). */
  files?: readonly ReportFile[];
}

/**
 * The audit working paper for one report: the findings first — severity, the formula in words,
 * stated vs recomputed, the difference, where each figure stands — beside the document rendered
 * from its blocks, every finding's figures marked; clicking a finding marks and scrolls to them.
 */
export function renderReportPage(report: Report, options: ReportPageOptions = {}): string {
  const marks = figureMarks(report);
  const { meta, source } = report;
  const title = meta.title ?? source.path ?? source.sha256.slice(0, 12);
  const files = options.files ?? [{ path: source.path, format: source.format, sha256: source.sha256 }];
  const about = [meta.department, meta.year !== null ? `${meta.year}年` : null, meta.reportType, meta.grade ? `评价等级 ${meta.grade.text}` : null].filter(Boolean).join(' · ');
  const header = html`<h1>${title}</h1>
<p class="meta">${about || '—'}${source.pages ? ` · ${source.pages} pages` : ''}</p>
<p class="files">${files.length > 1 ? `${files.length} files hold this report: ` : 'file: '}${files.map(
    (f, k) =>
      html`${k > 0 ? ' · ' : ''}${f.href ? html`<a href="${f.href}"><code>${f.path ?? f.sha256.slice(0, 12)}</code></a>` : html`<code>${f.path ?? f.sha256.slice(0, 12)}</code>`} (${f.format}, sha256 ${f.sha256.slice(0, 12)}…)`,
  )}</p>
${report.warnings.length ? html`<div class="warnings">${report.warnings.map((w) => html`<div>⚠ ${w.code}: ${w.message}</div>`)}</div>` : ''}`;
  const body = html`<div class="desk">
<aside class="findings" aria-label="findings"><h2>核对结果 findings</h2>
${renderFindings(report, marks)}</aside>
<main class="document"><h2 class="doc-title">报告原文 the report</h2>
${report.sections.length ? html`<nav class="outline"><details open><summary>目录 outline</summary>${outline(report)}</details></nav>` : ''}
${renderDocument(report, marks)}</main>
</div>`;
  return layout({ title: `${title} — gouji`, nav: options.nav, searchAction: options.searchAction }, header, body).value;
}
