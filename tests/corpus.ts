import { readText } from '../src/convert/text.js';
import type { Document, Report } from '../src/model/index.js';
import { analyzedCorpus } from './helpers/analyzed.js';

const cache = new Map<string, Promise<Report>>();

/** The Report of a file under corpus/, read once per test run. */
export function report(name: string): Promise<Report> {
  let r = cache.get(name);
  if (!r) {
    r = analyzedCorpus(name, { path: `corpus/${name}` });
    cache.set(name, r);
  }
  return r;
}

/** A Document made from lines of plain text (one paragraph each), through the real text reader. */
export function textDocument(lines: string[]): Document {
  return readText(new TextEncoder().encode(lines.join('\n')));
}

export const SEEDS = ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.txt'] as const;
