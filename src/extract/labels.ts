import { z } from 'zod';
import { loadPatterns } from '../patterns/load.js';

const PhraseRules = z.object({
  comment: z.string(),
  leading: z.array(z.string().min(1)),
  trailing: z.array(z.string().min(1)),
  trailingKeep: z.array(z.string().min(1)).default([]),
  subjects: z.array(z.string().min(1)),
  organisation: z.string(),
  years: z.array(z.object({ regex: z.string(), year: z.string() })),
  kinds: z.array(z.object({ word: z.string().min(1), kind: z.string().min(1) })),
  generic: z.array(z.string()),
  afterNounEnds: z.array(z.string().min(1)),
  afterNounVerbs: z.array(z.string().min(1)),
  afterNounMax: z.number().int().positive(),
});
export type PhraseRules = z.infer<typeof PhraseRules>;

const LabelsFile = z.object({
  labels: z.array(z.object({ canonical: z.string().min(1), synonyms: z.array(z.string().min(1)) })),
  phrase: PhraseRules.optional(),
});

const FILE = loadPatterns('labels.json', LabelsFile);
const SYNONYMS = new Map<string, string>();
for (const { canonical, synonyms } of FILE.labels) {
  for (const s of [canonical, ...synonyms]) if (!SYNONYMS.has(labelKey(s))) SYNONYMS.set(labelKey(s), canonical);
}

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Matching key of a label: no spaces, no quotes, full-width parentheses. */
export function labelKey(s: string): string {
  return squash(s)
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Maps a label as written to its canonical label (patterns/labels.json); unknown labels pass through squashed. */
export function canonicalLabel(raw: string): string {
  return SYNONYMS.get(labelKey(raw)) ?? squash(raw);
}

/** Whether the label as written is one of the known wordings (patterns/labels.json). */
export function isKnownLabel(raw: string): boolean {
  return SYNONYMS.has(labelKey(raw));
}

/** The rules that cut prose labels out of sentences (patterns/labels.json `phrase`). */
export function phraseRules(): PhraseRules {
  if (!FILE.phrase) throw new Error('patterns/labels.json: phrase: missing');
  return FILE.phrase;
}
