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
/** Lines this long (in characters) or longer are body text that may have been wrapped. */
const MIN_WRAP_WIDTH = 20;

export function textKind(text: string): TextKind {
  let tabLed = 0;
  let longLines = 0;
  let aligned = 0;
  const widths = new Map<number, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) tabLed++;
    const body = line.trim();
    if (/\S {3,}\S/u.test(body)) aligned++;
    const width = [...body].length;
    if (width >= MIN_WRAP_WIDTH) {
      longLines++;
      widths.set(width, (widths.get(width) ?? 0) + 1);
    }
  }
  if (text.includes('\f')) return 'pdf-dump';
  if (tabLed >= TAB_CELLS) return 'docx-dump';
  // Hard-wrapped text: many long lines share one width (±1 for punctuation that hangs or wraps).
  let wrapped = 0;
  for (const [w, n] of widths) wrapped = Math.max(wrapped, n + (widths.get(w - 1) ?? 0) + (widths.get(w + 1) ?? 0));
  if (longLines >= 5 && wrapped >= 0.3 * longLines) return 'pdf-dump';
  if (aligned >= 3) return 'pdf-dump';
  return 'lines';
}
