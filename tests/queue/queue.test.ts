import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ingest as ingestFiles, type IngestSummary } from '../../src/queue/ingest.js';
import { QueueExecutor } from '../../src/queue/queue-executor.js';
import { QueueWorker } from '../../src/queue/queue-worker.js';
import { Dataset } from '../../src/store/dataset.js';
import { SEED_DOCX, writeVariants } from '../helpers/variants.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';

const BIN = fileURLToPath(new URL('../../bin/gouji.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'gouji-queue-'));
delete process.env.REDIS_URL; // each run says which Redis it uses

/** A `gouji worker` child process and the lines it logs. */
class WorkerProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly listeners: (() => void)[] = [];

  constructor(url: string, queue: string, extra: string[] = []) {
    const env = { ...process.env };
    delete env.REDIS_URL;
    this.child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--queue', queue, '--concurrency', '1', ...extra], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let buffer = '';
    this.child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      this.lines.push(...parts);
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Resolves with the first logged line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const line = this.lines.find((l) => pattern.test(l));
        if (line) resolve(line);
        return Boolean(line);
      };
      if (!check()) this.listeners.push(check);
    });
  }
}

async function ingest(args: string[]): Promise<{ code: number; summary: IngestSummary }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['ingest', ...args, '--json'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  if (code !== 0) throw new Error(`ingest exited ${code}: ${stderr}`);
  return { code, summary: JSON.parse(stdout).summary };
}

function dump(db: string): string {
  const dataset = Dataset.open({ path: db, readonly: true });
  try {
    return dataset.canonicalDump();
  } finally {
    dataset.close();
  }
}

/** Nothing left behind in Redis: every job removed and every blob deleted once stored. */
async function leftovers(url: string): Promise<string[]> {
  const client = new Redis(url);
  try {
    const jobs = (await client.keys('bull:*')).filter((k) => /:[0-9a-f]{64}(:|$)/.test(k) || /:(wait|active|delayed|completed|failed)$/.test(k));
    return (await client.keys('gouji:blob:*')).concat(jobs);
  } finally {
    client.disconnect();
  }
}

describe.skipIf(!redisAvailable())('queue mode (BullMQ over a real redis-server)', () => {
  let redis: RedisServer;
  const workers: WorkerProcess[] = [];
  const worker = (queue: string, extra: string[] = []): WorkerProcess => {
    const w = new WorkerProcess(redis.url, queue, extra);
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await redis?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('builds the same dataset as the in-process pool, with two workers, and leaves nothing in Redis', async () => {
    const dir = join(root, 'same');
    writeVariants(dir, { docx: 3, txt: 3 });
    const docx = readFileSync(SEED_DOCX);
    writeFileSync(join(dir, 'truncated.docx'), docx.subarray(0, 9000));
    writeFileSync(join(dir, 'empty.txt'), '');
    const a = worker('same');
    const b = worker('same');

    const local = await ingest([dir, '--db', join(root, 'local.db'), '--workers', '2']);
    const queued = await ingest([dir, '--db', join(root, 'queued.db'), '--redis', redis.url, '--queue', 'same']);
    expect(queued.summary).toEqual({ ...local.summary, seconds: queued.summary.seconds, stages: queued.summary.stages, batches: queued.summary.batches });
    expect(queued.summary).toMatchObject({ analyzed: 8, ok: 6, failed: 2 });
    expect(dump(join(root, 'queued.db'))).toBe(dump(join(root, 'local.db')));
    expect(await leftovers(redis.url)).toEqual([]);
    // both workers took part
    expect(a.lines.some((l) => l.startsWith('gouji worker: done')) && b.lines.some((l) => l.startsWith('gouji worker: done'))).toBe(true);

    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
  });

  it('a worker killed with SIGKILL mid-file: its file is finished by another, every file stored exactly once', async () => {
    const dir = join(root, 'kill');
    const files = writeVariants(dir, { docx: 6, txt: 0 });
    // Short enough that the killed worker's job comes back within seconds; long enough that the
    // survivor, starved of CPU on a loaded machine, still renews its own locks in time (a job
    // that stalls twice is failed by BullMQ, and this test would count it as lost).
    const fast = ['--lock-ms', '5000', '--stalled-ms', '1000'];
    const doomed = worker('kill', fast);
    const survivor = worker('kill', fast);
    const run = ingest([dir, '--db', join(root, 'kill.db'), '--redis', redis.url, '--queue', 'kill']);

    const started = await doomed.waitFor(/started [0-9a-f]{12} /);
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe(null); // killed by the signal, no exit code
    const killedPath = started.split(' ').slice(4, -2).join(' ');
    const { summary } = await run;

    expect(summary).toMatchObject({ analyzed: 6, ok: 6, failed: 0 });
    const dataset = Dataset.open({ path: join(root, 'kill.db'), readonly: true });
    const rows = dataset.db.prepare(`SELECT path, status FROM documents ORDER BY path`).all() as { path: string; status: string }[];
    dataset.close();
    expect(rows.map((r) => r.path)).toEqual([...files].sort());
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    // the survivor took over the file the killed worker held
    expect(killedPath).toMatch(/report-\d{4}\.docx$/);
    expect(survivor.lines.some((l) => l.startsWith('gouji worker: done') && l.includes(killedPath))).toBe(true);
    expect(await leftovers(redis.url)).toEqual([]);
    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
  });

  it('retries a transient failure (a timeout) with backoff, then records it; the next run tries it again', async () => {
    const dir = join(root, 'retry');
    writeVariants(dir, { docx: 1, txt: 0 });
    const w = worker('retry');
    const db = join(root, 'retry.db');
    const { summary } = await ingest([dir, '--db', db, '--redis', redis.url, '--queue', 'retry', '--timeout', '1']);
    expect(summary).toMatchObject({ analyzed: 1, failed: 1, failures: { timeout: 1 } });
    expect(w.lines.filter((l) => l.includes(' started ')).map((l) => /\(attempt (\d)\)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
    // a timeout is not final: the next run reads the file again (and this time has the time)
    const again = await ingest([dir, '--db', db, '--redis', redis.url, '--queue', 'retry']);
    expect(again.summary).toMatchObject({ analyzed: 1, ok: 1 });
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  });

  it('collects every result while sweeping all the time (no job is looked for before it is added)', async () => {
    const dir = join(root, 'sweep');
    writeVariants(dir, { docx: 0, txt: 6 });
    const w = await QueueWorker.start({ url: redis.url, queue: 'sweep', concurrency: 1 });
    const executor = await QueueExecutor.open({ url: redis.url, queue: 'sweep', sweepMs: 1 });
    const dataset = Dataset.open({ path: ':memory:' });
    try {
      const summary = await ingestFiles({ paths: [dir], dataset, executor });
      expect(summary).toMatchObject({ analyzed: 6, ok: 6 });
      expect(dataset.stats().documents).toBe(6);
    } finally {
      await executor.close();
      await w.close();
      dataset.close();
    }
  });

  it('SIGTERM: the worker finishes the file in hand, takes no other, and exits 0', async () => {
    const dir = join(root, 'term');
    writeVariants(dir, { docx: 3, txt: 0 });
    const first = worker('term');
    const run = ingest([dir, '--db', join(root, 'term.db'), '--redis', redis.url, '--queue', 'term']);

    const started = await first.waitFor(/started [0-9a-f]{12} /);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const sha = /started ([0-9a-f]{12}) /.exec(started)![1]!;
    const after = first.lines.slice(first.lines.findIndex((l) => l.includes('SIGTERM')));
    expect(after.some((l) => l.startsWith(`gouji worker: done ${sha}`))).toBe(true);
    expect(first.lines.filter((l) => l.includes(' started ')).length).toBe(1);

    const second = worker('term');
    const { summary } = await run;
    expect(summary).toMatchObject({ analyzed: 3, ok: 3 });
    expect(second.lines.some((l) => l.includes(sha))).toBe(false); // finished once, by the first worker
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
