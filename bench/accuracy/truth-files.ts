/** Reading corpus/truth/*.json and finding each labelled report's bytes. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Truth } from './truth-schema.js';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TRUTH_DIR = path.join(PROJECT, 'corpus/truth');
/** The shared corpus next to the project checkout (../shared/corpus), absent on a fresh clone. */
export const SHARED_CORPUS = path.resolve(PROJECT, '../shared/corpus');

export interface TruthFile {
  /** File name under corpus/truth/. */
  name: string;
  truth: Truth;
}

/** Every label file, validated; a file that does not parse throws with its zod issues. */
export function readTruthFiles(dir: string = TRUTH_DIR): TruthFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = Truth.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`corpus/truth/${name}: ${issues}`);
      }
      return { name, truth: parsed.data };
    });
}

/**
 * Where the labelled report's bytes are: the project's corpus/<path> first (a copy a test
 * uses), then ../shared/corpus/<path>; null when neither holds it. `projectOnly` skips the
 * shared corpus (what the fast test reads).
 */
export function sourceFile(truth: Truth, projectOnly = false): string | null {
  const candidates = [path.join(PROJECT, 'corpus', truth.source.path)];
  if (truth.source.root === 'shared' && !projectOnly) candidates.push(path.join(SHARED_CORPUS, truth.source.path));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The bytes of a labelled report, checked against the sha256 the labels were written for. */
export function readSource(truth: Truth, file: string): Uint8Array {
  const bytes = new Uint8Array(readFileSync(file));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== truth.source.sha256) throw new Error(`${file}: sha256 ${sha} is not the labelled ${truth.source.sha256}`);
  return bytes;
}
