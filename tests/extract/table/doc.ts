import { extractTables } from '../../../src/extract/tables.js';
import type { Block, Cell, Document } from '../../../src/model/index.js';

/** A Document of consecutive table blocks, each written as rows of cell texts. */
export function docOf(...tables: string[][][]): Document {
  let text = '';
  const blocks: Block[] = tables.map((rows, index) => {
    const start = text.length;
    const cells: Cell[] = [];
    rows.forEach((row, r) =>
      row.forEach((t, c) => {
        cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, text: t, span: { start: text.length, end: text.length + t.length } });
        text += t + (c === row.length - 1 ? '\n' : '\t');
      }),
    );
    return { kind: 'table', index, page: index + 1, span: { start, end: text.length }, rows: rows.length, cols: Math.max(...rows.map((r) => r.length)), cells };
  });
  return { text, pages: null, furniture: [], blocks };
}

/** “total <- parts (partial, inferred)” for each sum of the document's tables, by printed values. */
export function sumsOf(doc: Document): string[] {
  const out = extractTables(doc, []);
  const v = new Map(out.facts.map((f) => [f.id, f.number.raw]));
  return out.relations
    .filter((r) => r.kind === 'sum')
    .map((r) => {
      const flags = [r.partial ? 'partial' : '', r.inferred ? 'inferred' : ''].filter(Boolean).join(', ');
      return `${v.get(r.result)} <- ${r.operands.map((o) => v.get(o)).join(' | ')}${flags ? ` (${flags})` : ''}`;
    });
}
