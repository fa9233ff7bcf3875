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
/** The traditional forms as UTF-16 code units (all in HAN's ranges, so none is a surrogate pair). */
const TRADITIONAL_CODES = new Set([...SIMPLIFIED.keys()].map((ch) => ch.charCodeAt(0)));

/**
 * Han characters, and those of them that are traditional forms (in the table). A loop over
 * code units, not matchAll(HAN): it runs over every document's whole text, and a match object
 * per character cost more than the rest of the check.
 */
export function countTraditional(text: string): { han: number; traditional: number } {
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (TRADITIONAL_CODES.has(c)) traditional++;
    }
  }
  return { han, traditional };
}

export function isTraditional(text: string): boolean {
  return traditionalCounts(countTraditional(text));
}

function traditionalCounts({ han, traditional }: { han: number; traditional: number }): boolean {
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
  const counts = countTraditional(doc.text);
  if (!traditionalCounts(counts)) return null;
  const { traditional } = counts;
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
