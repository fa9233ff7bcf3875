import {
  buildFlow,
  isBoldFont,
  isCjk,
  joinRuns,
  joinWrapped,
  mergeContinuedTables,
  normalizeRunText,
  takeFurniture,
  textAreas,
  union
} from "./chunk-6CZOPFW2.js";
import {
  DocumentBuilder
} from "./chunk-3CMWOVOF.js";
import "./chunk-4WWM7HSQ.js";
import {
  CorruptFileError,
  EmptyFileError,
  EncryptedError,
  GoujiError,
  NoTextLayerError,
  TimeoutError,
  TooLargeError
} from "./chunk-AGPICMRN.js";

// dist/convert/pdf/lines.js
function buildLines(runs, page) {
  const horizontal = runs.filter((r) => !r.vertical && r.text.trim() !== "");
  const sorted = [...horizontal].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups = [];
  const baselines = [];
  const sizes = [];
  for (const run of sorted) {
    let placed = false;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 4; g--) {
      const tolerance = 0.4 * Math.min(sizes[g], run.size);
      if (Math.abs(baselines[g] - run.baseline) <= tolerance) {
        groups[g].push(run);
        placed = true;
        break;
      }
    }
    if (!placed) {
      groups.push([run]);
      baselines.push(run.baseline);
      sizes.push(run.size);
    }
  }
  const lines = groups.map((g) => makeLine(dedupe(g.sort((a, b) => a.x0 - b.x0)), page));
  for (const r of runs) {
    if (r.vertical && r.text.trim() !== "") lines.push(makeLine([r], page));
  }
  return lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}
function makeLine(runs, page) {
  const box = union(runs);
  const bySize = /* @__PURE__ */ new Map();
  for (const r of runs) bySize.set(Math.round(r.size * 2) / 2, (bySize.get(Math.round(r.size * 2) / 2) ?? 0) + r.text.length);
  const mainSize = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const main = runs.find((r) => Math.round(r.size * 2) / 2 === mainSize) ?? runs[0];
  const chars = runs.reduce((n, r) => n + r.text.replace(/\s/g, "").length, 0);
  const boldChars = runs.reduce((n, r) => n + (r.bold ? r.text.replace(/\s/g, "").length : 0), 0);
  return {
    x0: box.x0,
    top: box.top,
    x1: box.x1,
    bottom: box.bottom,
    runs,
    text: joinRuns(runs),
    size: main.size,
    maxSize: Math.max(...runs.map((r) => r.size)),
    baseline: main.baseline,
    bold: chars > 0 && boldChars >= 0.9 * chars,
    page
  };
}
function dedupe(runs) {
  const out = [];
  for (const r of runs) {
    const dup = out.find((o) => o.text === r.text && Math.abs(o.x0 - r.x0) < 0.3 * r.size && Math.abs(o.baseline - r.baseline) < 0.3 * r.size);
    if (dup) {
      dup.bold = true;
      continue;
    }
    out.push(r);
  }
  return out;
}
function segments(line, minGapEm = 1.5) {
  const parts = [];
  let current = [];
  let prev;
  for (const r of line.runs) {
    if (prev && r.x0 - prev.x1 >= minGapEm * Math.max(r.size, prev.size)) {
      parts.push(current);
      current = [];
    }
    current.push(r);
    prev = r;
  }
  if (current.length) parts.push(current);
  return parts.map((p) => makeLine(p, line.page));
}

// dist/convert/pdf/aligned-tables.js
var MIN_ROWS = 3;
var LEADER_RE = /^[.．·•…⋯\-—_\s\d]+$/u;
function findAlignedTables(linesIn, page) {
  const lines = [...linesIn].sort((a, b) => a.top - b.top);
  const split = lines.map((l) => segments(l));
  const tables = [];
  const used = /* @__PURE__ */ new Set();
  let i = 0;
  while (i < lines.length) {
    if (!isCandidate(split[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && isCandidate(split[j]) && lines[j].baseline - lines[j - 1].baseline <= 2.5 * lines[j - 1].size) j++;
    if (j - i >= MIN_ROWS) {
      const table = asTable(lines.slice(i, j), split.slice(i, j), page);
      if (table) {
        tables.push(table);
        for (const l of lines.slice(i, j)) used.add(l);
      }
    }
    i = j;
  }
  return { tables, rest: linesIn.filter((l) => !used.has(l)) };
}
function isCandidate(parts) {
  return parts.length >= 2 && !parts.some((p) => LEADER_RE.test(p.text) && /[.．·•…⋯]{3}/u.test(p.text));
}
function asTable(rows, parts, page) {
  const columns = findColumns(parts.flat());
  if (columns.length < 2) return null;
  const cells = [];
  for (let r = 0; r < rows.length; r++) {
    const byColumn = /* @__PURE__ */ new Map();
    for (const part of parts[r]) {
      const c = columns.findIndex((col) => part.x0 < col.x1 && part.x1 > col.x0);
      if (c < 0 || byColumn.has(c)) return null;
      byColumn.set(c, part);
    }
    const row = rows[r];
    columns.forEach((col, c) => {
      const part = byColumn.get(c);
      cells.push({
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: 1,
        text: part?.text ?? "",
        box: part ? { x0: part.x0, x1: part.x1, top: part.top, bottom: part.bottom } : { x0: col.x0, x1: col.x1, top: row.top, bottom: row.bottom },
        page
      });
    });
  }
  const box = union(rows);
  const xs = [columns[0].x0, ...columns.slice(1).map((c, k) => (columns[k].x1 + c.x0) / 2), columns[columns.length - 1].x1];
  return { ...box, page, pageEnd: page, xs, ys: [...rows.map((l) => l.top), box.bottom], cells, source: "alignment" };
}
function findColumns(pieces) {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const columns = [];
  for (const p of sorted) {
    const last = columns[columns.length - 1];
    if (last && p.x0 < last.x1 + 0.3 * p.size) last.x1 = Math.max(last.x1, p.x1);
    else columns.push({ x0: p.x0, x1: p.x1 });
  }
  return columns;
}

// dist/convert/pdf/grid.js
var SNAP = 2;
var JOIN = 2.5;
var MIN_TRACK = 3;
function snapEdges(edges) {
  const out = [];
  for (const dir of ["h", "v"]) {
    const list = edges.filter((e) => e.dir === dir && e.to - e.from >= 1).sort((a, b) => a.pos - b.pos);
    let cluster = [];
    const flush = () => {
      if (!cluster.length) return;
      const pos = cluster.reduce((s, e) => s + e.pos * (e.to - e.from), 0) / cluster.reduce((s, e) => s + (e.to - e.from), 0);
      const spans = cluster.map((e) => [e.from, e.to]).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0];
      for (const [a, b] of spans.slice(1)) {
        if (a <= to + JOIN) to = Math.max(to, b);
        else {
          out.push({ dir, pos, from, to });
          [from, to] = [a, b];
        }
      }
      out.push({ dir, pos, from, to });
      cluster = [];
    };
    for (const e of list) {
      if (cluster.length && e.pos - cluster[0].pos > SNAP) flush();
      cluster.push(e);
    }
    flush();
  }
  return out;
}
function touches(h, v) {
  return v.pos >= h.from - JOIN && v.pos <= h.to + JOIN && h.pos >= v.from - JOIN && h.pos <= v.to + JOIN;
}
function tracks(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const out = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1] < MIN_TRACK) continue;
    out.push(v);
  }
  return out;
}
function coverage(spans, a, b) {
  if (!spans || b <= a) return 0;
  let covered = 0;
  for (const [s, e] of spans) covered += Math.max(0, Math.min(b, e + JOIN) - Math.max(a, s - JOIN));
  return covered / (b - a);
}
function nearest(positions, value) {
  let best = -1;
  let dist = Infinity;
  positions.forEach((p, i) => {
    const d = Math.abs(p - value);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return dist <= MIN_TRACK ? best : -1;
}
function findGrids(edgesIn) {
  const edges = snapEdges(edgesIn);
  const hs = edges.filter((e) => e.dir === "h");
  const vs = edges.filter((e) => e.dir === "v");
  const parent = edges.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(hs.length + j);
    });
  });
  const ordered = [...hs, ...vs];
  const components = /* @__PURE__ */ new Map();
  ordered.forEach((e, i) => {
    const root = find(i);
    const list = components.get(root) ?? [];
    list.push(e);
    components.set(root, list);
  });
  const grids = [];
  for (const comp of components.values()) {
    const ch = comp.filter((e) => e.dir === "h");
    const cv = comp.filter((e) => e.dir === "v");
    if (ch.length < 1 || cv.length < 1) continue;
    const left = Math.min(...ch.map((e) => e.from), ...cv.map((e) => e.pos));
    const right = Math.max(...ch.map((e) => e.to), ...cv.map((e) => e.pos));
    const top = Math.min(...cv.map((e) => e.from), ...ch.map((e) => e.pos));
    const bottom = Math.max(...cv.map((e) => e.to), ...ch.map((e) => e.pos));
    const xs = tracks([left, right, ...cv.map((e) => e.pos)]);
    const ys = tracks([top, bottom, ...ch.map((e) => e.pos)]);
    if (xs.length < 3 || ys.length < 2) continue;
    const vertical = /* @__PURE__ */ new Map();
    const horizontal = /* @__PURE__ */ new Map();
    for (const e of cv) {
      const i = nearest(xs, e.pos);
      if (i >= 0) vertical.set(i, [...vertical.get(i) ?? [], [e.from, e.to]]);
    }
    for (const e of ch) {
      const i = nearest(ys, e.pos);
      if (i >= 0) horizontal.set(i, [...horizontal.get(i) ?? [], [e.from, e.to]]);
    }
    const R = ys.length - 1;
    const C = xs.length - 1;
    const id = (r, c) => r * C + c;
    const cellParent = Array.from({ length: R * C }, (_, i) => i);
    const findCell = (i) => {
      while (cellParent[i] !== i) i = cellParent[i] = cellParent[cellParent[i]];
      return i;
    };
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && coverage(vertical.get(c + 1), ys[r], ys[r + 1]) < 0.5) cellParent[findCell(id(r, c + 1))] = findCell(id(r, c));
        if (r + 1 < R && coverage(horizontal.get(r + 1), xs[c], xs[c + 1]) < 0.5) cellParent[findCell(id(r + 1, c))] = findCell(id(r, c));
      }
    }
    const groups = /* @__PURE__ */ new Map();
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const root = findCell(id(r, c));
        groups.set(root, [...groups.get(root) ?? [], [r, c]]);
      }
    }
    const cells = [];
    for (const members of groups.values()) {
      const r0 = Math.min(...members.map((m) => m[0]));
      const r1 = Math.max(...members.map((m) => m[0]));
      const c0 = Math.min(...members.map((m) => m[1]));
      const c1 = Math.max(...members.map((m) => m[1]));
      const rectangular = members.length === (r1 - r0 + 1) * (c1 - c0 + 1);
      const parts = rectangular ? [[r0, c0, r1, c1]] : members.map(([r, c]) => [r, c, r, c]);
      for (const [ra, ca, rb, cb] of parts) {
        cells.push({
          row: ra,
          col: ca,
          rowSpan: rb - ra + 1,
          colSpan: cb - ca + 1,
          box: { x0: xs[ca], x1: xs[cb + 1], top: ys[ra], bottom: ys[rb + 1] }
        });
      }
    }
    if (cells.length < 2) continue;
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const cellAt = new Int32Array(R * C);
    cells.forEach((cell, i) => {
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) cellAt[id(r, c)] = i;
    });
    grids.push({ x0: xs[0], x1: xs[C], top: ys[0], bottom: ys[R], xs, ys, cells, vertical, cellAt });
  }
  return grids.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}
function trackOf(positions, v) {
  let lo = 0;
  let hi = positions.length - 2;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (positions[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function cellIndexAt(grid, x, y) {
  return grid.cellAt[trackOf(grid.ys, y) * (grid.xs.length - 1) + trackOf(grid.xs, x)];
}
function hasVerticalAt(grid, c, y) {
  const spans = grid.vertical.get(c);
  return !!spans?.some(([a, b]) => y >= a - JOIN && y <= b + JOIN);
}

// dist/convert/pdf/cells.js
function contains(box, x, y, slack = 1) {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.top - slack && y <= box.bottom + slack;
}
function splitAtColumns(run, grid) {
  if (run.vertical) return [run];
  const y = (run.top + run.bottom) / 2;
  const cuts = grid.xs.map((x, i) => ({ x, i })).filter(({ x, i }) => x > run.x0 + 0.4 * run.size && x < run.x1 - 0.4 * run.size && hasVerticalAt(grid, i, y));
  if (!cuts.length) return [run];
  const chars = [...run.text];
  const weights = chars.map((ch) => isCjk(ch) ? 1 : 0.55);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scale = (run.x1 - run.x0) / total;
  const pieces = [];
  let buffer = [];
  let bufferStart = run.x0;
  let pos = run.x0;
  const flush = (end) => {
    const text = buffer.join("").trim();
    if (text) pieces.push({ ...run, text, x0: bufferStart, x1: end });
    buffer = [];
    bufferStart = end;
  };
  let k = 0;
  chars.forEach((ch, i) => {
    const w = weights[i] * scale;
    while (k < cuts.length && pos + w / 2 > cuts[k].x) {
      flush(pos);
      k++;
    }
    buffer.push(ch);
    pos += w;
  });
  flush(pos);
  return pieces.length ? pieces : [run];
}
function cellContent(lines, box) {
  if (!lines.length) return { text: "" };
  const pad = Math.min(8, Math.max(1, Math.min(...lines.map((l) => l.x0 - box.x0))));
  const avail = box.x1 - box.x0 - 2 * pad;
  const full = (l) => l.x1 - l.x0 >= avail - 1.1 * l.size;
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    text = full(prev) ? joinWrapped(text, line.text) : `${text}
${line.text}`;
  }
  const last = lines[lines.length - 1];
  return { text, tail: { bottom: Math.max(...lines.map((l) => l.bottom)), size: last.size, full: full(last) } };
}
function fillGrids(grids, runs, page) {
  const buckets = grids.map((g) => g.cells.map(() => []));
  const rest = [];
  for (const run of runs) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (run.top + run.bottom) / 2;
    const gi = grids.findIndex((g) => contains(g, cx, cy));
    if (gi < 0) {
      rest.push(run);
      continue;
    }
    const grid = grids[gi];
    for (const piece of splitAtColumns(run, grid)) {
      buckets[gi][cellIndexAt(grid, (piece.x0 + piece.x1) / 2, cy)].push(piece);
    }
  }
  const tables = grids.map((grid, gi) => ({
    page,
    x0: grid.x0,
    x1: grid.x1,
    top: grid.top,
    bottom: grid.bottom,
    xs: grid.xs,
    ys: grid.ys,
    pageEnd: page,
    source: "rulings",
    cells: grid.cells.map((cell, ci) => ({
      ...cell,
      page,
      ...cellContent(buildLines(buckets[gi][ci], page), cell.box)
    }))
  }));
  return { tables, rest };
}

// dist/convert/pdf/rulings.js
var MOVE = 0;
var LINE = 1;
var CURVE = 2;
var QUAD = 3;
var CLOSE = 4;
function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5]
  ];
}
function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
var MAX_RULE_THICKNESS = 3;
function scanRulings(fnArray, argsArray, ops, imageOps, toPage, pageArea) {
  const edges = [];
  let images = 0;
  let state = { ctm: [1, 0, 0, 1, 0, 0], fillInvisible: false };
  const stack = [];
  const formStack = [];
  const addSegment = (ax, ay, bx, by) => {
    const [x0, y0] = toPage(...apply(state.ctm, ax, ay));
    const [x1, y1] = toPage(...apply(state.ctm, bx, by));
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dx < 0.5 && dy < 0.5) return;
    if (dy <= 1 && dx > dy * 20) edges.push({ dir: "h", pos: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (dx <= 1 && dy > dx * 20) edges.push({ dir: "v", pos: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };
  const addRect = (pts, filled) => {
    const page = pts.map(([x, y]) => toPage(...apply(state.ctm, x, y)));
    const xs = page.map((p) => p[0]);
    const ys = page.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    const w = x1 - x0;
    const h = bottom - top;
    if (filled) {
      if (state.fillInvisible) return;
      if (h <= MAX_RULE_THICKNESS && w > h) {
        edges.push({ dir: "h", pos: (top + bottom) / 2, from: x0, to: x1 });
        return;
      }
      if (w <= MAX_RULE_THICKNESS && h > w) {
        edges.push({ dir: "v", pos: (x0 + x1) / 2, from: top, to: bottom });
        return;
      }
      if (w * h > 0.5 * pageArea) return;
    }
    edges.push({ dir: "h", pos: top, from: x0, to: x1 }, { dir: "h", pos: bottom, from: x0, to: x1 });
    edges.push({ dir: "v", pos: x0, from: top, to: bottom }, { dir: "v", pos: x1, from: top, to: bottom });
  };
  const readPath = (path2, paint) => {
    const filled = paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
    const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
    if (!filled && !stroked) return;
    let sub = [];
    let curved = false;
    const flush = (closed) => {
      if (sub.length >= 2) {
        const rect = asRectangle(sub);
        if (rect && !curved && (filled || closed || sub.length >= 5)) addRect(rect, filled && !stroked);
        else if (stroked && !curved) {
          for (let i2 = 1; i2 < sub.length; i2++) addSegment(sub[i2 - 1][0], sub[i2 - 1][1], sub[i2][0], sub[i2][1]);
          if (closed) addSegment(sub[sub.length - 1][0], sub[sub.length - 1][1], sub[0][0], sub[0][1]);
        }
      }
      sub = [];
      curved = false;
    };
    let i = 0;
    while (i < path2.length) {
      const code = path2[i];
      if (code === MOVE) {
        flush(false);
        sub.push([path2[i + 1], path2[i + 2]]);
        i += 3;
      } else if (code === LINE) {
        sub.push([path2[i + 1], path2[i + 2]]);
        i += 3;
      } else if (code === CURVE) {
        curved = true;
        sub.push([path2[i + 5], path2[i + 6]]);
        i += 7;
      } else if (code === QUAD) {
        curved = true;
        sub.push([path2[i + 3], path2[i + 4]]);
        i += 5;
      } else if (code === CLOSE) {
        flush(true);
        i += 1;
      } else {
        break;
      }
    }
    flush(false);
  };
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    const args = argsArray[k];
    if (fn === ops.save) {
      stack.push(state);
      state = { ctm: state.ctm, fillInvisible: state.fillInvisible };
    } else if (fn === ops.restore) {
      state = stack.pop() ?? state;
    } else if (fn === ops.transform && args) {
      state = { ctm: multiply(state.ctm, args), fillInvisible: state.fillInvisible };
    } else if (fn === ops.paintFormXObjectBegin && args) {
      formStack.push(state);
      const m = args[0];
      if (m && m.length === 6) state = { ctm: multiply(state.ctm, Array.from(m)), fillInvisible: state.fillInvisible };
    } else if (fn === ops.paintFormXObjectEnd) {
      state = formStack.pop() ?? state;
    } else if (fn === ops.setFillRGBColor && args) {
      const color = typeof args[0] === "string" ? args[0].toLowerCase() : "";
      state = { ctm: state.ctm, fillInvisible: color === "#ffffff" };
    } else if (fn === ops.setFillTransparent) {
      state = { ctm: state.ctm, fillInvisible: true };
    } else if (fn === ops.setGState && args) {
      const entries = args[0];
      for (const [key, value] of entries ?? []) {
        if (key === "ca" && value === 0) state = { ctm: state.ctm, fillInvisible: true };
      }
    } else if (fn === ops.constructPath && args) {
      const paint = args[0];
      const data = args[1];
      const path2 = data?.[0];
      if (path2) readPath(path2, paint);
    } else if (imageOps.has(fn)) {
      images++;
    }
  }
  return { edges, images };
}
function asRectangle(pts) {
  let p = pts;
  if (p.length === 5 && Math.abs(p[0][0] - p[4][0]) < 0.01 && Math.abs(p[0][1] - p[4][1]) < 0.01) p = p.slice(0, 4);
  if (p.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = p[i];
    const b = p[(i + 1) % 4];
    const horizontal = Math.abs(a[1] - b[1]) < 0.01;
    const vertical = Math.abs(a[0] - b[0]) < 0.01;
    if (!horizontal && !vertical) return null;
  }
  return p;
}

// dist/convert/pdf/page-reader.js
var MIN_TEXT_CHARS = 10;
async function readPageContent(pdfjs, page, pageNumber, wantOperatorsWithoutText) {
  const viewport = page.getViewport({ scale: 1 });
  const text = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const items = text.items.filter((i) => typeof i.str === "string");
  const chars = items.reduce((n, i) => n + i.str.replace(/\s/gu, "").length, 0);
  let edges = [];
  let images = 0;
  if (chars >= MIN_TEXT_CHARS || wantOperatorsWithoutText) {
    const list = await page.getOperatorList();
    const OPS = pdfjs.OPS;
    const imageOps = /* @__PURE__ */ new Set([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageMaskXObject,
      OPS.paintImageXObjectRepeat,
      OPS.paintInlineImageXObjectGroup,
      OPS.paintImageMaskXObjectGroup,
      OPS.paintImageMaskXObjectRepeat
    ]);
    const toPage = (x, y) => {
      const [px, py] = viewport.convertToViewportPoint(x, y);
      return [px, py];
    };
    const scan = scanRulings(list.fnArray, list.argsArray, OPS, imageOps, toPage, viewport.width * viewport.height);
    edges = scan.edges.filter((e) => finite(e.pos, e.from, e.to));
    images = scan.images;
  }
  const boldByFont = /* @__PURE__ */ new Map();
  const bold = (fontName) => {
    let b = boldByFont.get(fontName);
    if (b === void 0) {
      let name;
      try {
        if (page.commonObjs.has(fontName)) name = page.commonObjs.get(fontName)?.name;
      } catch {
        name = void 0;
      }
      b = isBoldFont(name);
      boldByFont.set(fontName, b);
    }
    return b;
  };
  const runs = [];
  for (const item of items) {
    const str = normalizeRunText(item.str);
    if (!str.trim()) continue;
    const tx = pdfjs.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(tx[2], tx[3]);
    if (!(size > 0.5)) continue;
    const len = Math.hypot(tx[0], tx[1]) || 1;
    const ux = tx[0] / len;
    const uy = tx[1] / len;
    const x = tx[4];
    const y = tx[5];
    const w = item.width * viewport.scale;
    const vertical = Math.abs(uy) > Math.abs(ux);
    let box;
    if (!vertical && ux > 0) {
      box = { x0: x, x1: x + w, top: y - 0.85 * size, bottom: y + 0.15 * size };
    } else {
      const ex = x + ux * w;
      const ey = y + uy * w;
      const px = uy * size;
      const py = -ux * size;
      const xs = [x, ex, x + px, ex + px];
      const ys = [y, ey, y + py, ey + py];
      box = { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    }
    const baseline = vertical ? box.top : y;
    if (!finite(box.x0, box.x1, box.top, box.bottom, baseline)) continue;
    runs.push({ x0: box.x0, x1: box.x1, top: box.top, bottom: box.bottom, text: str, size, baseline, bold: bold(item.fontName), vertical });
  }
  return {
    page: pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs,
    edges,
    images,
    chars,
    toPdfBox: (b) => {
      const [ax, ay] = viewport.convertToPdfPoint(b.x0, b.top);
      const [bx, by] = viewport.convertToPdfPoint(b.x1, b.bottom);
      const box = [round(Math.min(ax, bx)), round(Math.min(ay, by)), round(Math.max(ax, bx)), round(Math.max(ay, by))];
      return finite(...box) ? box : null;
    }
  };
}
function finite(...values) {
  return values.every(Number.isFinite);
}
function round(v) {
  return Math.round(v * 100) / 100;
}

// dist/convert/pdf/pdfjs.js
import { createRequire } from "node:module";
import path from "node:path";
var loaded;
var WORKER = "pdfjs-dist/legacy/build/pdf.worker.mjs";
function loadPdfJs() {
  loaded ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, "push");
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const worker = await import(WORKER);
      globalThis.pdfjsWorker ??= worker;
      return pdfjs;
    } finally {
      Object.defineProperty(Array.prototype, "push", push);
    }
  })();
  return loaded;
}
var folders;
function pdfJsFolders() {
  if (!folders) {
    const require2 = createRequire(import.meta.url);
    const root = path.dirname(require2.resolve("pdfjs-dist/package.json"));
    folders = {
      cMapUrl: path.join(root, "cmaps") + path.sep,
      standardFontDataUrl: path.join(root, "standard_fonts") + path.sep
    };
  }
  return folders;
}
async function openPdf(bytes, { images = false } = {}) {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    maxImageSize: images ? -1 : 0,
    data: new Uint8Array(bytes),
    ...pdfJsFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  });
  task.promise.then(
    () => {
      const loader = task._transport?.fontLoader;
      if (loader && typeof loader.bind === "function") loader.bind = async () => void 0;
    },
    () => void 0
  );
  return task;
}

// dist/convert/pdf.js
var IMAGE_PROBES = 3;
async function readPdf(bytes, limits) {
  const deadline = Date.now() + limits.timeoutMs;
  const pdfjs = await loadPdfJs();
  const task = await openPdf(bytes);
  let doc;
  try {
    doc = await withDeadline(task.promise, deadline, limits);
    if (doc.numPages > limits.maxPages) {
      throw new TooLargeError(
        `the PDF has ${doc.numPages} pages, over the ${limits.maxPages}-page limit (raise maxPages / --max-pages to read it)`
      );
    }
    const layouts = [];
    let chars = 0;
    let textPages = 0;
    const probes = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw timeout(limits, n - 1, doc.numPages);
      const page = await withDeadline(doc.getPage(n), deadline, limits);
      try {
        const content = await withDeadline(readPageContent(pdfjs, page, n, probes.length < IMAGE_PROBES), deadline, limits);
        if (content.chars < MIN_TEXT_CHARS && probes.length < IMAGE_PROBES) probes.push(n);
        chars += content.chars;
        if (content.chars >= MIN_TEXT_CHARS) textPages++;
        const grids = findGrids(content.edges);
        const { tables, rest } = fillGrids(grids, content.runs, n);
        const aligned = findAlignedTables(buildLines(rest, n), n);
        layouts.push({
          page: n,
          width: content.width,
          height: content.height,
          lines: aligned.rest,
          tables: [...tables, ...aligned.tables],
          toPdfBox: content.toPdfBox
        });
      } finally {
        page.cleanup();
      }
    }
    if (textPages === 0 || textPages < 0.2 * doc.numPages) {
      if (await paintsImages(bytes, probes, deadline, limits)) {
        throw new NoTextLayerError(
          `the PDF has no text layer: ${doc.numPages - textPages} of ${doc.numPages} pages have no text (${chars} characters in all) and are images \u2014 it is a scan; run OCR on it (e.g. ocrmypdf) and read the OCR'd PDF`
        );
      }
      if (chars === 0) throw new EmptyFileError(`the PDF has ${doc.numPages} page(s) but no text at all`);
    }
    return toDocument(layouts, doc.numPages, limits);
  } catch (error) {
    throw asGoujiError(error);
  } finally {
    if (doc) await doc.destroy().catch(() => void 0);
    else await task.destroy().catch(() => void 0);
  }
}
async function paintsImages(bytes, pages, deadline, limits) {
  if (pages.length === 0) return false;
  const pdfjs = await loadPdfJs();
  const task = await openPdf(bytes, { images: true });
  let doc;
  try {
    doc = await withDeadline(task.promise, deadline, limits);
    for (const n of pages) {
      const page = await withDeadline(doc.getPage(n), deadline, limits);
      try {
        if ((await withDeadline(readPageContent(pdfjs, page, n, true), deadline, limits)).images > 0) return true;
      } finally {
        page.cleanup();
      }
    }
    return false;
  } finally {
    if (doc) await doc.destroy().catch(() => void 0);
    else await task.destroy().catch(() => void 0);
  }
}
function toDocument(layouts, pages, limits) {
  const builder = new DocumentBuilder(limits);
  const furniture = takeFurniture(layouts);
  const byPage = new Map(layouts.map((l) => [l.page, l]));
  const blocks = mergeContinuedTables(buildFlow(layouts), textAreas(layouts));
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      const first = block.lines[0];
      const onFirstPage = block.lines.filter((l) => l.page === first.page);
      builder.addParagraph(block.text, {
        page: first.page,
        bbox: byPage.get(first.page).toPdfBox(union(onFirstPage)),
        bold: block.bold
      });
    } else {
      const t = block.table;
      builder.addTable(
        t.cells.map((c) => ({
          row: c.row,
          col: c.col,
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          text: c.text,
          page: c.page,
          bbox: byPage.get(c.page).toPdfBox(c.box)
        })),
        { page: t.page, pageEnd: t.pageEnd, bbox: byPage.get(t.page).toPdfBox(t) }
      );
    }
  }
  for (const f of furniture) builder.addFurniture(f);
  return builder.build(pages);
}
function timeout(limits, done, total) {
  return new TimeoutError(
    `reading the PDF took longer than ${limits.timeoutMs} ms (${done} of ${total} pages read); raise timeoutMs / --timeout to allow more time`
  );
}
async function withDeadline(promise, deadline, limits) {
  promise.catch(() => void 0);
  const left = deadline - Date.now();
  if (left <= 0) throw timeout(limits, 0, 0);
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`reading the PDF took longer than ${limits.timeoutMs} ms; raise timeoutMs / --timeout to allow more time`)), left);
      })
    ]);
  } finally {
    clearTimeout(timer);
  }
}
function asGoujiError(error) {
  if (error instanceof GoujiError) return error;
  const name = error?.name ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new EncryptedError("the PDF is password-protected; open it with the password and save an unprotected copy (or print it to PDF) to read it", { cause: error });
  }
  if (name === "InvalidPDFException") {
    return new CorruptFileError(`the PDF is damaged or truncated (${message}); download it again or re-save it from the original program`, { cause: error });
  }
  return new CorruptFileError(`the PDF could not be read (${message.slice(0, 200)}); it may be damaged \u2014 download it again or re-save it`, { cause: error });
}
export {
  readPdf
};
