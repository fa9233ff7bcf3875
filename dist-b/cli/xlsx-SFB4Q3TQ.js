import {
  queryFindings
} from "./chunk-FTQUXVHQ.js";
import {
  displayWidth
} from "./chunk-LUXYJYOS.js";
import {
  TABLE_ORDER
} from "./chunk-CET4UNNV.js";
import "./chunk-JEGOT6EK.js";
import "./chunk-JMF6DTYE.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";

// dist/store/xlsx.js
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
var EXCEL_CELL_LIMIT = 32767;
function fitCell(text) {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const marker = (cut) => `\u2026[truncated by gouji: ${cut} of ${text.length} characters left out]`;
  let keep = EXCEL_CELL_LIMIT - marker(text.length).length;
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? "")) keep--;
  return text.slice(0, keep) + marker(text.length - keep);
}
var ONE_BASED = {
  cells: ["row", "col"],
  facts: ["row", "col"],
  relations: ["row", "col"],
  table_rows: ["row", "parent"],
  indicators: ["row", "col"],
  finding_values: ["row", "col"]
};
function cellValue(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return value.toString();
  if (Buffer.isBuffer(value)) return fitCell(value.toString("base64"));
  return fitCell(typeof value === "string" ? value : JSON.stringify(value));
}
function widths(header, sample) {
  return header.map((h, i) => {
    let w = displayWidth(h);
    for (const row of sample) {
      const v = row[i];
      if (v === null || v === void 0) continue;
      const text = typeof v === "object" ? JSON.stringify(v) : `${v}`;
      const line = text.length > 200 ? text.slice(0, 200) : text;
      w = Math.max(w, Math.max(...line.split("\n").map((l) => displayWidth(l))));
    }
    return Math.min(60, Math.max(6, w + 2));
  });
}
function addSheet(workbook, name, header, sample) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const w = widths(header, sample);
  sheet.columns = header.map((h, i) => ({ header: h, key: String(i), width: w[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return sheet;
}
var FINDING_COLUMNS = [
  ["file", (r) => r.path],
  ["department \u5355\u4F4D", (r) => r.department],
  ["year \u5E74\u5EA6", (r) => r.year],
  ["severity", (r) => r.severity],
  ["rule", (r) => r.rule],
  ["page \u9875", (r) => r.page],
  ["section \u7AE0\u8282", (r) => r.section_heading ?? r.section_title],
  ["table caption \u8868\u9898", (r) => r.table_caption],
  ["row \u884C (1-based)", (r) => r.row === null ? null : r.row + 1],
  ["column \u5217 (1-based)", (r) => r.col === null ? null : r.col + 1],
  ["formula \u516C\u5F0F", (r) => r.formula],
  ["stated \u62A5\u544A\u6570", (r) => r.stated],
  ["recomputed \u91CD\u7B97\u6570", (r) => r.expected],
  ["difference \u5DEE\u989D", (r) => r.difference],
  ["message \u8BF4\u660E", (r) => r.message_zh],
  ["message (English)", (r) => r.message_en],
  ["title \u6807\u9898", (r) => r.title],
  ["document sha256", (r) => r.document],
  ["seq", (r) => r.seq],
  ["values (JSON)", (r) => JSON.stringify(r.values)]
];
async function exportWorkbook(dataset, options) {
  mkdirSync(options.out, { recursive: true });
  const file = join(options.out, "gouji.xlsx");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = "gouji";
  const sheets = [];
  const findings = queryFindings(dataset, { perFile: true, allVersions: true });
  const findingRows = findings.map((r) => FINDING_COLUMNS.map(([, get]) => cellValue(get(r))));
  const people = addSheet(workbook, "findings", FINDING_COLUMNS.map(([h]) => h), findingRows.slice(0, 200));
  for (const row of findingRows) people.addRow(row).commit();
  people.commit();
  sheets.push({ sheet: "findings", rows: findingRows.length });
  for (const [table, order] of Object.entries(TABLE_ORDER)) {
    const statement = dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    const columns = statement.columns().map((c) => c.name);
    const oneBased = new Set(ONE_BASED[table] ?? []);
    const header = columns.map((c) => oneBased.has(c) ? `${c} (1-based)` : c);
    const toRow = (r) => columns.map((c) => oneBased.has(c) && typeof r[c] === "number" ? r[c] + 1 : cellValue(r[c]));
    const sample = dataset.db.prepare(`SELECT * FROM ${table} ORDER BY ${order} LIMIT 200`).all().map(toRow);
    const name = table === "findings" ? "findings_table" : table;
    const sheet = addSheet(workbook, name, header, sample);
    let rows = 0;
    for (const r of statement.iterate()) {
      sheet.addRow(toRow(r)).commit();
      rows++;
    }
    sheet.commit();
    sheets.push({ sheet: name, rows });
  }
  await workbook.commit();
  return { file, sheets };
}
export {
  EXCEL_CELL_LIMIT,
  exportWorkbook,
  fitCell
};
