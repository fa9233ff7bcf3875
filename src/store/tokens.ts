import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import nodejieba from 'nodejieba';
import { toHalfWidth } from '../text/half-width.js';

/** Characters that glue a printed number together: digits, decimal point, separators, percent. */
const NUMBER_PIECE = /^[\d.,%]+$/;
/** A token worth indexing has a letter or a digit (punctuation is dropped). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Search tokens of a text, the same for documents and queries: nodejieba's search-engine
 * cut (words and their sub-words, 智慧怀化 → 智慧 怀化), lower-cased, with printed numbers
 * kept whole — nodejieba cuts “135.42%” into 1 3 5 . 4 2 %, so runs of digits, “.”, “,”
 * and “%” are joined back, thousands separators dropped (“2,392.94” → 2392.94) and a
 * percentage also indexed bare (“135.42%” → 135.42% 135.42) so either form finds it.
 * With a cache (one report's texts), each distinct stretch of text is tokenised once.
 */
export function tokenize(text: string, cache?: TokenCache): string[] {
  if (!loaded) loadTokenizer();
  const lowered = toHalfWidth(text).toLowerCase();
  return cache ? byStretch(lowered, cache) : tokensOf(nodejieba.cutForSearch(lowered, true));
}

/** The search tokens of nodejieba's pieces of a (half-width, lower-cased) text. */
function tokensOf(pieces: readonly string[]): string[] {
  const tokens: string[] = [];
  let number = '';
  const flush = (): void => {
    if (number === '') return;
    // Sentence punctuation around a figure is not part of it (“2392.94。” or “…的，2023”).
    const cleaned = number.replace(/^[.,%]+/, '').replace(/[.,]+$/, '').replace(/,(?=\d{3}(?!\d))/g, '');
    number = '';
    for (const part of cleaned.split(',')) {
      if (!/\d/.test(part)) continue;
      tokens.push(part);
      if (part.endsWith('%') && part.length > 1) tokens.push(part.slice(0, -1));
    }
  };
  for (const piece of pieces) {
    if (NUMBER_PIECE.test(piece)) {
      number += piece;
      continue;
    }
    flush();
    if (WORDLIKE.test(piece)) tokens.push(piece.trim());
  }
  flush();
  return tokens.filter((t) => t !== '');
}

/**
 * The tokens of each stretch of text, kept while one report is indexed: its facts, table rows
 * and paragraphs print the same labels, figures and cells again and again (on the 46 real
 * PDFs and seed forms, 1.39 M characters in 199 k stretches, of which 465 k characters in
 * 31 k stretches are distinct within their report).
 */
export type TokenCache = Map<string, readonly string[]>;

/**
 * Separators of nodejieba's cut (cppjieba's SPECIAL_SEPARATORS: space, tab, newline, “，” and
 * “。”). Its PreFilter cuts the text between two of them on its own and gives each separator
 * as a piece of its own, which joins no figure (it is not a digit, “.”, “,” or “%”) and is no
 * token (no letter or digit): so a text's tokens are its stretches' tokens, in order.
 */
const CUT_SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);

/** tokensOf(nodejieba.cutForSearch(text, true)), stretch by stretch, each distinct stretch tokenised once. */
function byStretch(text: string, cache: TokenCache): string[] {
  const tokens: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CUT_SEPARATORS.has(text.charCodeAt(i))) continue;
    if (i > start) {
      const stretch = text.slice(start, i);
      let own = cache.get(stretch);
      if (own === undefined) {
        own = tokensOf(nodejieba.cutForSearch(stretch, true));
        cache.set(stretch, own);
      }
      for (const token of own) tokens.push(token);
    }
    start = i + 1;
  }
  return tokens;
}

/** Whether this thread has loaded nodejieba's dictionary (its first tokenize()). */
let loaded = false;

/**
 * Loads nodejieba for cutForSearch: its own word dictionary, HMM model and user dictionary
 * (what cutting reads), but a one-line IDF and stop-word list — those only serve nodejieba's
 * keyword extraction (extract, textRankExtract), which gouji never calls, and the default IDF
 * alone is 6 MB of text parsed into a hash map in every thread that tokenises.
 */
function loadTokenizer(): void {
  try {
    withFiles({ idf: IDF_STUB, stop: STOP_STUB }, (f) => nodejieba.load({ idfDict: f.idf, stopWordDict: f.stop }));
  } catch {
    nodejieba.load(); // no writable temporary directory: the default lists (the same tokens, more memory)
  }
  loaded = true;
}

/** cppjieba needs one entry in each (it asserts a positive mean IDF and a stop word). */
const IDF_STUB = '一 1.0\n';
const STOP_STUB = '的\n';

/**
 * Frees this thread's nodejieba dictionary (~250 MB) by loading a one-word one in its place.
 * nodejieba never frees its dictionary when a worker thread ends, so a pool thread that
 * tokenised calls this before it is stopped; a process that goes on (tests, a library user
 * running several ingests) would otherwise keep every ended thread's dictionary. A later
 * tokenize() loads the real dictionary again.
 */
export function releaseTokenizer(): void {
  if (!loaded) return;
  loaded = false;
  withFiles({ dict: '一 1 m\n', user: '', idf: IDF_STUB, stop: STOP_STUB }, (f) =>
    nodejieba.load({ dict: f.dict, userDict: f.user, idfDict: f.idf, stopWordDict: f.stop }),
  );
}

/** Runs `use` with each text written to a file of a fresh temporary directory (removed afterwards). */
function withFiles<K extends string>(texts: Record<K, string>, use: (paths: Record<K, string>) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-jieba-'));
  try {
    const paths = {} as Record<K, string>;
    for (const name of Object.keys(texts) as K[]) {
      paths[name] = join(dir, `${name}.utf8`);
      writeFileSync(paths[name], texts[name]);
    }
    use(paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tokens as the space-separated text stored in the FTS5 table. */
export function tokenText(text: string, cache?: TokenCache): string {
  return tokenize(text, cache).join(' ');
}

/**
 * Makes `gouji_tokens(text)` callable from SQL on this connection, so indexing is one
 * INSERT … SELECT (also used by the migration that builds the index for older files).
 */
export function registerTokenizer(db: Database, cache?: ReadonlyMap<string, string>): void {
  db.function('gouji_tokens', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? (cache?.get(text) ?? tokenText(text)) : ''));
}
