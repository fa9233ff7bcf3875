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
