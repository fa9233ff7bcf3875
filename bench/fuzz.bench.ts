/**
 * The long fuzz run (issue 13). Run: `npm run bench -- fuzz`
 * (env: FUZZ_CASES, default 1000; FUZZ_SEED, default 1; FUZZ_SCALE, default 4 — crafted shapes
 * 4× the CI test's; FUZZ_TIMEOUT_MS, default 10000).
 *
 * Every case goes through the same thread pool as `gouji ingest` (and `gouji analyze`), one at
 * a time so that the process's CPU time is the case's: for each input kind it records how the
 * cases ended (a Report, or which typed error), CPU time (median, max), wall time, and memory:
 * the reading thread's heap after the file (V8's committed heap, which grows to the file's
 * peak, plus external buffers; the thread is capped at maxHeapMb = 1 GiB, past which the file
 * ends as too_complex) and the process's RSS. After a timeout or a crash the pool's new thread
 * is started before the next case, so no case is charged a thread's start-up. The verdict lines
 * count what issue 13 asks to be zero: untyped endings, internal errors, runs past the time
 * limit + 1 s, and files over 1 GiB.
 */
import { toOutcome } from '../src/queue/executor.js';
import { ThreadPool } from '../src/queue/pool.js';
import { ErrorKind } from '../src/errors/schema.js';
import { fuzzCases } from '../tests/helpers/fuzz.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

interface Row {
  kind: string;
  end: string;
  cpuMs: number;
  wallMs: number;
  peakRss: number;
  heap: number;
  typed: boolean;
  message: string;
}

function env(name: string, fallback: number): number {
  const v = process.env[name];
  return v && /^\d+$/.test(v) ? Number(v) : fallback;
}

export async function main(): Promise<void> {
  const count = env('FUZZ_CASES', 1000);
  const seed = env('FUZZ_SEED', 1);
  const scale = env('FUZZ_SCALE', 4);
  const timeoutMs = env('FUZZ_TIMEOUT_MS', 10_000);
  const cases = await fuzzCases(seed, count, scale);
  const pool = new ThreadPool({ size: 1, limits: { timeoutMs } });
  const rows: Row[] = [];
  const started = performance.now();
  try {
    // warm the thread (tsx or dist start-up is not the first case's cost)
    const warm = () => pool.run({ path: '/fuzz/warm.txt', sha256: 'warm', bytes: new TextEncoder().encode('预算收入1.00万元。') });
    await warm();
    for (const c of cases) {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const cpu = process.cpuUsage();
      const t = performance.now();
      const result = await pool.run({ path: `/fuzz/${c.name}`, sha256: c.name, bytes: c.bytes });
      const wallMs = performance.now() - t;
      const used = process.cpuUsage(cpu);
      clearInterval(sampler);
      const outcome = toOutcome(result);
      if (!result.ok && result.heapBytes === undefined) await warm(); // the thread was replaced: start the new one now
      peak = Math.max(peak, process.memoryUsage().rss);
      const end = outcome.ok ? 'report' : outcome.error.kind;
      const typed = outcome.ok || (ErrorKind.safeParse(outcome.error.kind).success && !/\n/.test(outcome.error.message));
      rows.push({
        kind: c.kind,
        end,
        cpuMs: (used.user + used.system) / 1000,
        wallMs,
        peakRss: peak,
        heap: result.heapBytes ?? 0,
        typed,
        message: outcome.ok ? '' : `${c.name}: ${outcome.error.message.slice(0, 300)}`,
      });
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;

  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)]! : 0;
  };
  console.log(`fuzz: ${rows.length} inputs, seed ${seed}, scale ${scale}, timeout ${timeoutMs} ms, ${seconds.toFixed(0)} s`);
  console.log(`${'kind'.padEnd(28)} ${'n'.padStart(4)}  ${'CPU ms median/max'.padStart(18)}  ${'wall max'.padStart(8)}  ${'heap max'.padStart(8)}  ${'RSS max'.padStart(8)}  ended as`);
  for (const kind of kinds) {
    const of = rows.filter((r) => r.kind === kind);
    const ends: Record<string, number> = {};
    for (const r of of) ends[r.end] = (ends[r.end] ?? 0) + 1;
    const cpu = `${median(of.map((r) => r.cpuMs)).toFixed(0)}/${Math.max(...of.map((r) => r.cpuMs)).toFixed(0)}`;
    console.log(
      `${kind.padEnd(28)} ${String(of.length).padStart(4)}  ${cpu.padStart(18)}  ${Math.max(...of.map((r) => r.wallMs)).toFixed(0).padStart(8)}  ${`${Math.round(Math.max(...of.map((r) => r.heap)) / MiB)} MiB`.padStart(8)}  ${`${Math.round(Math.max(...of.map((r) => r.peakRss)) / MiB)} MiB`.padStart(8)}  ${Object.entries(ends)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
  const untyped = rows.filter((r) => !r.typed).length;
  const internal = rows.filter((r) => r.end === 'internal_error').length;
  const late = rows.filter((r) => r.wallMs > timeoutMs + 1000).length;
  const heavy = rows.filter((r) => r.heap > GiB).length;
  const ends: Record<string, number> = {};
  for (const r of rows) ends[r.end] = (ends[r.end] ?? 0) + 1;
  console.log(`ended as: ${Object.entries(ends).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`untyped endings: ${untyped}; internal_error: ${internal}; past the time limit + 1 s: ${late}; files over 1 GiB of heap: ${heavy}`);
  for (const r of rows.filter((x) => x.end === 'internal_error').slice(0, 5)) console.log(`  internal_error ${r.message}`);
  console.log(`peak RSS of the whole run: ${Math.round(Math.max(...rows.map((r) => r.peakRss)) / MiB)} MiB; CPU total ${(rows.reduce((s, r) => s + r.cpuMs, 0) / 1000).toFixed(0)} s`);
  if (untyped > 0 || late > 0 || heavy > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
