import type { Document } from '../../model/index.js';
import { DocumentBuilder } from '../document-builder.js';
import { resolveLimits, type ReadLimits } from '../limits.js';
import { findFurniture } from '../pdf/furniture.js';
import { buildFlow } from '../pdf/paragraphs.js';
import type { Line, PageLayout } from '../pdf/types.js';
import { findTextTables } from './aligned-tables.js';
import { mergeContinuedTextTables } from './continued-tables.js';
import { EM, PITCH, toLine, topOf, type DumpLine } from './lines.js';

/** Lines below a table that still let it continue on the next page (a page number, a footer). */
const MAX_FOOTER_LINES = 2;
/** Running headers and footers sit in the first or last this many lines of a page. */
const FURNITURE_LINES = 3;
/** Page widths are rounded up to this many columns (portrait text, landscape tables). */
const WIDTH_STEP = 16;

/**
 * A text dump of a PDF → Document: pages from the form feeds (“\f”) pdftotext writes between
 * pages; on each page the whitespace-aligned tables (aligned-tables.ts), then the remaining
 * lines laid out in character cells (lines.ts) and handed to the PDF reader's own steps —
 * furniture (running headers, footers, page numbers), lines → paragraphs in reading order,
 * tables continued over a page joined. Blocks carry their page when the dump has form feeds
 * (null otherwise) and no bbox: a dump has no coordinates. The structure limits (blocks, table
 * cells) are the builder's, as for every reader.
 */
export function readPdfDump(text: string, limits: ReadLimits = resolveLimits()): Document {
  const pageTexts = text.split('\f');
  // pdftotext ends every page, the last one too, with a form feed.
  if (pageTexts.length > 1 && pageTexts[pageTexts.length - 1]!.trim() === '') pageTexts.pop();
  const paged = pageTexts.length > 1;

  const pages = pageTexts.map((pageText, p) => {
    const rawLines = pageText.split('\n');
    while (rawLines.length && rawLines[rawLines.length - 1]!.trim() === '') rawLines.pop();
    return rawLines.map((l, index): DumpLine => ({ page: p + 1, index, chars: Array.from(l.trimEnd()) }));
  });
  let endsWithTable = false;
  const layouts: PageLayout[] = pages.map((lines, p) => {
    const { tables, rest } = findTextTables(lines, { continuing: endsWithTable });
    const lastTable = Math.max(-1, ...tables.map((t) => t.bottom));
    // Furniture is not known yet: a page number or running footer below the table does not count.
    endsWithTable = lastTable >= 0 && rest.filter((l) => topOf(l) > lastTable && l.chars.join('').trim()).length <= MAX_FOOTER_LINES;
    const body = rest.map(toLine).filter((l): l is Line => l !== null);
    return {
      page: p + 1,
      // Pages are grouped by width for their margins (buildFlow), as PDF pages are by size: a
      // dump's page is as wide as its text reaches, to a multiple of WIDTH_STEP columns.
      width: Math.ceil(body.reduce((w, l) => Math.max(w, l.x1), 0) / (WIDTH_STEP * EM)) * WIDTH_STEP * EM,
      height: Math.max(1, lines.length) * PITCH,
      lines: body,
      tables,
      toPdfBox: () => [0, 0, 0, 0],
    };
  });

  const builder = new DocumentBuilder(limits);
  const furniture = findFurniture(layouts, { minBand: FURNITURE_LINES * PITCH });
  for (const block of mergeContinuedTextTables(buildFlow(layouts))) {
    if (block.kind === 'paragraph') {
      builder.addParagraph(block.text, { page: paged ? block.lines[0]!.page : null });
    } else {
      const t = block.table;
      builder.addTable(
        t.cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, page: paged ? c.page : null })),
        { page: paged ? t.page : null, pageEnd: paged ? t.pageEnd : null },
      );
    }
  }
  if (paged) for (const { line, kind } of furniture) builder.addFurniture({ page: line.page, kind, text: line.text });
  return builder.build(paged ? pageTexts.length : null);
}
