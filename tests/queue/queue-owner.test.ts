import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ingest as ingestFiles } from '../../src/queue/ingest.js';
import { QueueExecutor } from '../../src/queue/queue-executor.js';
import { ownerKey, OwnerRecord, QueueBusyError } from '../../src/queue/queue-owner.js';
import { QueueWorker } from '../../src/queue/queue-worker.js';
import { Dataset } from '../../src/store/dataset.js';
import { writeVariants } from '../helpers/variants.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';

const BIN = fileURLToPath(new URL('../../bin/gouji.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'gouji-owner-'));
delete process.env.REDIS_URL; // each run says which Redis it uses

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['ingest', ...args, '--json'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` is true (no deadline: vitest's own test timeout is the bound). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await sleep(50);
}

function documents(db: string): string[] {
  const dataset = Dataset.open({ path: db, readonly: true });
  try {
    return (dataset.db.prepare(`SELECT path FROM documents ORDER BY path`).all() as { path: string }[]).map((r) => r.path);
  } finally {
    dataset.close();
  }
}

describe.skipIf(!redisAvailable())('one ingest per queue (a real redis-server)', () => {
  let redis: RedisServer;
  let client: Redis;
  const holder = async (queue: string): Promise<OwnerRecord | null> => {
    const value = await client.get(ownerKey(queue));
    return value === null ? null : OwnerRecord.parse(JSON.parse(value));
  };

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('two `gouji ingest` processes started together on one queue: never the "job vanished" failure — one runs, the other is refused (or runs after it)', async () => {
    // Before the queue had an owner, this failed in 2 runs out of 3: the process that stored a
    // shared file first removed its job, and the other exited 1 with "job … vanished from Redis".
    const dirs = [join(root, 'together-a'), join(root, 'together-b')];
    writeVariants(dirs[0]!, { docx: 0, txt: 8 }, 1);
    writeVariants(dirs[1]!, { docx: 0, txt: 8 }, 1);
    const worker = await QueueWorker.start({ url: redis.url, queue: 'together', concurrency: 2 });
    const env = { ...process.env };
    delete env.REDIS_URL;
    const start = (dir: string): Promise<{ code: number | null; stderr: string; db: string }> =>
      new Promise((resolve) => {
        const db = `${dir}.db`;
        const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--redis', redis.url, '--queue', 'together'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('exit', (code) => resolve({ code, stderr, db }));
      });
    try {
      const results = await Promise.all(dirs.map(start));
      for (const { code, stderr, db } of results) {
        expect(stderr).not.toMatch(/vanished/);
        expect([0, 75]).toContain(code);
        if (code === 0) {
          expect(documents(db)).toHaveLength(8);
        } else {
          expect(stderr).toMatch(/queue "together" at .* is in use by gouji ingest pid \d+/);
          expect(existsSync(db)).toBe(false);
        }
      }
      expect(results.some((r) => r.code === 0)).toBe(true);
      expect(await holder('together')).toBe(null);
    } finally {
      await worker.close();
    }
  });

  it('two ingests of overlapping folders on one queue: the second is refused (exit 75) before touching its dataset, the first stores everything', async () => {
    const first = join(root, 'first');
    const second = join(root, 'second');
    const firstFiles = writeVariants(first, { docx: 0, txt: 4 }, 1);
    writeVariants(second, { docx: 0, txt: 4 }, 3); // report-0003/0004: the same bytes in both folders
    const firstDb = join(root, 'first.db');
    const existingDb = join(root, 'existing.db');
    const freshDb = join(root, 'fresh.db');
    Dataset.open({ path: existingDb }).close();
    const before = { bytes: readFileSync(existingDb), mtimeMs: statSync(existingDb).mtimeMs };

    // no worker yet: the first run adds its jobs and waits, holding the queue
    const running = run([first, '--db', firstDb, '--redis', redis.url, '--queue', 'shared']);
    await until(async () => (await holder('shared')) !== null);
    expect(await holder('shared')).toMatchObject({ pid: process.pid, dataset: firstDb });

    for (const db of [existingDb, freshDb]) {
      const refused = await run([second, '--db', db, '--redis', redis.url, '--queue', 'shared']);
      expect(refused.code).toBe(75);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^gouji ingest: queue "shared" at redis:\/\/127\.0\.0\.1:\d+\/? is in use by gouji ingest pid \d+ on \S+ \(writing .*first\.db\), since \d{4}-\d\d-\d\dT/);
      expect(refused.stderr).toMatch(/its hold lapses in \d+ s/);
      expect(refused.stderr).toMatch(/--queue NAME/);
      expect(refused.stderr).not.toMatch(/\[\d+\/\d+\]/); // no file was taken
    }
    expect(existsSync(freshDb)).toBe(false);
    expect(readFileSync(existingDb).equals(before.bytes)).toBe(true);
    expect(statSync(existingDb).mtimeMs).toBe(before.mtimeMs);

    const worker = await QueueWorker.start({ url: redis.url, queue: 'shared', concurrency: 1 });
    try {
      const done = await running;
      expect(done.code).toBe(0);
      expect(JSON.parse(done.stdout).summary).toMatchObject({ analyzed: 4, ok: 4 });
      expect(documents(firstDb)).toEqual([...firstFiles].sort());
      expect(await holder('shared')).toBe(null); // let go on close

      // the first has ended: the second starts now, with its files from the shared queue
      const again = await run([second, '--db', freshDb, '--redis', redis.url, '--queue', 'shared']);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).summary).toMatchObject({ analyzed: 4, ok: 4 });
      expect(await holder('shared')).toBe(null);
      expect(await client.keys('gouji:blob:*')).toEqual([]);
    } finally {
      await worker.close();
    }
  });

  it('the hold is renewed while a run lasts, past its ttl; another queue name is free meanwhile', async () => {
    const a = await QueueExecutor.open({ url: redis.url, queue: 'renew', ownerTtlMs: 6000 });
    try {
      const token = (await holder('renew'))!.token;
      // watch the key's time to live go back up twice: renewed, not merely not yet expired
      let renewals = 0;
      let last = await client.pttl(ownerKey('renew'));
      while (renewals < 2) {
        await sleep(50);
        const now = await client.pttl(ownerKey('renew'));
        if (now > last) renewals++;
        last = now;
      }
      expect((await holder('renew'))!.token).toBe(token);
      await expect(QueueExecutor.open({ url: redis.url, queue: 'renew' })).rejects.toBeInstanceOf(QueueBusyError);
      const other = await QueueExecutor.open({ url: redis.url, queue: 'renew-2' });
      await other.close();
    } finally {
      await a.close();
    }
    expect(await holder('renew')).toBe(null);
    const b = await QueueExecutor.open({ url: redis.url, queue: 'renew' });
    await b.close();
  });

  it('a crashed ingest (killed, its key left unrenewed) blocks the queue only until its ttl lapses; the next run collects its jobs', async () => {
    const dir = join(root, 'crash');
    const files = writeVariants(dir, { docx: 0, txt: 2 }, 1);
    const env = { ...process.env };
    delete env.REDIS_URL;
    // a real `gouji ingest` process, waiting for a worker that is not there
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', join(root, 'crashed.db'), '--redis', redis.url, '--queue', 'crash', '--lock-ms', '15000'], {
      env,
      stdio: 'ignore',
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    await until(async () => (await holder('crash'))?.pid === child.pid);
    await until(async () => (await client.keys('bull:crash:*')).some((k) => /:[0-9a-f]{64}$/.test(k))); // its jobs were added
    child.kill('SIGKILL');
    await exited;
    // its jobs are read now; their results wait in Redis for whoever owns the queue next
    const worker = await QueueWorker.start({ url: redis.url, queue: 'crash', concurrency: 1 });
    try {
      const db = join(root, 'after-crash.db');
      const refused = await run([dir, '--db', db, '--redis', redis.url, '--queue', 'crash']);
      expect(refused.code).toBe(75);
      expect(refused.stderr).toContain(`pid ${child.pid} `);
      expect(existsSync(db)).toBe(false);

      // nobody deletes the dead run's key: it lapses by itself, then the next run goes ahead
      await until(async () => (await holder('crash')) === null);
      const after = await run([dir, '--db', db, '--redis', redis.url, '--queue', 'crash']);
      expect(after.code).toBe(0);
      expect(JSON.parse(after.stdout).summary).toMatchObject({ analyzed: 2, ok: 2 });
      expect(documents(db)).toEqual([...files].sort());
      expect(await client.keys('gouji:blob:*')).toEqual([]);
    } finally {
      await worker.close();
    }
  });

  it('a run whose hold was taken over stops (exit 1) instead of fighting the new owner over jobs', async () => {
    const dir = join(root, 'lost');
    writeVariants(dir, { docx: 0, txt: 2 }, 1);
    const executor = await QueueExecutor.open({ url: redis.url, queue: 'lost', ownerTtlMs: 600 });
    const dataset = Dataset.open({ path: ':memory:' });
    try {
      const running = ingestFiles({ paths: [dir], dataset, executor }); // no worker: waits
      await until(async () => (await client.keys('bull:lost:*')).some((k) => /:[0-9a-f]{64}$/.test(k)));
      // as if this process had been paused past its ttl and another ingest had taken the queue
      await client.set(ownerKey('lost'), JSON.stringify({ token: 'other', host: 'elsewhere', pid: 4242, since: new Date().toISOString() }));
      await expect(running).rejects.toThrow(/lost queue "lost" at .* to gouji ingest pid 4242 on elsewhere/);
      expect(dataset.stats().documents).toBe(0);
    } finally {
      await executor.close();
      dataset.close();
    }
    // closing did not delete the new owner's key
    expect(await holder('lost')).toMatchObject({ token: 'other', pid: 4242 });
  });
});
