import type { Block, Document, Section } from '../model/index.js';
import { headingRules } from './rules.js';
import { isTitleLike, isTocLine, isTocTitle, matchHeading, type HeadingCandidate } from './headings.js';

export { sectionOfBlock } from './lookup.js';

/** One open level of the outline while reading top to bottom. */
interface OpenLevel {
  /** The numbering style this level uses in this report (set by its first heading). */
  style: string;
  /** Value of the last number seen at this level. */
  value: number;
  section: Section;
}

/**
 * Builds the section tree from numbered headings (patterns/headings.json).
 *
 * Levels are not fixed per style: a style takes the level where it first appears under
 * its parent, as readers of 公文 do. A numbered paragraph is a heading when it reads
 * like a title (short, no running sentence) and its number fits the outline:
 * 1. it continues the sequence of an open level of the same style (二、 after 一、);
 * 2. it continues a run of numbered list items instead → it is a list item;
 * 3. it starts a new style at 1 → a new level below the current one;
 * 4. it is the next number expected at some open level of another style of the same
 *    shape → that level (“（3）” after （一）（二）, “8、” after 七、: irregular numbering);
 * 5. otherwise it is taken at its own style's level (numbering that skips); a new style
 *    starting at a number other than 1 opens a level only when the paragraph is bold,
 *    else it is a list item (“（六）…” of a list whose first items were sentences).
 * Numbered paragraphs that read like sentences (the duties “1.贯彻落实…；…”) are list
 * items. “附件N” starts a top-level section whose title is the next line when the
 * heading holds only the number. Headings inside a table of contents are skipped.
 */
export function segment(doc: Document): Section[] {
  const sections: Section[] = [];
  const stack: OpenLevel[] = [];
  /** Last list-item number per style inside the current section. */
  let items = new Map<string, number>();
  const childCount = new Map<string | null, number>();
  let attachments = 0;
  const toc = new TocSkipper();

  const open = (c: HeadingCandidate, block: Block, depth: number, levelStyle: string, title: string): void => {
    stack.length = depth;
    const parent = stack[depth - 1]?.section ?? null;
    let id: string;
    if (c.style === 'attachment') {
      id = `a${++attachments}`;
    } else {
      const n = (childCount.get(parent?.id ?? null) ?? 0) + 1;
      childCount.set(parent?.id ?? null, n);
      id = parent ? `${parent.id}.${n}` : `s${n}`;
    }
    const section: Section = {
      id,
      parent: parent?.id ?? null,
      level: depth + 1,
      number: c.number,
      title,
      headingBlock: block.index,
      blockStart: block.index + 1,
      blockEnd: block.index + 1, // set below
      pattern: c.style,
    };
    sections.push(section);
    stack.push({ style: levelStyle, value: c.value, section });
    items = new Map();
  };

  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const c = matchHeading(block.text);
    if (toc.skip(block.text, c)) continue;
    if (!c) continue;

    if (c.title === '') {
      // “附件1” / “第一部分” alone on its line: the title is the next line.
      const next = blocks[i + 1];
      if (next?.kind === 'paragraph' && !matchHeading(next.text) && isTitleLike(next.text, false)) c.title = next.text.trim();
    }
    if (c.style === 'attachment') {
      // An attachment heading sits outside the report's own numbering.
      open(c, block, 0, 'attachment', c.title);
      continue;
    }

    if (!isTitleLike(blockTitle(block.text, c), block.bold === true)) {
      items.set(c.style, c.value);
      continue;
    }
    const own = stack.findIndex((l) => l.style === c.style);
    if (own >= 0 && stack[own]!.value + 1 === c.value) {
      open(c, block, own, c.style, c.title);
    } else if (items.has(c.style) && items.get(c.style)! + 1 === c.value) {
      items.set(c.style, c.value);
    } else if (own < 0 && c.value === 1) {
      open(c, block, stack.length, c.style, c.title);
    } else {
      const expecting = findLastIndex(stack, (l) => shapeOf(l.style) === shapeOf(c.style) && l.value + 1 === c.value);
      if (expecting >= 0) open(c, block, expecting, stack[expecting]!.style, c.title);
      else if (own >= 0) open(c, block, own, c.style, c.title);
      else if (block.bold === true) open(c, block, stack.length, c.style, c.title);
      else items.set(c.style, c.value);
    }
  }

  // A section governs the blocks up to the next heading at its level or above.
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    const next = sections.slice(k + 1).find((t) => t.level <= s.level);
    s.blockEnd = next ? next.headingBlock : blocks.length;
  }
  return sections;
}

/** The heading text judged for title-likeness: after the number, the whole block (all lines). */
function blockTitle(text: string, c: HeadingCandidate): string {
  const rest = text.trim().split('\n').slice(1).join('');
  return c.title + rest;
}

/** Same number, and titles equal or one of them missing (the body may put the title on the next line). */
function sameHeading(a: HeadingCandidate, b: HeadingCandidate): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (squash(a.number) !== squash(b.number)) return false;
  const ta = squash(a.title);
  const tb = squash(b.title);
  return ta === '' || tb === '' || ta.startsWith(tb) || tb.startsWith(ta);
}

function shapeOf(style: string): string {
  return headingRules().styles.find((s) => s.id === style)?.shape ?? style;
}

function findLastIndex<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}

/**
 * A table of contents (“目录” followed by the heading list, often with dot leaders)
 * repeats the headings; they are skipped until the body repeats the first entry or a
 * line of running text shows the list is over.
 */
class TocSkipper {
  private state: 'none' | 'listing' = 'none';
  private first: HeadingCandidate | null = null;

  skip(text: string, c: HeadingCandidate | null): boolean {
    if (isTocLine(text)) return true;
    if (isTocTitle(text)) {
      this.state = 'listing';
      this.first = null;
      return true;
    }
    if (this.state !== 'listing') return false;
    // A table of contents is a run of short lines; running text ends it.
    if (c ? !isTitleLike(c.title, false) : !isTitleLike(text, false)) {
      this.state = 'none';
      return false;
    }
    if (!c) return false;
    if (this.first === null) {
      this.first = c;
      return true;
    }
    if (sameHeading(c, this.first)) {
      this.state = 'none';
      return false;
    }
    return true;
  }
}
