import type { Severity } from '../model/index.js';
import { describePlace, placeOfHit } from '../report/place.js';
import { html, join, type Html } from '../report/html/escape.js';
import { SEVERITY_NAMES } from '../report/html/findings.js';
import { layout, type NavLink } from '../report/html/page.js';
import type { FindingRow } from '../store/query.js';
import type { ReportGroup } from '../store/reports.js';
import type { SearchHit } from '../store/search.js';
import type { ReportHit } from '../store/search-groups.js';

export const NAV: readonly NavLink[] = [
  { href: '/', text: '数据集 dataset' },
  { href: '/findings', text: '核对结果 findings' },
];

/** URL of a report's page; `file` picks one file of the report (block numbers are per file). */
export function reportHref(key: string, file?: string | null, hash?: string): string {
  return `/report/${encodeURIComponent(key)}${file ? `?file=${encodeURIComponent(file)}` : ''}${hash ? `#${hash}` : ''}`;
}

export function departmentHref(department: string): string {
  return `/department/${encodeURIComponent(department)}`;
}

/** Private-use marks put around matches by search(); the snippet is escaped, then they become <mark>. */
export const HIT_MARK = { open: '\uE000', close: '\uE001' } as const;

function snippetHtml(snippet: string): Html {
  const parts = snippet.split(/(\uE000[^\uE001]*\uE001)/);
  return join(parts.map((p) => (p.startsWith(HIT_MARK.open) ? html`<mark class="hit">${p.slice(1, -1).replace(/[\uE000\uE001]/g, '')}</mark>` : p.replace(/[\uE000\uE001]/g, ''))));
}

export type ShownHit = ReportHit;

/** A file by its name, the full path on hover. */
function fileName(path: string | null, sha256: string): Html {
  const name = path ? (path.split(/[\\/]/).pop() ?? path) : sha256.slice(0, 12);
  return html`<code title="${path ?? sha256}">${name}</code>`;
}

const KIND: Record<SearchHit['kind'], string> = { paragraph: '段落 paragraph', section: '标题 heading', fact: '数据 figure', table_row: '表格 table row' };

export function renderSearchPage(query: string, hits: readonly ShownHit[], filters: { department?: string; year?: number }): string {
  const header = html`<h1>搜索 search${query ? html`: “${query}”` : ''}</h1>
<p class="meta">${query ? `${hits.length} hits${filters.department ? ` · department ${filters.department}` : ''}${filters.year ? ` · ${filters.year}` : ''}` : 'Chinese words and figures: 智慧怀化, 2392.94, 135.42%'}</p>`;
  const list = hits.map(({ hit, key, primary, alsoIn }) => {
    const d = hit.document;
    const anchor = hit.block !== null ? `b${hit.block}` : undefined;
    const where = describePlace(placeOfHit(hit));
    return html`<li><a href="${reportHref(key, primary ? null : d.sha256, anchor)}">${d.title ?? d.path ?? d.sha256.slice(0, 12)}</a>
<div class="hit-where">${[d.department, d.year, KIND[hit.kind], where].filter((x) => x !== null && x !== '').join(' · ')} · ${fileName(d.path, d.sha256)}${
      alsoIn.length ? html` <span>(also in ${alsoIn.map((p, i) => html`${i ? ', ' : ''}${fileName(p, p)}`)})</span>` : ''
    }</div>
<div class="snippet">${snippetHtml(hit.snippet)}</div></li>`;
  });
  const body = html`<div class="page">${query && hits.length === 0 ? html`<p class="empty">No hits for “${query}”.</p>` : ''}<ol class="hits">${list}</ol></div>`;
  return layout({ title: `${query || 'search'} — gouji`, nav: NAV, searchAction: '/search', searchValue: query }, header, body).value;
}

export interface FindingFilters {
  department?: string;
  year?: number;
  rule?: string;
  severity?: Severity;
}

function select(name: string, current: string | undefined, options: readonly string[], all: string): Html {
  return html`<label>${name} <select name="${name}"><option value="">${all}</option>${options.map(
    (o) => html`<option value="${o}"${o === current ? html` selected` : ''}>${o}</option>`,
  )}</select></label>`;
}

export function renderFindingsPage(
  rows: readonly FindingRow[],
  keys: ReadonlyMap<string, string>,
  filters: FindingFilters,
  choices: { departments: string[]; years: number[]; rules: string[] },
): string {
  const header = html`<h1>核对结果 findings</h1><p class="meta">${rows.length} findings, errors first; a finding several files of one report carry is listed once.</p>
<form class="filters" method="get" action="/findings">${select('department', filters.department, choices.departments, '全部单位 all departments')}${select(
    'year',
    filters.year !== undefined ? String(filters.year) : undefined,
    choices.years.map(String),
    '全部年度 all years',
  )}${select('rule', filters.rule, choices.rules, '全部规则 all rules')}${select('severity', filters.severity, ['error', 'warning', 'info'], 'any severity')}<button type="submit">筛选 filter</button></form>`;
  const table = html`<table class="grid findings-table"><thead><tr><th>severity</th><th>rule</th><th>department</th><th>year</th><th>where</th><th>formula</th><th>stated</th><th>recomputed</th><th>difference</th><th>files</th></tr></thead><tbody>
${rows.map((r) => {
  const key = keys.get(r.document) ?? r.document;
  const where = describePlace({ page: r.page, section: r.section_heading ?? r.section_title, table: r.table_block, tableCaption: r.table_caption, row: r.row, col: r.col });
  return html`<tr class="sev-${r.severity}"><td><span class="sev">${SEVERITY_NAMES[r.severity]}</span></td><td>${r.rule}</td><td>${
    r.department ? html`<a href="${departmentHref(r.department)}">${r.department}</a>` : ''
  }</td><td>${r.year ?? ''}</td><td><a href="${reportHref(key, r.document, `f${r.seq}`)}">${where || 'open'}</a></td><td>${r.formula}</td><td>${r.stated ?? ''}</td><td>${r.expected ?? ''}</td><td>${
    r.difference ?? ''
  }</td><td>${r.files.map((f, i) => html`${i ? html`<br>` : ''}<code>${f.path ?? f.document.slice(0, 12)}</code>`)}</td></tr>\n`;
})}</tbody></table>`;
  return layout({ title: 'findings — gouji', nav: NAV, searchAction: '/search' }, header, html`<div class="page">${rows.length ? table : html`<p class="empty">No findings match.</p>`}</div>`).value;
}

export function renderDepartmentPage(department: string, groups: readonly ReportGroup[], findings: readonly FindingRow[], keys: ReadonlyMap<string, string>): string {
  const header = html`<h1>${department}</h1><p class="meta">${groups.length} reports · ${findings.filter((f) => f.severity === 'error').length} errors · ${
    findings.filter((f) => f.severity === 'warning').length
  } warnings</p>`;
  const years = html`<table class="grid"><thead><tr><th>year</th><th>report</th><th>errors</th><th>warnings</th><th>files</th></tr></thead><tbody>${groups.map(
    (g) => html`<tr><td>${g.year ?? '—'}</td><td><a href="${reportHref(g.key)}">${g.title ?? g.reportType ?? g.files[0]?.path ?? 'report'}</a></td><td class="badge-err">${g.errors}</td><td class="badge-warn">${
      g.warnings
    }</td><td>${g.files.map((f, i) => html`${i ? html`<br>` : ''}${fileName(f.path, f.sha256)}`)}</td></tr>`,
  )}</tbody></table>`;
  const list = findings.length
    ? html`<h2>核对结果 findings</h2><ol class="hits">${findings.map(
        (r) => html`<li><span class="sev">${SEVERITY_NAMES[r.severity]}</span> ${r.year ?? ''} <a href="${reportHref(keys.get(r.document) ?? r.document, r.document, `f${r.seq}`)}">${r.formula}</a><div class="hit-where">${r.message_zh}</div></li>`,
      )}</ol>`
    : '';
  return layout({ title: `${department} — gouji`, nav: NAV, searchAction: '/search' }, header, html`<div class="page">${years}${list}</div>`).value;
}

export function renderNotFound(what: string): string {
  return layout({ title: 'not found — gouji', nav: NAV, searchAction: '/search' }, html`<h1>Not found</h1>`, html`<div class="page"><p>${what}</p></div>`).value;
}
