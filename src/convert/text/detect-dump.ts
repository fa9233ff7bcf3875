import { printedWidth } from './lines.js';

/**
 * Which kind of text a file holds. A text dump of a .docx (what Word's “save as text” or a
 * converter writes) puts each table cell on a line of its own led by a tab; a dump of a PDF
 * (`pdftotext`, `pdftotext -layout`, text copied out of a PDF viewer) has form feeds between
 * pages, hard line breaks inside sentences at one line width, and tables as columns aligned
 * with spaces. Anything else is read one paragraph per line.
 */
export type TextKind = 'docx-dump' | 'pdf-dump' | 'lines';

/** At least this many tab-led lines make a .docx dump. */
const TAB_CELLS = 3;
/** Hard-wrapped text has at least this many lines of one width… */
const MIN_WRAPPED = 5;
/** …or at least this many lines with columns set apart by three spaces or more. */
const MIN_ALIGNED = 5;
/** Sentence-final punctuation. */
const ENDS_SENTENCE = /[。；;！？!?]$/u;
/** Lines this wide (in columns: a Chinese character one, a Latin letter or digit half) or wider are body text that may have been wrapped. */
const MIN_WRAP_WIDTH = 20;

export function textKind(text: string): TextKind {
  if (text.includes('\f')) return 'pdf-dump';
  let tabLed = 0;
  let longLines = 0;
  let aligned = 0;
  /** Long lines by width: how many, and how many of them stop mid-sentence. */
  const widths = new Map<number, { lines: number; open: number }>();
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) tabLed++;
    const body = line.trim();
    if (/\S {3,}\S/u.test(body)) aligned++;
    const width = Math.round(printedWidth(body));
    if (width >= MIN_WRAP_WIDTH) {
      longLines++;
      const w = widths.get(width) ?? { lines: 0, open: 0 };
      w.lines++;
      if (!ENDS_SENTENCE.test(body)) w.open++;
      widths.set(width, w);
    }
  }
  if (tabLed >= TAB_CELLS) return 'docx-dump';
  // Hard-wrapped text: many long lines share one width (±1 for punctuation that hangs or wraps),
  // most of them stopping mid-sentence. (One paragraph per line ends its lines with 。)
  let wrapped = { lines: 0, open: 0 };
  for (const [w, n] of widths) {
    const near = [widths.get(w - 1), n, widths.get(w + 1)];
    const sum = { lines: near.reduce((k, x) => k + (x?.lines ?? 0), 0), open: near.reduce((k, x) => k + (x?.open ?? 0), 0) };
    if (sum.lines > wrapped.lines) wrapped = sum;
  }
  if (wrapped.lines >= MIN_WRAPPED && wrapped.lines >= 0.3 * longLines && wrapped.open * 2 > wrapped.lines) return 'pdf-dump';
  if (aligned >= MIN_ALIGNED) return 'pdf-dump';
  return 'lines';
}
