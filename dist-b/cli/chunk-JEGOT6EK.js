import {
  sectionOfBlock,
  toHalfWidth
} from "./chunk-J3VGVYG7.js";
import {
  Report
} from "./chunk-LQJ4KFXP.js";

// dist/store/report-key.js
import { createHash } from "node:crypto";
function reportKey(report) {
  const figures = [...new Set(report.facts.map((f) => f.number.value))].sort();
  const { title, department, year } = report.meta;
  const material = JSON.stringify([title?.replace(/\s+/g, "") ?? null, department ?? null, year ?? null, figures]);
  return createHash("sha256").update(material, "utf8").digest("hex").slice(0, 32);
}
var FORMAT_PREFERENCE = { docx: 0, pdf: 1, html: 2, text: 3 };
function formatRank(format) {
  return FORMAT_PREFERENCE[format ?? ""] ?? 9;
}

// dist/store/tokens.js
import nodejieba from "nodejieba";
var NUMBER_PIECE = /^[\d.,%]+$/;
var WORDLIKE = /[\p{L}\p{N}]/u;
function tokenize(text) {
  loaded = true;
  const pieces = nodejieba.cutForSearch(toHalfWidth(text).toLowerCase(), true);
  const tokens = [];
  let number = "";
  const flush = () => {
    if (number === "") return;
    const cleaned = number.replace(/^[.,%]+/, "").replace(/[.,]+$/, "").replace(/,(?=\d{3}(?!\d))/g, "");
    number = "";
    for (const part of cleaned.split(",")) {
      if (!/\d/.test(part)) continue;
      tokens.push(part);
      if (part.endsWith("%") && part.length > 1) tokens.push(part.slice(0, -1));
    }
  };
  for (const piece of pieces) {
    if (NUMBER_PIECE.test(piece)) {
      number += piece;
      continue;
    }
    flush();
    if (WORDLIKE.test(piece)) tokens.push(piece.trim());
  }
  flush();
  return tokens.filter((t) => t !== "");
}
var loaded = false;
function tokenText(text) {
  return tokenize(text).join(" ");
}
function registerTokenizer(db, cache) {
  db.function("gouji_tokens", { deterministic: true }, (text) => typeof text === "string" ? cache?.get(text) ?? tokenText(text) : "");
}

// dist/store/stored-report.js
import { deflateRawSync } from "node:zlib";
import { z } from "zod";

// dist/store/rows.js
function locationColumns(l) {
  return {
    page: l.page,
    block: l.block,
    section: l.section,
    table_block: l.table,
    row: l.row,
    col: l.col,
    span_start: l.span?.start ?? null,
    span_end: l.span?.end ?? null,
    quote: l.quote
  };
}
var bool = (b) => b ? 1 : 0;
var exact = (n) => n?.value ?? null;
function reportRows(report) {
  const document = report.source.sha256;
  const { blocks } = report.document;
  const sectionOf = (block) => sectionOfBlock(report.sections, block);
  const rows = {
    sections: report.sections.map((s) => ({
      document,
      id: s.id,
      parent: s.parent,
      level: s.level,
      number: s.number,
      title: s.title,
      heading_block: s.headingBlock,
      block_start: s.blockStart,
      block_end: s.blockEnd,
      page: blocks[s.headingBlock]?.page ?? null,
      pattern: s.pattern
    })),
    paragraphs: [],
    cells: [],
    facts: report.facts.map((f) => ({
      document,
      id: f.id,
      label: f.label,
      raw_label: f.rawLabel,
      value_raw: f.number.raw,
      value_printed: f.number.printed,
      value_exact: f.number.value,
      decimals: f.number.decimals,
      unit: f.number.unit,
      kind: f.number.kind,
      wan_yuan: f.number.wanYuan,
      source: f.source,
      dims: JSON.stringify(sortKeys(f.dims)),
      ...locationColumns(f.location)
    })),
    relations: report.relations.map((r) => ({
      document,
      id: r.id,
      kind: r.kind,
      name: r.name,
      result: r.result,
      operands: JSON.stringify(r.operands),
      partial: bool(r.partial),
      sign: r.sign,
      source: r.source,
      inferred: bool(r.inferred),
      formula: r.formula ?? null,
      ...locationColumns(r.location)
    })),
    tables: report.tables.map((t) => ({
      document,
      id: t.id,
      table_block: t.block,
      caption: t.caption,
      unit: t.unit,
      section: t.section,
      header_rows: t.headerRows,
      header_cols: t.headerCols,
      columns: JSON.stringify(t.columns)
    })),
    table_rows: report.tables.flatMap(
      (t) => t.rows.map((r) => ({
        document,
        table_id: t.id,
        table_block: t.block,
        row: r.row,
        // side-by-side tables (收入 | 支出) share grid rows: one record per segment
        segment: r.segment ?? 0,
        label: r.label,
        numbering: r.numbering,
        level: r.level,
        parent: r.parent,
        role: r.role,
        values: JSON.stringify(
          r.values.map((v) => ({ col: v.col, text: v.text, value: v.number?.value ?? null, unit: v.number?.unit ?? null, fact: v.fact }))
        )
      }))
    ),
    indicators: report.indicators.map((i) => ({
      document,
      id: i.id,
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      level1_weight: exact(i.level1Weight ?? null),
      target: i.target,
      actual: i.actual,
      weight: exact(i.weight),
      score: exact(i.score),
      note: i.note,
      role: i.role,
      ...locationColumns(i.location)
    })),
    findings: report.findings.map((f, seq) => {
      const first = f.values[0]?.location;
      return {
        document,
        seq,
        rule: f.rule,
        severity: f.severity,
        message_id: f.messageId,
        message_zh: f.message.zh,
        message_en: f.message.en,
        formula: f.formula,
        stated: f.stated,
        expected: f.expected?.value ?? null,
        expected_low: f.expected?.interval?.low ?? null,
        expected_high: f.expected?.interval?.high ?? null,
        difference: f.difference,
        values: JSON.stringify(f.values),
        refs: JSON.stringify(f.refs),
        page: first?.page ?? null,
        block: first?.block ?? null,
        section: first?.section ?? null,
        table_block: first?.table ?? null,
        row: first?.row ?? null,
        col: first?.col ?? null
      };
    }),
    finding_values: report.findings.flatMap(
      (f, finding) => f.values.map((v, seq) => ({
        document,
        finding,
        seq,
        value: v.value,
        label: v.label,
        unit: v.unit,
        role: v.role ?? null,
        ...locationColumns(v.location)
      }))
    ),
    warnings: report.warnings.map((w, seq) => ({
      document,
      seq,
      code: w.code,
      message: w.message,
      page: w.location?.page ?? null,
      block: w.location?.block ?? null,
      section: w.location?.section ?? null
    }))
  };
  for (const b of blocks) {
    const section = sectionOf(b.index);
    if (b.kind === "paragraph") {
      rows.paragraphs.push({
        document,
        block: b.index,
        page: b.page,
        section,
        bold: bool(b.bold),
        span_start: b.span.start,
        span_end: b.span.end,
        text: b.text
      });
    } else {
      for (const c of b.cells) {
        rows.cells.push({
          document,
          table_block: b.index,
          row: c.row,
          col: c.col,
          row_span: c.rowSpan,
          col_span: c.colSpan,
          page: c.page ?? b.page,
          section,
          text: c.text
        });
      }
    }
  }
  return rows;
}
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// dist/store/search-rows.js
function searchRows(rows) {
  const out = [];
  for (const p of sortedBy(rows.paragraphs, (a, b) => num(a["block"]) - num(b["block"]))) {
    const text = p["text"];
    if (typeof text !== "string" || sqlTrim(text) === "") continue;
    out.push({ document: col(p, "document"), kind: "paragraph", block: col(p, "block"), row: null, page: col(p, "page"), section: col(p, "section"), ref: null, text, tokens: tokenText(text) });
  }
  for (const s of sortedBy(rows.sections, (a, b) => num(a["heading_block"]) - num(b["heading_block"]))) {
    const heading = (s["number"] !== null ? `${String(s["number"])} ` : "") + String(s["title"]);
    out.push({ document: col(s, "document"), kind: "section", block: col(s, "heading_block"), row: null, page: col(s, "page"), section: col(s, "id"), ref: col(s, "id"), text: sqlTrim(heading), tokens: tokenText(heading) });
  }
  for (const f of sortedBy(rows.facts, (a, b) => binary(String(a["id"]), String(b["id"])))) {
    const label = String(f["label"]);
    const raw = String(f["raw_label"]);
    const value = String(f["value_raw"]);
    out.push({
      document: col(f, "document"),
      kind: "fact",
      block: col(f, "block"),
      row: col(f, "row"),
      page: col(f, "page"),
      section: col(f, "section"),
      ref: col(f, "id"),
      text: `${raw} ${value}`,
      tokens: tokenText(`${label === raw ? "" : `${label} `}${raw} ${value}`)
    });
  }
  const grid = /* @__PURE__ */ new Map();
  for (const c of rows.cells) {
    const text = c["text"];
    if (typeof text !== "string" || sqlTrim(text) === "") continue;
    const key = `${num(c["table_block"])}:${num(c["row"])}`;
    const list = grid.get(key);
    if (list) list.push(c);
    else grid.set(key, [c]);
  }
  const gridRows = [...grid.values()].sort((a, b) => num(a[0]["table_block"]) - num(b[0]["table_block"]) || num(a[0]["row"]) - num(b[0]["row"]));
  for (const cells of gridRows) {
    cells.sort((a, b) => num(a["col"]) - num(b["col"]));
    const texts = cells.map((c) => String(c["text"]));
    out.push({
      document: col(cells[0], "document"),
      kind: "table_row",
      block: col(cells[0], "table_block"),
      row: col(cells[0], "row"),
      page: least(cells.map((c) => col(c, "page"))),
      section: least(cells.map((c) => col(c, "section"))),
      ref: null,
      text: texts.join(" | "),
      tokens: tokenText(texts.join(" "))
    });
  }
  return out;
}
var col = (row, name) => row[name] ?? null;
function sqlTrim(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}
var num = (v) => typeof v === "number" ? v : 0;
function binary(a, b) {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}
function least(values) {
  let best = null;
  for (const v of values) {
    if (v === null) continue;
    if (best === null || (typeof v === "number" && typeof best === "number" ? v < best : binary(String(v), String(best)) < 0)) best = v;
  }
  return best;
}
function sortedBy(rows, compare) {
  return [...rows].sort(compare);
}

// dist/store/stored-report.js
var STORED_REPORT_VERSION = 1;
function storedReport(input) {
  const report = Report.parse(JSON.parse(typeof input === "string" ? input : JSON.stringify(input)));
  return storedFromValid(report);
}
function storedFromValid(report) {
  const rows = reportRows(report);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) findings[f.severity]++;
  return {
    version: STORED_REPORT_VERSION,
    sha256: report.source.sha256,
    path: report.source.path,
    document: {
      sha256: report.source.sha256,
      path: report.source.path,
      format: report.source.format,
      bytes: report.source.bytes,
      pages: report.source.pages ?? report.document.pages ?? null,
      title: report.meta.title,
      department: report.meta.department,
      year: report.meta.year,
      report_type: report.meta.reportType,
      grade: report.meta.grade?.text ?? null,
      status: "ok",
      error_kind: null,
      error_message: null,
      error_transient: null,
      superseded: 0,
      report_key: reportKey(report)
    },
    json: deflateRawSync(Buffer.from(JSON.stringify(report), "utf8")),
    rows,
    search: searchRows(rows),
    summary: { format: report.source.format, facts: report.facts.length, findings }
  };
}
function storedToJson(stored) {
  return { ...stored, json: Buffer.from(stored.json.buffer, stored.json.byteOffset, stored.json.byteLength).toString("base64") };
}
var Cell = z.union([z.string(), z.number(), z.null()]);
var Rows = z.array(z.unknown());
var StoredJson = z.object({
  version: z.literal(STORED_REPORT_VERSION),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  path: z.string().nullable(),
  document: z.record(z.string(), Cell),
  json: z.string(),
  rows: z.object({
    sections: Rows,
    paragraphs: Rows,
    cells: Rows,
    facts: Rows,
    relations: Rows,
    tables: Rows,
    table_rows: Rows,
    indicators: Rows,
    findings: Rows,
    finding_values: Rows,
    warnings: Rows
  }),
  search: Rows,
  summary: z.object({
    format: Report.shape.source.shape.format,
    facts: z.number().int().nonnegative(),
    findings: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() })
  })
});
function storedFromJson(value) {
  const parsed = StoredJson.parse(value);
  return { ...parsed, version: STORED_REPORT_VERSION, json: Buffer.from(parsed.json, "base64") };
}

export {
  reportKey,
  formatRank,
  tokenize,
  registerTokenizer,
  STORED_REPORT_VERSION,
  storedReport,
  storedFromValid,
  storedToJson,
  storedFromJson
};
