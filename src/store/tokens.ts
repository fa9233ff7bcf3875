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
 */
export function tokenize(text: string): string[] {
  loaded = true;
  const pieces = nodejieba.cutForSearch(toHalfWidth(text).toLowerCase(), true);
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

/** Whether this thread has loaded nodejieba's dictionary (its first tokenize()). */
let loaded = false;

/**
 * Frees this thread's nodejieba dictionary (~250 MB) by loading a one-word one in its place.
 * nodejieba never frees its dictionary when a worker thread ends, so a pool thread that
 * tokenised calls this before it is stopped; a process that goes on (tests, a library user
 * running several ingests) would otherwise keep every ended thread's dictionary. The thread
 * must not tokenise afterwards.
 */
export function releaseTokenizer(): void {
  if (!loaded) return;
  loaded = false;
  const dir = mkdtempSync(join(tmpdir(), 'gouji-jieba-'));
  try {
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    // cppjieba needs one entry in each (it asserts a positive mean idf and a stop word)
    nodejieba.load({ dict: file('dict.utf8', '一 1 m\n'), userDict: file('user.utf8', ''), idfDict: file('idf.utf8', '一 1.0\n'), stopWordDict: file('stop.utf8', '的\n') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tokens as the space-separated text stored in the FTS5 table. */
export function tokenText(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * Makes `gouji_tokens(text)` callable from SQL on this connection, so indexing is one
 * INSERT … SELECT (also used by the migration that builds the index for older files).
 */
export function registerTokenizer(db: Database, cache?: ReadonlyMap<string, string>): void {
  db.function('gouji_tokens', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? (cache?.get(text) ?? tokenText(text)) : ''));
}
