import {
  queryFindings
} from "./chunk-FTQUXVHQ.js";
import {
  BOM,
  csvLine
} from "./chunk-LVT4IYBZ.js";
import {
  textTable
} from "./chunk-LUXYJYOS.js";
import {
  describePlace
} from "./chunk-BBVOQXVQ.js";
import {
  dbOption,
  openDatasetForReading
} from "./chunk-GMXOL7F3.js";
import "./chunk-CET4UNNV.js";
import "./chunk-JEGOT6EK.js";
import {
  terminalJson
} from "./chunk-JMF6DTYE.js";
import {
  UsageError,
  choiceOption,
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

// dist/cli/commands/findings.js
import { basename } from "node:path";
var CSV_COLUMNS = [
  "document",
  "path",
  "files",
  "title",
  "department",
  "year",
  "seq",
  "rule",
  "severity",
  "message_zh",
  "message_en",
  "formula",
  "stated",
  "expected",
  "difference",
  "page",
  "block",
  "section",
  "section_title",
  "table_block",
  "table_caption",
  "row",
  "col",
  "values"
];
function csvValue(r, column) {
  if (column === "files") return r.files.map((f) => f.path ?? f.document).join("\n");
  if (column === "row" || column === "col") return r[column] === null ? null : r[column] + 1;
  return r[column];
}
function where(f) {
  return describePlace({
    page: f.page,
    section: f.section_heading ?? f.section_title ?? f.section,
    table: f.table_block,
    tableCaption: f.table_caption,
    row: f.row,
    col: f.col
  });
}
function filesCell(files) {
  const names = files.map((f) => f.path ? basename(f.path) : f.document.slice(0, 12));
  const stem = (n) => n.replace(/\.[^.]+$/, "");
  return names.map((n, i) => i > 0 && stem(n) === stem(names[0]) && n !== stem(n) ? n.slice(stem(n).length) : n).join(", ");
}
function knownRules(dataset) {
  const stored = dataset.db.prepare(`SELECT DISTINCT rule FROM findings`).all().map((r) => r.rule);
  return [.../* @__PURE__ */ new Set([...Object.keys(rules), ...stored])].sort();
}
var findingsCommand = {
  name: "findings",
  usage: `gouji findings [options]

Lists the findings (figures that do not tie) of every report in the dataset, errors
first. Older versions of a re-ingested path are left out.

Options:
  --severity LEVEL           error | warning | info: that level or worse (default info = all)
  --rule R                   only findings of rule R (an unknown rule is an error listing the rules)
  --per-file                 one line per file, not one per report (a report held as .docx and .pdf
                             lists each finding once, with every file that carries it)
  --department D             only departments whose name contains D
  --year Y                   only reports of year Y
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji findings --severity error
  severity  rule  department            year  file                             where                                      formula
  error     rate  \u6000\u5316\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40  2023  huaihua-gxj-2023.docx, .pdf, .txt  1.\u9884\u7B97\u6267\u884C\u60C5\u51B5                              \u9884\u7B97\u6267\u884C\u7387 135.42% \u2260 \u2026
  error     rate  \u6000\u5316\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40  2023  huaihua-gxj-2023.docx, .pdf, .txt  \u9644\u4EF62 \xB7 \u8868\u300C\u6574\u4F53\u652F\u51FA\u7EE9\u6548\u81EA\u8BC4\u8868\u300D row 3, col 7  \u5E74\u5EA6\u8D44\u91D1\u603B\u989D / \u6267\u884C\u7387 135.42% \u2260 \u2026

Rows and columns are counted from 1 in the table and CSV output (JSON keeps the 0-based grid).

  $ gouji findings --format csv > findings.csv`,
  options: {
    severity: { type: "string" },
    rule: { type: "string" },
    department: { type: "string" },
    year: { type: "string" },
    format: { type: "string" },
    "per-file": { type: "boolean" },
    ...dbOption
  },
  async run({ values }, io) {
    const severity = choiceOption(values, "severity", ["error", "warning", "info"], "info");
    const format = choiceOption(values, "format", ["table", "json", "csv"], "table");
    const dataset = openDatasetForReading(values);
    try {
      const rule = stringOption(values, "rule");
      if (rule !== void 0 && !knownRules(dataset).includes(rule)) {
        throw new UsageError(`unknown rule "${rule}"; the rules are: ${knownRules(dataset).join(", ")}`);
      }
      const rows = queryFindings(dataset, {
        severity,
        rule,
        perFile: values["per-file"] === true,
        department: stringOption(values, "department"),
        year: intOption(values, "year")
      });
      if (format === "json") io.stdout(terminalJson(JSON.stringify(rows, null, 2)) + "\n");
      else if (format === "csv") io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => csvValue(r, c)))).join(""));
      else if (rows.length === 0) io.stdout("no findings\n");
      else {
        io.stdout(
          textTable(
            ["severity", "rule", "department", "year", "file", "where", "formula"],
            rows.map((r) => [r.severity, r.rule, r.department ?? r.path, r.year, filesCell(r.files), where(r), r.formula]),
            80
          )
        );
      }
      return 0;
    } finally {
      dataset.close();
    }
  }
};
export {
  filesCell,
  findingsCommand
};
