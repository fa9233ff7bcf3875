import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { terminalJson, terminalLine, terminalText } from '../../src/cli/safe-text.js';
import { Progress } from '../../src/queue/progress.js';
import { Dataset } from '../../src/store/dataset.js';
import { exportDataset } from '../../src/store/export.js';
import { csvField, parseCsv } from '../../src/store/csv.js';
import { runCli } from '../helpers/cli.js';
import { corpusPath } from '../helpers/corpus.js';

// Issue 13 §6–§8: arguments, concurrency and what reaches a terminal or a spreadsheet.

const dir = mkdtempSync(join(tmpdir(), 'gouji-hostile-cli-'));
const ESC = '\x1b';

describe('exit codes and arguments', () => {
  it('analyze: 66 for a path that is not a readable file, 2 for a bad file, one line each', async () => {
    for (const [path, kind] of [
      [join(dir, 'missing.docx'), 'not_found'],
      [dir, 'not_a_file'],
      ['/dev/zero', 'not_a_file'],
    ] as const) {
      const r = await runCli(['analyze', path]);
      expect(r.code).toBe(66);
      expect(r.stderr).toMatch(new RegExp(`: ${kind}: `));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    writeFileSync(join(dir, 'nested.html'), '<div>'.repeat(1000) + 'x' + '</div>'.repeat(1000));
    const r = await runCli(['analyze', join(dir, 'nested.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too_complex: .*maxNesting/);
  });

  it('the structure limits are options of analyze and ingest, with their defaults in --help', async () => {
    const path = join(dir, 'nested-20.html');
    writeFileSync(path, '<div>'.repeat(20) + '<p>收入1.00万元</p>' + '</div>'.repeat(20));
    expect((await runCli(['analyze', path])).code).toBe(0);
    const r = await runCli(['analyze', path, '--max-nesting', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too_complex: .*10 elements deep/);
    expect((await runCli(['analyze', path, '--max-cells', '0'])).code).toBe(64);
    expect((await runCli(['analyze', '--help'])).stdout).toMatch(/--max-cells N .*default 250000/);
    expect((await runCli(['ingest', '--help'])).stdout).toMatch(/--max-heap-mb N .*default 1024/);
  });

  it('worker --redis not-a-url is a usage error (64); --workers 100000 too', async () => {
    const worker = await runCli(['worker', '--redis', 'not-a-url']);
    expect(worker.code).toBe(64);
    expect(worker.stderr).toMatch(/--redis must be a Redis URL/);
    const ingest = await runCli(['ingest', corpusPath('huaihua-gxj-2023.txt'), '--db', join(dir, 'w.db'), '--workers', '100000']);
    expect(ingest.code).toBe(64);
    expect(existsSync(join(dir, 'w.db'))).toBe(false);
  });

  it('ingest with a missing path, or an unreachable Redis, leaves no empty .db behind', async () => {
    const missing = await runCli(['ingest', join(dir, 'no-such-folder'), '--db', join(dir, 'missing.db')]);
    expect(missing.code).toBe(64);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    const redis = await runCli(['ingest', corpusPath('huaihua-gxj-2023.txt'), '--db', join(dir, 'redis.db'), '--redis', 'redis://127.0.0.1:1']);
    expect(redis.code).toBe(1);
    expect(existsSync(join(dir, 'redis.db'))).toBe(false);
  });
});

describe('SQLite errors name the dataset file', () => {
  it('a dataset path that cannot be opened is named in the message', () => {
    const folder = join(dir, 'a-folder.db');
    mkdirSync(folder);
    expect(() => Dataset.open({ path: folder })).toThrow(folder);
  });
});

describe('several ingest processes on one new dataset', () => {
  const bin = fileURLToPath(new URL('../../bin/gouji.js', import.meta.url));
  const ingest = (db: string, inputs: string): Promise<number> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, 'ingest', inputs, '--db', db, '--workers', '1'], { stdio: 'ignore' });
      child.on('exit', (code) => resolve(code ?? -1));
    });

  it('three at once all exit 0 and leave the same rows as one run (migrate takes turns, tokens outside the lock)', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (const name of ['huaihua-gxj-2023.txt', 'other-dept-2024.docx', 'other-tables-2024.docx']) writeFileSync(join(inputs, name), readFileSync(corpusPath(name)));
    const shared = join(dir, 'shared.db');
    expect(await Promise.all([ingest(shared, inputs), ingest(shared, inputs), ingest(shared, inputs)])).toEqual([0, 0, 0]);
    const single = join(dir, 'single.db');
    expect(await ingest(single, inputs)).toBe(0);
    const dump = (path: string) => {
      const d = Dataset.open({ path, readonly: true });
      try {
        return d.canonicalDump();
      } finally {
        d.close();
      }
    };
    expect(dump(shared)).toBe(dump(single));
  });
});

describe('nothing from a file reaches a terminal or a spreadsheet as code', () => {
  it('escapes ESC/OSC, C1 controls and bidi overrides; one-line text escapes newlines too', () => {
    expect(terminalText(`a${ESC}]52;c;SGVsbG8=\x07b\n\tc\u202Ed\x9b`)).toBe('a\\x1B]52;c;SGVsbG8=\\x07b\n\tc\\u202Ed\\x9B');
    expect(terminalLine('evil\r[9/9] ok forged.docx\n')).toBe('evil\\x0D[9/9] ok forged.docx\\x0A');
    // JSON leaves C1 controls and bidi overrides raw: printed JSON has them as \u escapes, the same value
    const json = terminalJson(JSON.stringify({ t: 'a\u202Eb\u009Bc' }));
    expect(json).toBe('{"t":"a\\u202eb\\u009bc"}');
    expect(JSON.parse(json)).toEqual({ t: 'a\u202Eb\u009Bc' });
  });

  it('analyze --format text prints a report whose text holds escape sequences without them', async () => {
    const path = join(dir, 'esc.txt');
    writeFileSync(path, `一、基本情况${ESC}]8;;http://x${ESC}\\点我${ESC}]8;;${ESC}\\\n收入${ESC}[31m100.00${ESC}[0m万元。\n`);
    const r = await runCli(['analyze', path, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('\\x1B');
  });

  it('a file name cannot forge a progress line', () => {
    let out = '';
    const progress = new Progress({ write: (t) => void (out += t), tty: false });
    progress.onEvent({ type: 'start', total: 1, unreadable: 0 });
    progress.onEvent({ type: 'file', path: `a\n[1/1] ok fake.docx${ESC}[2K`, status: 'failed', sha256: null, format: null, error: { kind: 'corrupt_file', message: `bad${ESC}[31m`, transient: false } });
    expect(out).not.toContain(ESC);
    expect(out.trim().split('\n')).toHaveLength(2); // the "found" line and one line for the file
  });

  it('CSV cells that start with = + - @ tab or CR get a leading quote; figures and JSONL keep the raw value', () => {
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    for (const s of ['+1+cmd|x', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvField(s).replace(/^"/, '')).toMatch(/^'/);
    for (const s of ['-12.5', '+3', '98.5%', '收入', '']) expect(csvField(s)).toBe(s);
    expect(csvField('-1,234.56')).toBe('"-1,234.56"'); // quoted for the comma, not neutralised
    expect(csvField(-5)).toBe('-5');
  });

  it('an exported dataset keeps the raw cell in JSONL and the neutralised one in CSV', async () => {
    const path = join(dir, 'formula.txt');
    writeFileSync(path, '一、基本情况\n\t=HYPERLINK("http://x")\n\t100.00\n\n');
    const db = join(dir, 'formula.db');
    expect((await runCli(['ingest', path, '--db', db, '--workers', '1'])).code).toBe(0);
    const dataset = Dataset.open({ path: db, readonly: true });
    try {
      exportDataset(dataset, { out: join(dir, 'csv'), format: 'csv' });
      exportDataset(dataset, { out: join(dir, 'jsonl'), format: 'jsonl' });
    } finally {
      dataset.close();
    }
    const cells = parseCsv(readFileSync(join(dir, 'csv', 'cells.csv'), 'utf8'));
    const texts = cells.flat();
    expect(texts).toContain(`'=HYPERLINK("http://x")`);
    expect(texts).not.toContain(`=HYPERLINK("http://x")`);
    expect(readFileSync(join(dir, 'jsonl', 'cells.jsonl'), 'utf8')).toContain('"=HYPERLINK(\\"http://x\\")"');
  });
});
