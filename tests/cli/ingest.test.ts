import { existsSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Dataset } from '../../src/store/dataset.js';
import { ROOT } from '../helpers/cli.js';
import { corpusPath } from '../helpers/corpus.js';
import { CORPUS, SEED_DOCX, writeVariants } from '../helpers/variants.js';

const root = mkdtempSync(join(tmpdir(), 'gouji-cli-ingest-'));
delete process.env.REDIS_URL; // these runs use the in-process pool
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

/** An OLE compound file (what Word writes for a password-protected .docx) naming its EncryptionInfo stream. */
function encryptedOffice(): Buffer {
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([ole, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]);
}

describe('gouji ingest', () => {
  it('stores the good files, records the bad ones with their typed errors, exits 0, and a second run adds nothing', async () => {
    const dir = join(root, 'mixed');
    writeVariants(dir, { docx: 2, txt: 2 });
    const docx = readFileSync(SEED_DOCX);
    const pdf = readFileSync(join(CORPUS, 'huaihua-gxj-2023.pdf'));
    writeFileSync(join(dir, 'truncated.docx'), docx.subarray(0, docx.length >> 1));
    writeFileSync(join(dir, 'truncated.pdf'), pdf.subarray(0, 4096));
    writeFileSync(join(dir, 'protected.docx'), encryptedOffice());
    writeFileSync(join(dir, 'empty.docx'), '');
    writeFileSync(join(dir, '.hidden.txt'), 'not read');
    const db = join(root, 'mixed.db');

    const first = await run(['ingest', dir, '--db', db, '--workers', '2']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested: 8 files/);
    expect(first.stdout).toMatch(/analyzed {5}8 \(ok 4, failed 4\)/);
    expect(first.stdout).toMatch(/\n {2}failures {5}corrupt_file [12], empty_file 1, encrypted 1/);
    expect(first.stderr).toMatch(/\[\d\/8\] failed .*protected\.docx — encrypted: /);
    expect(first.stderr).not.toMatch(/hidden/);

    const dataset = Dataset.open({ path: db, readonly: true });
    const stats = dataset.stats();
    expect(stats).toMatchObject({ documents: 8, ok: 4, failed: 4 });
    expect(stats.failures).toMatchObject({ encrypted: 1, empty_file: 1 });
    // the truncated PDF is corrupt once the PDF reader lands; until then PDFs are unsupported
    expect((stats.failures.corrupt_file ?? 0) + (stats.failures.unsupported_format ?? 0)).toBe(2);
    expect(stats.failures.corrupt_file).toBeGreaterThanOrEqual(1);
    const failed = dataset.db.prepare(`SELECT path, error_kind FROM documents WHERE status = 'failed' ORDER BY path`).all() as { path: string; error_kind: string }[];
    expect(failed.map((f) => [f.path.slice(dir.length + 1), f.error_kind])).toEqual([
      ['empty.docx', 'empty_file'],
      ['protected.docx', 'encrypted'],
      ['truncated.docx', 'corrupt_file'],
      ['truncated.pdf', expect.stringMatching(/^(corrupt_file|unsupported_format)$/)],
    ]);
    const dump = dataset.canonicalDump();
    dataset.close();

    const second = await run(['ingest', dir, '--db', db, '--json']);
    expect(second.code).toBe(0);
    const { summary, dataset: after } = JSON.parse(second.stdout);
    expect(summary).toMatchObject({ files: 8, analyzed: 0, skipped: { stored: 8, duplicate: 0 } });
    expect(after).toMatchObject({ documents: 8, ok: 4, failed: 4 });
    const reopened = Dataset.open({ path: db, readonly: true });
    expect(reopened.canonicalDump()).toBe(dump);
    reopened.close();
  });

  it('prints a file inside the current folder by its relative path, as search and findings do', async () => {
    const db = join(root, 'relative.db');
    const { code, stderr } = await run(['ingest', corpusPath('huaihua-gxj-2023.docx'), '--db', db, '--workers', '1']);
    expect(code).toBe(0);
    expect(process.cwd()).toBe(ROOT.replace(/[\\/]$/, '')); // vitest runs in the clone: corpus/ is inside it
    expect(stderr).toMatch(/^\[1\/1\] ok corpus\/huaihua-gxj-2023\.docx \(docx, /m);
    expect(stderr).not.toContain(corpusPath('huaihua-gxj-2023.docx'));
  });

  it('exits 64 for bad arguments, before reading anything', async () => {
    expect((await run(['ingest'])).code).toBe(64);
    const missing = await run(['ingest', join(root, 'no-such-folder'), '--db', join(root, 'x.db')]);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/no-such-folder: no such file or folder/);
    const both = await run(['ingest', root, '--workers', '2', '--redis', 'redis://127.0.0.1:1']);
    expect(both.code).toBe(64);
    expect(both.stderr).toMatch(/gouji worker --concurrency/);
    expect((await run(['ingest', root, '--workers', '0'])).code).toBe(64);
    const lockWithoutRedis = await run(['ingest', root, '--lock-ms', '5000', '--db', join(root, 'never.db')]);
    expect(lockWithoutRedis.code).toBe(64);
    expect(lockWithoutRedis.stderr).toMatch(/--lock-ms .* needs --redis/);
    expect(existsSync(join(root, 'never.db'))).toBe(false);
    expect((await run(['worker'])).code).toBe(64);
  });

  it('exits 1 when Redis cannot be reached (an infrastructure failure), saying where', async () => {
    const dir = join(root, 'one');
    writeVariants(dir, { docx: 0, txt: 1 });
    const result = await run(['ingest', dir, '--db', join(root, 'one.db'), '--redis', 'redis://127.0.0.1:9']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:9/);
  });
});
