import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { CellInput, DocumentBuilder } from './document-builder.js';

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'caption', 'dt', 'dd']);
const DROP_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, head';

/**
 * Appends the blocks of an HTML fragment (mammoth's output, or a report page) to the
 * builder: paragraphs and headings become paragraph blocks, tables become table blocks
 * with their row/col spans laid out on a grid. Scripts and styles are dropped; text is
 * taken as text, never re-parsed as markup.
 */
export function appendHtml(html: string, builder: DocumentBuilder): void {
  const $ = cheerio.load(html);
  $(DROP_TAGS).remove();
  const root = $('body').length ? $('body')[0]! : $.root()[0]!;
  walk($, root.children, builder);
}

function walk($: cheerio.CheerioAPI, nodes: AnyNode[], builder: DocumentBuilder): void {
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    if (text) builder.addParagraph(text);
    inline = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      inline += node.data;
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node;
    const tag = el.tagName.toLowerCase();
    if (tag === 'table') {
      flush();
      builder.addTable(tableCells($, el));
    } else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      // A soft line break (<br>, Word's Shift+Enter) starts a new line of its own, as
      // text dumps and PDFs show it; cells keep theirs.
      const text = clean(blockText($, el));
      const bold = text !== '' && isBold($, el, text);
      for (const line of text.split('\n')) if (line.trim()) builder.addParagraph(line, bold ? { bold: true } : {});
    } else if (tag === 'br') {
      flush();
    } else if (isInline(tag)) {
      inline += blockText($, el);
    } else {
      flush();
      walk($, el.children, builder);
    }
  }
  flush();
}

function isInline(tag: string): boolean {
  return ['span', 'a', 'strong', 'b', 'em', 'i', 'u', 'sup', 'sub', 'font', 'small', 'big', 'code', 'label'].includes(tag);
}

/** Text of an element with <br> and nested paragraphs as line breaks. */
function blockText($: cheerio.CheerioAPI, el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.data;
    else if (child.type === 'tag') {
      const c = child;
      const tag = c.tagName.toLowerCase();
      if (tag === 'br') out += '\n';
      else if (PARAGRAPH_TAGS.has(tag) || tag === 'div' || tag === 'tr' || tag === 'table') {
        const inner = blockText($, c);
        if (inner.trim()) out += (out && !out.endsWith('\n') ? '\n' : '') + inner;
      } else if (tag === 'td' || tag === 'th') {
        out += (out && !out.endsWith('\n') ? '\t' : '') + blockText($, c);
      } else out += blockText($, c);
    }
  }
  return out;
}

/** Non-breaking spaces to spaces, line-trailing spaces dropped, blank lines dropped. */
function clean(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');
}

function isBold($: cheerio.CheerioAPI, el: Element, text: string): boolean {
  if (/^h[1-6]$/i.test(el.tagName)) return true;
  const strong = $(el).find('strong, b').text().replace(/\s+/g, '');
  return strong.length > 0 && strong === text.replace(/\s+/g, '');
}

/** Lays out <tr>/<td> with rowspan/colspan on an occupancy grid (the HTML table model). */
function tableCells($: cheerio.CheerioAPI, table: Element): CellInput[] {
  const cells: CellInput[] = [];
  const taken: boolean[][] = [];
  const rows = $(table).find('tr').filter((_, tr) => $(tr).closest('table')[0] === table);
  rows.each((r, tr) => {
    let col = 0;
    $(tr)
      .children('td, th')
      .each((_, td) => {
        while (taken[r]?.[col]) col++;
        const rowSpan = span($(td).attr('rowspan'));
        const colSpan = span($(td).attr('colspan'));
        for (let dr = 0; dr < rowSpan; dr++) {
          const line = (taken[r + dr] ??= []);
          for (let dc = 0; dc < colSpan; dc++) line[col + dc] = true;
        }
        cells.push({ row: r, col, rowSpan, colSpan, text: clean(blockText($, td)) });
        col += colSpan;
      });
  });
  return cells;
}

function span(attr: string | undefined): number {
  const n = attr && /^\d{1,4}$/.test(attr.trim()) ? Number.parseInt(attr, 10) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}
