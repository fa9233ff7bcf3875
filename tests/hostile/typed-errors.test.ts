import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, analyzeFile, toFileError } from '../../src/analyze.js';
import { analyzeFileIsolated } from '../../src/analyze-isolated.js';
import { ErrorKind, FileError } from '../../src/errors/schema.js';
import { Report } from '../../src/model/index.js';
import { PoolExecutor } from '../../src/queue/executor.js';
import { ingest } from '../../src/queue/ingest.js';
import { errorFromReason, errorReason } from '../../src/queue/outcome.js';
import { fsError, readInput } from '../../src/read-input.js';
import { Dataset } from '../../src/store/dataset.js';
import { corpusPath } from '../helpers/corpus.js';

// Issue 13: every input ends as a valid Report or a typed error — one line, the right kind.

const dir = mkdtempSync(join(tmpdir(), 'gouji-hostile-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The outcome must be a Report that validates, or a FileError of a known kind with a one-line message. */
function expectTyped(result: Awaited<ReturnType<typeof analyzeFile>>): void {
  if (result.ok) {
    expect(Report.safeParse(result.report).success).toBe(true);
  } else {
    expect(FileError.parse(result.error).kind).toBeOneOf(ErrorKind.options);
    expect(result.error.message).not.toMatch(/\n/);
    expect(result.error.message.length).toBeLessThan(600);
  }
}

describe('paths that are not readable files', () => {
  it('a missing file is not_found, a folder is not_a_file, a symlink loop is unreadable', async () => {
    expect(await analyzeFile(join(dir, 'no-such.txt'))).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await analyzeFile(dir)).toMatchObject({ ok: false, error: { kind: 'not_a_file', message: expect.stringMatching(/folder/) } });
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    expect(await analyzeFile(join(dir, 'loop-a'))).toMatchObject({ ok: false, error: { kind: 'unreadable', message: expect.stringMatching(/loop/) } });
  });

  it('a FIFO and /dev/zero are refused by stat before anything is read (neither blocks)', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await analyzeFile(fifo)).toMatchObject({ ok: false, error: { kind: 'not_a_file', message: expect.stringMatching(/FIFO/) } });
    expect(await analyzeFile('/dev/zero')).toMatchObject({ ok: false, error: { kind: 'not_a_file', message: expect.stringMatching(/device/) } });
  });

  it('caps the read at --max-bytes even when stat says 0 bytes (/proc files)', async () => {
    await expect(readInput('/proc/self/status', 16)).rejects.toMatchObject({ kind: 'too_large' });
    expect((await readInput('/proc/self/status', 1 << 20)).length).toBeGreaterThan(16);
  });

  it('maps EACCES/EPERM to unreadable (root can read anything, so the mapping is checked directly)', () => {
    expect(fsError('x', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })).toJSON()).toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/permission/) });
    expect(fsError('x', Object.assign(new Error('EISDIR'), { code: 'EISDIR' })).kind).toBe('not_a_file');
  });
});

describe('damaged and crafted files', () => {
  it('a PDF with one damaged byte (NaN geometry) gives a Report that validates, not a ZodError', async () => {
    const bytes = new Uint8Array(readFileSync(corpusPath('huaihua-gxj-2023.pdf')));
    bytes[6592] = 0x2c; // the byte the issue names: text matrices become NaN
    const report = await analyze(bytes);
    expect(Report.safeParse(report).success).toBe(true);
    for (const b of report.document.blocks) if (b.bbox) expect(b.bbox.every(Number.isFinite)).toBe(true);
  });

  it('10 000 nested <div>s and 5 000 nested tables are too_complex (maxNesting), before the parser sees them', async () => {
    const divs = '<html><body>' + '<div>'.repeat(10_000) + '<p>收入1.00万元</p>' + '</div>'.repeat(10_000) + '</body></html>';
    const tables = '<html><body>' + '<table><tr><td>'.repeat(5_000) + '1' + '</td></tr></table>'.repeat(5_000) + '</body></html>';
    await expect(analyze(Buffer.from(divs))).rejects.toMatchObject({ kind: 'too_complex', message: expect.stringMatching(/maxNesting/) });
    await expect(analyze(Buffer.from(tables))).rejects.toMatchObject({ kind: 'too_complex' });
  });

  it('a stack overflow past the nesting limit is too_complex, not corrupt_file', async () => {
    const divs = '<html><body>' + '<div>'.repeat(10_000) + '<p>1</p>' + '</div>'.repeat(10_000) + '</body></html>';
    await expect(analyze(Buffer.from(divs), { limits: { maxNesting: 1_000_000 } })).rejects.toMatchObject({ kind: 'too_complex' });
  });

  it('a few hundred bytes of rowspan/colspan 1000 are too_complex (maxCells), without the memory', async () => {
    const html = `<table>${'<tr><td rowspan="1000" colspan="1000">1</td></tr>'.repeat(10)}</table>`;
    const before = process.memoryUsage().rss;
    await expect(analyze(Buffer.from(html))).rejects.toMatchObject({ kind: 'too_complex', message: expect.stringMatching(/maxCells/) });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('blocks, line length and figures per paragraph have limits of their own', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `第${i}段。`).join('\n');
    await expect(analyze(Buffer.from(lines), { limits: { maxBlocks: 10 } })).rejects.toMatchObject({ kind: 'too_complex', message: expect.stringMatching(/maxBlocks/) });
    await expect(analyze(Buffer.from('长'.repeat(5000)), { limits: { maxLineLength: 1000 } })).rejects.toMatchObject({ kind: 'too_complex', message: expect.stringMatching(/maxLineLength/) });
    const figures = '支出' + Array.from({ length: 300 }, (_, i) => `${i}.5万元`).join('，') + '。';
    await expect(analyze(Buffer.from(figures), { limits: { maxFactsPerBlock: 100 } })).rejects.toMatchObject({ kind: 'too_complex', message: expect.stringMatching(/maxFactsPerBlock/) });
    expect((await analyze(Buffer.from(figures))).facts.length).toBe(300);
  });

  it('a 60 000-row table is read (no push(...) stack overflow) when within maxCells', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `\t项目${i}\n\t${i}.00`).join('\n\n');
    const report = await analyze(Buffer.from(rows));
    expect(report.tables[0]?.rows.length ?? 0).toBeGreaterThan(1000);
    await expect(analyze(Buffer.from(rows), { limits: { maxCells: 50_000 } })).rejects.toMatchObject({ kind: 'too_complex' });
  });
});

describe('a bug in gouji is gouji’s', () => {
  it('an exception inside a stage is internal_error naming the stage; a ZodError is one line', () => {
    expect(toFileError(new TypeError("Cannot read properties of undefined (reading 'x')"), 'extract')).toMatchObject({
      kind: 'internal_error',
      stage: 'extract',
      transient: true,
      message: expect.stringMatching(/^a bug in gouji \(extract stage\): TypeError/),
    });
    const zod = z.object({ bbox: z.number() }).safeParse({ bbox: Number.NaN });
    const error = toFileError(zod.error);
    expect(error).toMatchObject({ kind: 'internal_error', stage: 'report', message: expect.stringMatching(/bbox/) });
    expect(error.message).not.toMatch(/\n/);
  });

  it('keeps the stage through a queue job’s failure reason', () => {
    const error = toFileError(new Error('boom'), 'reconcile');
    expect(errorFromReason(errorReason(error))).toEqual(error);
  });
});

describe('analyze, the CLI thread and ingest agree on every file', () => {
  const cases: Record<string, string> = {};
  afterAll(() => undefined);

  it('gives the same outcome kind for the same hostile files', async () => {
    cases['empty.txt'] = file('empty.txt', '');
    cases['nested.html'] = file('nested.html', '<div>'.repeat(2000) + 'x' + '</div>'.repeat(2000));
    cases['spans.html'] = file('spans.html', `<table>${'<tr><td rowspan="1000" colspan="1000">1</td></tr>'.repeat(10)}</table>`);
    cases['ok.txt'] = file('ok.txt', '一、基本情况\n收入100.00万元，支出90.00万元。\n');
    cases['binary.bin'] = file('binary.bin', new Uint8Array([0, 1, 2, 3, 0, 0, 9, 8]));
    const direct: Record<string, string> = {};
    const isolated: Record<string, string> = {};
    for (const [name, path] of Object.entries(cases)) {
      const a = await analyzeFile(path);
      expectTyped(a);
      direct[name] = a.ok ? 'ok' : a.error.kind;
      const b = await analyzeFileIsolated(path);
      expectTyped(b);
      isolated[name] = b.ok ? 'ok' : b.error.kind;
    }
    const dataset = Dataset.open({ path: ':memory:' });
    const executor = new PoolExecutor({ size: 1 });
    const viaIngest: Record<string, string> = {};
    try {
      await ingest({
        paths: Object.values(cases),
        dataset,
        executor,
        onEvent: (e) => {
          if (e.type !== 'file') return;
          const name = Object.keys(cases).find((k) => cases[k] === e.path)!;
          viaIngest[name] = e.status === 'ok' ? 'ok' : (e.error?.kind ?? e.status);
        },
      });
    } finally {
      await executor.close();
      dataset.close();
    }
    expect(direct).toEqual({ 'empty.txt': 'empty_file', 'nested.html': 'too_complex', 'spans.html': 'too_complex', 'ok.txt': 'ok', 'binary.bin': 'unsupported_format' });
    expect(isolated).toEqual(direct);
    expect(viaIngest).toEqual(direct);
  });

  it('stops CPU-bound work at the time limit: the thread is terminated, the file ends as timeout', async () => {
    // 50 000 numbered headings: work that grows faster than the input (the 63 s case)
    const path = file('headings.txt', Array.from({ length: 50_000 }, (_, i) => `${i + 1}、标题${i}收入${i}万元`).join('\n'));
    const result = await analyzeFileIsolated(path, { limits: { timeoutMs: 1000 } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', transient: true, message: expect.stringMatching(/the thread was stopped/) } });
  });
});
