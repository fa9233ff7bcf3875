import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PATTERNS_DIR = new URL('../../patterns/', import.meta.url);

/**
 * Reads one data file from patterns/ and validates it; a bad pattern file fails loudly
 * with the path of the offending entry, since every report would be read wrongly.
 */
export function loadPatterns<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, PATTERNS_DIR), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`patterns/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A regex given as a string in patterns/*.json; checked to compile when the file loads. */
export const RegexString = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);
