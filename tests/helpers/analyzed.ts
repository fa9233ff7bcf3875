/**
 * Corpus files converted once per code version, shared by every test file.
 *
 * Converting (mammoth / pdf.js) is most of what analyze() costs, and a dozen test files read
 * the same seed report. `convertedBytes()` keeps the real reader's output as JSON in
 * node_modules/.cache/gouji-tests/, keyed by the file's sha256, the read limits and a hash of
 * everything a conversion depends on (src/, patterns/, package-lock.json) — change any of it
 * and the next run converts again. `analyzedCorpus()` then runs the real segment → extract →
 * reconcile stages on that Document, fresh each call. Set GOUJI_TEST_CACHE=0 to bypass the
 * disk (each test process still converts a file once).
 *
 * Tests of the readers themselves (tests/convert/) call convert()/readPdf() directly.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256, type AnalyzeOptions } from '../../src/analyze.js';
import { analyzeConverted } from '../../src/pipeline.js';
import { convert, type Converted } from '../../src/convert/index.js';
import { resolveLimits, type ReadLimitsInput } from '../../src/convert/limits.js';
import type { Report } from '../../src/model/index.js';
import { corpusBytes } from './corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'gouji-tests');

let version: string | null = null;

/** Hash of the sources, patterns and locked dependency versions a conversion depends on. */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const add = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const part of ['src', 'patterns', 'package-lock.json']) if (existsSync(join(ROOT, part))) add(join(ROOT, part));
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** Deletes cache entries written by other code versions (called once per run, from the global setup). */
export function pruneCache(): void {
  if (!existsSync(CACHE_DIR)) return;
  const current = codeVersion();
  for (const name of readdirSync(CACHE_DIR)) if (!name.startsWith(`${current}-`)) rmSync(join(CACHE_DIR, name), { force: true });
}

const memory = new Map<string, Promise<string>>();
const useDisk = process.env.GOUJI_TEST_CACHE !== '0';

/** What the real convert() makes of `bytes` (a fresh copy each call; errors are not cached). */
export async function convertedBytes(bytes: Uint8Array, limits: ReadLimitsInput = {}): Promise<Converted> {
  const resolved = resolveLimits(limits);
  const key = `${codeVersion()}-${sha256(bytes)}-${createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 12)}`;
  let json = memory.get(key);
  if (!json) {
    json = load(key, bytes, resolved);
    memory.set(key, json);
    json.catch(() => memory.delete(key));
  }
  return JSON.parse(await json) as Converted;
}

async function load(key: string, bytes: Uint8Array, limits: ReturnType<typeof resolveLimits>): Promise<string> {
  const file = join(CACHE_DIR, `${key}.json`);
  if (useDisk && existsSync(file)) return readFileSync(file, 'utf8');
  const json = JSON.stringify(await convert(bytes, limits));
  if (useDisk) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, json);
    renameSync(partial, file); // atomic: a parallel test process reads the whole file or none
  }
  return json;
}

/** A corpus file's Document as the real reader makes it (converted once per code version). */
export async function convertedCorpus(name: string, limits: ReadLimitsInput = {}): Promise<Converted> {
  return convertedBytes(corpusBytes(name), limits);
}

/** analyze() of `bytes`, with the conversion shared across test files. */
export async function analyzedBytes(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<Report> {
  return analyzeConverted(bytes, await convertedBytes(bytes, options.limits), options);
}

/** analyze() of a file under corpus/, with the conversion shared across test files. */
export async function analyzedCorpus(name: string, options: AnalyzeOptions = {}): Promise<Report> {
  return analyzedBytes(corpusBytes(name), options);
}
