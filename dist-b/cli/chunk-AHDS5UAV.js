// dist/reconcile/format.js
var LABEL = { error: "ERROR", warning: "WARN", info: "INFO" };
function formatFindings(findings, options = {}) {
  const width = options.quoteWidth ?? 36;
  if (findings.length === 0) return "\u672A\u53D1\u73B0\u52FE\u7A3D\u95EE\u9898 \xB7 no findings\n";
  const lines = [];
  findings.forEach((f, i) => {
    lines.push(`${i + 1}. ${LABEL[f.severity]} ${f.rule}: ${f.message.zh}`);
    lines.push(`   ${f.message.en}`);
    lines.push(`   ${f.formula}`);
    const figures = figuresLine(f);
    if (figures) lines.push(`   ${figures}`);
    for (const v of f.values) lines.push(`   \xB7 ${valueLine(v, width)}`);
  });
  lines.push("", summary(findings));
  return lines.join("\n") + "\n";
}
function figuresLine(f) {
  const parts = [];
  if (f.stated != null) parts.push(`stated ${f.stated}`);
  if (f.expected) {
    parts.push(`recomputed ${f.expected.value}`);
    if (f.expected.interval) parts.push(`any rounding [${f.expected.interval.low}, ${f.expected.interval.high}]`);
  }
  if (f.difference != null) parts.push(`difference ${f.difference}`);
  return parts.length > 0 ? parts.join(" \xB7 ") : null;
}
function valueLine(v, width) {
  const unit = v.unit && v.unit !== "%" ? v.unit : v.unit === "%" ? "%" : "";
  const where = place(v.location);
  const quote = excerpt(v.location.quote, v.value, width);
  return [`${v.label} ${v.value}${unit}`, where, quote ? `\u201C${quote}\u201D` : ""].filter(Boolean).join("  ");
}
function place(loc) {
  const parts = [];
  if (loc.page != null) parts.push(`p.${loc.page}`);
  if (loc.section != null) parts.push(`\xA7${loc.section}`);
  if (loc.table != null) {
    parts.push(`table ${loc.table}${loc.row != null ? ` row ${loc.row + 1}` : ""}${loc.col != null ? ` col ${loc.col + 1}` : ""}`);
  } else {
    parts.push(`block ${loc.block}`);
  }
  return parts.join(", ");
}
function excerpt(quote, value, width) {
  const text = quote.replace(/\s+/g, " ").trim();
  if (text.length <= width) return text;
  const at = Math.max(text.indexOf(value), 0);
  const pad = Math.max(0, width - value.length >> 1);
  const start = Math.max(0, Math.min(at - pad, text.length - width));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? "\u2026" : ""}${text.slice(start, end)}${end < text.length ? "\u2026" : ""}`;
}
function summary(findings) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const n = findings.length;
  return `${n} finding${n === 1 ? "" : "s"}: ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info`;
}

export {
  formatFindings
};
