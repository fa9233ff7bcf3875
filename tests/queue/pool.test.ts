import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/analyze.js';
import { ThreadPool } from '../../src/queue/pool.js';
import { reportFromJson } from '../../src/queue/outcome.js';
import { SEED_DOCX, SEED_TXT } from '../helpers/variants.js';

const misbehaving = new URL('./fixtures/misbehaving-thread.mjs', import.meta.url);
const task = (bytes: Uint8Array, path = '/in/file') => ({ path, sha256: sha256(bytes), bytes });
const txt = new Uint8Array(readFileSync(SEED_TXT));

let pool: ThreadPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('ThreadPool', () => {
  it('reads files in worker threads with the same analyze() as the CLI', async () => {
    pool = new ThreadPool({ size: 2 });
    const docx = new Uint8Array(readFileSync(SEED_DOCX));
    const truncated = docx.subarray(0, docx.length >> 1);
    const [a, b, c] = await Promise.all([pool.run(task(docx, '/in/a.docx')), pool.run(task(txt, '/in/b.txt')), pool.run(task(truncated, '/in/c.docx'))]);
    expect(a.ok && reportFromJson(a.json).source).toMatchObject({ path: '/in/a.docx', format: 'docx', sha256: sha256(docx) });
    expect(b.ok && reportFromJson(b.json).source).toMatchObject({ path: '/in/b.txt', format: 'text' });
    expect(a.ok && a.times.convert).toBeGreaterThan(0);
    expect(c).toMatchObject({ ok: false, error: { kind: 'corrupt_file', transient: false } });
  });

  it('runs the TypeScript thread module through tsx (gouji running from source, not built)', async () => {
    pool = new ThreadPool({ size: 1, threadModule: new URL('../../src/queue/pool-thread.ts', import.meta.url) });
    const outcome = await pool.run(task(txt, '/in/b.txt'));
    expect(outcome.ok && reportFromJson(outcome.json).source).toMatchObject({ path: '/in/b.txt', format: 'text' });
  });

  it('stops a thread that runs past the time limit, records a timeout and goes on with a new thread', async () => {
    // The hung file brings its own short limit; the next file, on a fresh thread, has the pool's
    // default (120 s), so a loaded machine cannot turn that one into a timeout too.
    pool = new ThreadPool({ size: 1, threadModule: misbehaving });
    const hung = pool.run({ ...task(Buffer.from('HANG forever')), limits: { timeoutMs: 200 } });
    const next = pool.run(task(txt));
    expect(await hung).toMatchObject({ ok: false, error: { kind: 'timeout', transient: true, message: expect.stringMatching(/200 ms; the thread was stopped/) } });
    expect((await next).ok).toBe(true);
  });

  it('records a crashed thread as gouji’s internal_error (not the file’s fault), once, and replaces the thread', async () => {
    pool = new ThreadPool({ size: 1, threadModule: misbehaving });
    const settled: string[] = [];
    const runs = [Buffer.from('CRASH now'), Buffer.from('EXIT now'), txt].map((bytes, i) =>
      pool!.run(task(bytes, `/in/${i}`)).then((o) => {
        settled.push(`/in/${i}`);
        return o;
      }),
    );
    const [crash, exit, good] = await Promise.all(runs);
    expect(crash).toMatchObject({ ok: false, error: { kind: 'internal_error', stage: 'worker', message: expect.stringContaining('the thread blew up') } });
    expect(exit).toMatchObject({ ok: false, error: { kind: 'internal_error', stage: 'worker', message: expect.stringContaining('exited with code 7') } });
    expect(good!.ok).toBe(true);
    expect(settled.sort()).toEqual(['/in/0', '/in/1', '/in/2']);
  });

  it('rejects (an infrastructure failure, not a file failure) when its threads cannot start', async () => {
    pool = new ThreadPool({ size: 1, threadModule: new URL('./fixtures/no-such-module.ts', import.meta.url) });
    await expect(pool.run(task(txt))).rejects.toThrow(/failed to start/);
    await expect(pool.run(task(txt))).rejects.toThrow(/failed to start/);
  });

  it('frees each thread’s nodejieba dictionary when it closes (nodejieba never frees it when a thread ends)', async () => {
    // Without the release every pool that tokenised leaves ~250 MB behind in this process.
    const rssAfterPool = async (): Promise<number> => {
      const p = new ThreadPool({ size: 1 });
      const outcome = await p.run({ ...task(txt, `/in/${Math.random()}.txt`), output: 'stored' });
      expect(outcome.ok && outcome.stored.search.count).toBeGreaterThan(0);
      await p.close();
      return process.memoryUsage.rss();
    };
    const first = await rssAfterPool();
    await rssAfterPool();
    const third = await rssAfterPool();
    expect((third - first) / 2 ** 20).toBeLessThan(250);
  });

  it('rejects files still waiting when closed, and can be closed twice', async () => {
    pool = new ThreadPool({ size: 1, threadModule: misbehaving });
    const waiting = pool.run(task(Buffer.from('HANG'))).catch((error: unknown) => error);
    await pool.close();
    await pool.close();
    expect(await waiting).toBeInstanceOf(Error);
    expect(String(await waiting)).toMatch(/closed/);
    await expect(pool.run(task(txt))).rejects.toThrow(/closed/);
  });
});
