// dist/store/csv.js
var BOM = "\uFEFF";
function csvField(value) {
  if (value === null || value === void 0) return "";
  const raw = typeof value === "string" ? value : Buffer.isBuffer(value) ? value.toString("base64") : typeof value === "object" ? JSON.stringify(value) : `${value}`;
  const s = typeof value === "number" || typeof value === "bigint" ? raw : neutralizeFormula(raw);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
var PLAIN_FIGURE = /^[+-]?\d[\d,]*(?:\.\d+)?%?$/;
function neutralizeFormula(text) {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_FIGURE.test(text)) return text;
  return `'${text}`;
}
function csvLine(values) {
  return values.map(csvField).join(",") + "\r\n";
}

export {
  BOM,
  csvLine
};
