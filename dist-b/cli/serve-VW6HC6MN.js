import {
  SEVERITY_NAMES,
  contentSecurityPolicy,
  html,
  join,
  layout,
  queryFailures,
  queryReports,
  renderIndexPage,
  renderReportPage
} from "./chunk-TDERKA5Q.js";
import {
  collapseReportFiles,
  search
} from "./chunk-STUK7FIT.js";
import {
  queryFindings
} from "./chunk-FTQUXVHQ.js";
import {
  describePlace,
  placeOfHit
} from "./chunk-BBVOQXVQ.js";
import {
  dbOption,
  openDatasetForReading
} from "./chunk-GMXOL7F3.js";
import "./chunk-CET4UNNV.js";
import "./chunk-JEGOT6EK.js";
import {
  UsageError,
  intOption,
  stringOption
} from "./chunk-YXODN45O.js";
import {
  rules
} from "./chunk-CWY3BHQG.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-4WWM7HSQ.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";

// dist/serve/server.js
import { serve } from "@hono/node-server";

// dist/serve/app.js
import { Hono } from "hono";

// dist/serve/pages.js
var NAV = [
  { href: "/", text: "\u6570\u636E\u96C6 dataset" },
  { href: "/findings", text: "\u6838\u5BF9\u7ED3\u679C findings" }
];
function reportHref(key, file, hash) {
  return `/report/${encodeURIComponent(key)}${file ? `?file=${encodeURIComponent(file)}` : ""}${hash ? `#${hash}` : ""}`;
}
function departmentHref(department) {
  return `/department/${encodeURIComponent(department)}`;
}
var HIT_MARK = { open: "\uE000", close: "\uE001" };
function snippetHtml(snippet) {
  const parts = snippet.split(/(\uE000[^\uE001]*\uE001)/);
  return join(parts.map((p) => p.startsWith(HIT_MARK.open) ? html`<mark class="hit">${p.slice(1, -1).replace(/[\uE000\uE001]/g, "")}</mark>` : p.replace(/[\uE000\uE001]/g, "")));
}
function fileName(path, sha256) {
  const name = path ? path.split(/[\\/]/).pop() ?? path : sha256.slice(0, 12);
  return html`<code title="${path ?? sha256}">${name}</code>`;
}
var KIND = { paragraph: "\u6BB5\u843D paragraph", section: "\u6807\u9898 heading", fact: "\u6570\u636E figure", table_row: "\u8868\u683C table row" };
function renderSearchPage(query, hits, filters) {
  const header = html`<h1>搜索 search${query ? html`: “${query}”` : ""}</h1>
<p class="meta">${query ? `${hits.length} hits${filters.department ? ` \xB7 department ${filters.department}` : ""}${filters.year ? ` \xB7 ${filters.year}` : ""}` : "Chinese words and figures: \u667A\u6167\u6000\u5316, 2392.94, 135.42%"}</p>`;
  const list = hits.map(({ hit, key, primary, alsoIn }) => {
    const d = hit.document;
    const anchor = hit.block !== null ? `b${hit.block}` : void 0;
    const where = describePlace(placeOfHit(hit));
    return html`<li><a href="${reportHref(key, primary ? null : d.sha256, anchor)}">${d.title ?? d.path ?? d.sha256.slice(0, 12)}</a>
<div class="hit-where">${[d.department, d.year, KIND[hit.kind], where].filter((x) => x !== null && x !== "").join(" \xB7 ")} · ${fileName(d.path, d.sha256)}${alsoIn.length ? html` <span>(also in ${alsoIn.map((p, i) => html`${i ? ", " : ""}${fileName(p, p)}`)})</span>` : ""}</div>
<div class="snippet">${snippetHtml(hit.snippet)}</div></li>`;
  });
  const body = html`<div class="page">${query && hits.length === 0 ? html`<p class="empty">No hits for “${query}”.</p>` : ""}<ol class="hits">${list}</ol></div>`;
  return layout({ title: `${query || "search"} \u2014 gouji`, nav: NAV, searchAction: "/search", searchValue: query }, header, body).value;
}
function select(name, current, options, all) {
  return html`<label>${name} <select name="${name}"><option value="">${all}</option>${options.map(
    (o) => html`<option value="${o}"${o === current ? html` selected` : ""}>${o}</option>`
  )}</select></label>`;
}
function renderFindingsPage(rows, keys, filters, choices) {
  const header = html`<h1>核对结果 findings</h1><p class="meta">${rows.length} findings, errors first; a finding several files of one report carry is listed once.</p>
<form class="filters" method="get" action="/findings">${select("department", filters.department, choices.departments, "\u5168\u90E8\u5355\u4F4D all departments")}${select(
    "year",
    filters.year !== void 0 ? String(filters.year) : void 0,
    choices.years.map(String),
    "\u5168\u90E8\u5E74\u5EA6 all years"
  )}${select("rule", filters.rule, choices.rules, "\u5168\u90E8\u89C4\u5219 all rules")}${select("severity", filters.severity, ["error", "warning", "info"], "any severity")}<button type="submit">筛选 filter</button></form>`;
  const table = html`<table class="grid findings-table"><thead><tr><th>severity</th><th>rule</th><th>department</th><th>year</th><th>where</th><th>formula</th><th>stated</th><th>recomputed</th><th>difference</th><th>files</th></tr></thead><tbody>
${rows.map((r) => {
    const key = keys.get(r.document) ?? r.document;
    const where = describePlace({ page: r.page, section: r.section_heading ?? r.section_title, table: r.table_block, tableCaption: r.table_caption, row: r.row, col: r.col });
    return html`<tr class="sev-${r.severity}"><td><span class="sev">${SEVERITY_NAMES[r.severity]}</span></td><td>${r.rule}</td><td>${r.department ? html`<a href="${departmentHref(r.department)}">${r.department}</a>` : ""}</td><td>${r.year ?? ""}</td><td><a href="${reportHref(key, r.document, `f${r.seq}`)}">${where || "open"}</a></td><td>${r.formula}</td><td>${r.stated ?? ""}</td><td>${r.expected ?? ""}</td><td>${r.difference ?? ""}</td><td>${r.files.map((f, i) => html`${i ? html`<br>` : ""}<code>${f.path ?? f.document.slice(0, 12)}</code>`)}</td></tr>\n`;
  })}</tbody></table>`;
  return layout({ title: "findings \u2014 gouji", nav: NAV, searchAction: "/search" }, header, html`<div class="page">${rows.length ? table : html`<p class="empty">No findings match.</p>`}</div>`).value;
}
function renderDepartmentPage(department, groups, findings, keys) {
  const header = html`<h1>${department}</h1><p class="meta">${groups.length} reports · ${findings.filter((f) => f.severity === "error").length} errors · ${findings.filter((f) => f.severity === "warning").length} warnings</p>`;
  const years = html`<table class="grid"><thead><tr><th>year</th><th>report</th><th>errors</th><th>warnings</th><th>files</th></tr></thead><tbody>${groups.map(
    (g) => html`<tr><td>${g.year ?? "\u2014"}</td><td><a href="${reportHref(g.key)}">${g.title ?? g.reportType ?? g.files[0]?.path ?? "report"}</a></td><td class="badge-err">${g.errors}</td><td class="badge-warn">${g.warnings}</td><td>${g.files.map((f, i) => html`${i ? html`<br>` : ""}${fileName(f.path, f.sha256)}`)}</td></tr>`
  )}</tbody></table>`;
  const list = findings.length ? html`<h2>核对结果 findings</h2><ol class="hits">${findings.map(
    (r) => html`<li><span class="sev">${SEVERITY_NAMES[r.severity]}</span> ${r.year ?? ""} <a href="${reportHref(keys.get(r.document) ?? r.document, r.document, `f${r.seq}`)}">${r.formula}</a><div class="hit-where">${r.message_zh}</div></li>`
  )}</ol>` : "";
  return layout({ title: `${department} \u2014 gouji`, nav: NAV, searchAction: "/search" }, header, html`<div class="page">${years}${list}</div>`).value;
}
function renderNotFound(what) {
  return layout({ title: "not found \u2014 gouji", nav: NAV, searchAction: "/search" }, html`<h1>Not found</h1>`, html`<div class="page"><p>${what}</p></div>`).value;
}

// dist/serve/app.js
var SEVERITIES = ["error", "warning", "info"];
function reportKeys(dataset) {
  const rows = dataset.db.prepare(`SELECT sha256, coalesce(report_key, sha256) AS key FROM documents`).all();
  return new Map(rows.map((r) => [r.sha256, r.key]));
}
function yearParam(value) {
  return value && /^\d{4}$/.test(value) ? Number.parseInt(value, 10) : void 0;
}
function text(value) {
  const v = value?.trim();
  return v ? v.slice(0, 200) : void 0;
}
function createApp(dataset) {
  const app = new Hono();
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      return c.text("gouji serve is read-only", 405, { Allow: "GET, HEAD" });
    }
    await next();
    c.header("Content-Security-Policy", contentSecurityPolicy({ header: true }));
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header("Cache-Control", "no-store");
  });
  app.get(
    "/",
    (c) => c.html(
      renderIndexPage(queryReports(dataset), queryFailures(dataset), {
        nav: NAV,
        searchAction: "/search",
        href: (g) => reportHref(g.key),
        departmentHref
      })
    )
  );
  app.get("/report/:key", (c) => {
    const key = c.req.param("key");
    const group = queryReports(dataset, { key })[0];
    if (!group) return c.html(renderNotFound(`No report ${key} in this dataset.`), 404);
    const wanted = c.req.query("file");
    const file = group.files.find((f) => f.sha256 === wanted) ?? group.files[0];
    const report = dataset.report(file.sha256);
    if (!report) return c.html(renderNotFound(`The report of ${file.path ?? file.sha256} is not stored.`), 404);
    return c.html(
      renderReportPage(report, {
        nav: [...NAV, ...group.department ? [{ href: departmentHref(group.department), text: group.department }] : []],
        searchAction: "/search",
        files: group.files.map((f) => ({ path: f.path, format: f.format ?? "?", sha256: f.sha256, href: f.sha256 === file.sha256 ? void 0 : reportHref(key, f.sha256) }))
      })
    );
  });
  app.get("/search", (c) => {
    const query = text(c.req.query("q")) ?? "";
    const department = text(c.req.query("department"));
    const year = yearParam(c.req.query("year"));
    const shown = query ? collapseReportFiles(dataset, search(dataset, query, { department, year, limit: 60, mark: HIT_MARK, width: 90 })) : [];
    return c.html(renderSearchPage(query, shown.slice(0, 30), { department, year }));
  });
  app.get("/findings", (c) => {
    const department = text(c.req.query("department"));
    const year = yearParam(c.req.query("year"));
    const rule = text(c.req.query("rule"));
    const severityParam = c.req.query("severity");
    const severity = SEVERITIES.find((s) => s === severityParam);
    const rows = queryFindings(dataset, { department, year, rule, severity });
    const choices = {
      departments: dataset.db.prepare(`SELECT DISTINCT department FROM documents WHERE department IS NOT NULL ORDER BY department`).all().map(
        (r) => r.department
      ),
      years: dataset.db.prepare(`SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year`).all().map((r) => r.year),
      rules: [.../* @__PURE__ */ new Set([...Object.keys(rules), ...dataset.db.prepare(`SELECT DISTINCT rule FROM findings`).all().map((r) => r.rule)])].sort()
    };
    return c.html(renderFindingsPage(rows, reportKeys(dataset), { department, year, rule, severity }, choices));
  });
  app.get("/department/:name", (c) => {
    const name = c.req.param("name");
    const groups = queryReports(dataset).filter((g) => g.department === name);
    if (groups.length === 0) return c.html(renderNotFound(`No reports of ${name} in this dataset.`), 404);
    const findings = queryFindings(dataset, { department: name }).filter((f) => f.department === name);
    return c.html(renderDepartmentPage(name, groups, findings, reportKeys(dataset)));
  });
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.notFound((c) => c.html(renderNotFound(`Nothing at ${c.req.path}.`), 404));
  app.onError((error, c) => c.html(renderNotFound(`gouji could not answer: ${error.message}`), 500));
  return app;
}

// dist/serve/server.js
function startServer(options) {
  const app = createApp(options.dataset);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info) => {
      let closing = null;
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => closing ??= new Promise((done) => {
          server.close(() => done());
          if ("closeAllConnections" in server) server.closeAllConnections();
        })
      });
    });
    server.once("error", reject);
  });
}

// dist/cli/commands/serve.js
var serveCommand = {
  name: "serve",
  usage: `gouji serve [--db gouji.db] [--port 8080] [--host 127.0.0.1]

Serves the dataset to a browser, read-only, on this machine only unless --host says
otherwise: the dataset index (departments \xD7 years), search (a plain link such as
/search?q=\u667A\u6167\u6000\u5316 can be bookmarked and shared), the findings filtered by department,
year, rule and severity, a department's reports across years, and each report's page
(the same page \`gouji report\` writes). Stop it with Ctrl-C.

Options:
  --db FILE      the dataset (default gouji.db)
  --port N       port to listen on (default 8080; 0 picks a free one)
  --host ADDR    interface to bind (default 127.0.0.1)

Example:
  $ gouji serve
  gouji serve: http://127.0.0.1:8080/ (gouji.db, read-only) \u2014 Ctrl-C to stop`,
  options: {
    port: { type: "string" },
    host: { type: "string" },
    ...dbOption
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`serve takes no file arguments (got "${positionals[0]}"); use --db FILE`);
    const portText = stringOption(values, "port");
    const port = portText === "0" ? 0 : intOption(values, "port") ?? 8080;
    if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
    const dataset = openDatasetForReading(values);
    try {
      const server = await startServer({ dataset, port, host: stringOption(values, "host") ?? "127.0.0.1" });
      io.stdout(`gouji serve: ${server.url} (${dataset.path}, read-only) \u2014 Ctrl-C to stop
`);
      await new Promise((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
      return 0;
    } finally {
      dataset.close();
    }
  }
};
export {
  serveCommand
};
