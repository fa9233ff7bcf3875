import { z } from 'zod';
import type { Document } from '../model/index.js';
import { loadPatterns } from '../patterns/load.js';

const TraditionalFile = z.object({
  map: z.record(z.string().length(1), z.string().length(1)),
});

/** 萬 → 万, 決 → 决, 預 → 预 … (patterns/traditional.json, from OpenCC; one character to one). */
const SIMPLIFIED = new Map(Object.entries(loadPatterns('traditional.json', TraditionalFile).map));

/**
 * A text is written in traditional characters when at least this share of its Han characters
 * have a different simplified form (a traditional report has about a fifth; a simplified one
 * almost none: a name with 於 or 乾 now and then).
 */
export const TRADITIONAL_SHARE = 0.05;
/** …and at least this many of them. */
const MIN_TRADITIONAL = 5;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Han characters, and those of them that are traditional forms (in the table). */
export function countTraditional(text: string): { han: number; traditional: number } {
  let han = 0;
  let traditional = 0;
  for (const m of text.matchAll(HAN)) {
    han++;
    if (SIMPLIFIED.has(m[0])) traditional++;
  }
  return { han, traditional };
}

export function isTraditional(text: string): boolean {
  const { han, traditional } = countTraditional(text);
  return traditional >= MIN_TRADITIONAL && traditional >= TRADITIONAL_SHARE * han;
}

/** Traditional characters to simplified, one for one: the length and every span stay the same. */
export function toSimplified(text: string): string {
  return text.replace(HAN, (ch) => SIMPLIFIED.get(ch) ?? ch);
}

/**
 * A Document written in traditional characters, normalised to simplified for matching (the
 * heading, label, unit and relation patterns are written in simplified: 萬元, 決算, 預算).
 * Applied in the convert stage to the text itself — blocks, cells, furniture and
 * `Document.text` alike — since the mapping keeps every span; the report says so in a warning.
 * Returns null when the document is not traditional.
 */
export function simplifyDocument(doc: Document): { document: Document; changed: number } | null {
  const { traditional } = countTraditional(doc.text);
  if (!isTraditional(doc.text)) return null;
  return {
    changed: traditional,
    document: {
      ...doc,
      text: toSimplified(doc.text),
      blocks: doc.blocks.map((b) =>
        b.kind === 'paragraph' ? { ...b, text: toSimplified(b.text) } : { ...b, cells: b.cells.map((c) => ({ ...c, text: toSimplified(c.text) })) },
      ),
      furniture: doc.furniture.map((f) => ({ ...f, text: toSimplified(f.text) })),
    },
  };
}
