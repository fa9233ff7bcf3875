// Does ingest scale with workers, and does its memory stay flat?
//   npm run bench -- ingest-scale        (or: node --import tsx bench/ingest-scale.bench.ts)
//
// 1. Scaling: the real PDFs of ../shared/corpus/real and ../shared/corpus/wide (41; the
//    project's corpus/real and corpus/wide hold a few of them, used when ../shared is not there;
//    GOUJI_BENCH_PDFS=dir1:dir2 picks others) plus the seed forms — every file distinct — ingested into
//    a fresh dataset with 1 and with 2 threads, back to back in the same run (rounds alternate
//    1,2 then 2,1, so a change in the machine's load hits both). Reports wall time, CPU time
//    of the whole process (all its threads), the writer's share of wall time (the ingest
//    thread writing the dataset), the load average around each run, and the speed-up
//    (median 1-thread wall ÷ median 2-thread wall).
// 2. Memory: GOUJI_BENCH_RSS_FILES distinct files (default 500: .docx and text variants of
//    the seed plus the seed PDF with bytes after %%EOF — each its own sha256, the same
//    content) ingested with the default number of threads; the RSS of the process (all
//    threads) at every 50 files, and its peak so far.
// Environment: GOUJI_BENCH_ROUNDS=N rounds of (1, 2) threads (default 1; 2 gives 1,2,2,1);
//   GOUJI_BENCH_V8=default runs with V8's default flags instead of gouji's (src/cli/v8-tuning.ts);
//   GOUJI_BENCH_SCALE=0 / GOUJI_BENCH_RSS=0 / GOUJI_BENCH_BARE=0 skip a part (BARE: the bare readers'
//   own 1- and 2-thread scaling on the same files, after gouji's: the ceiling the readers set).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { PoolExecutor } from '../src/queue/executor.js';
import { ingest, type IngestSummary } from '../src/queue/ingest.js';
import { Dataset } from '../src/store/dataset.js';
import { CORPUS, writeVariants } from '../tests/helpers/variants.js';
import { READING_V8_FLAGS, tuneV8ForReading } from '../src/cli/v8-tuning.js';

const SEED_FORMS = ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.txt', 'other-dept-2024.docx', 'other-tables-2024.docx'];

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pdfsUnder(path));
    else if (entry.name.toLowerCase().endsWith('.pdf')) out.push(path);
  }
  return out.sort();
}

/** Where the real PDFs are: GOUJI_BENCH_PDFS, else ../shared/corpus/{real,wide} beside the repo, else corpus/{real,wide}. */
function pdfDirs(): string[] {
  if (process.env.GOUJI_BENCH_PDFS) return process.env.GOUJI_BENCH_PDFS.split(':').filter(Boolean);
  const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
  const root = existsSync(join(shared, 'real')) ? shared : CORPUS;
  return [join(root, 'real'), join(root, 'wide')];
}

/** Copies the real PDFs and the seed forms into `dir` (flat, numbered names). */
function corpusFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = [...pdfDirs().flatMap(pdfsUnder), ...SEED_FORMS.map((n) => join(CORPUS, n))];
  return sources.map((source, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}-${basename(source)}`);
    copyFileSync(source, path);
    return path;
  });
}

/** Samples this process's RSS (all its threads) every 50 ms. */
function rssSampler(): { peak: () => number; now: () => number; stop: () => void } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    peak: () => (peak = Math.max(peak, process.memoryUsage.rss())),
    now: () => process.memoryUsage.rss(),
    stop: () => clearInterval(timer),
  };
}

/** CPU seconds of each thread of this process (Linux /proc; empty elsewhere). */
function threadTicks(): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks of 1/100 s
    } catch {
      // the thread ended
    }
  }
  return out;
}

/**
 * Where a run's CPU went: the ingest thread (reading files, hashing, writing the dataset), the
 * threads that already existed when it started — V8's platform threads, which compile hot
 * code (TurboFan) and collect garbage concurrently for every isolate in the process — and the
 * rest: the reading threads the run started (they end with it).
 */
function cpuSplit(before: Map<string, number>, after: Map<string, number>, total: number): { ingest: number; helpers: number; reading: number } | null {
  if (after.size === 0) return null;
  let ingest = 0;
  let helpers = 0;
  for (const [tid, t] of after) {
    const d = t - (before.get(tid) ?? t);
    if (tid === String(process.pid)) ingest += d;
    else if (before.has(tid)) helpers += d;
  }
  return { ingest, helpers, reading: Math.max(0, total - ingest - helpers) };
}

interface Run {
  threads: number;
  seconds: number;
  cpuSeconds: number;
  cpu: { ingest: number; helpers: number; reading: number } | null;
  writerMs: number;
  files: number;
  loadBefore: string;
  loadAfter: string;
  peakRssMb: number;
}

async function ingestOnce(dir: string, input: string, threads: number | undefined, onFile?: (done: number) => void): Promise<{ summary: IngestSummary; run: Run }> {
  const db = join(dir, `run-${threads ?? 'default'}-${Date.now()}.db`);
  const dataset = Dataset.open({ path: db });
  const executor = new PoolExecutor(threads ? { size: threads } : {});
  const loadBefore = load();
  const ticks = threadTicks();
  const cpu = process.cpuUsage();
  const rss = rssSampler();
  let done = 0;
  let summary: IngestSummary;
  try {
    summary = await ingest({
      paths: [input],
      dataset,
      executor,
      onEvent: (e) => {
        if (e.type === 'file') onFile?.(++done);
      },
    });
  } finally {
    await executor.close();
    dataset.close();
    rss.stop();
  }
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const split = cpuSplit(ticks, threadTicks(), cpuSeconds);
  rmSync(db, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
  return {
    summary,
    run: {
      threads: threads ?? availableParallelism(),
      seconds: summary.seconds,
      cpuSeconds,
      cpu: split,
      writerMs: summary.stages.store,
      files: summary.analyzed,
      loadBefore,
      loadAfter: load(),
      peakRssMb: rss.peak() / 2 ** 20,
    },
  };
}

/**
 * The readers' own scaling (the baseline gouji's is judged against): the same PDFs and .docx
 * read by the bare reader pass (pdf.js / mammoth alone, bench/reader-pass.ts) in `threads`
 * worker threads, each taking the next file as it finishes one. Wall time and the same CPU split.
 */
async function bareOnce(files: readonly string[], threads: number): Promise<{ seconds: number; cpuSeconds: number; cpu: Run['cpu'] }> {
  const readable = files.filter((f) => /\.(pdf|docx)$/i.test(f));
  const ticks = threadTicks();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  // tsx's loader first (the thread module is TypeScript), as src/queue/pool.ts does for its threads
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./reader-thread.ts', import.meta.url).href)}); });`;
  const workers = Array.from({ length: threads }, () => new Worker(boot, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.on('error', reject);
            worker.on('message', (message: { ready?: true; error?: string }) => {
              if (message.error) return reject(new Error(message.error));
              if (next < readable.length) worker.postMessage(readable[next++]);
              else resolve();
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { seconds, cpuSeconds, cpu: cpuSplit(ticks, threadTicks(), cpuSeconds) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function scaling(dir: string): Promise<void> {
  const input = join(dir, 'corpus');
  const files = corpusFiles(input);
  const rounds = Number.parseInt(process.env.GOUJI_BENCH_ROUNDS ?? '1', 10);
  const order = Array.from({ length: rounds }, (_, i) => (i % 2 === 0 ? [1, 2] : [2, 1])).flat();
  const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20;
  console.log(`scaling: ${files.length} distinct files (${mb.toFixed(1)} MiB); ${availableParallelism()} cores; node ${process.version}; order ${order.join(',')}`);
  const runs: Run[] = [];
  for (const threads of order) {
    const { summary, run } = await ingestOnce(dir, input, threads);
    if (summary.analyzed !== files.length) throw new Error(`${threads} threads: analyzed ${summary.analyzed} of ${files.length}`);
    runs.push(run);
    console.log(
      `  ${threads} thread${threads > 1 ? 's' : ' '}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU (${(run.cpuSeconds / run.seconds).toFixed(2)} cores busy), ` +
        `writer ${(run.writerMs / 1000).toFixed(2)} s = ${((run.writerMs / 1000 / run.seconds) * 100).toFixed(1)}% of wall, ` +
        `${summary.ok} ok / ${summary.failed} failed, ${(summary as { batches?: number }).batches ?? '?'} transactions, peak RSS ${run.peakRssMb.toFixed(0)} MiB; load ${run.loadBefore} → ${run.loadAfter}`,
    );
    if (run.cpu) {
      console.log(
        `    CPU: reading threads ${run.cpu.reading.toFixed(1)} s (rows ${((summary.stages as { rows?: number }).rows ?? 0) / 1000 > 0 ? (summary.stages.rows / 1000).toFixed(1) : '?'} s of it), ` +
          `V8 platform threads (JIT, GC) ${run.cpu.helpers.toFixed(1)} s, ingest thread ${run.cpu.ingest.toFixed(1)} s`,
      );
    }
  }
  const one = median(runs.filter((r) => r.threads === 1).map((r) => r.seconds));
  const two = median(runs.filter((r) => r.threads === 2).map((r) => r.seconds));
  console.log(`speed-up, 2 threads ÷ 1 thread (median wall): ${(one / two).toFixed(2)}×`);
  if (process.env.GOUJI_BENCH_BARE !== '0') {
    // the ceiling set by the readers themselves on this machine, same files, same V8 flags
    const bare: { threads: number; seconds: number }[] = [];
    console.log(`bare readers (pdf.js / mammoth alone, bench/reader-pass.ts) on the same .pdf/.docx files, order ${order.join(',')}:`);
    for (const threads of order) {
      const run = await bareOnce(files, threads);
      bare.push({ threads, seconds: run.seconds });
      const split = run.cpu ? ` (reading threads ${run.cpu.reading.toFixed(1)} s, V8 platform threads ${run.cpu.helpers.toFixed(1)} s)` : '';
      console.log(`  ${threads} thread${threads > 1 ? 's' : ' '}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU (${(run.cpuSeconds / run.seconds).toFixed(2)} cores busy)${split}`);
    }
    const bareOne = median(bare.filter((r) => r.threads === 1).map((r) => r.seconds));
    const bareTwo = median(bare.filter((r) => r.threads === 2).map((r) => r.seconds));
    console.log(`bare readers' speed-up, 2 threads ÷ 1 thread: ${(bareOne / bareTwo).toFixed(2)}×; gouji ingest ÷ bare readers: 1 thread ${(one / bareOne).toFixed(2)}×, 2 threads ${(two / bareTwo).toFixed(2)}×`);
  }
  // What the same CPU work would take on an idle 2-core machine: n reading threads split the
  // reading; everything (reading, V8's threads, the ingest thread) shares 2 cores.
  const idle = (threads: number): number | null => {
    const split = runs.filter((r) => r.threads === threads && r.cpu).map((r) => r.cpu!);
    if (split.length === 0) return null;
    const reading = median(split.map((c) => c.reading));
    const all = median(split.map((c) => c.reading + c.helpers + c.ingest));
    return Math.max(reading / threads, all / 2);
  };
  const [idle1, idle2] = [idle(1), idle(2)];
  if (idle1 && idle2) {
    console.log(
      `idle 2-core estimate from the CPU times (a model, not a measurement): 1 thread ${idle1.toFixed(1)} s, 2 threads ${idle2.toFixed(1)} s, speed-up ${(idle1 / idle2).toFixed(2)}×`,
    );
  }
}

async function memory(dir: string): Promise<void> {
  const total = Number.parseInt(process.env.GOUJI_BENCH_RSS_FILES ?? '500', 10);
  const input = join(dir, 'variants');
  const third = Math.ceil(total / 3);
  const files = writeVariants(input, { docx: third, txt: third });
  const pdf = readFileSync(join(CORPUS, 'huaihua-gxj-2023.pdf'));
  for (let i = 0; files.length < total; i++) {
    const path = join(input, `report-${String(i).padStart(4, '0')}.pdf`);
    writeFileSync(path, Buffer.concat([pdf, Buffer.from(`\n% gouji variant ${i}\n`)])); // bytes after %%EOF: same content
    files.push(path);
  }
  console.log(`memory: ${files.length} distinct files (seed .docx, text and .pdf variants), default threads (${availableParallelism()}); load ${load()}`);
  const rss = rssSampler();
  const marks: string[] = [];
  const { run, summary } = await ingestOnce(dir, input, undefined, (done) => {
    if (done % 50 === 0) marks.push(`${String(done).padStart(4)}: RSS ${(rss.now() / 2 ** 20).toFixed(0)} MiB, peak so far ${(rss.peak() / 2 ** 20).toFixed(0)} MiB`);
  });
  rss.stop();
  for (const m of marks) console.log(`  ${m}`);
  console.log(
    `  ${run.files} files in ${run.seconds.toFixed(1)} s, ${(summary as { batches?: number }).batches ?? '?'} transactions, ` +
      `writer ${((run.writerMs / 1000 / run.seconds) * 100).toFixed(1)}% of wall; load ${run.loadBefore} → ${run.loadAfter}`,
  );
}

export async function main(): Promise<void> {
  // as `gouji` runs: its V8 flags (src/cli/v8-tuning.ts); GOUJI_BENCH_V8=default measures V8's own
  if (process.env.GOUJI_BENCH_V8 !== 'default') tuneV8ForReading();
  console.log(`V8 flags: ${process.env.GOUJI_BENCH_V8 === 'default' ? "V8's defaults" : READING_V8_FLAGS.join(' ')} (GOUJI_BENCH_V8=default for V8's own)`);
  const dir = mkdtempSync(join(tmpdir(), 'gouji-bench-scale-'));
  try {
    if (process.env.GOUJI_BENCH_SCALE !== '0') await scaling(dir);
    if (process.env.GOUJI_BENCH_RSS !== '0') await memory(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
