import { joinWrapped } from './join.js';
import type { DraftTable, Line, PageLayout } from './types.js';
import { median } from './types.js';

/** A block in reading order before it goes into the Document. */
export type FlowBlock = { kind: 'paragraph'; lines: Line[]; text: string; bold: boolean } | { kind: 'table'; table: DraftTable };

interface Margins {
  left: number;
  right: number;
}

/** The text column of a page: where most lines start, and where full lines end. */
function pageMargins(lines: readonly Line[]): Margins | null {
  if (lines.length < 4) return null;
  const starts = lines.map((l) => l.x0).sort((a, b) => a - b);
  // The leftmost start shared by at least two lines (a lone outdented line is not the margin).
  let left = starts[0]!;
  for (let i = 0; i + 1 < starts.length; i++) {
    if (starts[i + 1]! - starts[i]! <= 1.5) {
      left = starts[i]!;
      break;
    }
  }
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.9))]!;
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
      bySize.set(key, [...(bySize.get(key) ?? []), d]);
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
  const allLines = pages.flatMap((p) => p.lines);
  const fallback = pageMargins(allLines) ?? { left: 0, right: Infinity };
  const margins = new Map<number, Margins>();
  for (const p of pages) margins.set(p.page, pageMargins(p.lines) ?? fallback);

  const blocks: FlowBlock[] = [];
  let current: Line[] = [];
  let text = '';
  let lastWasPageEnd = false;
  const close = (): void => {
    if (!current.length) return;
    blocks.push({ kind: 'paragraph', lines: current, text, bold: current.every((l) => l.bold) });
    current = [];
    text = '';
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
      text = join === 'wrap' ? joinWrapped(text, line.text) : join === 'newline' ? `${text}\n${line.text}` : line.text;
      current.push(line);
    });
    // Only a paragraph still open at the end of the page may continue on the next one.
    lastWasPageEnd = current.length > 0 && items.length > 0 && items[items.length - 1]!.line === current[current.length - 1];
    if (!lastWasPageEnd) close();
  }
  close();
  return blocks;
}

/** Width of the non-Chinese word a line starts with (0 when it starts with a Chinese character). */
function leadingWordWidth(line: Line): number {
  const run = line.runs[0];
  if (!run) return 0;
  const word = /^[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]+/u.exec(run.text)?.[0];
  if (!word) return 0;
  if (word.length === run.text.length) return run.x1 - run.x0;
  return (run.x1 - run.x0) * (word.length / run.text.length);
}

function isCentered(line: Line, m: Margins): boolean {
  return line.x0 > m.left + 2 * line.size && Math.abs((line.x0 + line.x1) / 2 - (m.left + m.right) / 2) <= 1.5 * line.size;
}

/**
 * How `line` follows the paragraph so far: `wrap` — it continues the text; `newline` — a
 * title set as centred lines, one line break kept between them; `break` — a new block.
 */
function continues(para: readonly Line[], line: Line, acrossPages: boolean, margins: Map<number, Margins>, spacing: Map<number, number>): 'wrap' | 'newline' | 'break' {
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
  // A line that ends short of the margin was still wrapped when the next line's first word
  // (a number, a Latin word) would not have fitted in the room left.
  const reachesRight = prev.x1 >= m.right - Math.max(1.5 * em, leadingWordWidth(line) + em);
  if (!reachesRight) return false;
  // Where the paragraph's lines after the first start: the margin, or a hanging indent.
  const mLine = margins.get(line.page)!;
  const bodyX = para.length >= 2 ? para[1]!.x0 : Math.min(prev.x0, m.left);
  if (line.page !== prev.page) {
    if (!acrossPages) return false;
    return line.x0 <= mLine.left + 0.8 * em && line.x0 >= mLine.left - 0.8 * em;
  }
  const usual = usualSpacing(spacing, em);
  const d = line.baseline - prev.baseline;
  if (d > Math.max(usual * 1.2, usual + 0.25 * em) || d < 0.5 * em) return false;
  if (line.x0 > bodyX + 0.8 * em) return false; // first-line indent of a new paragraph
  if (para.length >= 2 && line.x0 < bodyX - 0.8 * em) return false; // outdent: a new block
  return true;
}
