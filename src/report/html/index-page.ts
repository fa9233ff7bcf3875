import type { FailureRow, ReportGroup } from '../../store/reports.js';
import { html, type Html } from './escape.js';
import { layout, type NavLink } from './page.js';

export interface IndexPageOptions {
  title?: string;
  nav?: readonly NavLink[];
  searchAction?: string;
  /** The URL of a report's page (relative file name or server path). */
  href: (group: ReportGroup) => string;
  /** The URL of a department's page (served pages only). */
  departmentHref?: (department: string) => string;
}

const NO_DEPARTMENT = '（单位未识别）unknown department';

function counts(g: ReportGroup): Html {
  if (g.errors === 0 && g.warnings === 0) return html`<span class="badge-ok">✓ 0</span>`;
  return html`${g.errors ? html`<span class="badge-err">${g.errors} 错误</span> ` : ''}${g.warnings ? html`<span class="badge-warn">${g.warnings} 警告</span>` : ''}`;
}

/** The dataset at a glance: departments × years, each report with its error and warning counts, linking to its page. */
export function renderIndexPage(groups: readonly ReportGroup[], failures: readonly FailureRow[], options: IndexPageOptions): string {
  const years = [...new Set(groups.map((g) => g.year))].sort((a, b) => (a ?? 99999) - (b ?? 99999));
  const departments = [...new Set(groups.map((g) => g.department))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh')));
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  const warnings = groups.reduce((n, g) => n + g.warnings, 0);
  const files = groups.reduce((n, g) => n + g.files.length, 0);
  const title = options.title ?? 'gouji 数据集 dataset';
  const header = html`<h1>${title}</h1>
<p class="meta">${groups.length} reports in ${files} files · ${departments.length} departments · <span class="badge-err">${errors} 错误 errors</span> · <span class="badge-warn">${warnings} 警告 warnings</span>${
    failures.length ? ` · ${failures.length} files could not be read` : ''
  }</p>`;
  const grid = html`<table class="grid index-grid">
<thead><tr><th>单位 department</th>${years.map((y) => html`<th>${y ?? '年度未识别'}</th>`)}</tr></thead>
<tbody>
${departments.map(
  (d) => html`<tr><th>${d !== null && options.departmentHref ? html`<a href="${options.departmentHref(d)}">${d}</a>` : (d ?? NO_DEPARTMENT)}</th>${years.map((y) => {
    const here = groups.filter((g) => g.department === d && g.year === y);
    return html`<td class="count">${here.map(
      (g) => html`<a href="${options.href(g)}" title="${g.title ?? g.files[0]?.path ?? ''}">${g.reportType ?? g.title ?? g.files[0]?.path ?? '报告'}<br>${counts(g)}${
        g.files.length > 1 ? html` <span class="where">(${g.files.length} files)</span>` : ''
      }</a>`,
    )}</td>`;
  })}</tr>\n`,
)}</tbody></table>`;
  const failed = failures.length
    ? html`<h2>未能读取 files that could not be read</h2><table class="grid"><tr><th>file</th><th>error</th><th>what to do</th></tr>${failures.map(
        (f) => html`<tr><td><code>${f.path ?? f.sha256.slice(0, 12)}</code></td><td>${f.kind ?? ''}</td><td>${f.message ?? ''}</td></tr>`,
      )}</table>`
    : '';
  const body = html`<div class="page">${groups.length ? grid : html`<p class="empty">The dataset holds no report yet — <code>gouji ingest &lt;files or folders&gt;</code>.</p>`}${failed}</div>`;
  return layout({ title, nav: options.nav, searchAction: options.searchAction }, header, body).value;
}
