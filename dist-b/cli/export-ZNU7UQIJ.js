import {
  BOM,
  csvLine
} from "./chunk-LVT4IYBZ.js";
import {
  textTable
} from "./chunk-LUXYJYOS.js";
import {
  dbOption,
  openDatasetForReading
} from "./chunk-GMXOL7F3.js";
import {
  TABLE_ORDER
} from "./chunk-CET4UNNV.js";
import "./chunk-JEGOT6EK.js";
import "./chunk-JMF6DTYE.js";
import {
  UsageError,
  choiceOption,
  stringOption
} from "./chunk-YXODN45O.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";

// dist/store/export.js
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
var JSON_COLUMNS = {
  facts: ["dims"],
  relations: ["operands"],
  tables: ["columns"],
  table_rows: ["values"],
  findings: ["values", "refs"]
};
var FileWriter = class {
  fd;
  buffer = [];
  size = 0;
  constructor(path) {
    this.fd = openSync(path, "w");
  }
  write(s) {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
};
function exportDataset(dataset, options) {
  mkdirSync(options.out, { recursive: true });
  const files = [];
  for (const [table, order] of Object.entries(TABLE_ORDER)) {
    const statement = dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    const columns = statement.columns().map((c) => c.name);
    const jsonColumns = new Set(JSON_COLUMNS[table] ?? []);
    const file = join(options.out, `${table}.${options.format}`);
    const writer = new FileWriter(file);
    let rows = 0;
    if (options.format === "csv") writer.write(BOM + csvLine(columns));
    for (const row of statement.iterate()) {
      if (options.format === "csv") writer.write(csvLine(columns.map((c) => row[c])));
      else {
        const record = {};
        for (const c of columns) record[c] = jsonColumns.has(c) && typeof row[c] === "string" ? JSON.parse(row[c]) : row[c];
        writer.write(JSON.stringify(record) + "\n");
      }
      rows++;
    }
    writer.close();
    files.push({ table, file, rows });
  }
  if (options.format === "jsonl") {
    const file = join(options.out, "reports.jsonl");
    const writer = new FileWriter(file);
    let rows = 0;
    for (const row of dataset.db.prepare(`SELECT json FROM reports ORDER BY document`).iterate()) {
      writer.write(inflateRawSync(row.json).toString("utf8") + "\n");
      rows++;
    }
    writer.close();
    files.push({ table: "reports", file, rows });
  }
  return files;
}

// dist/cli/commands/export.js
var exportCommand = {
  name: "export",
  usage: `gouji export --out DIR [options]

Writes one file per table of the dataset into DIR (documents, sections, paragraphs,
cells, facts, relations, tables, table_rows, indicators, findings, finding_values,
warnings), rows ordered by primary key. CSV files are UTF-8 with a BOM (Excel shows the
Chinese), RFC 4180 quoting, CRLF line ends. JSONL writes one JSON object per line and
also reports.jsonl: each stored Report whole, as \`gouji analyze\` prints it.
XLSX writes one workbook, DIR/gouji.xlsx: a findings sheet for people (file, department,
year, page, section, table caption, row and column counted from 1, formula, stated,
recomputed, difference), then one sheet per table with the rows of its CSV. Headers are
frozen; amounts stay text with their printed decimals (an Excel number would drop them).
docs/dataset.md describes every column.

Options:
  --format csv|jsonl|xlsx   file format (default csv)
  --out DIR            directory to write into (created if missing; files overwritten)
  --db FILE            the dataset (default gouji.db)

Example:
  $ gouji export --format csv --out export/
  table           rows  file
  documents          1  export/documents.csv
  facts            412  export/facts.csv
  \u2026`,
  options: {
    format: { type: "string" },
    out: { type: "string" },
    ...dbOption
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`export takes no file arguments (got "${positionals[0]}"); use --out DIR`);
    const out = stringOption(values, "out");
    if (!out) throw new UsageError("export needs --out DIR");
    const format = choiceOption(values, "format", ["csv", "jsonl", "xlsx"], "csv");
    const dataset = openDatasetForReading(values);
    try {
      if (format === "xlsx") {
        const { exportWorkbook } = await import("./xlsx-SFB4Q3TQ.js");
        const { file, sheets } = await exportWorkbook(dataset, { out });
        const width2 = Math.max(...sheets.map((s) => String(s.rows).length), 4);
        io.stdout(textTable(["sheet", "rows".padStart(width2)], sheets.map((s) => [s.sheet, String(s.rows).padStart(width2)]), 200) + `wrote ${file}
`);
        return 0;
      }
      const files = exportDataset(dataset, { format, out });
      const rows = files.map((f) => [f.table, String(f.rows), f.file]);
      const width = Math.max(...rows.map((r) => r[1].length), 4);
      io.stdout(textTable(["table", "rows".padStart(width), "file"], rows.map((r) => [r[0], r[1].padStart(width), r[2]]), 200));
      return 0;
    } finally {
      dataset.close();
    }
  }
};
export {
  exportCommand
};
