import { z } from 'zod';

/** A heading and what it governs. Section ids are stable paths like "s2.1.3". */
export const Section = z.object({
  id: z.string(),
  parent: z.string().nullable(),
  level: z.number().int().positive(),
  /** The numbering as printed: "一", "（一）", "1", "（3）", "8", "附件1". */
  number: z.string().nullable(),
  /** Heading text after the number, as written. */
  title: z.string(),
  /** Index of the heading's own block. */
  headingBlock: z.number().int().nonnegative(),
  /** Blocks governed by this section (heading excluded), [blockStart, blockEnd) incl. subsections. */
  blockStart: z.number().int().nonnegative(),
  blockEnd: z.number().int().nonnegative(),
  /** Id of the heading pattern that matched (from patterns/headings.json). */
  pattern: z.string(),
});
export type Section = z.infer<typeof Section>;
