/**
 * Analysis speed against the bare readers (issue #11: analyze ≤ 1.5× the reader pass).
 *   npm run bench -- analyze          seed, real/ and wide/ PDFs (../shared/corpus)
 *   GOUJI_BENCH_QUICK=1               seed and real/ only
 *   GOUJI_BENCH_ROUNDS=N              timed rounds per file (default 2; a file read in under
 *                                     half a second gets more, up to 20, so that each side is
 *                                     timed for at least a second: the seed .docx takes ~0.15 s)
 *
 * 1. In process, per file and in total: analyze() (convert → segment → extract → reconcile)
 *    and the bare reader pass on the same bytes — pdf.js getTextContent + getOperatorList on
 *    every page, opened with gouji's options; mammoth convertToHtml for a .docx — alternating,
 *    after a warm-up, so load drifts hit both alike. Pages/s, the ratio, and the stage split.
 * 2. Peak memory: the largest PDF analysed in a fresh process (compiled dist/) against the bare
 *    pass and an idle node in their own processes (process.resourceUsage().maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyze, type StageTimes } from '../src/analyze.js';
import { buildJs } from '../scripts/build.mjs';
import { bareReaderPass, benchFiles, largest, ROOT } from './reader-pass.js';

export interface AnalyzeRow {
  file: string;
  pages: number;
  analyzeMs: number;
  bareMs: number;
  times: StageTimes;
}

const STAGES = ['convert', 'segment', 'extract', 'reconcile'] as const;
const LIMITS = { timeoutMs: 600_000 };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

/** A full GC between measurements, so that neither side pays for the other's garbage. */
const gc: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return () => undefined;
  }
})();

/** analyze() and the bare pass on one file, `rounds` times each, alternating which goes first. */
export async function measureFile(file: string, rounds: number): Promise<AnalyzeRow> {
  const bytes = new Uint8Array(readFileSync(file));
  const times: StageTimes = { convert: 0, segment: 0, extract: 0, reconcile: 0 };
  let analyzeMs = 0;
  let bareMs = 0;
  let pages = 0;
  const runAnalyze = async (): Promise<void> => {
    gc();
    const [report, a] = await timed(() => analyze(bytes, { path: file, limits: LIMITS }, times));
    analyzeMs += a;
    pages = report.source.pages ?? 0;
  };
  const runBare = async (): Promise<void> => {
    gc();
    bareMs += (await timed(() => bareReaderPass(file, bytes)))[1];
  };
  for (let r = 0; r < rounds; r++) {
    // a short file gets more rounds (decided after the first): one or two runs of 0.15 s are noise
    if (r === 1 && analyzeMs < 500) rounds = Math.max(rounds, Math.min(20, Math.ceil(1000 / Math.max(analyzeMs, 1))));
    if (r % 2 === 0) {
      await runAnalyze();
      await runBare();
    } else {
      await runBare();
      await runAnalyze();
    }
  }
  for (const s of STAGES) times[s] /= rounds;
  return { file, pages, analyzeMs: analyzeMs / rounds, bareMs: bareMs / rounds, times };
}

const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

function split(times: StageTimes): string {
  const total = STAGES.reduce((n, s) => n + times[s], 0);
  return STAGES.map((s) => `${s} ${pct(times[s], total)}`).join(', ');
}

/** Peak RSS of one file in a fresh process: analyze, the bare pdf.js pass, or nothing. */
export function peakRss(mode: 'analyze' | 'bare' | 'none', file: string): { pages: number; maxRssMiB: number } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'peak-rss-child.mjs'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`peak-rss-child ${mode} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { pages: number; maxRssMiB: number };
}

export async function main(): Promise<AnalyzeRow[]> {
  const quick = process.env.GOUJI_BENCH_QUICK === '1';
  const rounds = Number.parseInt(process.env.GOUJI_BENCH_ROUNDS ?? '2', 10);
  const files = benchFiles(quick);
  console.log(`analyze() vs the bare reader pass — ${files.length} files, ${rounds} rounds, node ${process.version}`);
  // warm-up: JIT, CMaps, fonts, patterns — the seed .docx and .pdf, five rounds each (this is
  // the in-process, steady-state figure; a one-file `gouji analyze` process runs all of it cold)
  for (const f of files.slice(0, 2)) await measureFile(f, 5);

  const rows: AnalyzeRow[] = [];
  for (const file of files) {
    const row = await measureFile(file, rounds);
    rows.push(row);
    const name = path.relative(ROOT, file).replace(/^\.\.\/shared\/corpus\//, '').slice(-46);
    const ratio = row.analyzeMs / row.bareMs;
    const perPage = row.pages ? `${(row.analyzeMs / row.pages).toFixed(1).padStart(6)} ms/page` : '          (docx)';
    console.log(`  ${name.padEnd(46)} ${String(row.pages || '-').padStart(3)} p  analyze ${row.analyzeMs.toFixed(0).padStart(6)} ms  bare ${row.bareMs.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}×  ${perPage}`);
  }

  const pdfs = rows.filter((r) => r.pages > 0);
  const sum = (rs: AnalyzeRow[], f: (r: AnalyzeRow) => number): number => rs.reduce((n, r) => n + f(r), 0);
  const pages = sum(pdfs, (r) => r.pages);
  const a = sum(pdfs, (r) => r.analyzeMs);
  const b = sum(pdfs, (r) => r.bareMs);
  const times: StageTimes = { convert: 0, segment: 0, extract: 0, reconcile: 0 };
  for (const r of pdfs) for (const s of STAGES) times[s] += r.times[s];
  const ratios = pdfs.map((r) => r.analyzeMs / r.bareMs).sort((x, y) => x - y);
  console.log(`\nPDFs: ${pdfs.length} files, ${pages} pages`);
  console.log(`  analyze ${((pages * 1000) / a).toFixed(1)} pages/s, bare pdf.js ${((pages * 1000) / b).toFixed(1)} pages/s`);
  console.log(`  analyze ÷ bare: ${(a / b).toFixed(2)}× over all pages (per file: median ${ratios[ratios.length >> 1]!.toFixed(2)}×, range ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}×)`);
  console.log(`  convert ÷ bare: ${(times.convert / b).toFixed(2)}×; stages: ${split(times)}`);
  for (const r of rows.filter((x) => x.pages === 0)) {
    console.log(`.docx ${path.basename(r.file)}: analyze ÷ mammoth ${(r.analyzeMs / r.bareMs).toFixed(2)}×; stages: ${split(r.times)}`);
  }

  await buildJs();
  // the largest PDF of wide/ (of all, in quick mode) and the longest report
  const wide = files.filter((f) => f.endsWith('.pdf') && f.includes(`${path.sep}wide${path.sep}`));
  const big = largest(wide.length > 0 ? wide : files.filter((f) => f.endsWith('.pdf')));
  const longest = [...pdfs].sort((x, y) => y.pages - x.pages)[0]!.file;
  const idle = peakRss('none', big);
  console.log(`\nPeak RSS, each file in a fresh process (node idle: ${idle.maxRssMiB} MiB):`);
  for (const file of new Set([big, longest])) {
    const bare = peakRss('bare', file);
    const whole = peakRss('analyze', file);
    const what = `${path.basename(file)} (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB, ${whole.pages} pages)`;
    console.log(`  ${what.padEnd(54)} bare pdf.js pass ${bare.maxRssMiB} MiB · analyze ${whole.maxRssMiB} MiB (${(whole.maxRssMiB / bare.maxRssMiB).toFixed(2)}× bare)`);
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
