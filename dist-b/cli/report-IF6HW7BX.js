import {
  queryFailures,
  queryReports,
  renderIndexPage,
  renderReportPage
} from "./chunk-TDERKA5Q.js";
import "./chunk-BBVOQXVQ.js";
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
  analyzeFile
} from "./chunk-JDKBUBXU.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-G6WCJDOP.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";
import "./chunk-AGPICMRN.js";

// dist/cli/commands/report.js
import { writeFile } from "node:fs/promises";

// dist/report/site.js
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function reportFileName(group) {
  const words = [group.department, group.year, group.reportType].filter((x) => x !== null && x !== void 0).join("-");
  const safe = words.replace(/[^\p{L}\p{N}_-]+/gu, "_").slice(0, 60);
  return `${safe ? safe + "-" : ""}${group.key.slice(0, 10)}.html`;
}
function writeReportSite(dataset, out) {
  mkdirSync(out, { recursive: true });
  const groups = queryReports(dataset);
  const reports = [];
  const nav = [{ href: "index.html", text: "\u2190 \u6570\u636E\u96C6 dataset index" }];
  for (const group of groups) {
    const report = dataset.report(group.files[0].sha256);
    if (!report) continue;
    const file = join(out, reportFileName(group));
    const files = group.files.map((f) => ({ path: f.path, format: f.format ?? "?", sha256: f.sha256 }));
    writeFileSync(file, renderReportPage(report, { nav, files }));
    reports.push({ file, group });
  }
  const index = join(out, "index.html");
  writeFileSync(index, renderIndexPage(groups, queryFailures(dataset), { href: (g) => encodeURI(reportFileName(g)) }));
  return { index, reports };
}

// dist/cli/commands/report.js
var reportCommand = {
  name: "report",
  usage: `gouji report <file> [--out report.html]
gouji report --db gouji.db --out DIR

Writes a self-contained HTML page (no network: styles and a small script are inline) per
report: the findings first \u2014 severity, the formula in words, stated vs recomputed, the
difference \u2014 beside the document (outline, paragraphs, tables with captions and pages),
every finding's figures marked where they stand; clicking a finding scrolls to them. It
prints as an audit working paper.

With a file: reads it (like \`gouji analyze\`) and writes its page to --out (or stdout).
With --db: writes DIR/index.html \u2014 departments \xD7 years with error and warning counts \u2014
and one page per report; files holding the same report (.docx, .pdf, .txt) are one page.

Options:
  --out FILE|DIR     where to write (a file for one report, a directory for --db)
  --db FILE          the dataset (default gouji.db when no file is given)
  --max-bytes N      refuse input files over N bytes (default 104857600)
  --timeout MS       give up on a file after MS milliseconds (default 120000)

Exit codes: 0 written; 2 the file could not be read; 64 bad arguments.

Examples:
  npx gouji report corpus/huaihua-gxj-2023.docx --out report.html
  npx gouji report --db gouji.db --out site/ && open site/index.html`,
  options: {
    out: { type: "string" },
    "max-bytes": { type: "string" },
    timeout: { type: "string" },
    ...dbOption
  },
  async run({ values, positionals }, io) {
    const out = stringOption(values, "out");
    if (positionals.length > 1) throw new UsageError("report takes one file (or --db for the whole dataset)");
    if (positionals.length === 1) {
      if (stringOption(values, "db")) throw new UsageError("give a file or --db, not both");
      const maxInputBytes = intOption(values, "max-bytes");
      const timeoutMs = intOption(values, "timeout");
      const result = await analyzeFile(positionals[0], {
        limits: { ...maxInputBytes ? { maxInputBytes } : {}, ...timeoutMs ? { timeoutMs } : {} }
      });
      if (!result.ok) {
        io.stderr(`gouji: ${positionals[0]}: ${result.error.kind}: ${result.error.message}
`);
        return 2;
      }
      const page = renderReportPage(result.report);
      if (out) {
        await writeFile(out, page);
        io.stderr(`wrote ${out} (${result.report.findings.length} findings)
`);
      } else io.stdout(page);
      return 0;
    }
    if (!out) throw new UsageError("report --db needs --out DIR (a directory for index.html and the report pages)");
    const dataset = openDatasetForReading(values);
    try {
      const site = writeReportSite(dataset, out);
      io.stdout(`wrote ${site.index} and ${site.reports.length} report pages
`);
      return 0;
    } finally {
      dataset.close();
    }
  }
};
export {
  reportCommand
};
