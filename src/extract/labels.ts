import { z } from 'zod';
import { loadPatterns } from '../patterns/load.js';

const LabelsFile = z.object({
  labels: z.array(z.object({ canonical: z.string().min(1), synonyms: z.array(z.string().min(1)) })),
});

const SYNONYMS = new Map<string, string>();
for (const { canonical, synonyms } of loadPatterns('labels.json', LabelsFile).labels) {
  for (const s of [canonical, ...synonyms]) if (!SYNONYMS.has(squash(s))) SYNONYMS.set(squash(s), canonical);
}

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Maps a label as written to its canonical label (patterns/labels.json); unknown labels pass through squashed. */
export function canonicalLabel(raw: string): string {
  const key = squash(raw);
  return SYNONYMS.get(key) ?? key;
}
