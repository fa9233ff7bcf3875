import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { datasetFile, run } from './dataset-fixture.js';

let dir: string;
let db: string;
beforeAll(async () => ({ dir, db } = await datasetFile()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji serve', () => {
  it('serves the dataset on a loopback port until SIGTERM, then exits 0', async () => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('../../bin/gouji.js', import.meta.url)), 'serve', '--db', db, '--port', '0'], { cwd: ROOT });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const m = /gouji serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
      });
      const page = await fetch(new URL(`/search?q=${encodeURIComponent('智慧怀化')}`, url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<mark class="hit">智慧怀化</mark>');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 600_000);

  it('refuses bad arguments with exit 64', async () => {
    expect((await run(['serve', '--db', db, '--port', 'http'])).code).toBe(64);
    expect((await run(['serve', '--db', db, '--port', '70000'])).code).toBe(64);
    expect((await run(['serve', 'gouji.db'])).code).toBe(64);
  });
});
