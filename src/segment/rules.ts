import { z } from 'zod';
import { loadPatterns, RegexString } from '../patterns/load.js';

export { RegexString };

const Style = z.object({
  id: z.string().min(1),
  comment: z.string(),
  regex: RegexString.refine((s) => s.includes('(?<num>') && s.includes('(?<title>'), { message: 'must capture (?<num>…) and (?<title>…)' }),
  numeral: z.enum(['chinese', 'arabic', 'circled', 'auto']),
  /** Styles of one shape can stand in for each other in irregular numbering (“（3）” for （三）). */
  shape: z.string().min(1),
});

const HeadingsFile = z.object({
  styles: z.array(Style).min(1),
  attachment: z.object({ comment: z.string(), regex: RegexString }),
  titleLike: z.object({
    comment: z.string(),
    maxChars: z.number().int().positive(),
    maxCharsBold: z.number().int().positive(),
    rejectIf: z.array(z.object({ regex: RegexString, comment: z.string() })),
  }),
});

export interface HeadingStyle {
  id: string;
  regex: RegExp;
  shape: string;
}

export interface HeadingRules {
  styles: HeadingStyle[];
  attachment: RegExp;
  maxChars: number;
  maxCharsBold: number;
  rejectIf: RegExp[];
}

let cached: HeadingRules | null = null;

/** The heading rules of patterns/headings.json, compiled once. */
export function headingRules(): HeadingRules {
  if (cached) return cached;
  const file = loadPatterns('headings.json', HeadingsFile);
  cached = {
    styles: file.styles.map((s) => ({ id: s.id, regex: new RegExp(s.regex, 'u'), shape: s.shape })),
    attachment: new RegExp(file.attachment.regex, 'u'),
    maxChars: file.titleLike.maxChars,
    maxCharsBold: file.titleLike.maxCharsBold,
    rejectIf: file.titleLike.rejectIf.map((r) => new RegExp(r.regex, 'u')),
  };
  return cached;
}
