import type { Piece } from './lines.js';

/** What counts as a figure in a space-aligned table, and pieces split where a figure meets text. */

/** A printed amount: a figure with a separator, decimals or a sign (a bare 1–3 digit number may be a 科目编码). */
const AMOUNT_RE = /^[-−+＋]?[(（]?[-−]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?[)）]?[%％]?$/u;
export const isAmountText = (t: string): boolean => AMOUNT_RE.test(t) && !/^[0-9０-９]{1,3}$/u.test(t);
/** An amount, but not a bare number that starts its line: a 科目编码 (20502, 3010101) or a row number. */
export const isAmount = (p: Piece): boolean => isAmountText(p.text) && !(p.lead && /^[0-9]+$/u.test(p.text));

/** A figure with decimals run into the Chinese text of the next cell. */
const GLUED_RE = /^([-−]?[0-9０-９][0-9０-９,，]*[.．][0-9０-９]+)(?=[\u3400-\u9fff（(])/u;

/**
 * pdftotext separates a figure from the next column's text by one space when they nearly touch
 * (“96,282,213.44 一、公共安全支出”): a piece is split where an amount written with a separator
 * or decimals meets text.
 */
export function splitAtAmounts(p: Piece): Piece[] {
  const glued = GLUED_RE.exec(p.text);
  if (glued) {
    // “0.00七、文化旅游体育与传媒支出”: no space at all between the figure and the next cell.
    const len = Array.from(glued[1]!).length;
    const rest = splitAtAmounts({ start: p.start + len, end: p.end, text: p.text.slice(glued[1]!.length) });
    return [{ start: p.start, end: p.start + len, text: glued[1]!, ...(p.lead ? { lead: true } : {}) }, ...rest];
  }
  if (!p.text.includes(' ')) return [p];
  const tokens: Piece[] = [];
  let start = p.start;
  for (const word of p.text.split(' ')) {
    const len = Array.from(word).length;
    tokens.push({ start, end: start + len, text: word });
    start += len + 1;
  }
  const amount = (t: Piece): boolean => isAmountText(t.text) && /[.,，．]/u.test(t.text);
  if (!tokens.some(amount) || tokens.every(amount)) return [p];
  const out: Piece[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && amount(t) === amount({ ...last, text: last.text.split(' ').pop()! })) {
      last.text = `${last.text} ${t.text}`;
      last.end = t.end;
    } else {
      out.push({ ...t });
    }
  }
  if (p.lead) out[0]!.lead = true;
  return out;
}
