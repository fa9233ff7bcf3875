import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, toFileError } from '../../src/analyze.js';
import type { Executor } from '../../src/queue/executor.js';
import { ingest, type DatasetSink, type IngestEvent } from '../../src/queue/ingest.js';
import type { AnalyzeTask, Outcome } from '../../src/queue/outcome.js';
import { Dataset } from '../../src/store/dataset.js';
import { copyInto, SEED_TXT, writeVariants } from '../helpers/variants.js';

const root = mkdtempSync(join(tmpdir(), 'gouji-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Reads files on the calling thread with the real analyze(); counts what it was given. */
class SerialExecutor implements Executor {
  readonly description = 'serial';
  readonly capacity = 2;
  readonly given: string[] = [];
  readonly acked: string[] = [];
  constructor(private readonly failOn: ((task: AnalyzeTask) => boolean) | null = null) {}
  async run(task: AnalyzeTask): Promise<Outcome> {
    if (this.failOn?.(task)) throw new Error('the executor broke (infrastructure)');
    this.given.push(task.path);
    try {
      return { ok: true, report: await analyze(task.bytes, { path: task.path }), times: null };
    } catch (error) {
      return { ok: false, error: toFileError(error), times: null };
    }
  }
  async ack(sha256: string): Promise<void> {
    this.acked.push(sha256);
  }
  async close(): Promise<void> {}
}

function folder(name: string): string {
  const dir = join(root, name);
  writeVariants(dir, { docx: 0, txt: 3 });
  copyInto(dir, SEED_TXT, 'copy-of-seed.txt'); // the seed itself: a 4th distinct text
  copyInto(dir, SEED_TXT, 'zz-same-as-seed.txt'); // the same bytes again: a duplicate
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(50_000)); // over the 40 000-byte limit below
  symlinkSync(join(root, 'nowhere'), join(dir, 'broken-link.txt'));
  return dir;
}

describe('ingest', () => {
  it('accounts for every input exactly once: stored, failed, skipped as duplicate, or unreadable', async () => {
    const dir = folder('once');
    const dataset = Dataset.open({ path: ':memory:' });
    const executor = new SerialExecutor();
    const events: IngestEvent[] = [];
    const summary = await ingest({ paths: [dir], dataset, executor, limits: { maxInputBytes: 40_000 }, onEvent: (e) => events.push(e) });

    expect(summary).toMatchObject({ files: 7, analyzed: 6, ok: 4, failed: 2, skipped: { stored: 0, duplicate: 1 }, failures: { empty_file: 1, too_large: 1 } });
    expect(summary.unreadable).toEqual([{ path: join(dir, 'broken-link.txt'), message: expect.any(String) }]);
    expect(executor.given).toHaveLength(5); // the too-large file is never read into memory nor sent
    expect(executor.given).not.toContain(join(dir, 'huge.txt'));
    expect(executor.acked).toHaveLength(6);
    const files = events.filter((e) => e.type === 'file');
    expect(files.map((e) => e.path).sort()).toEqual([...new Set(files.map((e) => e.path))].sort()); // one event per file
    expect(dataset.stats()).toMatchObject({ documents: 6, ok: 4, failed: 2, failures: { empty_file: 1, too_large: 1 } });
    expect(summary.formats).toEqual({ text: 5 });

    const again = await ingest({ paths: [dir], dataset, executor: new SerialExecutor(), limits: { maxInputBytes: 40_000 } });
    expect(again).toMatchObject({ analyzed: 0, skipped: { stored: 7, duplicate: 0 } }); // the duplicate's bytes are stored now
    expect(dataset.stats().documents).toBe(6);
    dataset.close();
  });

  it('stores a changed file as a new version', async () => {
    const dir = join(root, 'versions');
    const [first] = writeVariants(dir, { docx: 0, txt: 1 });
    const dataset = Dataset.open({ path: ':memory:' });
    await ingest({ paths: [dir], dataset, executor: new SerialExecutor() });
    writeFileSync(first!, 'a different report\n一、部门基本情况\n');
    const summary = await ingest({ paths: [dir], dataset, executor: new SerialExecutor() });
    expect(summary).toMatchObject({ analyzed: 1, ok: 1 });
    expect(dataset.stats().documents).toBe(2);
    dataset.close();
  });

  it('stops on an executor failure, keeps what it stored, and the next run carries on', async () => {
    const dir = join(root, 'broken');
    const files = writeVariants(dir, { docx: 0, txt: 4 });
    const dataset = Dataset.open({ path: ':memory:' });
    const broken = new SerialExecutor((task) => task.path === files[2]);
    await expect(ingest({ paths: [dir], dataset, executor: broken })).rejects.toThrow(/infrastructure/);
    const stored = dataset.stats().documents;
    expect(stored).toBeGreaterThanOrEqual(2);
    expect(stored).toBeLessThan(4);
    const rest = await ingest({ paths: [dir], dataset, executor: new SerialExecutor() });
    expect(rest.analyzed + rest.skipped.stored).toBe(4);
    expect(rest.analyzed).toBe(4 - stored);
    expect(dataset.stats().documents).toBe(4);
    dataset.close();
  });

  it('records a report the dataset refuses as a failed file and goes on; a failing database stops the run', async () => {
    const dir = join(root, 'refused');
    const files = writeVariants(dir, { docx: 0, txt: 3 });
    const dataset = Dataset.open({ path: ':memory:' });
    const sqliteError = (code: string) => Object.assign(new Error(`${code}: boom`), { code });
    // the dataset refuses the report of files[1] (as Dataset.writeBatch does for a report that breaks a constraint)
    const refusing: DatasetSink = {
      has: (sha) => dataset.has(sha),
      writeBatch: (items) => {
        const refused = items.flatMap((item, index) => ('stored' in item && item.stored.path === files[1] ? [{ index, error: sqliteError('SQLITE_CONSTRAINT_PRIMARYKEY') }] : []));
        dataset.writeBatch(items.filter((_, index) => !refused.some((r) => r.index === index)));
        return refused;
      },
    };
    const summary = await ingest({ paths: [dir], dataset: refusing, executor: new SerialExecutor() });
    expect(summary).toMatchObject({ analyzed: 3, ok: 2, failed: 1, failures: { internal_error: 1 } });
    const row = dataset.db.prepare(`SELECT error_message FROM documents WHERE path = ?`).get(files[1]) as { error_message: string };
    expect(row.error_message).toMatch(/^a bug in gouji \(report stage\): .*could not store its report \(SQLITE_CONSTRAINT_PRIMARYKEY: boom\)/);

    const full: DatasetSink = { ...refusing, writeBatch: () => { throw sqliteError('SQLITE_FULL'); } };
    writeVariants(dir, { docx: 0, txt: 1 }, 10);
    await expect(ingest({ paths: [dir], dataset: full, executor: new SerialExecutor() })).rejects.toThrow(/SQLITE_FULL/);
    dataset.close();
  });

  it('stops when the executor cannot forget a stored file (ack fails), keeping what it stored', async () => {
    const dir = join(root, 'ack');
    writeVariants(dir, { docx: 0, txt: 2 });
    const dataset = Dataset.open({ path: ':memory:' });
    const executor = new SerialExecutor();
    executor.ack = () => Promise.reject(new Error('redis went away (infrastructure)'));
    await expect(ingest({ paths: [dir], dataset, executor })).rejects.toThrow(/redis went away/);
    expect(dataset.stats().documents).toBeGreaterThanOrEqual(1);
    dataset.close();
  });

  it('takes no new file once aborted and says the run was interrupted', async () => {
    const dir = join(root, 'abort');
    writeVariants(dir, { docx: 0, txt: 5 });
    const dataset = Dataset.open({ path: ':memory:' });
    const abort = new AbortController();
    const summary = await ingest({
      paths: [dir],
      dataset,
      executor: new SerialExecutor(),
      signal: abort.signal,
      onEvent: (e) => e.type === 'file' && abort.abort(),
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.analyzed).toBeLessThan(5);
    expect(dataset.stats().documents).toBe(summary.analyzed);
    dataset.close();
  });
});
