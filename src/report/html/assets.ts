import { createHash } from 'node:crypto';

/**
 * The stylesheet and the one script of every gouji page, inlined (no network, no CDN) and
 * allowed by hash in the Content-Security-Policy, so nothing else — above all nothing a
 * report's text might smuggle in — can run or style the page.
 */
export const STYLE = `
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

/**
 * Click-to-mark: clicking a finding (or opening #fN) marks its figures in the document and
 * scrolls to the first. Finding numbers come from gouji's own data-* attributes.
 */
export const SCRIPT = `(function () {
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

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy: nothing loads from anywhere; the one script and the one stylesheet run because
 * their hashes are listed; no plugin, no frame, no base URL; forms only to this origin.
 */
export function contentSecurityPolicy(options: { header?: boolean } = {}): string {
  return [
    `default-src 'none'`,
    `script-src ${hash(SCRIPT)}`,
    `style-src ${hash(STYLE)}`,
    `img-src 'self' data:`,
    `base-uri 'none'`,
    `form-action 'self'`,
    ...(options.header ? [`frame-ancestors 'none'`] : []),
  ].join('; ');
}
