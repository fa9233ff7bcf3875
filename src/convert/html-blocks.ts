import * as cheerio from 'cheerio';
import * as slim from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { TooComplexError } from '../errors/index.js';
import type { CellInput, DocumentBuilder } from './document-builder.js';
import { resolveLimits, type ReadLimits } from './limits.js';

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'caption', 'dt', 'dd']);
const DROP_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, head';

/**
 * Appends the blocks of an HTML fragment (mammoth's output, or a report page) to the
 * builder: paragraphs and headings become paragraph blocks, tables become table blocks
 * with their row/col spans laid out on a grid. Scripts and styles are dropped; text is
 * taken as text, never re-parsed as markup. `markup: 'generated'` is for HTML a converter
 * wrote (mammoth's), never for HTML from a file.
 */
export function appendHtml(
  html: string,
  builder: DocumentBuilder,
  limits: Pick<ReadLimits, 'maxNesting'> = resolveLimits(),
  markup: 'html' | 'generated' = 'html',
): void {
  checkMarkupDepth(html, limits.maxNesting);
  // A report page is parsed as a browser would (parse5); markup a library wrote from a .docx
  // (mammoth: well-formed, its text escaped) by htmlparser2, five times faster on the seed.
  // htmlparser2 skips the HTML standard's input clean-up that parse5 does: line breaks to \n
  // (a Word run can hold a lone \r) and NUL characters dropped
  const $ = markup === 'generated' ? slim.load(html.replace(/\r\n?/g, '\n').replace(/\0/g, '')) : cheerio.load(html);
  $(DROP_TAGS).remove();
  const root = $('body').length ? $('body')[0]! : $.root()[0]!;
  checkNesting(root, limits.maxNesting);
  walk($, root.children, builder);
}

/** Elements whose end tag is required, so the depth of their tags is the depth of the tree. */
const CONTAINER_TAGS = /<(\/?)(div|table|section|article|blockquote|ul|ol|span|font|center|form|fieldset|nav|main|aside|header|footer)\b[^>]*?(\/?)>/gi;

/**
 * Refuses markup nested deeper than maxNesting before the HTML parser sees it: the parser's
 * work grows with the square of the depth of nested tables (20 000 of them take 12 s). A linear
 * scan of the tags that must be closed; elements closed implicitly (p, li, td, tr) are not counted.
 */
function checkMarkupDepth(html: string, maxNesting: number): void {
  let depth = 0;
  for (const m of html.matchAll(CONTAINER_TAGS)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3]) depth++;
    if (depth > maxNesting) {
      throw new TooComplexError(`the markup is nested more than ${maxNesting} elements deep — over the maxNesting limit; raise maxNesting to read it`);
    }
  }
}

/**
 * Refuses markup nested deeper than maxNesting before any recursive walk (10 000 nested
 * <div>s would overflow the stack). Iterative: depth-first with an explicit stack.
 */
function checkNesting(root: AnyNode, maxNesting: number): void {
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNesting) {
      throw new TooComplexError(`the markup is nested more than ${maxNesting} elements deep — over the maxNesting limit; raise maxNesting to read it`);
    }
    const children = (node as Element).children;
    if (children) for (const child of children) if (child.type === 'tag') stack.push([child, depth + 1]);
  }
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
      builder.addTable(tableCells($, el, builder));
    } else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      // A soft line break (<br>, Word's Shift+Enter) starts a new line of its own, as
      // text dumps and PDFs show it; cells keep theirs.
      const text = clean(blockText($, el));
      const bold = text !== '' && isBold(el, text);
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

function isBold(el: Element, text: string): boolean {
  if (/^h[1-6]$/i.test(el.tagName)) return true;
  const strong = boldText(el).replace(/\s+/g, '');
  return strong.length > 0 && strong === text.replace(/\s+/g, '');
}

/** The text inside <strong>/<b> descendants, in document order (a walk: no selector engine per paragraph). */
function boldText(el: Element, inBold = false): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') {
      if (inBold) out += child.data;
    } else if (child.type === 'tag') {
      const tag = child.tagName.toLowerCase();
      out += boldText(child, inBold || tag === 'strong' || tag === 'b');
    }
  }
  return out;
}

/** Lays out <tr>/<td> with rowspan/colspan on an occupancy grid (the HTML table model). */
function tableCells($: cheerio.CheerioAPI, table: Element, builder: DocumentBuilder): CellInput[] {
  const cells: CellInput[] = [];
  const taken: boolean[][] = [];
  rowsOf(table).forEach((tr, r) => {
    let col = 0;
    for (const td of tr.children) {
      if (td.type !== 'tag') continue;
      const tag = td.tagName.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      while (taken[r]?.[col]) col++;
      const rowSpan = span($(td).attr('rowspan'));
      const colSpan = span($(td).attr('colspan'));
      builder.takeCells(rowSpan * colSpan); // counted before the grid is marked, not after
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) line[col + dc] = true;
      }
      cells.push({ row: r, col, rowSpan, colSpan, text: clean(blockText($, td)), placed: true });
      col += colSpan;
    }
  });
  return cells;
}

/** The table's own rows: <tr> children, and those of its <thead>/<tbody>/<tfoot> — not a nested table's. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'tag') continue;
    const el = child;
    const tag = el.tagName.toLowerCase();
    if (tag === 'tr') rows.push(el);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of el.children) if (tr.type === 'tag' && tr.tagName.toLowerCase() === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function span(attr: string | undefined): number {
  const n = attr && /^\d{1,4}$/.test(attr.trim()) ? Number.parseInt(attr, 10) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}
