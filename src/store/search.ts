import { toHalfWidth } from '../text/half-width.js';
import type { Dataset } from './dataset.js';
import { tokenize } from './tokens.js';

/** Marks a snippet's matches with brackets no report uses (reports write 【】 and «» themselves). */
export const SEARCH_MARK = { open: '⟦', close: '⟧' } as const;

export interface SearchOptions {
  /** Only documents whose department contains this text. */
  department?: string;
  /** Only documents of this report year. */
  year?: number;
  /** Most hits to return (default 20). */
  limit?: number;
  /** Also search older versions of a path (superseded documents); default false. */
  allVersions?: boolean;
  /** Marks around matched text in snippets (default ⟦ ⟧: reports use 【】 themselves). */
  mark?: { open: string; close: string };
  /** Characters of context in a snippet (default 60). */
  width?: number;
}

export interface SearchHit {
  rank: number;
  /** bm25 score from FTS5: lower is better. */
  score: number;
  kind: 'paragraph' | 'section' | 'fact' | 'table_row';
  document: { sha256: string; path: string | null; title: string | null; department: string | null; year: number | null; reportType: string | null };
  /** The hit's section: number, title and the heading as printed (“1.预算执行情况”; null when not stored). */
  section: { id: string; number: string | null; title: string; heading: string | null } | null;
  page: number | null;
  /** Block index in the document (the paragraph, heading or table). */
  block: number | null;
  /** Grid row of a table row hit (0-based, as stored; show it 1-based). */
  row: number | null;
  /** 表题 of the table a table-row hit is in. */
  tableCaption: string | null;
  /** Fact id (fact hits) or section id (section hits). */
  ref: string | null;
  text: string;
  snippet: string;
}

interface HitRow {
  score: number;
  kind: SearchHit['kind'];
  document: string;
  block: number | null;
  row: number | null;
  page: number | null;
  section: string | null;
  ref: string | null;
  text: string;
  path: string | null;
  title: string | null;
  department: string | null;
  year: number | null;
  report_type: string | null;
  section_number: string | null;
  section_title: string | null;
  section_heading: string | null;
  table_caption: string | null;
}

/** The query's words: whitespace separates terms; each term is tokenised like the index. */
export function queryTerms(query: string): { terms: string[]; tokens: string[] } {
  const terms = query.split(/\s+/).filter((t) => t !== '');
  const tokens = [...new Set(terms.flatMap((t) => tokenize(t)))];
  return { terms, tokens };
}

/** FTS5 MATCH expression: every token must occur (each quoted, so no operator syntax leaks in). */
export function matchExpression(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * Ranked full-text hits (bm25) over paragraphs, section titles, fact labels and table rows,
 * with the document, section, page and a snippet around the matched words. A block (a table:
 * a row) is listed once, at its best rank; when a fact in it matched too, the paragraph is shown.
 */
export function search(dataset: Dataset, query: string, options: SearchOptions = {}): SearchHit[] {
  const { terms, tokens } = queryTerms(query);
  if (tokens.length === 0) return [];
  const limit = options.limit ?? 20;
  const rows = dataset.db
    .prepare(
      `SELECT bm25(search) AS score, r.kind, r.document, r.block, r."row", r.page, r.section, r.ref, r.text,
              d.path, d.title, d.department, d.year, d.report_type,
              s.number AS section_number, s.title AS section_title, h.text AS section_heading, t.caption AS table_caption
       FROM search
       JOIN search_rows r ON r.id = search.rowid
       JOIN documents d ON d.sha256 = r.document
       LEFT JOIN sections s ON s.document = r.document AND s.id = r.section
       LEFT JOIN paragraphs h ON h.document = r.document AND h.block = s.heading_block
       LEFT JOIN tables t ON r.kind = 'table_row' AND t.document = r.document AND t.table_block = r.block
       WHERE search MATCH @match
         AND (@department IS NULL OR instr(d.department, @department) > 0)
         AND (@year IS NULL OR d.year = @year)
         AND (@allVersions = 1 OR d.superseded = 0)
       ORDER BY score, r.document, r.block, r."row", r.kind, r.ref
       LIMIT @fetch`,
    )
    .all({
      match: matchExpression(tokens),
      department: options.department ?? null,
      year: options.year ?? null,
      allVersions: options.allVersions ? 1 : 0,
      fetch: limit * 4,
    }) as HitRow[];

  // One hit per block (table: per row), ranked by its best match; when a fact and its
  // paragraph or table row both match, the paragraph/row is shown (it has the context).
  const byKey = new Map<string, SearchHit>();
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const key = `${r.document}:${r.block}:${r.row}`;
    const seen = byKey.get(key);
    if (seen && !(seen.kind === 'fact' && r.kind !== 'fact')) continue;
    if (!seen && hits.length === limit) continue;
    const hit: SearchHit = {
      rank: seen?.rank ?? hits.length + 1,
      score: seen?.score ?? r.score,
      kind: r.kind,
      document: { sha256: r.document, path: r.path, title: r.title, department: r.department, year: r.year, reportType: r.report_type },
      section:
        r.section && r.section_title !== null
          ? { id: r.section, number: r.section_number, title: r.section_title, heading: r.section_heading ? oneLine(r.section_heading).trim() || null : null }
          : null,
      page: r.page,
      block: r.block,
      row: r.row,
      tableCaption: r.table_caption,
      ref: r.ref,
      text: r.text,
      snippet: snippet(r.text, terms, tokens, options),
    };
    byKey.set(key, hit);
    if (seen) hits[seen.rank - 1] = hit;
    else hits.push(hit);
  }
  return hits;
}

/** A pattern for one term that also matches the text's full-width and thousands-separated forms. */
function termPattern(term: string): string {
  const escaped = [...toHalfWidth(term).toLowerCase()].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Between two digits the text may print a thousands separator: 2392.94 ↔ 2,392.94.
  return escaped.map((ch, i) => (i > 0 && /\d/.test(ch) && /\d/.test(escaped[i - 1]!) ? `,?${ch}` : ch)).join('');
}

/**
 * A window of about `width` characters around the first match of the query in the original
 * text, every match inside wrapped in marks. Terms are looked for literally; a term that
 * does not occur as typed falls back to its tokens (longest first).
 */
export function snippet(
  text: string,
  terms: readonly string[],
  tokens: readonly string[],
  options: Pick<SearchOptions, 'mark' | 'width'> = {},
): string {
  const width = options.width ?? 60;
  const mark = options.mark ?? SEARCH_MARK;
  const haystack = toHalfWidth(text).toLowerCase(); // same length as text: a char-for-char mapping
  const ranges: [number, number][] = [];
  const find = (needle: string): boolean => {
    if (needle === '') return false;
    let found = false;
    const re = new RegExp(termPattern(needle), 'g');
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
  const flat = text.replace(/\s+/g, ' ');
  if (merged.length === 0) return clip(flat, 0, width);

  const [firstStart, firstEnd] = merged[0]!;
  const lead = Math.max(0, Math.floor((width - (firstEnd - firstStart)) / 3));
  let start = Math.max(0, firstStart - lead);
  const end = Math.min(text.length, start + Math.max(width, firstEnd - firstStart));
  if (end - start < width) start = Math.max(0, end - width);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of merged) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    out += oneLine(text.slice(at, s)) + mark.open + oneLine(text.slice(s, e)) + mark.close;
    at = e;
  }
  out += oneLine(text.slice(at, end)) + (end < text.length ? '…' : '');
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function clip(s: string, start: number, width: number): string {
  return s.slice(start, start + width) + (s.length > start + width ? '…' : '');
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
