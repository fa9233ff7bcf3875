import {
  terminalLine
} from "./chunk-JMF6DTYE.js";

// dist/cli/text-table.js
function charWidth(code) {
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 131072 && code <= 262141 ? 2 : 1;
}
function displayWidth(s) {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0));
  return w;
}
function truncate(s, max) {
  if (displayWidth(s) <= max) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0));
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + "\u2026";
}
function textTable(header, rows, maxWidth = 48) {
  const cells = [header, ...rows].map((r) => r.map((c) => truncate(terminalLine(c === null || c === void 0 ? "" : String(c).replace(/\s+/g, " ")), maxWidth)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  return cells.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - displayWidth(c))).join("  ").trimEnd()
  ).join("\n") + "\n";
}

export {
  displayWidth,
  textTable
};
