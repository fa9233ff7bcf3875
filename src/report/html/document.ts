import type { ParagraphBlock, Report, Section, TableBlock } from '../../model/index.js';
import { tableCaption } from '../place.js';
import { html, join, raw, type Html } from './escape.js';
import { cellKey, figureMarks, splitMarked, type FigureMarks, type MarkRange } from './marks.js';

/** Text with the figures of findings wrapped in <mark data-f="i j">. */
function markedText(text: string, offset: number, ranges: readonly MarkRange[] | undefined): Html {
  return join(
    splitMarked(text, offset, ranges).map((p) =>
      p.findings.length === 0 ? p.text : html`<mark class="fig" data-f="${p.findings.join(' ')}">${p.text}</mark>`,
    ),
  );
}

function pages(from: number | null | undefined, to: number | null | undefined): string | null {
  if (from == null) return null;
  return to != null && to !== from ? `p.${from}–${to}` : `p.${from}`;
}

function paragraph(block: ParagraphBlock, heading: Section | undefined, marks: FigureMarks): Html {
  const body = markedText(block.text, block.span.start, marks.paragraphs.get(block.index));
  if (heading) {
    const level = Math.min(heading.level + 1, 6);
    const tag = `h${level}`;
    // The tag name is one of h2…h6, chosen here; only the text comes from the report.
    return html`<${rawTag(tag)} class="heading" id="s-${heading.id}" data-block="${block.index}"><span id="b${block.index}"></span>${body}</${rawTag(tag)}>\n`;
  }
  return html`<p id="b${block.index}" class="${block.bold ? 'para bold' : 'para'}">${body}</p>\n`;
}

/** A heading tag name h2…h6, validated: a tag name never comes from the report. */
function rawTag(tag: string): Html {
  if (!/^h[2-6]$/.test(tag)) throw new Error(`not a heading tag: ${tag}`);
  return raw(tag);
}

function table(report: Report, block: TableBlock, marks: FigureMarks): Html {
  const typed = report.tables.find((t) => t.block === block.index);
  const caption = tableCaption(report, block.index);
  const headerRows = typed?.headerRows ?? 0;
  const rows: Html[] = [];
  for (let r = 0; r < block.rows; r++) {
    const cells = block.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    const bandCaption = typed?.bands?.find((b) => b.captionRow === r)?.caption;
    rows.push(
      html`<tr data-row="${r + 1}"${bandCaption ? html` class="band-caption"` : ''}>${cells.map((c) => {
        const ranges = marks.cells.get(cellKey(block.index, c.row, c.col));
        const tag = r < headerRows ? 'th' : 'td';
        const findings = ranges ? [...new Set(ranges.flatMap((x) => x.findings))].sort((a, b) => a - b).join(' ') : null;
        const attrs = html`${c.rowSpan > 1 ? html` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ''}${
          findings ? html` class="fig-cell" data-fc="${findings}"` : ''
        } title="${`row ${c.row + 1}, col ${c.col + 1}${c.page ? `, p.${c.page}` : ''}`}"`;
        const body = markedText(c.text, c.span.start, ranges);
        return tag === 'th' ? html`<th${attrs}>${body}</th>` : html`<td${attrs}>${body}</td>`;
      })}</tr>\n`,
    );
  }
  const where = [pages(block.page, block.pageEnd), typed?.unit ? `单位：${typed.unit}` : null].filter(Boolean).join(' · ');
  return html`<figure class="table" id="b${block.index}">
<figcaption><span class="caption">${caption ? `表「${caption}」` : `表 table #${block.index}`}</span>${where ? html` <span class="where">${where}</span>` : ''}</figcaption>
<div class="table-scroll"><table>
${rows}</table></div>
</figure>\n`;
}

/** The section tree as nested lists of links to the headings. */
export function outline(report: Report): Html {
  const children = (parent: string | null): Html => {
    const list = report.sections.filter((s) => s.parent === parent);
    if (list.length === 0) return html``;
    return html`<ol>${list.map((s) => {
      const block = report.document.blocks[s.headingBlock];
      const text = block?.kind === 'paragraph' ? block.text.trim() : [s.number, s.title].filter(Boolean).join(' ');
      return html`<li><a href="#s-${s.id}">${text}</a>${children(s.id)}</li>`;
    })}</ol>`;
  };
  return children(null);
}

/**
 * The document as the report prints it: headings from the section tree, paragraphs, tables
 * with captions and pages, a page marker where a PDF page begins, and every figure a
 * finding uses wrapped in a mark carrying the finding numbers.
 */
export function renderDocument(report: Report, marks: FigureMarks = figureMarks(report)): Html {
  const headings = new Map(report.sections.map((s) => [s.headingBlock, s] as const));
  const out: Html[] = [];
  let page: number | null = null;
  for (const block of report.document.blocks) {
    if (block.page != null && block.page !== page) {
      out.push(html`<div class="page-mark" id="page-${block.page}">p.${block.page}</div>\n`);
    }
    page = (block.kind === 'table' ? block.pageEnd : null) ?? block.page ?? page;
    out.push(block.kind === 'table' ? table(report, block, marks) : paragraph(block, headings.get(block.index), marks));
  }
  return join(out);
}
