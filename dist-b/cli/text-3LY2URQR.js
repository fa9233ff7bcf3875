import {
  appendHtml
} from "./chunk-D7OO7RTC.js";
import {
  ENUMERATOR_RE,
  buildFlow,
  findFurniture,
  isCjk,
  isFigure,
  isPageNumber,
  joinWrapped,
  mergeContinuedTables
} from "./chunk-6CZOPFW2.js";
import {
  DocumentBuilder
} from "./chunk-3CMWOVOF.js";
import {
  decodeText
} from "./chunk-QSN26QK5.js";
import "./chunk-4WWM7HSQ.js";
import "./chunk-G6WCJDOP.js";
import {
  EmptyFileError,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/convert/text/lines.js
var EM = 10;
var PITCH = 15;
var isSpace = (ch) => ch === " " || ch === "\u3000" || ch === "\xA0" || ch === "	";
function pieces(chars, minGap = 2) {
  const out = [];
  let start = -1;
  let lastEnd = -1;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    if (ch !== void 0 && !isSpace(ch)) {
      if (start === -1) start = i;
      else if (i - lastEnd >= minGap) {
        out.push({ start, end: lastEnd, text: text(chars, start, lastEnd) });
        start = i;
      }
      lastEnd = i + 1;
    }
  }
  if (start !== -1) out.push({ start, end: lastEnd, text: text(chars, start, lastEnd) });
  if (out.length) out[0].lead = true;
  return out;
}
function text(chars, start, end) {
  return chars.slice(start, end).join("").replace(/[ \u3000\u00a0\t]+/gu, " ");
}
function printedWidth(text2) {
  let width = 0;
  for (const ch of text2) width += isCjk(ch) ? 1 : 0.5;
  return width;
}
var topOf = (line) => line.index * PITCH;
function toLine(line) {
  const parts = pieces(line.chars);
  if (!parts.length) return null;
  const top = topOf(line);
  const last = parts[parts.length - 1];
  const x0 = parts[0].start * EM;
  const x1 = (last.start + printedWidth(last.text)) * EM;
  return {
    runs: [],
    text: parts.map((p) => p.text).join(" "),
    x0,
    x1,
    top,
    bottom: top + EM,
    baseline: top + 0.85 * EM,
    size: EM,
    maxSize: EM,
    bold: false,
    page: line.page
  };
}

// dist/convert/text/detect-dump.js
var TAB_CELLS = 3;
var MIN_WRAPPED = 5;
var MIN_ALIGNED = 5;
var ENDS_SENTENCE = /[。；;！？!?]$/u;
var MIN_WRAP_WIDTH = 20;
function textKind(text2) {
  if (text2.includes("\f")) return "pdf-dump";
  let tabLed = 0;
  let longLines = 0;
  let aligned = 0;
  const widths = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
    if (line.startsWith("	")) tabLed++;
    const body = line.trim();
    if (/\S {3,}\S/u.test(body)) aligned++;
    const width = Math.round(printedWidth(body));
    if (width >= MIN_WRAP_WIDTH) {
      longLines++;
      const w = widths.get(width) ?? { lines: 0, open: 0 };
      w.lines++;
      if (!ENDS_SENTENCE.test(body)) w.open++;
      widths.set(width, w);
    }
  }
  if (tabLed >= TAB_CELLS) return "docx-dump";
  let wrapped = { lines: 0, open: 0 };
  for (const [w, n] of widths) {
    const near = [widths.get(w - 1), n, widths.get(w + 1)];
    const sum = { lines: near.reduce((k, x) => k + (x?.lines ?? 0), 0), open: near.reduce((k, x) => k + (x?.open ?? 0), 0) };
    if (sum.lines > wrapped.lines) wrapped = sum;
  }
  if (wrapped.lines >= MIN_WRAPPED && wrapped.lines >= 0.3 * longLines && wrapped.open * 2 > wrapped.lines) return "pdf-dump";
  if (aligned >= MIN_ALIGNED) return "pdf-dump";
  return "lines";
}

// dist/convert/text/amounts.js
var AMOUNT_RE = /^[-−+＋]?[(（]?[-−]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?[)）]?[%％]?$/u;
var isAmountText = (t) => AMOUNT_RE.test(t) && !/^[0-9０-９]{1,3}$/u.test(t);
var isAmount = (p) => isAmountText(p.text) && !(p.lead && /^[0-9]+$/u.test(p.text));
var GLUED_RE = /^([-−]?[0-9０-９][0-9０-９,，]*[.．][0-9０-９]+)(?=[\u3400-\u9fff（(])/u;
function splitAtAmounts(p) {
  const glued = GLUED_RE.exec(p.text);
  if (glued) {
    const len = Array.from(glued[1]).length;
    const rest = splitAtAmounts({ start: p.start + len, end: p.end, text: p.text.slice(glued[1].length) });
    return [{ start: p.start, end: p.start + len, text: glued[1], ...p.lead ? { lead: true } : {} }, ...rest];
  }
  if (!p.text.includes(" ")) return [p];
  const tokens = [];
  let start = p.start;
  for (const word of p.text.split(" ")) {
    const len = Array.from(word).length;
    tokens.push({ start, end: start + len, text: word });
    start += len + 1;
  }
  const amount = (t) => isAmountText(t.text) && /[.,，．]/u.test(t.text);
  if (!tokens.some(amount) || tokens.every(amount)) return [p];
  const out = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && amount(t) === amount({ ...last, text: last.text.split(" ").pop() })) {
      last.text = `${last.text} ${t.text}`;
      last.end = t.end;
    } else {
      out.push({ ...t });
    }
  }
  if (p.lead) out[0].lead = true;
  return out;
}

// dist/convert/text/columns.js
function findColumns(parts) {
  const multi = parts.filter((ps) => ps.length >= 2);
  const body = multi.filter((ps) => ps.some((p) => isAmount(p)));
  if (body.length < 2) return cover(multi);
  const base = joinTextStretches(
    cover([...body, parts.flatMap((ps) => ps.length === 1 && isAmount(ps[0]) ? ps : [])]),
    body.flat().filter(isAmount)
  );
  const inGaps = multi.flatMap((ps) => ps.filter((p) => !base.some((c) => p.start < c.end + 2 && p.end + 2 > c.start)));
  const overlaps = (p, c) => p.start < c.end && p.end > c.start;
  const headerPieces = multi.filter((ps) => !ps.some((p) => isAmount(p))).flat();
  const joined = (c) => headerPieces.some((p) => overlaps(p, c) && base.some((b) => overlaps(p, b)));
  const extra = cover([inGaps]).filter((c) => inGaps.filter((p) => overlaps(p, c)).length >= 2 && !joined(c));
  const firstBody = parts.findIndex((ps) => ps.some((p) => isAmount(p)));
  const headings = parts.slice(0, firstBody).filter((ps) => !ps.some((p) => /^[0-9]/u.test(p.text))).flat();
  const columns = [...base.map((c) => ({ ...c, extra: false })), ...extra.map((c) => ({ ...c, extra: true }))].sort((a, b) => a.start - b.start);
  const out = [];
  for (const c of columns) {
    const left = out[out.length - 1];
    if (!c.extra && left?.extra && headings.length && !headings.some((p) => overlaps(p, c))) {
      left.end = c.end;
      left.extra = false;
      continue;
    }
    out.push(c);
  }
  return out.map((c) => ({ start: c.start, end: c.end }));
}
function joinTextStretches(columns, amounts) {
  const holdsAmount = (c) => amounts.some((p) => p.start < c.end && p.end > c.start);
  const out = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && c.start - last.end < 2 && !holdsAmount(last) && !holdsAmount(c)) last.end = c.end;
    else out.push({ ...c });
  }
  return out;
}
function cover(parts) {
  let width = 0;
  for (const ps of parts) for (const p of ps) width = Math.max(width, p.end);
  const diff = new Int32Array(width + 2);
  for (const ps of parts) {
    for (const p of ps) {
      diff[p.start] += 1;
      diff[p.end] -= 1;
    }
  }
  const columns = [];
  let depth = 0;
  let start = -1;
  for (let x = 0; x <= width; x++) {
    depth += diff[x];
    if (depth > 0 && start === -1) start = x;
    if (depth <= 0 && start !== -1) {
      columns.push({ start, end: x });
      start = -1;
    }
  }
  return columns;
}
function columnsOf(p, columns, colAt) {
  let first = -1;
  let last = -1;
  for (let x = p.start; x < p.end && x < colAt.length; x++) {
    const c = colAt[x];
    if (c < 0) continue;
    if (first === -1) first = c;
    last = c;
  }
  if (first !== -1) return [first, last];
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, k) => {
    const d = Math.min(Math.abs(c.start - p.start), Math.abs(c.end - p.end));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return [best, best];
}
function place(p, columns, colAt) {
  const [first, last] = columnsOf(p, columns, colAt);
  if (last > first && p.text.includes(" ")) {
    const words = [];
    let start = p.start;
    for (const w of p.text.split(" ")) {
      const len = Array.from(w).length;
      words.push({ start, end: start + len, text: w });
      start += len + 1;
    }
    const spots = words.map((w) => columnsOf(w, columns, colAt));
    if (spots.every(([a, b], k) => a === b && (k === 0 || a > spots[k - 1][0]))) {
      return words.map((w, k) => ({ ...w, col: spots[k][0], colSpan: 1 }));
    }
  }
  const text2 = /^(?:\S )+\S$/u.test(p.text) ? p.text.replace(/ /g, "") : p.text;
  return [{ ...p, text: text2, col: first, colSpan: last - first + 1 }];
}
function spread(placed, columns, colAt) {
  for (let k = 1; k < placed.length; k++) {
    const p = placed[k];
    const before = placed[k - 1];
    const inGap = colAt[p.start] === -1 && colAt[p.end - 1] === -1;
    const next = before.col + before.colSpan;
    if (inGap && p.colSpan === 1 && p.col < next && next < columns.length) placed[k] = { ...p, col: next };
  }
  return placed;
}

// dist/convert/text/table-cells.js
function newRow(top) {
  return { cells: /* @__PURE__ */ new Map(), top, bottom: top + PITCH, amounts: false, taken: /* @__PURE__ */ new Set() };
}
function addText(row, p, top, wrapped) {
  row.bottom = Math.max(row.bottom, top + PITCH);
  const cell = row.cells.get(p.col);
  if (cell) {
    cell.text = joinWrapped(cell.text, p.text);
    cell.colSpan = Math.max(cell.colSpan, p.col + p.colSpan - cell.col);
    cell.start = Math.min(cell.start, p.start);
    cell.end = Math.max(cell.end, p.end);
    cell.wrapped ||= wrapped;
  } else {
    row.cells.set(p.col, { col: p.col, colSpan: p.colSpan, text: p.text, start: p.start, end: p.end, wrapped });
  }
  for (let c = p.col; c < p.col + p.colSpan; c++) row.taken.add(c);
}

// dist/convert/text/table-header.js
var CODE_RE = /^[0-9]{2,3}$/u;
function codeColumns(body, count) {
  return Array.from({ length: count }, (_, c) => {
    const texts = body.map((r) => r.cells.get(c)?.text ?? "").filter((t) => t && !/^[类款项]$/u.test(t));
    return texts.length > 0 && texts.every((t) => CODE_RE.test(t));
  });
}
function headerRows(lines, columns, isCode, isFigures = []) {
  if (!lines.length) return [];
  const groups = [];
  const codeRow = newRow(lines[0].top);
  const main = newRow(lines[0].top);
  let codeText = "";
  lines.forEach((line, k) => {
    let group = null;
    const spanned = /* @__PURE__ */ new Set();
    for (const p of line.placed) {
      const span = groupSpan(p, line, lines.slice(k + 1), columns, spanned, k === 0);
      if (span) widenOverFigures(span, p, line, lines.slice(k + 1), spanned, isFigures);
      if (span) {
        for (let c = span.first; c <= span.last; c++) spanned.add(c);
        group ??= newRow(line.top);
        addText(group, { ...p, col: span.first, colSpan: span.last - span.first + 1 }, line.top, false);
      } else if (isCodeHeading(p, isCode)) {
        codeText = joinWrapped(codeText, p.text);
      } else {
        addText(main, p, line.top, false);
      }
    }
    if (group) groups.push(group);
  });
  const rows = [...groups];
  if (codeText) {
    const first = isCode.indexOf(true);
    let last = first;
    while (last + 1 < isCode.length && isCode[last + 1]) last++;
    addText(codeRow, { start: 0, end: 0, text: codeText, col: first, colSpan: last - first + 1 }, lines[0].top, false);
    rows.push(codeRow);
  }
  if (main.cells.size) rows.push(main);
  if (groups.length && main.cells.size) headingsBesideGroups(rows, main, isCode);
  return rows;
}
function headingsBesideGroups(rows, main, isCode) {
  const covered = /* @__PURE__ */ new Set();
  for (const row of rows) {
    if (row === main) continue;
    for (const c of row.cells.values()) for (let k = c.col; k < c.col + c.colSpan; k++) covered.add(k);
  }
  const top = rows[0];
  for (const cell of [...main.cells.values()]) {
    const cols = Array.from({ length: cell.colSpan }, (_, k) => cell.col + k);
    if (cols.some((c) => covered.has(c) || isCode[c])) continue;
    main.cells.delete(cell.col);
    for (const c of cols) main.taken.delete(c);
    top.cells.set(cell.col, { ...cell, rowSpan: rows.length });
    for (const c of cols) top.taken.add(c);
  }
}
function widenOverFigures(span, p, line, below, spanned, isFigures) {
  for (let c = span.first; c <= span.last; c++) if (!isFigures[c]) return;
  const subheads = (l) => l.placed.filter((q) => Array.from(q.text).length > 1).map((q) => q.col);
  const under = below.find((l) => new Set(subheads(l).filter((c) => c >= span.first && c <= span.last)).size >= 2);
  if (!under) return;
  const named = new Set(subheads(under));
  const free = (c) => isFigures[c] === true && !spanned.has(c) && !line.placed.some((q) => q !== p && c >= q.col && c < q.col + q.colSpan);
  for (let c = span.first - 1; c >= 0 && free(c); c--) if (named.has(c)) span.first = c;
  for (let c = span.last + 1; c < isFigures.length && free(c); c++) if (named.has(c)) span.last = c;
}
function isCodeHeading(p, isCode) {
  if (Array.from(p.text).length < 2) return false;
  for (let c = p.col; c < p.col + p.colSpan; c++) if (!isCode[c]) return false;
  return true;
}
function groupSpan(p, line, below, columns, spanned, firstLine = false) {
  const free = (c) => !spanned.has(c) && !line.placed.some((q) => q !== p && c >= q.col && c < q.col + q.colSpan);
  let middle = -1;
  below.forEach((l, k) => {
    if (middle < 0 || l.placed.length > below[middle].placed.length) middle = k;
  });
  if (!firstLine && below.slice(middle + 1).some((l) => l.placed.some((q) => q.col >= p.col && q.col < p.col + p.colSpan && Math.abs(q.start - p.start) <= 1))) return null;
  const mid = (p.start + p.end) / 2;
  const distance = (a, b) => Math.abs((columns[a].start + columns[b].end) / 2 - mid);
  const own = { first: p.col, last: p.col + p.colSpan - 1 };
  let best = own;
  const low = own.first > 0 && free(own.first - 1) ? own.first - 1 : own.first;
  const high = own.last + 1 < columns.length && free(own.last + 1) ? own.last + 1 : own.last;
  for (let a = low; a <= own.first; a++) {
    for (let b = own.last; b <= high; b++) {
      if (columns[a].start <= mid && mid <= columns[b].end && distance(a, b) < distance(best.first, best.last)) best = { first: a, last: b };
    }
  }
  if (best.last === best.first) return null;
  const under = below.some((l) => new Set(l.placed.filter((q) => Array.from(q.text).length > 1 && q.col >= best.first && q.col <= best.last).map((q) => q.col)).size >= 2);
  return under ? best : null;
}

// dist/convert/text/aligned-tables.js
var MIN_ROWS = 3;
var MAX_BLANKS = 2;
var MAX_FRAGMENT = 12;
var MAX_FRAGMENTS = 3;
var LEADER_RE = /[.．·•…⋯]{3}/u;
var NOTE_RE = /^(?:注|说明|备注)\s*\d*\s*[:：]/u;
var META_RE = /^(?:编制)?(?:部门|单位|填报单位|预算单位)(?:名称)?\s*[:：]/u;
var TITLE_RE = /(?:表|单位\s*[:：].*)$/u;
var STARTS_ROW_RE = /^(?:[0-9０-９]|(?:合\s*计|总\s*计|小\s*计)$)/u;
var ENDS_SENTENCE_RE = /[。；;！？!?]$/u;
var MAX_LINES_ABOVE_CONTINUATION = 3;
function findTextTables(lines, options = {}) {
  const parts = lines.map((l) => pieces(l.chars).flatMap(splitAtAmounts));
  const lastText = parts.reduce((k, p, i2) => p.length ? i2 : k, -1);
  const tables = [];
  const used = /* @__PURE__ */ new Set();
  let i = 0;
  let lowest = 0;
  while (i < lines.length) {
    if (!isTableLine(parts[i])) {
      i++;
      continue;
    }
    const starts = /* @__PURE__ */ new Set();
    const ends = /* @__PURE__ */ new Set();
    const note = (ps) => ps.forEach((p) => (starts.add(p.start), ends.add(p.end)));
    note(parts[i]);
    let last = i;
    let blanks = 0;
    let multi = 1;
    let tentative = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const q = parts[j];
      if (!q.length) {
        if (++blanks > MAX_BLANKS) break;
        continue;
      }
      blanks = 0;
      if (isTableLine(q)) {
        note(q);
        multi++;
      } else if (q.length === 1 && j === lastText && isPageNumber(q[0].text)) {
        break;
      } else if (!(q.length === 1 && fitsColumn(q[0], starts, ends))) {
        const short = q.length === 1 && q[0].end - q[0].start <= MAX_FRAGMENT;
        if (short && !NOTE_RE.test(q[0].text) && !TITLE_RE.test(q[0].text) && ++tentative <= MAX_FRAGMENTS) continue;
        break;
      }
      tentative = 0;
      last = j;
    }
    let first = i;
    for (let k = i - 1; k >= 0 && !used.has(k) && k >= lowest; k--) {
      const q = parts[k];
      if (!q.length) break;
      if (!(q.length === 1 && fitsColumn(q[0], starts, ends) && !TITLE_RE.test(q[0].text))) break;
      first = k;
    }
    const atTop = options.continuing === true && !tables.length && parts.slice(0, first).filter((q) => q.length).length <= MAX_LINES_ABOVE_CONTINUATION;
    if (multi >= MIN_ROWS || atTop) {
      const region = lines.slice(first, last + 1);
      const table = readTable(region, parts.slice(first, last + 1), atTop ? 1 : 2);
      if (table) {
        tables.push(table);
        for (let k = first; k <= last; k++) used.add(k);
      }
    }
    i = last + 1;
    lowest = i;
  }
  return { tables, rest: lines.filter((_, k) => !used.has(k)) };
}
function isTableLine(ps) {
  return ps.length >= 2 && !ps.some((p) => LEADER_RE.test(p.text) || META_RE.test(p.text)) && !NOTE_RE.test(ps[0].text);
}
function fitsColumn(p, starts, ends) {
  if (NOTE_RE.test(p.text) || p.end - p.start > 24 && ENDS_SENTENCE_RE.test(p.text)) return false;
  return [p.start - 1, p.start, p.start + 1].some((x) => starts.has(x)) || [p.end - 1, p.end, p.end + 1].some((x) => ends.has(x));
}
function readTable(region, parts, minRows) {
  const columns = findColumns(parts);
  if (columns.length < 2) return null;
  const width = columns[columns.length - 1].end;
  const colAt = new Int32Array(width + 1).fill(-1);
  columns.forEach((c, k) => colAt.fill(k, c.start, c.end));
  const page = region[0].page;
  const lines = region.map((line, k) => ({ line, placed: spread(parts[k].flatMap((p) => place(p, columns, colAt)), columns, colAt) }));
  const firstBody = lines.findIndex(({ placed }) => placed.some((p) => isAmount(p)));
  if (firstBody < 0) return null;
  for (let k = firstBody; k + 1 < lines.length; k++) {
    const a = lines[k].placed;
    const b = lines[k + 1].placed;
    if (a.length && b.length && a.every((p) => isAmount(p)) && !b.every((p) => isAmount(p)) && disjoint(a, b)) {
      [lines[k], lines[k + 1]] = [lines[k + 1], lines[k]];
      k++;
    }
  }
  const codeHeads = (placed) => placed.length > 0 && placed.every((p) => /^[类款项]$/u.test(p.text));
  const headerLines = lines.filter(({ placed }, k) => placed.length && (k < firstBody || codeHeads(placed))).map(({ line, placed }) => ({ top: topOf(line), placed }));
  const limit = columns.map(() => ({ end: 0, count: 0 }));
  for (const { placed } of lines) {
    for (const p of placed) {
      const l = limit[p.col + p.colSpan - 1];
      const end = p.start + printedWidth(p.text);
      if (end > l.end + 0.5) Object.assign(l, { end, count: 1 });
      else if (end >= l.end - 0.5) l.count++;
    }
  }
  const body = [];
  let blankBefore = false;
  for (const { line, placed } of lines.slice(firstBody)) {
    if (codeHeads(placed)) continue;
    if (!placed.length) {
      blankBefore = true;
      continue;
    }
    const top = topOf(line);
    const amounts = placed.some((p) => isAmount(p));
    const prev = blankBefore ? void 0 : body[body.length - 1];
    blankBefore = false;
    if (prev && continuesCells(prev, placed, limit)) {
      for (const p of placed) addText(prev, p, top, true);
    } else if (prev && fillsGaps(prev, placed, amounts)) {
      for (const p of placed) addText(prev, p, top, false);
      prev.amounts ||= amounts;
    } else {
      const row = newRow(top);
      for (const p of placed) addText(row, p, top, false);
      row.amounts = amounts;
      body.push(row);
    }
  }
  const isFigures = columns.map((_, c) => body.some((r) => isAmountText(r.cells.get(c)?.text ?? "")));
  const rows = [...headerRows(headerLines, columns, codeColumns(body, columns.length), isFigures), ...body];
  if (rows.length < minRows) return null;
  const cells = [];
  rows.forEach((row, r) => {
    for (const c of [...row.cells.values()].sort((a, b) => a.col - b.col)) {
      cells.push({
        row: r,
        col: c.col,
        rowSpan: c.rowSpan ?? 1,
        colSpan: c.colSpan,
        text: c.text,
        page,
        box: { x0: c.start * EM, x1: c.end * EM, top: row.top, bottom: row.bottom }
      });
    }
  });
  const x0 = columns[0].start * EM;
  const x1 = width * EM;
  const xs = [x0, ...columns.slice(1).map((c, k) => (columns[k].end + c.start) / 2 * EM), x1];
  return {
    x0,
    x1,
    top: rows[0].top,
    bottom: rows[rows.length - 1].bottom,
    page,
    pageEnd: page,
    xs,
    ys: [...rows.map((r) => r.top), rows[rows.length - 1].bottom],
    cells,
    source: "alignment"
  };
}
function disjoint(a, b) {
  return a.every((p) => b.every((q) => p.col + p.colSpan <= q.col || q.col + q.colSpan <= p.col));
}
function continuesCells(prev, placed, limit) {
  if (placed.some((p) => isAmount(p) || STARTS_ROW_RE.test(p.text) || ENUMERATOR_RE.test(p.text))) return false;
  return placed.every((p) => {
    const cell = prev.cells.get(p.col);
    if (!cell) return prev.amounts && !prev.taken.has(p.col) && p.colSpan === 1;
    if (isAmountText(cell.text) || ENDS_SENTENCE_RE.test(cell.text)) return false;
    if (cell.wrapped) return true;
    const l = limit[cell.col + cell.colSpan - 1];
    return l.count >= 2 && cell.start + printedWidth(cell.text) >= l.end - 1;
  });
}
function fillsGaps(prev, placed, amounts) {
  for (const p of placed) for (let c = p.col; c < p.col + p.colSpan; c++) if (prev.taken.has(c)) return false;
  const onlyAmounts = placed.every((p) => isAmount(p));
  const prevOnlyAmounts = [...prev.cells.values()].every((c) => isAmountText(c.text) && !(c.col === 0 && /^[0-9]+$/u.test(c.text)));
  return onlyAmounts || !amounts || prevOnlyAmounts || !prev.amounts;
}

// dist/convert/text/continued-tables.js
function mergeContinuedTextTables(blocks) {
  const out = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind === "table" && prev?.kind === "table" && block.table.page === prev.table.pageEnd + 1) {
      const aligned = alignColumns(prev.table, block.table);
      if (aligned) {
        out.push({ kind: "table", table: aligned });
        continue;
      }
    }
    out.push(block);
  }
  return mergeContinuedTables(out);
}
function kinds(t) {
  const cols = t.xs.length - 1;
  const counts = Array.from({ length: cols }, () => ({ code: 0, figure: 0, text: 0 }));
  let rows = 0;
  let wordsInFirstRow = false;
  for (const c of t.cells) {
    rows = Math.max(rows, c.row + c.rowSpan);
    if (c.row === 0 && c.text.trim() && !isFigure(c.text)) wordsInFirstRow = true;
  }
  const skipFirst = wordsInFirstRow && rows > 1;
  for (const c of t.cells) {
    if (c.row === 0 && skipFirst) continue;
    const s = c.text.trim();
    if (!s) continue;
    const k = /^[0-9]{2,3}$/u.test(s) ? "code" : isFigure(s) ? "figure" : "text";
    counts[c.col][k]++;
  }
  return counts.map((n) => n.code + n.figure + n.text === 0 ? "empty" : n.code >= n.figure && n.code >= n.text ? "code" : n.figure >= n.text ? "figure" : "text");
}
function alignColumns(a, b) {
  const colsA = a.xs.length - 1;
  const colsB = b.xs.length - 1;
  let map = null;
  if (colsA === colsB) map = Array.from({ length: colsB }, (_, k) => k);
  else if (colsB < colsA) {
    const ka = kinds(a);
    const kb = kinds(b);
    map = [];
    let j = 0;
    for (const k of kb) {
      while (j < colsA && ka[j] !== k) j++;
      if (j >= colsA) return null;
      map.push(j++);
    }
  }
  if (!map) return null;
  const cells = b.cells.map((c) => {
    const col = map[c.col];
    const end = map[c.col + c.colSpan - 1];
    return { ...c, col, colSpan: end - col + 1 };
  });
  return { ...b, x0: a.x0, x1: a.x1, xs: a.xs, cells };
}

// dist/convert/text/pdf-dump.js
var MAX_FOOTER_LINES = 2;
var FURNITURE_LINES = 3;
var WIDTH_STEP = 16;
function readPdfDump(text2, limits = resolveLimits()) {
  const pageTexts = text2.split("\f");
  if (pageTexts.length > 1 && pageTexts[pageTexts.length - 1].trim() === "") pageTexts.pop();
  const paged = pageTexts.length > 1;
  const pages = pageTexts.map((pageText, p) => {
    const rawLines = pageText.split("\n");
    while (rawLines.length && rawLines[rawLines.length - 1].trim() === "") rawLines.pop();
    return rawLines.map((l, index) => ({ page: p + 1, index, chars: Array.from(l.trimEnd()) }));
  });
  let endsWithTable = false;
  const layouts = pages.map((lines, p) => {
    const { tables, rest } = findTextTables(lines, { continuing: endsWithTable });
    const lastTable = Math.max(-1, ...tables.map((t) => t.bottom));
    endsWithTable = lastTable >= 0 && rest.filter((l) => topOf(l) > lastTable && l.chars.join("").trim()).length <= MAX_FOOTER_LINES;
    const body = rest.map(toLine).filter((l) => l !== null);
    return {
      page: p + 1,
      // Pages are grouped by width for their margins (buildFlow), as PDF pages are by size: a
      // dump's page is as wide as its text reaches, to a multiple of WIDTH_STEP columns.
      width: Math.ceil(body.reduce((w, l) => Math.max(w, l.x1), 0) / (WIDTH_STEP * EM)) * WIDTH_STEP * EM,
      height: Math.max(1, lines.length) * PITCH,
      lines: body,
      tables,
      toPdfBox: () => [0, 0, 0, 0]
    };
  });
  const builder = new DocumentBuilder(limits);
  const furniture = findFurniture(layouts, { minBand: FURNITURE_LINES * PITCH });
  for (const block of mergeContinuedTextTables(buildFlow(layouts))) {
    if (block.kind === "paragraph") {
      builder.addParagraph(block.text, { page: paged ? block.lines[0].page : null });
    } else {
      const t = block.table;
      builder.addTable(
        t.cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, page: paged ? c.page : null })),
        { page: paged ? t.page : null, pageEnd: paged ? t.pageEnd : null }
      );
    }
  }
  if (paged) for (const { line, kind } of furniture) builder.addFurniture({ page: line.page, kind, text: line.text });
  return builder.build(paged ? pageTexts.length : null);
}

// dist/convert/text.js
var BOOKMARK = /\[bookmark:[^\]]*\]/g;
function readText(bytes, limits = resolveLimits()) {
  const text2 = (typeof bytes === "string" ? bytes : decodeText(bytes)).replace(/\r\n?/g, "\n").replace(BOOKMARK, "");
  if (text2.trim() === "") throw new EmptyFileError("the file holds no text");
  if (textKind(text2) === "pdf-dump") return readPdfDump(text2, limits);
  const builder = new DocumentBuilder(limits);
  const lines = text2.split("\n");
  let table = null;
  let row = -1;
  let rowCount = 0;
  let col = 0;
  let lastCell = null;
  const endTable = () => {
    if (table) builder.addTable(table);
    table = null;
    row = -1;
    rowCount = 0;
    lastCell = null;
  };
  for (const line of lines) {
    if (line.startsWith("	")) {
      table ??= [];
      if (row === -1) {
        row = rowCount++;
        col = 0;
      }
      lastCell = { row, col: col++, text: line.slice(1).trimEnd() };
      table.push(lastCell);
    } else if (line.trim() === "") {
      row = -1;
      lastCell = null;
    } else if (lastCell) {
      lastCell.text = lastCell.text ? `${lastCell.text}
${line.trimEnd()}` : line.trimEnd();
    } else {
      endTable();
      builder.addParagraph(line.replace(/\u00a0/g, " ").trimEnd());
    }
  }
  endTable();
  return builder.build(null);
}
function readHtml(bytes, limits = resolveLimits()) {
  const builder = new DocumentBuilder(limits);
  appendHtml(typeof bytes === "string" ? bytes : decodeText(bytes, { html: true }), builder, limits);
  if (builder.blockCount === 0) throw new EmptyFileError("the HTML page holds no text");
  return builder.build(null);
}
export {
  decodeText,
  readHtml,
  readText
};
