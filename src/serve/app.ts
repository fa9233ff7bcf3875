import { Hono } from 'hono';
import type { Severity } from '../model/index.js';
import { renderIndexPage } from '../report/html/index-page.js';
import { renderReportPage } from '../report/html/page.js';
import { contentSecurityPolicy } from '../report/html/assets.js';
import type { Dataset } from '../store/dataset.js';
import { queryFindings } from '../store/query.js';
import { queryFailures, queryReports } from '../store/reports.js';
import { search } from '../store/search.js';
import { collapseReportFiles } from '../store/search-groups.js';
import { rules } from '../reconcile/rules/index.js';
import { departmentHref, HIT_MARK, NAV, renderDepartmentPage, renderFindingsPage, renderNotFound, renderSearchPage, reportHref } from './pages.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** report_key of every document (a file's report), for links. */
function reportKeys(dataset: Dataset): Map<string, string> {
  const rows = dataset.db.prepare(`SELECT sha256, coalesce(report_key, sha256) AS key FROM documents`).all() as { sha256: string; key: string }[];
  return new Map(rows.map((r) => [r.sha256, r.key]));
}

function yearParam(value: string | undefined): number | undefined {
  return value && /^\d{4}$/.test(value) ? Number.parseInt(value, 10) : undefined;
}

function text(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, 200) : undefined;
}

/**
 * The read-only web app over a dataset: every route is a GET that renders HTML on the server
 * from the same renderers as `gouji report`. Every response carries a strict CSP (the one
 * inline script and stylesheet by hash), nosniff, no referrer, no framing.
 */
export function createApp(dataset: Dataset): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('gouji serve is read-only', 405, { Allow: 'GET, HEAD' });
    }
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy({ header: true }));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cache-Control', 'no-store');
  });

  app.get('/', (c) =>
    c.html(
      renderIndexPage(queryReports(dataset), queryFailures(dataset), {
        nav: NAV,
        searchAction: '/search',
        href: (g) => reportHref(g.key),
        departmentHref,
      }),
    ),
  );

  app.get('/report/:key', (c) => {
    const key = c.req.param('key');
    const group = queryReports(dataset, { key })[0];
    if (!group) return c.html(renderNotFound(`No report ${key} in this dataset.`), 404);
    const wanted = c.req.query('file');
    const file = group.files.find((f) => f.sha256 === wanted) ?? group.files[0]!;
    const report = dataset.report(file.sha256);
    if (!report) return c.html(renderNotFound(`The report of ${file.path ?? file.sha256} is not stored.`), 404);
    return c.html(
      renderReportPage(report, {
        nav: [...NAV, ...(group.department ? [{ href: departmentHref(group.department), text: group.department }] : [])],
        searchAction: '/search',
        files: group.files.map((f) => ({ path: f.path, format: f.format ?? '?', sha256: f.sha256, href: f.sha256 === file.sha256 ? undefined : reportHref(key, f.sha256) })),
      }),
    );
  });

  app.get('/search', (c) => {
    const query = text(c.req.query('q')) ?? '';
    const department = text(c.req.query('department'));
    const year = yearParam(c.req.query('year'));
    const shown = query ? collapseReportFiles(dataset, search(dataset, query, { department, year, limit: 60, mark: HIT_MARK, width: 90 })) : [];
    return c.html(renderSearchPage(query, shown.slice(0, 30), { department, year }));
  });

  app.get('/findings', (c) => {
    const department = text(c.req.query('department'));
    const year = yearParam(c.req.query('year'));
    const rule = text(c.req.query('rule'));
    const severityParam = c.req.query('severity');
    const severity = SEVERITIES.find((s) => s === severityParam);
    const rows = queryFindings(dataset, { department, year, rule, severity });
    const choices = {
      departments: (dataset.db.prepare(`SELECT DISTINCT department FROM documents WHERE department IS NOT NULL ORDER BY department`).all() as { department: string }[]).map(
        (r) => r.department,
      ),
      years: (dataset.db.prepare(`SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year`).all() as { year: number }[]).map((r) => r.year),
      rules: [...new Set([...Object.keys(rules), ...(dataset.db.prepare(`SELECT DISTINCT rule FROM findings`).all() as { rule: string }[]).map((r) => r.rule)])].sort(),
    };
    return c.html(renderFindingsPage(rows, reportKeys(dataset), { department, year, rule, severity }, choices));
  });

  app.get('/department/:name', (c) => {
    const name = c.req.param('name');
    const groups = queryReports(dataset).filter((g) => g.department === name);
    if (groups.length === 0) return c.html(renderNotFound(`No reports of ${name} in this dataset.`), 404);
    const findings = queryFindings(dataset, { department: name }).filter((f) => f.department === name);
    return c.html(renderDepartmentPage(name, groups, findings, reportKeys(dataset)));
  });

  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.notFound((c) => c.html(renderNotFound(`Nothing at ${c.req.path}.`), 404));
  app.onError((error, c) => c.html(renderNotFound(`gouji could not answer: ${error.message}`), 500));
  return app;
}
