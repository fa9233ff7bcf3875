import { toHalfWidth } from '../text/half-width.js';
import { numeralValue } from './numerals.js';
import { headingRules } from './rules.js';

/** A numbered line that may be a heading: its style, the number's value and the text after it. */
export interface HeadingCandidate {
  /** Style id from patterns/headings.json, or "attachment". */
  style: string;
  value: number;
  /** The numbering as printed, without the trailing 、/./space: "一", "（一）", "1", "附件1". */
  number: string;
  /** Text after the number, as written (first line of the block). */
  title: string;
}

/** Table-of-contents lines: dot leaders (……, ···, ....) with or without a page number. */
const TOC_LEADER = /(?:…{2,}|\.{4,}|·{3,}|－{3,})\s*\d*\s*$/u;

/** Matches one paragraph's first line against the heading styles; null when it is not numbered. */
export function matchHeading(text: string): HeadingCandidate | null {
  const rules = headingRules();
  const line = firstLine(text);
  if (line === '' || TOC_LEADER.test(line)) return null;
  const half = toHalfWidth(line);
  const att = rules.attachment.exec(half);
  if (att?.groups) {
    const value = numeralValue(att.groups['num']!);
    if (value !== null) return candidate('attachment', value, line, half, att.groups['title'] ?? '');
  }
  for (const style of rules.styles) {
    const m = style.regex.exec(half);
    if (!m?.groups) continue;
    const value = numeralValue(m.groups['num']!);
    if (value === null) continue;
    return candidate(style.id, value, line, half, m.groups['title'] ?? '');
  }
  return null;
}

function candidate(style: string, value: number, line: string, half: string, titleHalf: string): HeadingCandidate {
  // toHalfWidth keeps lengths, so positions in `half` are positions in `line`.
  const titleStart = titleHalf === '' ? half.length : half.lastIndexOf(titleHalf);
  const number = line
    .slice(0, titleStart)
    .trim()
    .replace(/[、.．，,：:\s]+$/u, '');
  return { style, value, number, title: line.slice(titleStart).trim() };
}

/**
 * Whether the text after a number reads like a section title rather than a sentence:
 * short (patterns/headings.json titleLike.maxChars, wider when the paragraph is bold),
 * and none of the sentence marks (；, amounts, many commas).
 */
export function isTitleLike(title: string, bold: boolean): boolean {
  const rules = headingRules();
  const t = title.trim();
  if (t === '') return false;
  if ([...t].length > (bold ? rules.maxCharsBold : rules.maxChars)) return false;
  return !rules.rejectIf.some((r) => r.test(toHalfWidth(t)));
}

/** A paragraph that announces a table of contents: “目录”, “目 录”. */
export function isTocTitle(text: string): boolean {
  return /^目\s*录$/u.test(text.trim());
}

export function isTocLine(text: string): boolean {
  return TOC_LEADER.test(firstLine(text));
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl === -1 ? text : text.slice(0, nl)).trim();
}
