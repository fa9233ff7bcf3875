/**
 * PDF reader benchmark (issue #5). Run: `npx tsx bench/pdf.bench.ts [--rounds 3] [--conversions 200]`
 *
 * 1. Throughput: pages per second of readPdf() on the seed and the real PDFs, and the same
 *    pages through pdf.js alone (getDocument + getTextContent on every page), measured in the
 *    same run, alternating, so the ratio holds on a busy machine.
 * 2. Memory: `conversions` PDFs converted one after the other in this process (the corpus
 *    PDFs in turn); RSS and V8 heap are sampled after every conversion, and the heap after a
 *    full GC is reported at each quarter, to show it stays flat.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { resolveLimits } from '../src/convert/limits.js';
import { readPdf } from '../src/convert/pdf.js';
import { openPdf } from '../src/convert/pdf/pdfjs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BENCH_FILES = [
  'corpus/huaihua-gxj-2023.pdf',
  'corpus/real/final-accounts-template-2024.pdf',
  'corpus/real/putuo-finance-2024-final-accounts.pdf',
  'corpus/real/putuo-justice-2026-dept-budget.pdf',
];

export interface ThroughputRow {
  file: string;
  pages: number;
  readPdfPagesPerSecond: number;
  pdfjsTextPagesPerSecond: number;
  /** readPdf time ÷ bare getTextContent time over the same pages. */
  ratio: number;
}

export interface MemorySample {
  conversions: number;
  heapUsedMiB: number;
  rssMiB: number;
}

export interface BenchResult {
  throughput: ThroughputRow[];
  memory: { samples: MemorySample[]; peakRssMiB: number; peakHeapUsedMiB: number; conversions: number; gc: boolean };
}

const MiB = 1024 * 1024;
const mib = (n: number): number => Math.round((n / MiB) * 10) / 10;

/** A full GC when the runtime allows it (turned on here, so `npm run bench` needs no flag). */
function gcFunction(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

/** pdf.js alone: open, getTextContent on every page, clean up. */
async function bareTextPass(bytes: Uint8Array): Promise<number> {
  const doc = await (await openPdf(bytes)).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<BenchResult> {
  const arg = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number.parseInt(argv[i + 1] ?? '', 10) || fallback : fallback;
  };
  const rounds = arg('rounds', 3);
  const conversions = arg('conversions', 200);
  const limits = resolveLimits({ timeoutMs: 600_000 });
  const files = BENCH_FILES.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(path.join(ROOT, f))) }));

  console.log(`PDF reader benchmark — node ${process.version}, ${rounds} rounds, ${conversions} conversions`);
  console.log('\nThroughput (pages/s; ratio = readPdf time ÷ pdf.js getTextContent-only time, same pages, same run)');
  const throughput: ThroughputRow[] = [];
  for (const { file, bytes } of files) {
    await readPdf(bytes, limits); // warm-up: JIT, CMaps, font code paths
    await bareTextPass(bytes);
    let readMs = 0;
    let bareMs = 0;
    let pages = 0;
    for (let r = 0; r < rounds; r++) {
      const [doc, a] = await timed(() => readPdf(bytes, limits));
      const [, b] = await timed(() => bareTextPass(bytes));
      readMs += a;
      bareMs += b;
      pages = doc.pages ?? 0;
    }
    const row: ThroughputRow = {
      file: path.basename(file),
      pages,
      readPdfPagesPerSecond: Math.round(((pages * rounds) / (readMs / 1000)) * 10) / 10,
      pdfjsTextPagesPerSecond: Math.round(((pages * rounds) / (bareMs / 1000)) * 10) / 10,
      ratio: Math.round((readMs / bareMs) * 100) / 100,
    };
    throughput.push(row);
    console.log(`  ${row.file.padEnd(42)} ${String(row.pages).padStart(3)} pages  readPdf ${String(row.readPdfPagesPerSecond).padStart(6)} p/s  pdf.js text ${String(row.pdfjsTextPagesPerSecond).padStart(6)} p/s  ratio ${row.ratio}×`);
  }

  const gc = gcFunction();
  console.log(`\nMemory over ${conversions} conversions in one process (${gc ? 'heap after full GC' : 'heap without forced GC'} at each quarter)`);
  gc?.();
  const start = process.memoryUsage();
  const samples: MemorySample[] = [{ conversions: 0, heapUsedMiB: mib(start.heapUsed), rssMiB: mib(start.rss) }];
  console.log(`  ${'0'.padStart(4)} conversions  heap ${String(samples[0]!.heapUsedMiB).padStart(6)} MiB  rss ${String(samples[0]!.rssMiB).padStart(6)} MiB`);
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const checkpoints = new Set([1, 2, 3, 4].map((q) => Math.round((conversions * q) / 4)));
  for (let i = 1; i <= conversions; i++) {
    const { bytes } = files[(i - 1) % files.length]!;
    await readPdf(bytes, limits);
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (checkpoints.has(i)) {
      gc?.();
      const after = process.memoryUsage();
      const sample = { conversions: i, heapUsedMiB: mib(after.heapUsed), rssMiB: mib(after.rss) };
      samples.push(sample);
      console.log(`  ${String(i).padStart(4)} conversions  heap ${String(sample.heapUsedMiB).padStart(6)} MiB  rss ${String(sample.rssMiB).padStart(6)} MiB`);
    }
  }
  console.log(`  peak during the run: rss ${mib(peakRss)} MiB, heap ${mib(peakHeap)} MiB`);
  return { throughput, memory: { samples, peakRssMiB: mib(peakRss), peakHeapUsedMiB: mib(peakHeap), conversions, gc: gc !== null } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
