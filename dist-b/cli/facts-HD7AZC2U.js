import {
  queryFacts
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
  choiceOption,
  intOption,
  stringOption
} from "./chunk-YXODN45O.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";

// dist/cli/commands/facts.js
var CSV_COLUMNS = [
  "document",
  "path",
  "department",
  "year",
  "id",
  "label",
  "raw_label",
  "value_printed",
  "value_exact",
  "unit",
  "kind",
  "wan_yuan",
  "source",
  "dims",
  "page",
  "block",
  "section",
  "section_title",
  "table_block",
  "table_caption",
  "row",
  "col",
  "quote"
];
function csvValue(r, column) {
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
var factsCommand = {
  name: "facts",
  usage: `gouji facts [options]

Lists facts \u2014 labelled figures such as \u9884\u7B97\u6536\u5165 2392.94\u4E07\u5143 \u2014 of every report in the
dataset, with their exact value, unit, value in \u4E07\u5143 and where they were read. Older
versions of a re-ingested path are left out.

Options:
  --label L                  facts whose canonical label is L, or whose label as written contains L
  --department D             only departments whose name contains D
  --year Y                   only reports of year Y
  --limit N                  at most N facts
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji facts --label \u9884\u7B97\u6536\u5165
  department            year  label     as written                  value    unit  \u4E07\u5143     where
  \u6000\u5316\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40  2023  \u9884\u7B97\u6536\u5165  2023\u5E74\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40\u9884\u7B97\u6536\u5165  2392.94  \u4E07\u5143  2392.94  1.\u9884\u7B97\u6267\u884C\u60C5\u51B5

Rows and columns are counted from 1 in the table and CSV output (JSON keeps the 0-based grid).

  $ gouji facts --year 2023 --format csv > facts.csv`,
  options: {
    label: { type: "string" },
    department: { type: "string" },
    year: { type: "string" },
    limit: { type: "string" },
    format: { type: "string" },
    ...dbOption
  },
  async run({ values }, io) {
    const format = choiceOption(values, "format", ["table", "json", "csv"], "table");
    const dataset = openDatasetForReading(values);
    try {
      const rows = queryFacts(dataset, {
        label: stringOption(values, "label"),
        department: stringOption(values, "department"),
        year: intOption(values, "year"),
        limit: intOption(values, "limit")
      });
      if (format === "json") io.stdout(terminalJson(JSON.stringify(rows, null, 2)) + "\n");
      else if (format === "csv") io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => csvValue(r, c)))).join(""));
      else if (rows.length === 0) io.stdout("no facts\n");
      else {
        io.stdout(
          textTable(
            ["department", "year", "label", "as written", "value", "unit", "\u4E07\u5143", "where"],
            rows.map((r) => [r.department ?? r.path, r.year, r.label, r.raw_label, r.value_printed, r.unit, r.wan_yuan, where(r)])
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
  factsCommand
};
