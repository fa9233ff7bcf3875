import {
  loadPatterns
} from "./chunk-4WWM7HSQ.js";

// dist/convert/pdf/types.js
function union(boxes) {
  let x0 = Infinity;
  let top = Infinity;
  let x1 = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    top = Math.min(top, b.top);
    x1 = Math.max(x1, b.x1);
    bottom = Math.max(bottom, b.bottom);
  }
  return { x0, top, x1, bottom };
}
function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// dist/convert/pdf/join.js
var CJK_RE = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018-\u201f\u2026\u00b7\u2027\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u3251-\u325f\u32b1-\u32bf]|[\u{20000}-\u{3ffff}]/u;
function isCjk(ch) {
  return ch !== void 0 && CJK_RE.test(ch);
}
function lastChar(s) {
  if (s.length === 0) return void 0;
  const low = s.charCodeAt(s.length - 1);
  const high = s.length >= 2 ? s.charCodeAt(s.length - 2) : 0;
  return low >= 56320 && low <= 57343 && high >= 55296 && high <= 56319 ? s.slice(-2) : s.slice(-1);
}
function firstChar(s) {
  const code = s.codePointAt(0);
  return code === void 0 ? void 0 : String.fromCodePoint(code);
}
function needsSpace(left, right, gap, em, base = 0) {
  const g = gap - Math.max(0, base);
  if (g >= 0.8 * em) return true;
  if (g < 0.18 * em) return false;
  const a = lastChar(left);
  const b = firstChar(right);
  if (a === void 0 || b === void 0 || a === " " || b === " ") return false;
  return !isCjk(a) && !isCjk(b);
}
function glyphSpacing(runs) {
  const gaps = [];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1];
    const b = runs[i];
    if ([...a.text].length === 1 && [...b.text].length === 1) gaps.push(b.x0 - a.x1);
  }
  if (gaps.length < 3) return 0;
  gaps.sort((x, y) => x - y);
  const m = gaps[gaps.length >> 1];
  return m > 0 ? m : 0;
}
function joinRuns(runs) {
  const base = glyphSpacing(runs);
  let out = "";
  let prev;
  for (const run of runs) {
    const text = run.text;
    if (prev && out && text) {
      const em = Math.max(prev.size, run.size);
      if (needsSpace(out, text, run.x0 - prev.x1, em, base) && !out.endsWith(" ") && !text.startsWith(" ")) out += " ";
    }
    out += text;
    prev = run;
  }
  return out.replace(/ {2,}/g, " ").trim();
}
function joinWrapped(before, after, lastOfBefore) {
  if (!before) return after;
  if (!after) return before;
  const a = lastOfBefore || lastChar(before);
  const b = firstChar(after);
  if (isCjk(a) || isCjk(b) || a === " " || b === " ") return before + after;
  if (a === "-" && /[A-Za-z]/.test(b ?? "")) return before + after;
  return `${before} ${after}`;
}

// dist/convert/pdf/paragraphs.js
function columnMargins(lines) {
  if (lines.length < 3) return null;
  const bins = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const key = Math.round(l.x0 / 2);
    const bin = bins.get(key);
    if (bin) bin.push(l);
    else bins.set(key, [l]);
  }
  const threshold = Math.max(2, 0.1 * lines.length);
  const candidates = [...bins.entries()].filter(([, ls]) => ls.length >= threshold).sort((a, b) => a[0] - b[0]);
  if (!candidates.length) return null;
  let left = Infinity;
  for (const l of candidates[0][1]) left = Math.min(left, l.x0);
  const body = lines.filter((l) => l.x0 >= left - 1 && l.x0 <= left + 3 * l.size && !NO_START.includes([...l.text].pop() ?? ""));
  const ends = (body.length >= 3 ? body : lines).map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.95))];
  if (right - left < 100) return null;
  return { left, right };
}
function lineSpacings(pages) {
  const bySize = /* @__PURE__ */ new Map();
  for (const p of pages) {
    const lines = [...p.lines].sort((a, b) => a.top - b.top);
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (Math.abs(a.size - b.size) > 0.5) continue;
      const d = b.baseline - a.baseline;
      if (d < 0.9 * a.size || d > 3 * a.size) continue;
      const key = Math.round(a.size);
      const ds = bySize.get(key);
      if (ds) ds.push(d);
      else bySize.set(key, [d]);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [size, ds] of bySize) {
    const counts = /* @__PURE__ */ new Map();
    for (const d of ds) counts.set(Math.round(d * 2) / 2, (counts.get(Math.round(d * 2) / 2) ?? 0) + 1);
    let best = median(ds);
    let bestCount = 0;
    for (const [d, n] of counts) {
      if (n > bestCount || n === bestCount && d < best) {
        best = d;
        bestCount = n;
      }
    }
    out.set(size, best);
  }
  return out;
}
function buildFlow(pages) {
  const spacing = lineSpacings(pages);
  const fallback = columnMargins(pages.flatMap((p) => p.lines)) ?? { left: 0, right: Infinity };
  const byWidth = /* @__PURE__ */ new Map();
  const margins = /* @__PURE__ */ new Map();
  for (const p of pages) {
    const w = Math.round(p.width);
    if (!byWidth.has(w)) byWidth.set(w, columnMargins(pages.filter((q) => Math.round(q.width) === w).flatMap((q) => q.lines)) ?? fallback);
    margins.set(p.page, byWidth.get(w));
  }
  const blocks = [];
  let current = [];
  let text = "";
  let tail = "";
  let lastWasPageEnd = false;
  const close = () => {
    if (!current.length) return;
    blocks.push({ kind: "paragraph", lines: current, text, bold: current.every((l) => l.bold) });
    current = [];
    text = "";
    tail = "";
  };
  for (const p of pages) {
    const items = [...p.lines.map((line) => ({ top: line.top, line })), ...p.tables.map((table) => ({ top: table.top, table }))];
    items.sort((a, b) => a.top - b.top || (a.line && b.line ? a.line.x0 - b.line.x0 : 0));
    items.forEach((item, index) => {
      if (item.table) {
        close();
        blocks.push({ kind: "table", table: item.table });
        return;
      }
      const line = item.line;
      const join = current.length ? continues(current, line, index === 0 && lastWasPageEnd, margins, spacing) : "break";
      if (join === "break") close();
      text = join === "wrap" ? joinWrapped(text, line.text, tail) : join === "newline" ? `${text}
${line.text}` : line.text;
      const last = lastChar(line.text);
      if (last !== void 0) tail = last;
      else if (join === "newline") tail = "\n";
      else if (join === "break") tail = "";
      current.push(line);
    });
    lastWasPageEnd = current.length > 0 && items.length > 0 && items[items.length - 1].line === current[current.length - 1];
    if (!lastWasPageEnd) close();
  }
  close();
  return blocks;
}
var NO_START = "\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF09\u300B\u300D\u300F\u3011\u3015\u3009\u201D\u2019%\uFF05\xB7\u2026\u2014.,;:!?)]}";
var NO_END = "\uFF08\u300A\u300C\u300E\u3010\u3014\u3008\u201C\u2018([{";
function firstPieceWidth(line) {
  const chars = [...line.text];
  let i = 0;
  while (i < chars.length && NO_END.includes(chars[i])) i++;
  if (i < chars.length && /[0-9A-Za-z０-９]/u.test(chars[i])) {
    while (i < chars.length && /[0-9A-Za-z０-９.,\-_/%+]/u.test(chars[i])) i++;
  } else {
    i++;
  }
  while (i < chars.length && NO_START.includes(chars[i])) i++;
  const piece = chars.slice(0, i);
  const weight = (ch) => isCjk(ch) ? 1 : 0.55;
  const total = chars.reduce((n, ch) => n + weight(ch), 0) || 1;
  const perUnit = (line.x1 - line.x0) / total;
  return piece.reduce((n, ch) => n + weight(ch), 0) * Math.min(perUnit, 1.2 * line.size);
}
function isCentered(line, m) {
  return line.x0 > m.left + 2 * line.size && Math.abs((line.x0 + line.x1) / 2 - (m.left + m.right) / 2) <= 1.5 * line.size;
}
var ENUMERATOR_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节])/u;
var TOC_ENTRY_RE = /[…．.·⋯]{4,}\s*\d*$/u;
function startsEntry(prev, line) {
  if (TOC_ENTRY_RE.test(prev.text)) return true;
  const last = [...prev.text].pop() ?? "";
  return ENUMERATOR_RE.test(line.text) && !NO_START.includes(last) && !/[；;。]/u.test(last);
}
function continues(para, line, acrossPages, margins, spacing) {
  if (startsEntry(para[para.length - 1], line)) return "break";
  return continuesText(para, line, acrossPages, margins, spacing) ? "wrap" : centredTitle(para, line, margins, spacing) ? "newline" : "break";
}
function usualSpacing(spacing, em) {
  return spacing.get(Math.round(em)) ?? 1.6 * em;
}
function centredTitle(para, line, margins, spacing) {
  const prev = para[para.length - 1];
  if (line.page !== prev.page || Math.abs(prev.size - line.size) > 0.12 * prev.size || prev.bold !== line.bold) return false;
  const m = margins.get(prev.page);
  if (!para.every((l) => isCentered(l, m)) || !isCentered(line, m)) return false;
  const d = line.baseline - prev.baseline;
  return d > 0.5 * prev.size && d <= 1.2 * Math.max(usualSpacing(spacing, prev.size), 1.6 * prev.size);
}
function continuesText(para, line, acrossPages, margins, spacing) {
  const prev = para[para.length - 1];
  const em = prev.size;
  if (Math.abs(prev.size - line.size) > 0.12 * em) return false;
  if (prev.bold !== line.bold) return false;
  const m = margins.get(prev.page);
  if (prev.x1 + firstPieceWidth(line) + 2 * em <= m.right) return false;
  const mLine = margins.get(line.page);
  const bodyX = para.length >= 2 ? para[1].x0 : Math.min(prev.x0, m.left);
  if (line.page !== prev.page) {
    if (!acrossPages) return false;
    return line.x0 <= mLine.left + 0.8 * em && line.x0 >= mLine.left - 0.8 * em;
  }
  const usual = usualSpacing(spacing, em);
  const d = line.baseline - prev.baseline;
  const stretch = Math.max(1, prev.maxSize / em, line.maxSize / em);
  if (d > Math.max(usual * 1.2, usual + 0.25 * em) * stretch || d < 0.5 * em) return false;
  if (line.x0 > bodyX + 0.8 * em) return false;
  if (para.length >= 2 && line.x0 < bodyX - 0.8 * em) return false;
  return true;
}

// dist/convert/pdf/text-normalize.js
import { z } from "zod";
var RadicalsFile = z.object({
  radicals: z.record(z.string().length(1), z.string().min(1).max(2))
});
var RADICALS = new Map(Object.entries(loadPatterns("cjk-radicals.json", RadicalsFile).radicals));
var RADICAL_RE = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;
var INVISIBLE_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/gu;
function normalizeRunText(text) {
  return text.replace(RADICAL_RE, (ch) => RADICALS.get(ch) ?? ch).replace(INVISIBLE_RE, "").replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/gu, " ");
}
function compact(text) {
  return text.replace(/\s+/gu, "");
}

// dist/convert/pdf/split-rows.js
function textAreas(pages) {
  const bySize = /* @__PURE__ */ new Map();
  const key = (p) => `${Math.round(p.width)}x${Math.round(p.height)}`;
  for (const p of pages) {
    const boxes = [...p.lines, ...p.tables];
    if (!boxes.length) continue;
    const area = bySize.get(key(p)) ?? { top: Infinity, bottom: -Infinity };
    for (const b of boxes) {
      area.top = Math.min(area.top, b.top);
      area.bottom = Math.max(area.bottom, b.bottom);
    }
    bySize.set(key(p), area);
  }
  const out = /* @__PURE__ */ new Map();
  for (const p of pages) {
    const area = bySize.get(key(p));
    if (area) out.set(p.page, area);
  }
  return out;
}
var FIGURE_RE = /^[-−+＋]?[(（]?[-−]?[0-9０-９][0-9０-９,，.．]*[)）]?[%％]?$/u;
var isFigure = (text) => FIGURE_RE.test(compact(text));
var ENDS_SENTENCE = /[。；;！？!?]$/u;
function rowCount(cells) {
  return cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
}
function overlap(a, b) {
  const o = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0);
  return o / Math.max(1e-6, Math.min(a.box.x1 - a.box.x0, b.box.x1 - b.box.x0));
}
function repeatedHeaderRows(a, b) {
  const texts = (t, row) => t.cells.filter((c) => c.row === row).sort((p, q) => p.box.x0 - q.box.x0).map((c) => compact(c.text)).filter(Boolean).join("|");
  let k = 0;
  const limit = Math.min(5, rowCount(a.cells), rowCount(b.cells) - 1);
  while (k < limit) {
    const key = texts(b, k);
    if (!key || key !== texts(a, k) || !/[^|\d.]/u.test(key)) break;
    k++;
  }
  return k;
}
function findSplitRow(a, b, areas) {
  if (a.source !== "rulings" || b.source !== "rulings" || b.page !== a.pageEnd + 1) return null;
  const width = a.x1 - a.x0;
  if (Math.abs(a.x0 - b.x0) > 0.03 * width || Math.abs(a.x1 - b.x1) > 0.03 * width) return null;
  const last = rowCount(a.cells) - 1;
  const row = repeatedHeaderRows(a, b);
  if (last < 0 || row >= rowCount(b.cells)) return null;
  const tail = a.cells.filter((c) => c.row + c.rowSpan - 1 === last && c.page === a.pageEnd);
  const cont = b.cells.filter((c) => c.row === row);
  if (b.cells.some((c) => c.row < row && c.row + c.rowSpan > row)) return null;
  const filled = cont.filter((c) => compact(c.text));
  if (!filled.length || filled.some((c) => isFigure(c.text) || c.rowSpan > 1)) return null;
  if (!tail.some((c) => isFigure(c.text))) return null;
  const joins = [];
  for (const c of filled.sort((p, q) => p.box.x0 - q.box.x0)) {
    const above = tail.filter((t) => overlap(t, c) > 0.5);
    if (!above.length || above.some((t) => isFigure(t.text))) return null;
    const into = above.filter((t) => compact(t.text)).sort((p, q) => overlap(q, c) - overlap(p, c))[0];
    if (!into) return null;
    joins.push({ from: c, into });
  }
  if (!joins.some(({ into }) => into.tail?.full && !ENDS_SENTENCE.test(into.text.trim()))) return null;
  const label = tail.filter((t) => t.row === last && compact(t.text) && !isFigure(t.text)).sort((p, q) => p.box.x0 - q.box.x0)[0];
  const onLabel = joins.find((j) => j.into === label);
  if (onLabel) {
    if (ENUMERATOR_RE.test(onLabel.from.text.trim())) return null;
    const intos = new Set(joins.map((j) => j.into));
    if (intos.size < 2 && !label.tail?.full) return null;
  }
  const areaA = areas?.get(a.pageEnd);
  const areaB = areas?.get(b.page);
  const em = Math.max(...joins.map((j) => j.into.tail?.size ?? 0), ...filled.map((c) => c.tail?.size ?? 0));
  if (areaA && areaB && em > 0) {
    const rowBottom = Math.max(...tail.map((t) => t.box.bottom));
    if (areaA.bottom - rowBottom > 2 * em) return null;
    if (b.top - areaB.top > 2 * em) return null;
  }
  for (const { into } of joins) {
    if (into.tail && into.box.bottom - into.tail.bottom > 1.5 * into.tail.size) return null;
  }
  return { row, joins };
}
function joinHalves(first, rest) {
  const wrapped = first.tail ? first.tail.full : !ENDS_SENTENCE.test(first.text.trim());
  return wrapped ? joinWrapped(first.text, rest) : `${first.text}
${rest}`;
}
function joinSplitRow(a, b, split) {
  const texts = /* @__PURE__ */ new Map();
  for (const { from, into } of split.joins) texts.set(into, joinHalves({ ...into, text: texts.get(into) ?? into.text }, from.text));
  const cells = a.cells.map((c) => texts.has(c) ? { ...c, text: texts.get(c) } : c);
  const k = split.row;
  const rest = b.cells.filter((c) => !(c.row === k && c.rowSpan === 1)).map((c) => c.row === k ? { ...c, rowSpan: c.rowSpan - 1 } : c.row > k ? { ...c, row: c.row - 1 } : c);
  if (!rest.some((c) => c.row >= k)) return { a: { ...a, cells }, b: rest.length ? { ...b, cells: rest, ys: b.ys.slice(0, k + 1) } : null };
  const ys = k === 0 ? b.ys.slice(1) : [...b.ys.slice(0, k + 1), ...b.ys.slice(k + 2)];
  return { a: { ...a, cells }, b: { ...b, cells: rest, ys, top: ys[0] ?? b.top } };
}

// dist/convert/pdf/continuation.js
var SAME_X = 3;
function mergeContinuedTables(blocks, areas) {
  const out = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind !== "table" || prev?.kind !== "table") {
      out.push(block);
      continue;
    }
    let first = prev.table;
    let second = block.table;
    const split = findSplitRow(first, second, areas);
    if (split) {
      ({ a: first, b: second } = joinSplitRow(first, second, split));
      out[out.length - 1] = { kind: "table", table: first };
    }
    if (!second) {
      out[out.length - 1] = { kind: "table", table: { ...first, pageEnd: block.table.pageEnd } };
    } else if (continuesOn(first, second)) {
      out[out.length - 1] = { kind: "table", table: merge(first, second) };
    } else {
      out.push({ kind: "table", table: second });
    }
  }
  return out;
}
function continuesOn(a, b) {
  if (b.page !== a.pageEnd + 1) return false;
  const width = a.x1 - a.x0;
  if (Math.abs(a.x0 - b.x0) > 0.03 * width || Math.abs(a.x1 - b.x1) > 0.03 * width) return false;
  const share = (p, q) => p.filter((x) => q.some((y) => Math.abs(x - y) <= SAME_X)).length / p.length;
  return Math.max(share(a.xs, b.xs), share(b.xs, a.xs)) >= 0.8;
}
function rowCount2(cells) {
  return cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
}
function unionXs(a, b) {
  const out = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (out.length && x - out[out.length - 1] <= SAME_X) continue;
    out.push(x);
  }
  return out;
}
function nearestIndex(xs, x) {
  let best = 0;
  xs.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs(xs[best] - x)) best = i;
  });
  return best;
}
function regrid(table, xs) {
  return table.cells.map((c) => {
    const left = table.xs[c.col] ?? c.box.x0;
    const right = table.xs[c.col + c.colSpan] ?? c.box.x1;
    const col = nearestIndex(xs, left);
    const end = Math.max(col + 1, nearestIndex(xs, right));
    return { ...c, col, colSpan: end - col };
  });
}
function rowKey(cells, row) {
  return cells.filter((c) => c.row === row).sort((p, q) => p.col - q.col).map((c) => `${c.col}:${c.colSpan}:${compact(c.text)}`).join("|");
}
function merge(a, b) {
  const xs = unionXs(a.xs, b.xs);
  const first = regrid(a, xs);
  let second = regrid(b, xs);
  let drop = 0;
  const limit = Math.min(5, rowCount2(first), rowCount2(second) - 1);
  while (drop < limit) {
    const key = rowKey(second, drop);
    if (!key || key !== rowKey(first, drop) || !/[^|:\d]/u.test(key)) break;
    drop++;
  }
  if (drop > 0 && second.some((c) => c.row < drop && c.row + c.rowSpan > drop)) drop = 0;
  const offset = rowCount2(first) - drop;
  second = second.filter((c) => c.row >= drop).map((c) => ({ ...c, row: c.row + offset }));
  return {
    ...a,
    x0: Math.min(a.x0, b.x0),
    x1: Math.max(a.x1, b.x1),
    xs,
    ys: a.ys,
    cells: [...first, ...second],
    pageEnd: b.pageEnd
  };
}

// dist/convert/pdf/layout-patterns.js
import { z as z2 } from "zod";
var regex = z2.string().refine(
  (s) => {
    try {
      new RegExp(s, "iu");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" }
);
var PdfLayoutFile = z2.object({
  /** A line that is only a page number (“— 3 —”, “第 3 页 共 12 页”). */
  pageNumbers: z2.array(regex).min(1),
  /** Font names whose text counts as bold (黑体, 小标宋, …-Bold). */
  boldFonts: z2.array(regex).min(1)
});
var file = loadPatterns("pdf-layout.json", PdfLayoutFile);
var PAGE_NUMBER = file.pageNumbers.map((s) => new RegExp(s, "iu"));
var BOLD_FONT = file.boldFonts.map((s) => new RegExp(s, "iu"));
function isPageNumber(text) {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && PAGE_NUMBER.some((re) => re.test(t));
}
function isBoldFont(name) {
  if (!name) return false;
  const bare = name.replace(/^[A-Z]{6}\+/, "");
  return BOLD_FONT.some((re) => re.test(bare));
}

// dist/convert/pdf/furniture.js
var BAND = 0.1;
var SAME_PLACE = 5;
function takeFurniture(pages) {
  const byPage = new Map(pages.map((p) => [p.page, p]));
  return findFurniture(pages).map(({ line, kind }) => ({ page: line.page, kind, text: line.text, bbox: byPage.get(line.page).toPdfBox(line) }));
}
function findFurniture(pages, options = {}) {
  const candidates = [];
  for (const p of pages) {
    const band = Math.max(p.height * BAND, options.minBand ?? 0);
    const lines = [...p.lines].sort((a, b) => a.top - b.top);
    const tableTop = Math.min(Infinity, ...p.tables.map((t) => t.top));
    const tableBottom = Math.max(-Infinity, ...p.tables.map((t) => t.bottom));
    for (const line of lines) {
      if (line.bottom > band || line.bottom > tableTop) break;
      candidates.push({ line, band: "top", key: keyOf(line.text), place: line.top });
    }
    for (const line of [...lines].reverse()) {
      if (line.top < p.height - band || line.top < tableBottom) break;
      if (candidates.some((c) => c.line === line)) break;
      candidates.push({ line, band: "bottom", key: keyOf(line.text), place: p.height - line.top });
    }
  }
  const furniture = [];
  const taken = /* @__PURE__ */ new Set();
  const total = pages.length;
  const groups = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const k = `${c.band}|${c.key}`;
    groups.set(k, [...groups.get(k) ?? [], c]);
  }
  for (const c of candidates) {
    const pageNumber = isPageNumber(c.line.text);
    let repeated = false;
    if (!pageNumber && c.key.length > 0) {
      const group = groups.get(`${c.band}|${c.key}`);
      const y = median(group.map((g) => g.place));
      const samePlace = group.filter((g) => Math.abs(g.place - y) <= SAME_PLACE);
      const pagesWith = new Set(samePlace.map((g) => g.line.page)).size;
      repeated = Math.abs(c.place - y) <= SAME_PLACE && pagesWith >= 2 && pagesWith >= Math.ceil(0.3 * total);
    }
    if (!pageNumber && !repeated) continue;
    taken.add(c.line);
    furniture.push({ line: c.line, kind: pageNumber ? "page-number" : c.band === "top" ? "header" : "footer" });
  }
  for (const p of pages) p.lines = p.lines.filter((l) => !taken.has(l));
  return furniture.sort((a, b) => a.line.page - b.line.page);
}
function keyOf(text) {
  return compact(text).replace(/[0-9０-９]+/gu, "#");
}

export {
  isCjk,
  joinRuns,
  joinWrapped,
  union,
  buildFlow,
  ENUMERATOR_RE,
  normalizeRunText,
  textAreas,
  isFigure,
  mergeContinuedTables,
  isPageNumber,
  isBoldFont,
  takeFurniture,
  findFurniture
};
