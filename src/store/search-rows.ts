import type { ReportRows, Row } from './rows.js';
import { tokenText as tokenTextOf, type TokenCache } from './tokens.js';

/**
 * The search_rows of one document (全文检索行: paragraphs, section titles, fact labels, table
 * rows), with their nodejieba tokens — built in JavaScript where the report was read (a pool
 * thread, a queue worker), so the writer only inserts them. The same rows, in the same order,
 * as the INSERT … SELECT statements of search-index.ts that the migration runs over what a
 * file already holds (tests/store/stored-report.test.ts compares the two).
 */
export function searchRows(rows: ReportRows): Row[] {
  const out: Row[] = [];
  const tokenText = tokenCache();
  // 段落 paragraphs, by block
  for (const p of sortedBy(rows.paragraphs, (a, b) => num(a['block']) - num(b['block']))) {
    const text = p['text'];
    if (typeof text !== 'string' || sqlTrim(text) === '') continue;
    out.push({ document: col(p, 'document'), kind: 'paragraph', block: col(p, 'block'), row: null, page: col(p, 'page'), section: col(p, 'section'), ref: null, text, tokens: tokenText(text) });
  }
  // 章节标题 section titles: number + title
  for (const s of sortedBy(rows.sections, (a, b) => num(a['heading_block']) - num(b['heading_block']))) {
    const heading = (s['number'] !== null ? `${String(s['number'])} ` : '') + String(s['title']);
    out.push({ document: col(s, 'document'), kind: 'section', block: col(s, 'heading_block'), row: null, page: col(s, 'page'), section: col(s, 'id'), ref: col(s, 'id'), text: sqlTrim(heading), tokens: tokenText(heading) });
  }
  // 事实 fact labels with the figure as printed, by id (SQLite's binary order of TEXT)
  for (const f of sortedBy(rows.facts, (a, b) => binary(String(a['id']), String(b['id'])))) {
    const label = String(f['label']);
    const raw = String(f['raw_label']);
    const value = String(f['value_raw']);
    out.push({
      document: col(f, 'document'),
      kind: 'fact',
      block: col(f, 'block'),
      row: col(f, 'row'),
      page: col(f, 'page'),
      section: col(f, 'section'),
      ref: col(f, 'id'),
      text: `${raw} ${value}`,
      tokens: tokenText(`${label === raw ? '' : `${label} `}${raw} ${value}`),
    });
  }
  // 表格行 table rows: the non-blank cells of one grid row, left to right
  const grid = new Map<string, Row[]>();
  for (const c of rows.cells) {
    const text = c['text'];
    if (typeof text !== 'string' || sqlTrim(text) === '') continue;
    const key = `${num(c['table_block'])}:${num(c['row'])}`;
    const list = grid.get(key);
    if (list) list.push(c);
    else grid.set(key, [c]);
  }
  const gridRows = [...grid.values()].sort((a, b) => num(a[0]!['table_block']) - num(b[0]!['table_block']) || num(a[0]!['row']) - num(b[0]!['row']));
  for (const cells of gridRows) {
    cells.sort((a, b) => num(a['col']) - num(b['col']));
    const texts = cells.map((c) => String(c['text']));
    out.push({
      document: col(cells[0]!, 'document'),
      kind: 'table_row',
      block: col(cells[0]!, 'table_block'),
      row: col(cells[0]!, 'row'),
      page: least(cells.map((c) => col(c, 'page'))),
      section: least(cells.map((c) => col(c, 'section'))),
      ref: null,
      text: texts.join(' | '),
      tokens: tokenText(texts.join(' ')),
    });
  }
  return out;
}

/**
 * tokenText() for the texts of one report, remembering what it gave for each text and what
 * tokens each stretch of text has (TokenCache): a report repeats itself — on the 46 real
 * PDFs and seed forms 53,984 texts are indexed, 36,378 distinct within their report, and
 * their labels, figures and cells far more often. Tokens depend on the text alone.
 */
export function tokenCache(): (text: string) => string {
  const cache = new Map<string, string>();
  const stretches: TokenCache = new Map();
  return (text) => {
    let tokens = cache.get(text);
    if (tokens === undefined) {
      tokens = tokenTextOf(text, stretches);
      cache.set(text, tokens);
    }
    return tokens;
  };
}

/** A column's value (NULL when the row has no such column). */
const col = (row: Row, name: string): string | number | null => row[name] ?? null;

/** SQLite's trim(X): spaces (U+0020) only, not other white space. */
function sqlTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/**
 * Compares as SQLite's BINARY collation does (memcmp of UTF-8), which for code points is
 * code-point order. UTF-16 code units are in the same order up to the first that differ, when
 * neither is a surrogate (half of a code point above U+FFFF): then the code points are compared.
 */
export function binary(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return isSurrogate(x) || isSurrogate(y) ? byCodePoints(a, b) : x - y;
  }
  // one is the other's beginning: more units, more code points — unless the shorter ends in half a pair
  return n > 0 && isSurrogate(a.charCodeAt(n - 1)) ? byCodePoints(a, b) : a.length - b.length;
}

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

function byCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

/** SQL min() over a column: NULLs ignored, NULL when all are. */
function least(values: (string | number | null)[]): string | number | null {
  let best: string | number | null = null;
  for (const v of values) {
    if (v === null) continue;
    if (best === null || (typeof v === 'number' && typeof best === 'number' ? v < best : binary(String(v), String(best)) < 0)) best = v;
  }
  return best;
}

/** A sorted copy; ties keep their order. */
function sortedBy(rows: readonly Row[], compare: (a: Row, b: Row) => number): Row[] {
  return [...rows].sort(compare);
}
