import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, sha256 } from '../../src/analyze.js';
import { BatchWriter, type FinishedFile, type WrittenOutcome } from '../../src/queue/batch-writer.js';
import { PoolExecutor } from '../../src/queue/executor.js';
import { ingest, type DatasetSink } from '../../src/queue/ingest.js';
import { Dataset } from '../../src/store/dataset.js';
import { storedFromValid } from '../../src/store/stored-report.js';
import { SEED_TXT, textVariant, writeVariants } from '../helpers/variants.js';

const root = mkdtempSync(join(tmpdir(), 'gouji-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const seedText = readFileSync(SEED_TXT);
let base: Awaited<ReturnType<typeof analyze>> | null = null;

/** n finished files: the seed text's report under n sha256s and paths, rows built as a pool thread builds them. */
async function finished(n: number): Promise<FinishedFile[]> {
  base ??= await analyze(new Uint8Array(seedText), { path: 'seed.txt' });
  return Array.from({ length: n }, (_, i) => {
    const bytes = textVariant(seedText, i + 1);
    const sha = sha256(bytes);
    const path = `/in/report-${i}.txt`;
    const report = { ...base!, source: { ...base!.source, sha256: sha, path } };
    return { path, sha256: sha, bytes: bytes.length, format: 'text' as const, outcome: { ok: true as const, stored: storedFromValid(report), times: null } };
  });
}

describe('BatchWriter: the writer writes in batched transactions', () => {
  it('commits every file, maxFiles to a transaction, and counts a file only once its transaction committed', async () => {
    const dataset = Dataset.open({ path: ':memory:' });
    const written: { path: string; committed: boolean; outcome: WrittenOutcome }[] = [];
    const writer = new BatchWriter({ dataset, maxFiles: 5, onWritten: (file, outcome) => written.push({ path: file.path, committed: dataset.has(file.sha256), outcome }) });
    const files = await finished(12);
    for (const file of files) writer.add(file);
    expect(writer.batches).toBe(2); // 5 + 5 written as they filled, 2 waiting
    writer.close();
    expect(writer).toMatchObject({ batches: 3, files: 12 });
    expect(written.map((w) => w.path)).toEqual(files.map((f) => f.path));
    expect(written.every((w) => w.committed && w.outcome.ok)).toBe(true);
    expect(dataset.stats()).toMatchObject({ documents: 12, ok: 12, facts: 12 * base!.facts.length });
    const perDocument = dataset.db.prepare(`SELECT count(*) AS n FROM search_rows GROUP BY document`).all() as { n: number }[];
    expect(new Set(perDocument.map((r) => r.n)).size).toBe(1); // every document indexed alike
    dataset.close();
  });

  it('groups the files that finish together into one transaction (group commit) and writes a lone file on the next turn', async () => {
    const dataset = Dataset.open({ path: ':memory:' });
    let count = 0;
    const writer = new BatchWriter({ dataset, onWritten: () => count++ });
    for (const file of await finished(4)) writer.add(file);
    expect(count).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect({ count, batches: writer.batches }).toEqual({ count: 4, batches: 1 });
    dataset.close();
  });

  it('rolls back only the report the dataset refuses, records it as gouji’s failure, and keeps the rest of its batch', async () => {
    const dataset = Dataset.open({ path: ':memory:' });
    const outcomes = new Map<string, WrittenOutcome>();
    const writer = new BatchWriter({ dataset, onWritten: (file, outcome) => outcomes.set(file.path, outcome) });
    const files = await finished(4);
    const bad = files[2]!;
    if (!bad.outcome.ok || !('stored' in bad.outcome)) throw new Error('fixture');
    const facts = bad.outcome.stored.rows.facts;
    for (const column of facts.values) column.push(column[0]!); // the same fact id twice: UNIQUE fails halfway through its rows
    facts.count++;
    for (const file of files) writer.add(file);
    writer.close();
    expect(writer.batches).toBe(1);
    expect(outcomes.get(bad.path)).toMatchObject({ ok: false, error: { kind: 'internal_error', message: expect.stringMatching(/could not store its report.*UNIQUE/) } });
    expect([...outcomes.values()].filter((o) => o.ok)).toHaveLength(3);
    expect(dataset.stats()).toMatchObject({ documents: 4, ok: 3, failed: 1, facts: 3 * base!.facts.length });
    expect(dataset.db.prepare(`SELECT count(*) AS n FROM search_rows WHERE document = ?`).get(bad.sha256)).toEqual({ n: 0 });
    dataset.close();
  });

  it('a failing database loses the batch as a whole (nothing half-written, nothing counted) and stops the writer', async () => {
    const dataset = Dataset.open({ path: ':memory:' });
    let batches = 0;
    const sink: DatasetSink = {
      has: (sha) => dataset.has(sha),
      writeBatch: (items) => {
        if (++batches === 2) throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
        return dataset.writeBatch(items);
      },
    };
    const counted: string[] = [];
    const writer = new BatchWriter({ dataset: sink, maxFiles: 2, onWritten: (file) => counted.push(file.path) });
    const files = await finished(5);
    writer.add(files[0]!);
    writer.add(files[1]!);
    writer.add(files[2]!);
    expect(() => writer.add(files[3]!)).toThrow(/SQLITE_FULL/);
    expect(() => writer.add(files[4]!)).toThrow(/SQLITE_FULL/);
    expect(() => writer.close()).toThrow(/SQLITE_FULL/);
    expect(counted).toEqual([files[0]!.path, files[1]!.path]);
    expect(dataset.stats().documents).toBe(2);
    dataset.close();
  });

  it('a reading thread that crashes mid-batch loses nothing: every file is stored once, with the rows this thread would build', async () => {
    const dir = join(root, 'crash');
    const good = writeVariants(dir, { docx: 0, txt: 3 });
    writeFileSync(join(dir, 'm-crash.txt'), 'CRASH in the middle of the run');
    writeFileSync(join(dir, 'm-exit.txt'), 'EXIT in the middle of the run');
    const db = join(root, 'crash.db');
    const dataset = Dataset.open({ path: db });
    const misbehaving = new URL('./fixtures/misbehaving-thread.mjs', import.meta.url);
    const executor = new PoolExecutor({ size: 2, threadModule: misbehaving });
    const summary = await ingest({ paths: [dir], dataset, executor, batch: { maxFiles: 3 } }).finally(() => executor.close());
    expect(summary).toMatchObject({ files: 5, analyzed: 5, ok: 3, failed: 2, failures: { internal_error: 2 } });
    expect(summary.stages.rows).toBeGreaterThan(0);
    expect(summary.batches).toBeGreaterThanOrEqual(1);
    expect(dataset.stats()).toMatchObject({ documents: 5, ok: 3, failed: 2 });

    // the same dataset written on this thread, one report at a time
    const reference = Dataset.open({ path: ':memory:' });
    for (const path of good) reference.writeReport(await analyze(new Uint8Array(readFileSync(path)), { path }));
    const failures = dataset.db.prepare(`SELECT path, sha256, bytes, error_kind AS kind, error_message AS message, error_transient AS transient FROM documents WHERE status = 'failed'`).all() as {
      path: string;
      sha256: string;
      bytes: number;
      kind: 'internal_error';
      message: string;
      transient: number;
    }[];
    for (const f of failures) reference.writeFailure({ path: f.path, sha256: f.sha256, bytes: f.bytes, error: { kind: f.kind, message: f.message, transient: f.transient === 1 } });
    expect(dataset.canonicalDump()).toBe(reference.canonicalDump());
    const search = (d: Dataset): unknown[] => d.db.prepare(`SELECT document, kind, block, "row", page, section, ref, text, tokens FROM search_rows ORDER BY document, id`).all();
    expect(search(dataset)).toEqual(search(reference));
    reference.close();
    dataset.close();
  });
});
