import {
  formatFindings
} from "./chunk-AHDS5UAV.js";

// dist/extract/format.js
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
function pad(s, to) {
  return s + " ".repeat(Math.max(1, to - width(s)));
}
function dimsText(f) {
  const d = f.dims;
  const parts = [d["year"], d["kind"], d["qualifier"] ? `(${d["qualifier"]})` : void 0].filter((x) => Boolean(x));
  return parts.length ? `  [${parts.join(" ")}]` : "";
}
function factLine(f, indent) {
  return `${indent}${pad(f.id, 6)}${pad(f.label || "\uFF08\u65E0\u6807\u7B7E\uFF09", 34)}${f.number.raw}${dimsText(f)}`;
}
function relationLine(r, facts, indent) {
  const v = (id) => {
    const f = facts.get(id);
    return f ? `${f.label} ${f.number.printed}` : id;
  };
  const result = v(r.result);
  const ops = r.operands.map(v);
  let body;
  switch (r.kind) {
    case "sum":
      body = `${result} = ${ops.join(" + ")}${r.partial ? " + \u2026" : ""}`;
      break;
    case "difference":
      body = ops.length === 2 ? `${result} = ${ops[0]} \u2212 ${ops[1]}` : `${result} (${r.sign === -1 ? "\u51CF" : "\u589E"}${ops.length ? "\uFF0C\u76F8\u5BF9 " + ops.join("\u3001") : ""})`;
      break;
    case "rate":
      body = r.formula === "growth" ? `${result}% = (${ops[0] ?? "?"} \u2212 ${ops[1] ?? "?"}) \xF7 ${ops[1] ?? "?"}` : r.formula === "change-over-base" ? `${result}% = ${ops[1] ?? "?"} \xF7 (${ops[0] ?? "?"} \u2213 ${ops[1] ?? "?"})` : r.formula === "share-of-list" ? `${result}% = ${ops[0] ?? "?"} \xF7 (${ops.join(" + ")})` : `${result}% = ${ops[0] ?? "?"} \xF7 ${ops[1] ?? "?"}`;
      break;
    case "includes":
      body = `${result} \u542B ${ops.join("\u3001")}`;
      break;
    case "compare":
      body = `${result} ${r.sign === 1 ? ">" : r.sign === -1 ? "<" : "="} ${ops[0] ?? "?"}`;
      break;
    case "shares":
      body = `${ops.join(" + ")} ${r.partial ? "\u2264" : "="} 100%${r.result ? `\uFF08${result}\uFF09` : ""}`;
      break;
  }
  const flags = [r.partial && r.kind === "sum" ? "\u90E8\u5206\u5217\u4E3E" : "", r.inferred ? "\u63A8\u65AD" : ""].filter(Boolean);
  return `${indent}\u21B3 ${r.id} ${r.name}: ${body}${flags.length ? `  (${flags.join("\uFF0C")})` : ""}`;
}
function indicatorLines(rows) {
  if (rows.length === 0) return [];
  const out = ["", "\u7EE9\u6548\u6307\u6807"];
  for (const r of rows) {
    const name = [r.level1, r.level2, r.level3].filter(Boolean).join(" / ");
    const score = `${r.score?.printed ?? "\u2014"} / ${r.weight?.printed ?? "\u2014"}`;
    out.push(`  ${pad(name || r.role, 44)}${pad(score, 12)}${r.actual ?? ""}`);
  }
  return out;
}
function formatExtraction(report) {
  const { meta, sections, facts, relations } = report;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out = [];
  out.push([meta.department, meta.year, meta.reportType].filter((x) => x !== null && x !== void 0).join(" \xB7 ") || "\uFF08\u672A\u8BC6\u522B\u62A5\u544A\u4FE1\u606F\uFF09");
  if (meta.title) out.push(`\u6807\u9898\uFF1A${meta.title}`);
  if (meta.grade) out.push(`\u8BC4\u4EF7\u7B49\u7EA7\uFF1A${meta.grade.text}`);
  const prose = facts.filter((f) => f.source === "prose");
  const tables = facts.filter((f) => f.source === "table");
  out.push(`\u7AE0\u8282 ${sections.length} \xB7 \u6B63\u6587\u6570\u5B57 ${prose.length} \xB7 \u8868\u683C\u6570\u5B57 ${tables.length} \xB7 \u5173\u7CFB ${relations.length}`);
  const section = (id) => ({
    prose: prose.filter((f) => f.location.section === id),
    tableCount: tables.filter((f) => f.location.section === id).length,
    relations: relations.filter((r) => r.location.section === id)
  });
  const emit = (id, indent) => {
    const s = section(id);
    for (const f of s.prose) out.push(factLine(f, indent));
    for (const r of s.relations) out.push(relationLine(r, byId, indent));
    if (s.tableCount) out.push(`${indent}\uFF08\u8868\u683C\u6570\u5B57 ${s.tableCount} \u4E2A\uFF09`);
  };
  const before = section(null);
  if (before.prose.length || before.tableCount) {
    out.push("", "\uFF08\u6807\u9898\u524D\uFF09");
    emit(null, "    ");
  }
  out.push("");
  for (const s of sections) {
    const indent = "  ".repeat(s.level - 1);
    out.push(`${indent}${heading(s)}`);
    emit(s.id, indent + "    ");
  }
  out.push(...indicatorLines(report.indicators));
  return out.join("\n") + "\n";
}
function heading(s) {
  const sep = /^[一二三四五六七八九十百]+$/u.test(s.number ?? "") ? "\u3001" : /^\d+$/.test(s.number ?? "") ? ". " : " ";
  return `${s.number ?? ""}${sep}${s.title}  [${s.id}]`;
}

// dist/cli/format-report.js
function formatReport(report) {
  const { source, document } = report;
  const tables = document.blocks.filter((b) => b.kind === "table").length;
  const head = [
    `\u6587\u4EF6 file: ${source.path ?? "-"} (${source.format}, ${source.bytes} bytes${source.pages ? `, ${source.pages} pages` : ""}, sha256 ${source.sha256.slice(0, 12)}\u2026)`,
    `  ${document.blocks.length} blocks (${tables} tables), ${report.sections.length} sections, ${report.facts.length} facts, ${report.relations.length} relations, ${report.indicators.length} indicator rows, ${report.findings.length} findings`,
    ...report.warnings.map((w) => `  warning: ${w.code}: ${w.message}`)
  ];
  const findings = report.findings.length === 0 ? "\u6838\u5BF9\u7ED3\u679C findings: \u65E0 \u2014 every checked figure ties (under rounding)\n" : `\u6838\u5BF9\u7ED3\u679C findings (${report.findings.length}):
${formatFindings(report.findings)}`;
  return `${head.join("\n")}

${formatExtraction(report).trimEnd()}

${findings}`;
}
export {
  formatReport
};
