import { mergeContinuedTables } from '../pdf/continuation.js';
import type { FlowBlock } from '../pdf/paragraphs.js';
import { isFigure } from '../pdf/split-rows.js';
import type { DraftTable } from '../pdf/types.js';

/**
 * A table continued on the next page of a dump, joined like the PDF reader joins it
 * (src/convert/pdf/continuation.ts: same columns, repeated header rows dropped, pageEnd set).
 * pdftotext lays each page out afresh, so the columns of the continuation are rarely printed at
 * the same character positions: they are matched to the first part's columns first — one to one
 * when both have as many columns, else in order by what the columns hold (科目编码, text,
 * figures) — and the continuation is re-expressed on the first part's boundaries.
 */
export function mergeContinuedTextTables(blocks: readonly FlowBlock[]): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind === 'table' && prev?.kind === 'table' && block.table.page === prev.table.pageEnd + 1) {
      const aligned = alignColumns(prev.table, block.table);
      if (aligned) {
        out.push({ kind: 'table', table: aligned });
        continue;
      }
    }
    out.push(block);
  }
  return mergeContinuedTables(out);
}

type Kind = 'code' | 'figure' | 'text' | 'empty';

/** What a column mostly holds below the header row (one pass over the cells). */
function kinds(t: DraftTable): Kind[] {
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
    const k = /^[0-9]{2,3}$/u.test(s) ? 'code' : isFigure(s) ? 'figure' : 'text';
    counts[c.col]![k]++;
  }
  return counts.map((n) => (n.code + n.figure + n.text === 0 ? 'empty' : n.code >= n.figure && n.code >= n.text ? 'code' : n.figure >= n.text ? 'figure' : 'text'));
}

/** The continuation re-expressed on the first part's columns, or null when its columns cannot be matched. */
function alignColumns(a: DraftTable, b: DraftTable): DraftTable | null {
  const colsA = a.xs.length - 1;
  const colsB = b.xs.length - 1;
  let map: number[] | null = null;
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
    const col = map[c.col]!;
    const end = map[c.col + c.colSpan - 1]!;
    return { ...c, col, colSpan: end - col + 1 };
  });
  return { ...b, x0: a.x0, x1: a.x1, xs: a.xs, cells };
}
