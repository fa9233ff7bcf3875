/** A range of a paragraph's text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * Splits a paragraph into sentences after 。！？ and after a half-width “.” that ends a
 * sentence (“437.72万元.主要用于…”: not between digits, not after a list number “1.”).
 * Each range includes its terminator; blank ranges are dropped.
 */
export function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  const closeAt = bracketCloses(text);
  let start = 0;
  let inside = -1; // end of the bracket the scan is in: its 。 ends no sentence
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const close = closeAt.get(i);
    if (close !== undefined && close > inside) inside = close;
    if (i < inside && ch !== '\n') continue;
    const end = TERMINATORS.has(ch) || (ch === '.' && i > 0 && !/[\d\s]/.test(text[i - 1]!) && !/\d/.test(text[i + 1] ?? ''));
    if (!end) continue;
    // Closing quotes and brackets right after the terminator belong to the sentence.
    let j = i + 1;
    while (j < text.length && /[”’"）)]/.test(text[j]!)) j++;
    if (text.slice(start, j).trim() !== '') out.push({ start, end: j });
    start = j;
    i = j - 1;
  }
  if (text.slice(start).trim() !== '') out.push({ start, end: text.length });
  return out;
}

/** Longest bracket whose inner 。 is not a sentence end (a stray “（” never swallows a paragraph). */
const MAX_BRACKET = 200;

/**
 * Open round brackets with their matching close, by position: “…运行维护费0万元（购置费0万元；
 * 运行维护费0万元。）比上年减少…” is one sentence — the 。 inside the bracket ends the aside, not the
 * sentence. Unmatched or longer than MAX_BRACKET: left out.
 */
function bracketCloses(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') stack.push(i);
    else if ((ch === '）' || ch === ')') && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open <= MAX_BRACKET) out.set(open, i);
    } else if (ch === '\n') stack.length = 0;
  }
  return out;
}

/** Brackets and quotes that pair up inside a label: “因公出国（境）费”, “创客中国”. */
const OPEN = '（(《“‘[【〔';
const CLOSE = '）)》”’]】〕';
/** Marks that end a clause: a label never reaches back over them. */
const CLAUSE_MARKS = new Set(['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n']);

/**
 * Start of the words that label a figure: scanning back from the figure to the previous
 * clause mark, an unmatched opening bracket, or `floor` (the end of the previous figure
 * or the start of the sentence). Bracketed text is skipped whole, so “安全生产专项经费
 * （含春运安全）11.99万元” keeps its bracket.
 */
export function phraseStart(text: string, figureStart: number, floor: number): number {
  let depth = 0;
  for (let i = figureStart - 1; i >= floor; i--) {
    const ch = text[i]!;
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch)) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (CLAUSE_MARKS.has(ch) || (ch === '.' && !/\d/.test(text[i - 1] ?? '')))) return i + 1;
  }
  return floor;
}
