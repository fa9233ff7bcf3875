import { isCjk, joinWrapped, lastChar } from './join.js';
import type { DraftTable, Line, PageLayout } from './types.js';
import { median } from './types.js';

/** A block in reading order before it goes into the Document. */
export type FlowBlock = { kind: 'paragraph'; lines: Line[]; text: string; bold: boolean } | { kind: 'table'; table: DraftTable };

interface Margins {
  left: number;
  right: number;
}

/**
 * The text column of pages of one width: the left margin is the leftmost start shared by a
 * good share of the lines (first-line indents and centred titles start further right, a stray
 * note further left); the right margin is where long lines end.
 */
function columnMargins(lines: readonly Line[]): Margins | null {
  if (lines.length < 3) return null;
  const bins = new Map<number, Line[]>();
  for (const l of lines) {
    const key = Math.round(l.x0 / 2);
    const bin = bins.get(key); // pushed, not copied: a copy per line is quadratic on a long text
    if (bin) bin.push(l);
    else bins.set(key, [l]);
  }
  const threshold = Math.max(2, 0.1 * lines.length);
  const candidates = [...bins.entries()].filter(([, ls]) => ls.length >= threshold).sort((a, b) => a[0] - b[0]);
  if (!candidates.length) return null;
  let left = Infinity; // a loop, not Math.min(...lines): a spread of 100 000 lines overflows the stack
  for (const l of candidates[0]![1]) left = Math.min(left, l.x0);
  // Lines ending in punctuation are left out: justified text lets a final comma hang past
  // the margin.
  const body = lines.filter((l) => l.x0 >= left - 1 && l.x0 <= left + 3 * l.size && !NO_START.includes([...l.text].pop() ?? ''));
  const ends = (body.length >= 3 ? body : lines).map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.95))]!;
  if (right - left < 100) return null;
  return { left, right };
}

/** Usual distance between baselines of consecutive lines of one paragraph, per font size. */
function lineSpacings(pages: readonly PageLayout[]): Map<number, number> {
  const bySize = new Map<number, number[]>();
  for (const p of pages) {
    const lines = [...p.lines].sort((a, b) => a.top - b.top);
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (Math.abs(a.size - b.size) > 0.5) continue;
      const d = b.baseline - a.baseline;
      if (d < 0.9 * a.size || d > 3 * a.size) continue;
      const key = Math.round(a.size);
      const ds = bySize.get(key);
      if (ds) ds.push(d);
      else bySize.set(key, [d]);
    }
  }
  const out = new Map<number, number>();
  for (const [size, ds] of bySize) {
    // The most common spacing (to half a unit): paragraph gaps are rarer than line gaps.
    const counts = new Map<number, number>();
    for (const d of ds) counts.set(Math.round(d * 2) / 2, (counts.get(Math.round(d * 2) / 2) ?? 0) + 1);
    let best = median(ds);
    let bestCount = 0;
    for (const [d, n] of counts) {
      if (n > bestCount || (n === bestCount && d < best)) {
        best = d;
        bestCount = n;
      }
    }
    out.set(size, best);
  }
  return out;
}

/**
 * Lines and tables of all pages → blocks in reading order. Lines join into one paragraph
 * unless something says a new one starts: more space between the lines than the usual line
 * spacing, a change of size or weight, a previous line ending well short of the right margin,
 * a first-line indent, a table in between. A paragraph continues over a page break when the
 * page's last line runs to the margin and the next page's first line is not indented.
 */
export function buildFlow(pages: readonly PageLayout[]): FlowBlock[] {
  const spacing = lineSpacings(pages);
  const fallback = columnMargins(pages.flatMap((p) => p.lines)) ?? { left: 0, right: Infinity };
  const byWidth = new Map<number, Margins>();
  const margins = new Map<number, Margins>();
  for (const p of pages) {
    const w = Math.round(p.width);
    if (!byWidth.has(w)) byWidth.set(w, columnMargins(pages.filter((q) => Math.round(q.width) === w).flatMap((q) => q.lines)) ?? fallback);
    margins.set(p.page, byWidth.get(w)!);
  }

  const blocks: FlowBlock[] = [];
  let current: Line[] = [];
  let text = '';
  // the last character of `text`, kept beside it: asking a string built by appending for its last
  // character flattens it, once per line — quadratic on a long paragraph
  let tail = '';
  let lastWasPageEnd = false;
  const close = (): void => {
    if (!current.length) return;
    blocks.push({ kind: 'paragraph', lines: current, text, bold: current.every((l) => l.bold) });
    current = [];
    text = '';
    tail = '';
  };

  for (const p of pages) {
    type Item = { top: number; line?: Line; table?: DraftTable };
    const items: Item[] = [...p.lines.map((line) => ({ top: line.top, line })), ...p.tables.map((table) => ({ top: table.top, table }))];
    items.sort((a, b) => a.top - b.top || (a.line && b.line ? a.line.x0 - b.line.x0 : 0));
    items.forEach((item, index) => {
      if (item.table) {
        close();
        blocks.push({ kind: 'table', table: item.table });
        return;
      }
      const line = item.line!;
      const join = current.length ? continues(current, line, index === 0 && lastWasPageEnd, margins, spacing) : 'break';
      if (join === 'break') close();
      text = join === 'wrap' ? joinWrapped(text, line.text, tail) : join === 'newline' ? `${text}\n${line.text}` : line.text;
      const last = lastChar(line.text);
      if (last !== undefined) tail = last;
      else if (join === 'newline') tail = '\n';
      else if (join === 'break') tail = '';
      current.push(line);
    });
    // Only a paragraph still open at the end of the page may continue on the next one.
    lastWasPageEnd = current.length > 0 && items.length > 0 && items[items.length - 1]!.line === current[current.length - 1];
    if (!lastWasPageEnd) close();
  }
  close();
  return blocks;
}

/** Punctuation that may not start a line (it stays with the character before it). */
const NO_START = '，。、；：！？）》」』】〕〉”’%％·…—.,;:!?)]}';
/** Punctuation that may not end a line (it goes with the character after it). */
const NO_END = '（《「『【〔〈“‘([{';

/** Estimated width of the first piece of a line that could not have been split over two lines. */
function firstPieceWidth(line: Line): number {
  const chars = [...line.text];
  let i = 0;
  while (i < chars.length && NO_END.includes(chars[i]!)) i++;
  if (i < chars.length && /[0-9A-Za-z０-９]/u.test(chars[i]!)) {
    while (i < chars.length && /[0-9A-Za-z０-９.,\-_/%+]/u.test(chars[i]!)) i++;
  } else {
    i++;
  }
  while (i < chars.length && NO_START.includes(chars[i]!)) i++;
  const piece = chars.slice(0, i);
  const weight = (ch: string): number => (isCjk(ch) ? 1 : 0.55);
  const total = chars.reduce((n, ch) => n + weight(ch), 0) || 1;
  const perUnit = (line.x1 - line.x0) / total;
  return piece.reduce((n, ch) => n + weight(ch), 0) * Math.min(perUnit, 1.2 * line.size);
}

function isCentered(line: Line, m: Margins): boolean {
  return line.x0 > m.left + 2 * line.size && Math.abs((line.x0 + line.x1) / 2 - (m.left + m.right) / 2) <= 1.5 * line.size;
}

/**
 * How `line` follows the paragraph so far: `wrap` — it continues the text; `newline` — a
 * title set as centred lines, one line break kept between them; `break` — a new block.
 */
/** A line that starts a numbered heading or list item: 一、 （二） 3、 4. 第一部分. */
export const ENUMERATOR_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节])/u;
/** A table-of-contents entry: leader dots, maybe a page number. */
const TOC_ENTRY_RE = /[…．.·⋯]{4,}\s*\d*$/u;

/**
 * A new entry starts here whatever the geometry says: after a contents entry, or where a
 * numbered heading or item follows a line that did not end in punctuation (a heading or a
 * contents line; a wrapped sentence that happens to put “（2）” first ended its last item
 * with punctuation).
 */
function startsEntry(prev: Line, line: Line): boolean {
  if (TOC_ENTRY_RE.test(prev.text)) return true;
  const last = [...prev.text].pop() ?? '';
  return ENUMERATOR_RE.test(line.text) && !NO_START.includes(last) && !/[；;。]/u.test(last);
}

function continues(para: readonly Line[], line: Line, acrossPages: boolean, margins: Map<number, Margins>, spacing: Map<number, number>): 'wrap' | 'newline' | 'break' {
  if (startsEntry(para[para.length - 1]!, line)) return 'break';
  return continuesText(para, line, acrossPages, margins, spacing) ? 'wrap' : centredTitle(para, line, margins, spacing) ? 'newline' : 'break';
}

function usualSpacing(spacing: Map<number, number>, em: number): number {
  return spacing.get(Math.round(em)) ?? 1.6 * em;
}

function centredTitle(para: readonly Line[], line: Line, margins: Map<number, Margins>, spacing: Map<number, number>): boolean {
  const prev = para[para.length - 1]!;
  if (line.page !== prev.page || Math.abs(prev.size - line.size) > 0.12 * prev.size || prev.bold !== line.bold) return false;
  const m = margins.get(prev.page)!;
  if (!para.every((l) => isCentered(l, m)) || !isCentered(line, m)) return false;
  const d = line.baseline - prev.baseline;
  return d > 0.5 * prev.size && d <= 1.2 * Math.max(usualSpacing(spacing, prev.size), 1.6 * prev.size);
}

function continuesText(para: readonly Line[], line: Line, acrossPages: boolean, margins: Map<number, Margins>, spacing: Map<number, number>): boolean {
  const prev = para[para.length - 1]!;
  const em = prev.size;
  if (Math.abs(prev.size - line.size) > 0.12 * em) return false;
  if (prev.bold !== line.bold) return false;
  const m = margins.get(prev.page)!;
  // The previous line was wrapped if the next line's first unbreakable piece (a number, a
  // word, a character with the punctuation that may not start or end a line) did not fit in
  // the room left before the right margin; otherwise the paragraph ended there. Two ems of
  // slack: layout engines squeeze and stretch CJK punctuation, and ragged-right text ends
  // lines early; paragraph spacing and indents catch the paragraph ends this lets through.
  if (prev.x1 + firstPieceWidth(line) + 2 * em <= m.right) return false;
  // Where the paragraph's lines after the first start: the margin, or a hanging indent.
  const mLine = margins.get(line.page)!;
  const bodyX = para.length >= 2 ? para[1]!.x0 : Math.min(prev.x0, m.left);
  if (line.page !== prev.page) {
    if (!acrossPages) return false;
    return line.x0 <= mLine.left + 0.8 * em && line.x0 >= mLine.left - 0.8 * em;
  }
  const usual = usualSpacing(spacing, em);
  const d = line.baseline - prev.baseline;
  // A larger word inside a line pushes the lines apart a little: allow for it.
  const stretch = Math.max(1, prev.maxSize / em, line.maxSize / em);
  if (d > Math.max(usual * 1.2, usual + 0.25 * em) * stretch || d < 0.5 * em) return false;
  if (line.x0 > bodyX + 0.8 * em) return false; // first-line indent of a new paragraph
  if (para.length >= 2 && line.x0 < bodyX - 0.8 * em) return false; // outdent: a new block
  return true;
}
