// Checks that every console sample in README.md and docs/*.md is what gouji prints.
//
//   npx tsx scripts/doc-samples.mts            report every sample whose output differs (exit 1)
//   npx tsx scripts/doc-samples.mts --write    rewrite those samples with what gouji prints
//   npx tsx scripts/doc-samples.mts --keep DIR build the dataset in DIR (new or empty) and leave it there
//
// A sample is a line `$ gouji …` or `$ npx gouji …` inside a fenced block, followed by its
// output (up to the next `$` line or the end of the block). The script copies `corpus/` into
// a scratch folder, runs `gouji ingest corpus/` there (the README's first command: its output
// is that sample's), then runs every other sample's command in that folder with the built
// `bin/gouji.js` (stdout and stderr together, as a terminal shows them) and compares.
//
// How a sample is compared:
// - A line that is only `…` stands for lines left out (a long output cut); the lines around it
//   must appear in that order, the first block at the top and the last at the bottom unless
//   the sample starts or ends with `…`. Trailing spaces do not count.
// - What changes from run to run is masked on both sides: the ingest time and rate
//   (`in 6.2 s (13.0 files/s)`) and the thread count (`reading with 2 threads`). The scratch
//   folder is shown as /home/you/gouji (the README's clone).
// - A sample with no output lines (a command listed with a comment) must exit 0.
// `--write` keeps a sample's cuts: each block of lines is replaced by as many lines of the
// output at the same place (found by its first line), so review the diff.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the README's samples pretend the clone is. */
export const SHOWN_CLONE = '/home/you/gouji';
const CUT = '…';

export interface Sample {
  /** The markdown file, relative to the repository, or `gouji <command> --help`. */
  file: string;
  /** A --help text's sample: fixed by hand in src/cli/commands/<command>.ts, never rewritten. */
  help?: boolean;
  /** 0-based line of the `$` line. */
  line: number;
  /** Leading indentation of the `$` line (and of its output). */
  indent: string;
  /** What follows `gouji`, as shell words (comment included: the shell drops it). */
  args: string;
  /** The sample's output lines, indentation removed. */
  output: string[];
}

const PROMPT = /^(\s*)\$ (?:npx )?gouji(?=\s|$)(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The `$ gouji …` samples of a text, with their output: in markdown, inside fenced blocks, up
 * to the next `$` line or the block's end; in a command's --help (`help`), up to a blank line.
 */
export function extractSamples(file: string, text: string, help = false): Sample[] {
  const lines = text.split('\n');
  const samples: Sample[] = [];
  let fenced = help;
  for (let i = 0; i < lines.length; i++) {
    if (!help && FENCE.test(lines[i]!)) {
      fenced = !fenced;
      continue;
    }
    const m = fenced ? PROMPT.exec(lines[i]!) : null;
    if (!m) continue;
    const indent = m[1]!;
    const ends = (line: string) => (help ? line.trim() === '' : FENCE.test(line)) || /^\s*\$ /.test(line);
    let end = i + 1;
    while (end < lines.length && !ends(lines[end]!)) end++;
    let last = end;
    while (last > i + 1 && lines[last - 1]!.trim() === '') last--;
    const output = lines.slice(i + 1, last).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    samples.push({ file, ...(help ? { help } : {}), line: i, indent, args: m[2]!.trim(), output });
  }
  return samples;
}

/** The sample's command without its shell comment, words single-spaced: `search 智慧怀化 --limit 2`. */
export function commandOf(sample: Sample): string {
  return sample.args.replace(/(^|\s)#.*$/, '').trim().replace(/\s+/g, ' ');
}

/** What differs between runs, masked: ingest timing, thread count. */
export function mask(line: string): string {
  return line
    .replace(/ in \d+(?:\.\d+)? s \(\d+(?:\.\d+)? files\/s\)/, ' in <time> s (<rate> files/s)')
    .replace(/^reading with \d+ threads?/, 'reading with <n> threads')
    .trimEnd();
}

const isCut = (line: string) => line.trim() === CUT;

/** A sample line shows an output line: the same (masked), or cut — ending in ` …` where the output goes on. */
export function lineShows(sampleLine: string, actual: string): boolean {
  const s = mask(sampleLine);
  const a = mask(actual);
  return s === a || (s.endsWith(` ${CUT}`) && a.startsWith(s.slice(0, -CUT.length)) && a.length > s.length - CUT.length);
}

/** The sample's lines in blocks between its `…` lines, and whether it starts / ends cut. */
function blocksOf(sample: readonly string[]): { blocks: string[][]; openStart: boolean; openEnd: boolean } {
  const blocks: string[][] = [[]];
  for (const l of sample) {
    if (isCut(l)) blocks.push([]);
    else blocks[blocks.length - 1]!.push(l);
  }
  return { blocks, openStart: sample.length > 0 && isCut(sample[0]!), openEnd: sample.length > 0 && isCut(sample[sample.length - 1]!) };
}

function blockAt(block: readonly string[], actual: readonly string[], at: number): boolean {
  return at >= 0 && at + block.length <= actual.length && block.every((l, k) => lineShows(l, actual[at + k]!));
}

/** Does the sample show this output (with its cuts)? */
export function sampleMatches(sample: readonly string[], actual: readonly string[]): boolean {
  const { blocks, openStart, openEnd } = blocksOf(sample);
  if (blocks.length === 1) return blocks[0]!.length === actual.length && blockAt(blocks[0]!, actual, 0);
  let pos = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const first = b === 0;
    const lastBlock = b === blocks.length - 1;
    if (block.length === 0) continue;
    if (first && !openStart) {
      if (!blockAt(block, actual, 0)) return false;
      pos = block.length;
    } else if (lastBlock && !openEnd) {
      const at = actual.length - block.length;
      if (at < pos || !blockAt(block, actual, at)) return false;
      pos = actual.length;
    } else {
      let at = pos;
      while (at + block.length <= actual.length && !blockAt(block, actual, at)) at++;
      if (at + block.length > actual.length) return false;
      pos = at + block.length;
    }
  }
  return true;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The sample rewritten from the output, keeping its cuts (a sample without cuts: the whole output). */
export function rewriteSample(sample: readonly string[], actual: readonly string[]): string[] {
  if (sampleMatches(sample, actual)) return [...sample];
  const { blocks, openStart, openEnd } = blocksOf(sample);
  if (blocks.length === 1) return [...actual];
  const cuts = sample.filter(isCut);
  const out: string[] = [];
  let pos = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const lastBlock = b === blocks.length - 1;
    let taken: readonly string[] = [];
    if (block.length > 0) {
      if (b === 0 && !openStart) taken = actual.slice(0, block.length);
      else if (lastBlock && !openEnd) taken = actual.slice(Math.max(pos, actual.length - block.length));
      else {
        // the block's place: the output line most like its first line (ties: the earliest)
        let best = pos;
        let bestLength = -1;
        for (let at = pos; at < actual.length; at++) {
          const n = lineShows(block[0]!, actual[at]!) ? Infinity : commonPrefix(actual[at]!, block[0]!);
          if (n > bestLength) [best, bestLength] = [at, n];
          if (n === Infinity) break;
        }
        taken = actual.slice(best, best + block.length);
        pos = best + taken.length;
      }
      if (b === 0 && !openStart) pos = taken.length;
    }
    out.push(...taken.map((l, k) => (block[k] !== undefined && lineShows(block[k], l) ? block[k] : l)));
    if (!lastBlock) out.push(cuts[b]!); // blocks and cuts alternate
  }
  return out;
}

/** README.md and docs/*.md of a repository. */
export function docFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

export interface Run {
  code: number;
  lines: string[];
}

/** Runs `gouji <args>` through the shell in `cwd`: stdout and stderr together, the scratch folder shown as the README's clone. */
export function runGouji(root: string, cwd: string, args: string): Run {
  const bin = join(root, 'bin', 'gouji.js');
  const quoted = `'${bin.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('sh', ['-c', `exec node ${quoted} ${args} 2>&1`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const text = r.stdout.split(cwd + '/').join(SHOWN_CLONE + '/').replace(/\n$/, '');
  return { code: r.status ?? 1, lines: text === '' ? [] : text.split('\n') };
}

export interface Checked {
  sample: Sample;
  run: Run | null;
  ok: boolean;
  /** Why it is not ok, for a sample without output: the exit code. */
  problem?: string;
  /** Not run: `gouji serve` runs until stopped. */
  skipped?: string;
}

/** Commands that read no dataset: their samples can be checked without building one. */
export function readsNoDataset(command: string): boolean {
  return /^(analyze|schema)\b/.test(command) || /(^|\s)--help\b/.test(command);
}

/** The commands `gouji --help` lists, and each one's --help text as samples. */
export function helpSamples(root: string, cwd: string): Sample[] {
  const list = runGouji(root, cwd, '--help').lines;
  const start = list.findIndex((l) => l.trim() === 'Commands:');
  const names: string[] = [];
  for (const l of list.slice(start + 1)) {
    const m = /^\s+([a-z]+)\s{2,}/.exec(l);
    if (!m) break;
    names.push(m[1]!);
  }
  return names.flatMap((name) => extractSamples(`gouji ${name} --help`, runGouji(root, cwd, `${name} --help`).lines.join('\n'), true));
}

export interface CheckOptions {
  /** Build the dataset from `root/corpus` and check the samples that read it (default true). */
  dataset?: boolean;
  /** Also check the samples in each command's --help (default true). */
  help?: boolean;
}

/**
 * Builds the dataset in `scratch` from `root/corpus` (`gouji ingest corpus/`) and checks
 * every sample of `files` (and of the commands' --help) against it.
 */
export function checkSamples(root: string, scratch: string, files: readonly string[], options: CheckOptions = {}): Checked[] {
  const dataset = options.dataset ?? true;
  cpSync(join(root, 'corpus'), join(scratch, 'corpus'), { recursive: true });
  let build: Run | null = null;
  if (dataset) {
    build = runGouji(root, scratch, 'ingest corpus/');
    if (build.code !== 0) throw new Error(`gouji ingest corpus/ failed (exit ${build.code}):\n${build.lines.join('\n')}`);
  }
  const samples = files.flatMap((file) => extractSamples(file, readFileSync(join(root, file), 'utf8')));
  if (options.help ?? true) samples.push(...helpSamples(root, scratch));
  const checked: Checked[] = [];
  for (const sample of samples) {
    const command = commandOf(sample);
    if (!dataset && !readsNoDataset(command)) continue;
    if (/^serve\b/.test(command)) {
      checked.push({ sample, run: null, ok: true, skipped: 'gouji serve runs until stopped' });
      continue;
    }
    const run = command === 'ingest corpus/' && build ? build : runGouji(root, scratch, sample.args);
    if (sample.output.length === 0) {
      checked.push({ sample, run, ok: run.code === 0, ...(run.code === 0 ? {} : { problem: `exit ${run.code}` }) });
    } else {
      checked.push({ sample, run, ok: sampleMatches(sample.output, run.lines) });
    }
  }
  return checked;
}

/** Writes the samples that differ back into their files with what gouji printed. */
export function writeSamples(root: string, checked: readonly Checked[]): number {
  let written = 0;
  const byFile = new Map<string, Checked[]>();
  for (const c of checked) if (!c.ok && c.run && !c.sample.help && c.sample.output.length > 0) byFile.set(c.sample.file, [...(byFile.get(c.sample.file) ?? []), c]);
  for (const [file, list] of byFile) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    // bottom up, so earlier line numbers stay valid
    for (const c of [...list].sort((a, b) => b.sample.line - a.sample.line)) {
      const { line, indent, output } = c.sample;
      const next = rewriteSample(output, c.run!.lines).map((l) => (l === '' ? '' : indent + l));
      lines.splice(line + 1, output.length, ...next);
      written++;
    }
    writeFileSync(join(root, file), lines.join('\n'));
  }
  return written;
}

/** A short line-by-line difference: the sample's lines (-) and gouji's (+) around the first mismatch. */
export function describeDifference(sample: readonly string[], actual: readonly string[], context = 6): string {
  const wanted = rewriteSample(sample, actual);
  let first = 0;
  while (first < sample.length && first < wanted.length && sample[first] === wanted[first]) first++;
  const from = Math.max(0, first - 1);
  return [
    ...sample.slice(from, first + context).map((l) => `  - ${l}`),
    ...wanted.slice(from, first + context).map((l) => `  + ${l}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const write = argv.includes('--write');
  const keepAt = argv.indexOf('--keep');
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const scratch = keepAt >= 0 ? resolve(argv[keepAt + 1] ?? 'doc-samples') : mkdtempSync(join(tmpdir(), 'gouji-doc-samples-'));
  if (keepAt >= 0) {
    if (existsSync(scratch) && readdirSync(scratch).length > 0) {
      console.error(`doc-samples: --keep ${scratch}: the folder is not empty; give a new or empty one`);
      return 64;
    }
    mkdirSync(scratch, { recursive: true });
  }
  const started = performance.now();
  try {
    const checked = checkSamples(root, scratch, docFiles(root));
    const bad = checked.filter((c) => !c.ok);
    for (const c of bad) {
      const where = `${c.sample.file}:${c.sample.line + 1}  $ gouji ${commandOf(c.sample)}${c.sample.help ? `  (by hand: src/cli/commands/${c.sample.file.split(' ')[1]}.ts)` : ''}`;
      const lines = c.run?.lines ?? [];
      if (c.problem) console.log(`${where}\n  the command failed (${c.problem}):\n${lines.slice(0, 5).map((l) => `  ${l}`).join('\n')}\n`);
      else console.log(`${where}\n${describeDifference(c.sample.output, lines)}\n`);
    }
    const skipped = checked.filter((c) => c.skipped).map((c) => `${c.sample.file}:${c.sample.line + 1} (${c.skipped})`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const tally = `${checked.length} samples (${skipped.length} not run: ${skipped.join(', ') || 'none'}), ${bad.length} differ`;
    if (write) {
      const n = writeSamples(root, bad);
      console.log(`${tally}; rewrote ${n} (${seconds} s)`);
      return bad.some((c) => c.problem || c.sample.help) ? 1 : 0;
    }
    console.log(`${tally} (${seconds} s)${bad.length ? ' — `npx tsx scripts/doc-samples.mts --write` rewrites those in the docs' : ''}`);
    return bad.length ? 1 : 0;
  } finally {
    if (keepAt < 0) rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = await main();
