import {
  describePlace,
  placeOf,
  tableCaption
} from "./chunk-BBVOQXVQ.js";
import {
  formatRank
} from "./chunk-JEGOT6EK.js";

// dist/report/html/assets.js
import { createHash } from "node:crypto";
var STYLE = `
:root { --err: #b42318; --warn: #b54708; --info: #475467; --mark: #fff1a8; --active: #ffb020; --line: #d0d5dd; --muted: #667085; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #101828; background: #f8f9fb; }
a { color: #1849a9; }
header.top { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 20px; margin: 0 0 4px; }
header.top .meta, header.top .files { color: var(--muted); font-size: 13px; margin: 2px 0; }
header.top .files code { color: #344054; }
nav.site { font-size: 13px; margin-bottom: 6px; }
nav.site a { margin-right: 12px; }
form.search { display: inline-flex; gap: 6px; }
form.search input[type=search] { width: 22em; padding: 3px 6px; }
.warnings { margin: 6px 0 0; padding: 6px 10px; background: #fffaeb; border: 1px solid #fedf89; font-size: 13px; }
.desk { display: grid; grid-template-columns: minmax(320px, 36%) 1fr; gap: 0; align-items: start; }
aside.findings { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 12px 14px; border-right: 1px solid var(--line); background: #fff; }
aside.findings h2, main.document h2.doc-title { font-size: 16px; margin: 4px 0 8px; }
.counts span { display: inline-block; margin-right: 8px; font-size: 13px; }
ol.finding-list { list-style: none; padding: 0; margin: 0; }
li.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 4px; padding: 8px 10px; margin: 0 0 10px; background: #fff; cursor: pointer; }
li.finding.sev-error { border-left-color: var(--err); }
li.finding.sev-warning { border-left-color: var(--warn); }
li.finding.current { outline: 2px solid var(--active); }
li.finding a.finding-link { color: inherit; text-decoration: none; display: block; }
.sev { display: inline-block; white-space: nowrap; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 3px; color: #fff; background: var(--info); }
.sev-error .sev { background: var(--err); }
.sev-warning .sev { background: var(--warn); }
.rule { font-size: 12px; color: var(--muted); margin-left: 6px; }
.num { font-size: 12px; color: var(--muted); float: right; }
p.msg { margin: 4px 0 0; font-weight: 600; }
p.en { margin: 0; color: var(--muted); font-size: 13px; }
p.formula { margin: 6px 0; font-size: 14px; background: #f2f4f7; padding: 4px 6px; border-radius: 3px; }
table.figures { border-collapse: collapse; font-size: 13px; margin: 4px 0; }
table.figures th { text-align: left; font-weight: 400; color: var(--muted); padding: 0 10px 0 0; }
table.figures td { font-variant-numeric: tabular-nums; padding: 0 10px 0 0; }
ol.values { margin: 6px 0 0; padding-left: 18px; font-size: 13px; }
ol.values .where { color: var(--muted); }
ol.values q { color: #344054; }
ol.values .files { color: var(--muted); }
main.document { padding: 12px 28px 60px; background: #fff; min-width: 0; }
nav.outline { font-size: 13px; border: 1px solid var(--line); padding: 6px 10px; margin-bottom: 12px; }
nav.outline ol { margin: 0; padding-left: 18px; }
p.para { margin: 6px 0; white-space: pre-wrap; text-indent: 2em; }
p.para.bold { font-weight: 700; }
.heading { white-space: pre-wrap; margin: 14px 0 6px; }
h2.heading { font-size: 18px; } h3.heading { font-size: 16px; } h4.heading, h5.heading, h6.heading { font-size: 15px; }
.page-mark { margin: 16px 0 6px; border-top: 1px dashed var(--line); color: var(--muted); font-size: 12px; text-align: right; }
figure.table { margin: 12px 0; }
figure.table figcaption { font-weight: 600; margin-bottom: 4px; }
figure.table figcaption .where { font-weight: 400; color: var(--muted); font-size: 13px; margin-left: 8px; }
.table-scroll { overflow-x: auto; }
figure.table table { border-collapse: collapse; font-size: 13px; }
figure.table td, figure.table th { border: 1px solid var(--line); padding: 2px 6px; vertical-align: top; white-space: pre-wrap; }
figure.table th { background: #f2f4f7; font-weight: 600; }
tr.band-caption td { font-weight: 600; background: #f9fafb; }
mark.fig { background: var(--mark); padding: 0 1px; }
td.fig-cell, th.fig-cell { background: #fffbe6; }
mark.fig.active { background: var(--active); outline: 2px solid var(--err); }
td.fig-cell.active, th.fig-cell.active { outline: 3px solid var(--err); outline-offset: -3px; background: #ffe3a3; }
.empty { color: var(--muted); }
table.grid { border-collapse: collapse; background: #fff; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
table.grid th { background: #f2f4f7; text-align: left; }
table.grid td.count a { display: block; }
.badge-err { color: var(--err); font-weight: 700; } .badge-warn { color: var(--warn); } .badge-ok { color: #067647; }
.page { padding: 12px 20px 40px; }
ol.hits { padding-left: 22px; } ol.hits li { margin-bottom: 10px; }
mark.hit { background: var(--mark); font-weight: 700; }
.hit-where { color: var(--muted); font-size: 13px; }
.filters label { margin-right: 10px; font-size: 13px; }
@media (max-width: 900px) { .desk { grid-template-columns: 1fr; } aside.findings { position: static; max-height: none; border-right: 0; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  nav.site, form.search, nav.outline { display: none; }
  .desk { display: block; }
  aside.findings { position: static; max-height: none; overflow: visible; border: 0; padding: 0; }
  li.finding { break-inside: avoid; cursor: auto; }
  main.document { padding: 0; }
  .table-scroll { overflow: visible; }
  figure.table tr { break-inside: avoid; }
  mark.fig { background: none; border-bottom: 2px solid #000; }
  td.fig-cell { background: none; outline: 1px solid #000; }
  a { color: inherit; text-decoration: none; }
  h2.doc-title { break-before: page; }
}
`;
var SCRIPT = `(function () {
  function mark(n, scroll) {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
    document.querySelectorAll('li.finding.current').forEach(function (e) { e.classList.remove('current'); });
    var item = document.getElementById('f' + n);
    if (item) { item.classList.add('current'); item.scrollIntoView({ block: 'nearest' }); }
    var figs = Array.prototype.filter.call(document.querySelectorAll('[data-f],[data-fc]'), function (e) {
      return (' ' + (e.getAttribute('data-f') || e.getAttribute('data-fc')) + ' ').indexOf(' ' + n + ' ') >= 0;
    });
    figs.forEach(function (e) { e.classList.add('active'); });
    if (scroll && figs.length) figs[0].scrollIntoView({ block: 'center' });
    return figs.length;
  }
  document.addEventListener('click', function (ev) {
    var item = ev.target.closest && ev.target.closest('li.finding[data-finding]');
    if (!item) return;
    ev.preventDefault();
    var n = item.getAttribute('data-finding');
    history.replaceState(null, '', '#f' + n);
    mark(n, true);
  });
  var m = /^#f(\\d+)$/.exec(location.hash);
  if (m) mark(m[1], true);
})();`;
function hash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
function contentSecurityPolicy(options = {}) {
  return [
    `default-src 'none'`,
    `script-src ${hash(SCRIPT)}`,
    `style-src ${hash(STYLE)}`,
    `img-src 'self' data:`,
    `base-uri 'none'`,
    `form-action 'self'`,
    ...options.header ? [`frame-ancestors 'none'`] : []
  ].join("; ");
}

// dist/report/html/escape.js
var Html = class {
  constructor(value) {
    this.value = value;
  }
  value;
  toString() {
    return this.value;
  }
};
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
function render(value) {
  if (value === null || value === void 0 || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}
function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}
function raw(markup) {
  return new Html(markup);
}
function join(parts, separator = "") {
  return new Html(parts.map(render).join(render(separator)));
}

// dist/report/html/marks.js
function cellKey(block, row, col) {
  return `${block}:${row}:${col}`;
}
function cellAt(table2, row, col) {
  return table2.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
}
function add(map, key, range) {
  const list = map.get(key) ?? [];
  const same = list.find((r) => r.start === range.start && r.end === range.end);
  if (same) {
    for (const f of range.findings) if (!same.findings.includes(f)) same.findings.push(f);
  } else list.push(range);
  map.set(key, list);
}
function figureMarks(report) {
  const marks = { paragraphs: /* @__PURE__ */ new Map(), cells: /* @__PURE__ */ new Map(), firstBlock: /* @__PURE__ */ new Map() };
  report.findings.forEach((finding2, i) => {
    for (const value of finding2.values) {
      const loc = value.location;
      const block = report.document.blocks[loc.table ?? loc.block];
      if (!block) continue;
      if (block.kind === "table" && loc.row != null && loc.col != null) {
        const cell = cellAt(block, loc.row, loc.col);
        if (!cell) continue;
        const inside = loc.span && loc.span.start >= cell.span.start && loc.span.end <= cell.span.end && loc.span.end > loc.span.start;
        const range = inside ? { start: loc.span.start, end: loc.span.end, findings: [i] } : { start: cell.span.start, end: cell.span.end, findings: [i] };
        add(marks.cells, cellKey(block.index, cell.row, cell.col), range);
      } else if (block.kind === "paragraph" && loc.span && loc.span.end > loc.span.start) {
        add(marks.paragraphs, block.index, { start: loc.span.start, end: loc.span.end, findings: [i] });
      } else continue;
      if (!marks.firstBlock.has(i)) marks.firstBlock.set(i, block.index);
    }
  });
  return marks;
}
function splitMarked(text, offset, ranges = []) {
  const local = ranges.map((r) => ({ start: Math.max(0, r.start - offset), end: Math.min(text.length, r.end - offset), findings: r.findings })).filter((r) => r.end > r.start);
  if (local.length === 0) return text === "" ? [] : [{ text, findings: [] }];
  const cuts = [.../* @__PURE__ */ new Set([0, text.length, ...local.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k];
    const b = cuts[k + 1];
    const findings = [...new Set(local.filter((r) => r.start <= a && r.end >= b).flatMap((r) => r.findings))].sort((x, y) => x - y);
    pieces.push({ text: text.slice(a, b), findings });
  }
  return pieces;
}

// dist/report/html/document.js
function markedText(text, offset, ranges) {
  return join(
    splitMarked(text, offset, ranges).map(
      (p) => p.findings.length === 0 ? p.text : html`<mark class="fig" data-f="${p.findings.join(" ")}">${p.text}</mark>`
    )
  );
}
function pages(from, to) {
  if (from == null) return null;
  return to != null && to !== from ? `p.${from}\u2013${to}` : `p.${from}`;
}
function paragraph(block, heading, marks) {
  const body = markedText(block.text, block.span.start, marks.paragraphs.get(block.index));
  if (heading) {
    const level = Math.min(heading.level + 1, 6);
    const tag = `h${level}`;
    return html`<${rawTag(tag)} class="heading" id="s-${heading.id}" data-block="${block.index}"><span id="b${block.index}"></span>${body}</${rawTag(tag)}>\n`;
  }
  return html`<p id="b${block.index}" class="${block.bold ? "para bold" : "para"}">${body}</p>\n`;
}
function rawTag(tag) {
  if (!/^h[2-6]$/.test(tag)) throw new Error(`not a heading tag: ${tag}`);
  return raw(tag);
}
function table(report, block, marks) {
  const typed = report.tables.find((t) => t.block === block.index);
  const caption = tableCaption(report, block.index);
  const headerRows = typed?.headerRows ?? 0;
  const rows = [];
  for (let r = 0; r < block.rows; r++) {
    const cells = block.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    const bandCaption = typed?.bands?.find((b) => b.captionRow === r)?.caption;
    rows.push(
      html`<tr data-row="${r + 1}"${bandCaption ? html` class="band-caption"` : ""}>${cells.map((c) => {
        const ranges = marks.cells.get(cellKey(block.index, c.row, c.col));
        const tag = r < headerRows ? "th" : "td";
        const findings = ranges ? [...new Set(ranges.flatMap((x) => x.findings))].sort((a, b) => a - b).join(" ") : null;
        const attrs = html`${c.rowSpan > 1 ? html` rowspan="${c.rowSpan}"` : ""}${c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ""}${findings ? html` class="fig-cell" data-fc="${findings}"` : ""} title="${`row ${c.row + 1}, col ${c.col + 1}${c.page ? `, p.${c.page}` : ""}`}"`;
        const body = markedText(c.text, c.span.start, ranges);
        return tag === "th" ? html`<th${attrs}>${body}</th>` : html`<td${attrs}>${body}</td>`;
      })}</tr>\n`
    );
  }
  const where = [pages(block.page, block.pageEnd), typed?.unit ? `\u5355\u4F4D\uFF1A${typed.unit}` : null].filter(Boolean).join(" \xB7 ");
  return html`<figure class="table" id="b${block.index}">
<figcaption><span class="caption">${caption ? `\u8868\u300C${caption}\u300D` : `\u8868 table #${block.index}`}</span>${where ? html` <span class="where">${where}</span>` : ""}</figcaption>
<div class="table-scroll"><table>
${rows}</table></div>
</figure>\n`;
}
function outline(report) {
  const children = (parent) => {
    const list = report.sections.filter((s) => s.parent === parent);
    if (list.length === 0) return html``;
    return html`<ol>${list.map((s) => {
      const block = report.document.blocks[s.headingBlock];
      const text = block?.kind === "paragraph" ? block.text.trim() : [s.number, s.title].filter(Boolean).join(" ");
      return html`<li><a href="#s-${s.id}">${text}</a>${children(s.id)}</li>`;
    })}</ol>`;
  };
  return children(null);
}
function renderDocument(report, marks = figureMarks(report)) {
  const headings = new Map(report.sections.map((s) => [s.headingBlock, s]));
  const out = [];
  let page = null;
  for (const block of report.document.blocks) {
    if (block.page != null && block.page !== page) {
      out.push(html`<div class="page-mark" id="page-${block.page}">p.${block.page}</div>\n`);
    }
    page = (block.kind === "table" ? block.pageEnd : null) ?? block.page ?? page;
    out.push(block.kind === "table" ? table(report, block, marks) : paragraph(block, headings.get(block.index), marks));
  }
  return join(out);
}

// dist/report/html/findings.js
var SEVERITY_NAMES = { error: "\u9519\u8BEF error", warning: "\u8B66\u544A warning", info: "\u63D0\u793A info" };
var ORDER = { error: 0, warning: 1, info: 2 };
function unitOf(f) {
  const rate = f.values.find((v) => v.role === "rate" || v.role === "result" || v.role === "total") ?? f.values[0];
  return rate?.unit === "%" ? "%" : "";
}
function finding(report, f, i, marks) {
  const unit = unitOf(f);
  const first = marks.firstBlock.get(i);
  const interval = f.expected?.interval;
  return html`<li class="finding sev-${f.severity}" id="f${i}" data-finding="${i}">
<a class="finding-link" href="${first !== void 0 ? `#b${first}` : `#f${i}`}"><span class="sev">${SEVERITY_NAMES[f.severity]}</span><span class="rule">${f.rule}</span><span class="num">#${i + 1}</span>
<p class="msg">${f.message.zh}</p><p class="en">${f.message.en}</p></a>
<p class="formula">${f.formula}</p>
<table class="figures"><tr><th>报告数 stated</th><td>${f.stated !== null ? `${f.stated}${unit}` : "\u2014"}</td></tr>
<tr><th>重算数 recomputed</th><td>${f.expected ? `${f.expected.value}${unit}` : "\u2014"}${interval ? html` <span class="where">(any rounding ${interval.low}–${interval.high})</span>` : ""}</td></tr>
<tr><th>差额 difference</th><td>${f.difference ?? "\u2014"}</td></tr></table>
<ol class="values">${f.values.map(
    (v) => html`<li><b>${v.label}</b> ${v.value}${v.unit ?? ""}${v.role ? html` <span class="where">(${v.role})</span>` : ""} <span class="where">${describePlace(placeOf(report, v.location))}</span>${v.location.table == null ? context(report, v.location) : ""}</li>`
  )}</ol>
</li>\n`;
}
function context(report, location) {
  const text = report.document.text;
  if (!location.span) return location.quote ? html` <q>${location.quote.slice(0, 40)}</q>` : "";
  const block = report.document.blocks[location.block];
  const from = block?.kind === "paragraph" ? block.span.start : 0;
  const to = block?.kind === "paragraph" ? Math.min(block.span.end, block.span.start + block.text.length) : text.length;
  const start = Math.max(from, location.span.start - 16);
  const end = Math.min(to, location.span.end + 8);
  const line = (s) => s.replace(/\s+/g, " ");
  return html` <q>${start > from ? "\u2026" : ""}${line(text.slice(start, location.span.start))}<b>${line(text.slice(location.span.start, location.span.end))}</b>${line(
    text.slice(location.span.end, end)
  )}${end < to ? "\u2026" : ""}</q>`;
}
function renderFindings(report, marks) {
  const order = report.findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i);
  const count = (s) => report.findings.filter((f) => f.severity === s).length;
  const counts2 = html`<p class="counts"><span class="badge-err">${count("error")} 错误 errors</span><span class="badge-warn">${count("warning")} 警告 warnings</span>${count("info") ? html`<span>${count("info")} 提示 info</span>` : ""}</p>`;
  if (order.length === 0) return html`${counts2}<p class="empty">无 — every checked figure ties (under rounding).</p>`;
  return html`${counts2}<ol class="finding-list">\n${order.map(({ f, i }) => finding(report, f, i, marks))}</ol>`;
}

// dist/report/html/page.js
function layout(options, header, body) {
  const nav = options.nav?.length || options.searchAction ? html`<nav class="site">${(options.nav ?? []).map((l) => html`<a href="${l.href}">${l.text}</a>`)}${options.searchAction ? html`<form class="search" method="get" action="${options.searchAction}" role="search"><input type="search" name="q" value="${options.searchValue ?? ""}" placeholder="搜索 search: 智慧怀化, 2392.94"><button type="submit">搜索</button></form>` : ""}</nav>` : "";
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
function renderReportPage(report, options = {}) {
  const marks = figureMarks(report);
  const { meta, source } = report;
  const title = meta.title ?? source.path ?? source.sha256.slice(0, 12);
  const files = options.files ?? [{ path: source.path, format: source.format, sha256: source.sha256 }];
  const about = [meta.department, meta.year !== null ? `${meta.year}\u5E74` : null, meta.reportType, meta.grade ? `\u8BC4\u4EF7\u7B49\u7EA7 ${meta.grade.text}` : null].filter(Boolean).join(" \xB7 ");
  const header = html`<h1>${title}</h1>
<p class="meta">${about || "\u2014"}${source.pages ? ` \xB7 ${source.pages} pages` : ""}</p>
<p class="files">${files.length > 1 ? `${files.length} files hold this report: ` : "file: "}${files.map(
    (f, k) => html`${k > 0 ? " \xB7 " : ""}${f.href ? html`<a href="${f.href}"><code>${f.path ?? f.sha256.slice(0, 12)}</code></a>` : html`<code>${f.path ?? f.sha256.slice(0, 12)}</code>`} (${f.format}, sha256 ${f.sha256.slice(0, 12)}…)`
  )}</p>
${report.warnings.length ? html`<div class="warnings">${report.warnings.map((w) => html`<div>⚠ ${w.code}: ${w.message}</div>`)}</div>` : ""}`;
  const body = html`<div class="desk">
<aside class="findings" aria-label="findings"><h2>核对结果 findings</h2>
${renderFindings(report, marks)}</aside>
<main class="document"><h2 class="doc-title">报告原文 the report</h2>
${report.sections.length ? html`<nav class="outline"><details open><summary>目录 outline</summary>${outline(report)}</details></nav>` : ""}
${renderDocument(report, marks)}</main>
</div>`;
  return layout({ title: `${title} \u2014 gouji`, nav: options.nav, searchAction: options.searchAction }, header, body).value;
}

// dist/store/reports.js
function queryReports(dataset, q = {}) {
  const rows = dataset.db.prepare(
    `SELECT d.sha256, d.path, d.format, d.pages, d.title, d.department, d.year, d.report_type, d.grade,
              coalesce(d.report_key, d.sha256) AS key,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'error') AS errors,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'warning') AS warnings,
              (SELECT count(*) FROM findings f WHERE f.document = d.sha256 AND f.severity = 'info') AS infos
       FROM documents d
       WHERE d.status = 'ok' AND d.superseded = 0
         AND (@department IS NULL OR instr(d.department, @department) > 0)
         AND (@year IS NULL OR d.year = @year)
         AND (@key IS NULL OR coalesce(d.report_key, d.sha256) = @key)
       ORDER BY d.department IS NULL, d.department, d.year, d.title, d.path`
  ).all({ department: q.department ?? null, year: q.year ?? null, key: q.key ?? null });
  const groups = /* @__PURE__ */ new Map();
  for (const r of rows) groups.set(r.key, [...groups.get(r.key) ?? [], r]);
  return [...groups.entries()].map(([key, members]) => {
    members.sort((a, b) => formatRank(a.format) - formatRank(b.format) || (a.path ?? "").localeCompare(b.path ?? ""));
    const first = members[0];
    return {
      key,
      title: first.title,
      department: first.department,
      year: first.year,
      reportType: first.report_type,
      grade: first.grade,
      errors: first.errors,
      warnings: first.warnings,
      infos: first.infos,
      files: members.map((m) => ({ sha256: m.sha256, path: m.path, format: m.format, pages: m.pages }))
    };
  });
}
function queryFailures(dataset) {
  return dataset.db.prepare(
    `SELECT sha256, path, error_kind AS kind, error_message AS message FROM documents
       WHERE status = 'failed' AND superseded = 0 ORDER BY path, sha256`
  ).all();
}

// dist/report/html/index-page.js
var NO_DEPARTMENT = "\uFF08\u5355\u4F4D\u672A\u8BC6\u522B\uFF09unknown department";
function counts(g) {
  if (g.errors === 0 && g.warnings === 0) return html`<span class="badge-ok">✓ 0</span>`;
  return html`${g.errors ? html`<span class="badge-err">${g.errors} 错误</span> ` : ""}${g.warnings ? html`<span class="badge-warn">${g.warnings} 警告</span>` : ""}`;
}
function renderIndexPage(groups, failures, options) {
  const years = [...new Set(groups.map((g) => g.year))].sort((a, b) => (a ?? 99999) - (b ?? 99999));
  const departments = [...new Set(groups.map((g) => g.department))].sort((a, b) => a === null ? 1 : b === null ? -1 : a.localeCompare(b, "zh"));
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  const warnings = groups.reduce((n, g) => n + g.warnings, 0);
  const files = groups.reduce((n, g) => n + g.files.length, 0);
  const title = options.title ?? "gouji \u6570\u636E\u96C6 dataset";
  const header = html`<h1>${title}</h1>
<p class="meta">${groups.length} reports in ${files} files · ${departments.length} departments · <span class="badge-err">${errors} 错误 errors</span> · <span class="badge-warn">${warnings} 警告 warnings</span>${failures.length ? ` \xB7 ${failures.length} files could not be read` : ""}</p>`;
  const grid = html`<table class="grid index-grid">
<thead><tr><th>单位 department</th>${years.map((y) => html`<th>${y ?? "\u5E74\u5EA6\u672A\u8BC6\u522B"}</th>`)}</tr></thead>
<tbody>
${departments.map(
    (d) => html`<tr><th>${d !== null && options.departmentHref ? html`<a href="${options.departmentHref(d)}">${d}</a>` : d ?? NO_DEPARTMENT}</th>${years.map((y) => {
      const here = groups.filter((g) => g.department === d && g.year === y);
      return html`<td class="count">${here.map(
        (g) => html`<a href="${options.href(g)}" title="${g.title ?? g.files[0]?.path ?? ""}">${g.reportType ?? g.title ?? g.files[0]?.path ?? "\u62A5\u544A"}<br>${counts(g)}${g.files.length > 1 ? html` <span class="where">(${g.files.length} files)</span>` : ""}</a>`
      )}</td>`;
    })}</tr>\n`
  )}</tbody></table>`;
  const failed = failures.length ? html`<h2>未能读取 files that could not be read</h2><table class="grid"><tr><th>file</th><th>error</th><th>what to do</th></tr>${failures.map(
    (f) => html`<tr><td><code>${f.path ?? f.sha256.slice(0, 12)}</code></td><td>${f.kind ?? ""}</td><td>${f.message ?? ""}</td></tr>`
  )}</table>` : "";
  const body = html`<div class="page">${groups.length ? grid : html`<p class="empty">The dataset holds no report yet — <code>gouji ingest &lt;files or folders&gt;</code>.</p>`}${failed}</div>`;
  return layout({ title, nav: options.nav, searchAction: options.searchAction }, header, body).value;
}

export {
  contentSecurityPolicy,
  html,
  join,
  SEVERITY_NAMES,
  layout,
  renderReportPage,
  queryReports,
  queryFailures,
  renderIndexPage
};
