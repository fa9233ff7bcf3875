import type { Document, Location, ParagraphBlock, Section } from '../model/index.js';

/**
 * Prose read as the report wrote it, not as the page broke it: a paragraph block that stops in
 * the middle of a clause (“…比2016年增加3401.59万元，增长” / “129.97%。主要原因…”, “一般公共
 * 预算收入21,940.96万元，占” / “99.94%；”) goes on in the next block. The PDF reader ends a
 * paragraph where the lines look like a paragraph end (a short line, a wider gap); the words
 * say otherwise when the block's last character is inside a clause.
 *
 * A block continues into the next one when
 * - it ends with a character (汉字) or a 、/， — not a full stop, ；, ： or a closing bracket;
 * - its last line is running text: it holds a ， (a caption “单位：万元” or a title line
 *   “…情况说明” does not go on in the paragraph under it);
 * - neither is a section heading, and the next does not open a numbered item (一、 （二） 3．);
 * - the next is a paragraph on the same or the next page;
 * - the run holds fewer than MAX_RUN blocks.
 * Each figure keeps its own block, page and span; only the text it is read in is the run's.
 */
export interface ProseRun {
  /** The blocks of the run, in order (one for most paragraphs). */
  blocks: ParagraphBlock[];
  /** Their texts joined with nothing between (the page broke a line, not the sentence). */
  text: string;
  /** Where each block's text starts in `text`. */
  starts: number[];
}

/**
 * At most this many blocks make one run: a page breaks a sentence once or twice, and a hostile
 * file of a million clause-ending lines must not become one paragraph (the prose readers' work
 * on a paragraph grows faster than its figures; per-block limits are checked before).
 */
const MAX_RUN = 8;
/** A line that opens a numbered item: 一、 （二） 3、 4． — never a continuation. */
const OPENS_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节])/u;
/** A last character that leaves a clause open: a 汉字, 、 or ，. */
const OPEN_END = /[\p{Script=Han}、，]\s*$/u;

export function proseRuns(doc: Document, sections: readonly Section[]): ProseRun[] {
  const headings = new Set(sections.map((s) => s.headingBlock));
  const runs: ProseRun[] = [];
  let run: ProseRun | null = null;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') {
      run = null;
      continue;
    }
    const last = run?.blocks.at(-1);
    if (run && last && run.blocks.length < MAX_RUN && continues(last, block, headings)) {
      run.starts.push(run.text.length);
      run.text += block.text;
      run.blocks.push(block);
      continue;
    }
    run = { blocks: [block], text: block.text, starts: [0] };
    runs.push(run);
  }
  return runs;
}

function continues(a: ParagraphBlock, b: ParagraphBlock, headings: ReadonlySet<number>): boolean {
  if (b.index !== a.index + 1 || headings.has(a.index) || headings.has(b.index)) return false;
  if (a.page !== null && b.page !== null && b.page !== a.page && b.page !== a.page + 1) return false;
  const lastLine = a.text.slice(a.text.lastIndexOf('\n') + 1);
  return OPEN_END.test(lastLine) && lastLine.includes('，') && !OPENS_ITEM.test(b.text);
}

/** The block of a run holding `offset`, and the offset within that block's text. */
export function blockAt(run: ProseRun, offset: number): { block: ParagraphBlock; local: number } {
  let k = 0;
  while (k + 1 < run.starts.length && run.starts[k + 1]! <= offset) k++;
  return { block: run.blocks[k]!, local: offset - run.starts[k]! };
}

/** The place of `start`–`end` of a run's text: the block, page and bbox of its start, the span in Document.text. */
export function runPlace(run: ProseRun, start: number, end: number): Pick<Location, 'block' | 'page' | 'span' | 'bbox'> {
  const from = blockAt(run, start);
  const to = blockAt(run, Math.max(start, end - 1));
  return {
    block: from.block.index,
    page: from.block.page,
    span: { start: from.block.span.start + from.local, end: to.block.span.start + to.local + (end > start ? 1 : 0) },
    ...(from.block.bbox ? { bbox: from.block.bbox } : {}),
  };
}
