// Bulk-ingest figures: a few hundred copies of the seed report (each with different bytes, so
// its own sha256, and the same content) ingested with 1 and 2 workers, in-process and over
// Redis, against a bare conversion pass (mammoth.convertToHtml alone for .docx, pdf.js
// getTextContent for PDFs, a UTF-8 decode for text) over the same files in the same run.
//   npm run bench -- ingest               (or: node --import tsx bench/ingest.bench.ts)
//   GOUJI_BENCH_FILES=N  files (default 300: half .docx, half text; PDFs too once the reader reads them)
//   GOUJI_BENCH_REDIS=0  skip the Redis runs
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { analyze } from '../src/analyze.js';
import { openPdf } from '../src/convert/pdf/pdfjs.js';
import { PoolExecutor, type Executor } from '../src/queue/executor.js';
import { ingest, type IngestSummary } from '../src/queue/ingest.js';
import { QueueExecutor } from '../src/queue/queue-executor.js';
import { Dataset } from '../src/store/dataset.js';
import { CORPUS, writeVariants } from '../tests/helpers/variants.js';
import { REDIS_SERVER, startRedis, type RedisServer } from '../tests/helpers/redis.js';
import { READING_V8_FLAGS, tuneV8ForReading } from '../src/cli/v8-tuning.js';

const BIN = fileURLToPath(new URL('../bin/gouji.js', import.meta.url));

interface Row {
  mode: string;
  workers: number;
  files: number;
  seconds: number;
  /** Milliseconds per file and stage (summed over the files, divided by their count). */
  perFile: { convert: number; segment: number; extract: number; reconcile: number; store: number } | null;
  peakRssMb: number;
}

/** Samples the RSS of this process plus the given child processes (Linux /proc) every 50 ms. */
function sampleRss(children: () => number[]): { stop: () => number } {
  let peak = 0;
  const sample = (): void => {
    let rss = process.memoryUsage.rss();
    for (const pid of children()) {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) rss += Number.parseInt(m[1]!, 10) * 1024;
      } catch {
        // gone
      }
    }
    peak = Math.max(peak, rss);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak / 1024 / 1024;
    },
  };
}

async function pdfReaderWorks(): Promise<boolean> {
  try {
    await analyze(new Uint8Array(readFileSync(join(CORPUS, 'huaihua-gxj-2023.pdf'))));
    return true;
  } catch {
    return false;
  }
}

/** The floor: each file converted by its library alone, one after the other, on this thread. */
async function barePass(files: string[]): Promise<number> {
  const started = performance.now();
  for (const file of files) {
    const bytes = await readFile(file);
    if (file.endsWith('.docx')) await mammoth.convertToHtml({ buffer: bytes });
    else if (file.endsWith('.pdf')) await pdfText(bytes);
    else new TextDecoder('utf-8').decode(bytes);
  }
  return (performance.now() - started) / 1000;
}

/** pdf.js alone, with the options the PDF reader uses (packed CMaps for CID fonts, standard fonts). */
async function pdfText(bytes: Buffer): Promise<void> {
  const doc = await (await openPdf(bytes)).promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}

function startWorker(url: string, queue: string): Promise<ChildProcess> {
  const env = { ...process.env };
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--queue', queue, '--concurrency', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('worker ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${log}`)));
  });
}

async function run(mode: string, workers: number, dir: string, files: number, executor: Executor, children: () => number[] = () => []): Promise<Row> {
  const db = join(dir, `${mode}-${workers}.db`);
  const dataset = Dataset.open({ path: db });
  const rss = sampleRss(children);
  let summary: IngestSummary;
  try {
    summary = await ingest({ paths: [join(dir, 'files')], dataset, executor });
  } finally {
    await executor.close();
    dataset.close();
  }
  const peakRssMb = rss.stop();
  if (summary.analyzed !== files || summary.failed !== 0) {
    throw new Error(`${mode} ${workers}: analyzed ${summary.analyzed}, failed ${summary.failed} of ${files}: ${JSON.stringify(summary.failures)}`);
  }
  const per = (ms: number): number => ms / files;
  const s = summary.stages;
  return {
    mode,
    workers,
    files,
    seconds: summary.seconds,
    perFile: { convert: per(s.convert), segment: per(s.segment), extract: per(s.extract), reconcile: per(s.reconcile), store: per(s.store) },
    peakRssMb,
  };
}

export async function main(): Promise<void> {
  // as `gouji` runs: its V8 flags (src/cli/v8-tuning.ts); GOUJI_BENCH_V8=default measures V8's own
  if (process.env.GOUJI_BENCH_V8 !== 'default') tuneV8ForReading();
  console.log(`V8 flags: ${process.env.GOUJI_BENCH_V8 === 'default' ? "V8's defaults" : READING_V8_FLAGS.join(' ')} (GOUJI_BENCH_V8=default for V8's own)`);
  const total = Number.parseInt(process.env.GOUJI_BENCH_FILES ?? '300', 10);
  const dir = mkdtempSync(join(tmpdir(), 'gouji-bench-ingest-'));
  const notes: string[] = [];
  try {
    const withPdf = await pdfReaderWorks();
    const share = withPdf ? 3 : 2;
    const docx = Math.ceil(total / share);
    const txt = withPdf ? Math.ceil(total / share) : total - docx;
    const files = writeVariants(join(dir, 'files'), { docx, txt });
    if (withPdf) {
      const pdf = readFileSync(join(CORPUS, 'huaihua-gxj-2023.pdf'));
      for (let i = 0; files.length < total; i++) {
        const path = join(dir, 'files', `report-${String(i).padStart(4, '0')}.pdf`);
        writeFileSync(path, Buffer.concat([pdf, Buffer.from(`\n% gouji variant ${i}\n`)])); // bytes after %%EOF: same content
        files.push(path);
      }
    } else {
      notes.push('PDFs left out: the PDF reader does not read them in this build (readPdf → unsupported_format)');
    }
    const kinds = ['docx', 'txt', 'pdf'].map((k) => `${files.filter((f) => f.endsWith(`.${k}`)).length} .${k}`).join(', ');
    console.log(`${files.length} files (${kinds}); ${availableParallelism()} cores; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    const bareSeconds = await barePass(files);
    const rows: Row[] = [];
    for (const workers of [1, 2]) rows.push(await run('in-process', workers, dir, files.length, new PoolExecutor({ size: workers })));

    let redis: RedisServer | null = null;
    if (process.env.GOUJI_BENCH_REDIS === '0') notes.push('Redis runs skipped (GOUJI_BENCH_REDIS=0)');
    else if (!existsSync(REDIS_SERVER)) notes.push(`Redis runs skipped: ${REDIS_SERVER} is missing (apt-get install redis-server)`);
    else redis = await startRedis();
    try {
      for (const workers of redis ? [1, 2] : []) {
        const queue = `bench-${workers}`;
        const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(redis!.url, queue)));
        try {
          const executor = await QueueExecutor.open({ url: redis!.url, queue });
          rows.push(await run('redis', workers, dir, files.length, executor, () => procs.map((p) => p.pid!)));
        } finally {
          for (const p of procs) p.kill('SIGTERM');
          await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
        }
      }
    } finally {
      await redis?.stop();
    }

    console.log(table(rows, bareSeconds, files.length));
    for (const note of notes) console.log(`note: ${note}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: Row[], bareSeconds: number, files: number): string {
  const bareMs = (bareSeconds * 1000) / files;
  const header = ['run', 'files/s', 'speed-up', '× bare', 'convert', 'segment', 'extract', 'reconcile', 'store', 'peak RSS'];
  const lines: string[][] = [header];
  lines.push(['bare conversion, 1 thread', (files / bareSeconds).toFixed(1), '', '1.00', `${bareMs.toFixed(1)} ms`, '', '', '', '', '']);
  for (const row of rows) {
    const single = rows.find((r) => r.mode === row.mode && r.workers === 1);
    const p = row.perFile!;
    const ratio = (ms: number): string => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms ${(ms / bareMs).toFixed(2)}×`;
    lines.push([
      `${row.mode}, ${row.workers} worker${row.workers === 1 ? '' : 's'}`,
      (row.files / row.seconds).toFixed(1),
      single && row.workers > 1 ? `${(single.seconds / row.seconds).toFixed(2)}×` : '',
      `${(row.seconds / bareSeconds).toFixed(2)}`,
      ratio(p.convert),
      ratio(p.segment),
      ratio(p.extract),
      ratio(p.reconcile),
      ratio(p.store),
      `${row.peakRssMb.toFixed(0)} MB`,
    ]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const out = lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  out.push(
    '',
    `× bare: wall time of the run ÷ wall time of the bare conversion pass (${bareSeconds.toFixed(1)} s, ${bareMs.toFixed(1)} ms per file);`,
    'stage columns: time per file in that stage (in the threads / workers; store on the ingest thread), and ÷ bare conversion time per file;',
    'speed-up: 1-worker time ÷ 2-worker time; peak RSS: this process plus its threads (and the worker processes over Redis).',
  );
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
