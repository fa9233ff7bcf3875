import {
  formatRank,
  tokenize
} from "./chunk-JEGOT6EK.js";
import {
  toHalfWidth
} from "./chunk-J3VGVYG7.js";

// dist/store/search-groups.js
function collapseReportFiles(dataset, hits) {
  const docs = dataset.db.prepare(`SELECT sha256, coalesce(report_key, sha256) AS key, format, path FROM documents WHERE status = 'ok'`).all();
  const keyOf = new Map(docs.map((d) => [d.sha256, d.key]));
  const primary = /* @__PURE__ */ new Map();
  for (const d of [...docs].sort((a, b) => formatRank(a.format) - formatRank(b.format) || (a.path ?? "").localeCompare(b.path ?? ""))) {
    if (!primary.has(d.key)) primary.set(d.key, d.sha256);
  }
  const out = [];
  const byText = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    const key = keyOf.get(hit.document.sha256) ?? hit.document.sha256;
    const same = `${key}|${hit.kind}|${hit.text.replace(/\s+/g, "")}`;
    const seen = byText.get(same);
    const isPrimary = primary.get(key) === hit.document.sha256;
    const name = hit.document.path ?? hit.document.sha256.slice(0, 12);
    if (seen) {
      if (isPrimary && !seen.primary) {
        seen.alsoIn.push(seen.hit.document.path ?? seen.hit.document.sha256.slice(0, 12));
        seen.hit = { ...hit, rank: seen.hit.rank, score: seen.hit.score };
        seen.primary = true;
      } else seen.alsoIn.push(name);
      continue;
    }
    const entry = { hit, key, primary: isPrimary, alsoIn: [] };
    byText.set(same, entry);
    out.push(entry);
  }
  return out.map((e, i) => ({ ...e, hit: { ...e.hit, rank: i + 1 } }));
}

// dist/store/search.js
var SEARCH_MARK = { open: "\u27E6", close: "\u27E7" };
function queryTerms(query) {
  const terms = query.split(/\s+/).filter((t) => t !== "");
  const tokens = [...new Set(terms.flatMap((t) => tokenize(t)))];
  return { terms, tokens };
}
function matchExpression(tokens) {
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(" AND ");
}
function search(dataset, query, options = {}) {
  const { terms, tokens } = queryTerms(query);
  if (tokens.length === 0) return [];
  const limit = options.limit ?? 20;
  const rows = dataset.db.prepare(
    `SELECT bm25(search) AS score, r.kind, r.document, r.block, r."row", r.page, r.section, r.ref, r.text,
              d.path, d.title, d.department, d.year, d.report_type,
              s.number AS section_number, s.title AS section_title, t.caption AS table_caption
       FROM search
       JOIN search_rows r ON r.id = search.rowid
       JOIN documents d ON d.sha256 = r.document
       LEFT JOIN sections s ON s.document = r.document AND s.id = r.section
       LEFT JOIN tables t ON r.kind = 'table_row' AND t.document = r.document AND t.table_block = r.block
       WHERE search MATCH @match
         AND (@department IS NULL OR instr(d.department, @department) > 0)
         AND (@year IS NULL OR d.year = @year)
         AND (@allVersions = 1 OR d.superseded = 0)
       ORDER BY score, r.document, r.block, r."row", r.kind, r.ref
       LIMIT @fetch`
  ).all({
    match: matchExpression(tokens),
    department: options.department ?? null,
    year: options.year ?? null,
    allVersions: options.allVersions ? 1 : 0,
    fetch: limit * 4
  });
  const byKey = /* @__PURE__ */ new Map();
  const hits = [];
  for (const r of rows) {
    const key = `${r.document}:${r.block}:${r.row}`;
    const seen = byKey.get(key);
    if (seen && !(seen.kind === "fact" && r.kind !== "fact")) continue;
    if (!seen && hits.length === limit) continue;
    const hit = {
      rank: seen?.rank ?? hits.length + 1,
      score: seen?.score ?? r.score,
      kind: r.kind,
      document: { sha256: r.document, path: r.path, title: r.title, department: r.department, year: r.year, reportType: r.report_type },
      section: r.section && r.section_title !== null ? { id: r.section, number: r.section_number, title: r.section_title } : null,
      page: r.page,
      block: r.block,
      row: r.row,
      tableCaption: r.table_caption,
      ref: r.ref,
      text: r.text,
      snippet: snippet(r.text, terms, tokens, options)
    };
    byKey.set(key, hit);
    if (seen) hits[seen.rank - 1] = hit;
    else hits.push(hit);
  }
  return hits;
}
function termPattern(term) {
  const escaped = [...toHalfWidth(term).toLowerCase()].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return escaped.map((ch, i) => i > 0 && /\d/.test(ch) && /\d/.test(escaped[i - 1]) ? `,?${ch}` : ch).join("");
}
function snippet(text, terms, tokens, options = {}) {
  const width = options.width ?? 60;
  const mark = options.mark ?? SEARCH_MARK;
  const haystack = toHalfWidth(text).toLowerCase();
  const ranges = [];
  const find = (needle) => {
    if (needle === "") return false;
    let found = false;
    const re = new RegExp(termPattern(needle), "g");
    for (const m of haystack.matchAll(re)) {
      if (m[0].length === 0) break;
      ranges.push([m.index, m.index + m[0].length]);
      found = true;
    }
    return found;
  };
  for (const term of terms) {
    if (!find(term)) for (const t of [...tokenize(term)].sort((a, b) => b.length - a.length)) find(t);
  }
  if (ranges.length === 0) for (const t of tokens) find(t);
  const merged = mergeRanges(ranges);
  const flat = text.replace(/\s+/g, " ");
  if (merged.length === 0) return clip(flat, 0, width);
  const [firstStart, firstEnd] = merged[0];
  const lead = Math.max(0, Math.floor((width - (firstEnd - firstStart)) / 3));
  let start = Math.max(0, firstStart - lead);
  const end = Math.min(text.length, start + Math.max(width, firstEnd - firstStart));
  if (end - start < width) start = Math.max(0, end - width);
  let out = start > 0 ? "\u2026" : "";
  let at = start;
  for (const [a, b] of merged) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    out += oneLine(text.slice(at, s)) + mark.open + oneLine(text.slice(s, e)) + mark.close;
    at = e;
  }
  out += oneLine(text.slice(at, end)) + (end < text.length ? "\u2026" : "");
  return out;
}
function oneLine(s) {
  return s.replace(/\s+/g, " ");
}
function clip(s, start, width) {
  return s.slice(start, start + width) + (s.length > start + width ? "\u2026" : "");
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export {
  collapseReportFiles,
  SEARCH_MARK,
  search
};
