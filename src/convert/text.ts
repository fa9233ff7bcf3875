import type { Document } from '../model/index.js';
import { EmptyFileError } from '../errors/index.js';
import { decodeText } from './decode.js';
import { DocumentBuilder, type CellInput } from './document-builder.js';
import { appendHtml } from './html-blocks.js';
import { resolveLimits, type ReadLimits } from './limits.js';
import { textKind } from './text/detect-dump.js';
import { readPdfDump } from './text/pdf-dump.js';

/** Text bytes → string (BOM, UTF-16 without BOM, UTF-8 with a few bad bytes, GB18030 / Big5 by detection): see decode.ts. */
export { decodeText } from './decode.js';

/** Word's bookmark markers as text dumps print them: “[bookmark: _GoBack]”. */
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

/**
 * Plain text and text dumps. A dump of a PDF (form feeds, hard-wrapped lines, space-aligned
 * tables) is read by src/convert/text/pdf-dump.ts. Otherwise each non-empty line is a paragraph. A table
 * row is a group of tab-led lines (one cell each) ended by a blank line; a line without
 * a leading tab right after a cell continues that cell; a line without a tab after a
 * blank line ends the table.
 */
export function readText(bytes: Uint8Array | string, limits: ReadLimits = resolveLimits()): Document {
  const text = (typeof bytes === 'string' ? bytes : decodeText(bytes)).replace(/\r\n?/g, '\n').replace(BOOKMARK, '');
  if (text.trim() === '') throw new EmptyFileError('the file holds no text');
  if (textKind(text) === 'pdf-dump') return readPdfDump(text, limits);
  const builder = new DocumentBuilder(limits);
  const lines = text.split('\n');

  let table: CellInput[] | null = null;
  let row = -1; // current row within the table, -1 when between rows
  let rowCount = 0;
  let col = 0; // cells so far in the current row (a counter: filtering the table per cell is quadratic)
  let lastCell: CellInput | null = null;

  const endTable = () => {
    if (table) builder.addTable(table);
    table = null;
    row = -1;
    rowCount = 0;
    lastCell = null;
  };

  for (const line of lines) {
    if (line.startsWith('\t')) {
      table ??= [];
      if (row === -1) {
        row = rowCount++;
        col = 0;
      }
      lastCell = { row, col: col++, text: line.slice(1).trimEnd() };
      table.push(lastCell);
    } else if (line.trim() === '') {
      row = -1; // a blank line ends the row (and, if a paragraph follows, the table)
      lastCell = null;
    } else if (lastCell) {
      lastCell.text = lastCell.text ? `${lastCell.text}\n${line.trimEnd()}` : line.trimEnd();
    } else {
      endTable();
      builder.addParagraph(line.replace(/\u00a0/g, ' ').trimEnd());
    }
  }
  endTable();
  return builder.build(null);
}

/** HTML pages: tables become table blocks; scripts and styles are dropped. */
export function readHtml(bytes: Uint8Array | string, limits: ReadLimits = resolveLimits()): Document {
  const builder = new DocumentBuilder(limits);
  appendHtml(typeof bytes === 'string' ? bytes : decodeText(bytes, { html: true }), builder, limits);
  if (builder.blockCount === 0) throw new EmptyFileError('the HTML page holds no text');
  return builder.build(null);
}
