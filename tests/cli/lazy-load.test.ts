// What a process loads: commands are imported when they run, readers when a file needs them,
// nodejieba's dictionary when tokens are needed (issue #11). Checked in child processes on
// the compiled CLI (the test setup builds dist/), tracing every module the ESM loader resolves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/model/json-schema.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TRACER = fileURLToPath(new URL('./fixtures/trace-imports.mjs', import.meta.url));
const HEAVY = /\/node_modules\/(mammoth|pdfjs-dist|bullmq|ioredis|better-sqlite3|nodejieba|cheerio|exceljs|hono)\//;
/** What refusing a file from its bytes needs none of: the readers, and no schema, decoder or decimal library either. */
const NOT_FOR_REFUSAL = /\/node_modules\/(mammoth|pdfjs-dist|bullmq|ioredis|better-sqlite3|nodejieba|cheerio|exceljs|hono|zod|chardet|decimal\.js)\//;

/** Runs `node <args>` with the import tracer; returns the exit code and the packages it loaded. */
function traced(args: string[], name: string, packages = HEAVY): { code: number | null; stdout: string; stderr: string; heavy: string[]; gouji: string[] } {
  const log = join(dir, `${name}.txt`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', TRACER, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GOUJI_TRACE_IMPORTS: log } });
  const urls = readFileSync(log, 'utf8').split('\n');
  const heavy = [...new Set(urls.flatMap((u) => packages.exec(u)?.[1] ?? []))].sort();
  const gouji = [...new Set(urls.flatMap((u) => /\/dist\/(.+)\.js$/.exec(u)?.[1] ?? []))].sort();
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, heavy, gouji };
}

describe('lazy loading', () => {
  it('`gouji --help` loads no reader, SQLite, BullMQ or nodejieba', () => {
    const r = traced([join(ROOT, 'bin', 'gouji.js'), '--help'], 'help');
    expect(r.code).toBe(0);
    expect(r.heavy).toEqual([]);
    // answered by the CommonJS start-up bundle: no ES module of gouji's is loaded at all
    expect(r.gouji).toEqual([]);
  });

  it('the start-up bundle (dist/cli/gouji.cjs) requires only Node built-ins; the rest of gouji comes by import()', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli', 'gouji.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((r) => !r.startsWith('node:'))).toEqual([]);
    expect(bundle).toMatch(/import\("\.\.\/queue\/pool\.js"\)/);
  });

  it('`gouji analyze` on an empty file ends in its typed error before any reader, schema or thread loads', () => {
    const empty = join(dir, 'empty.docx');
    writeFileSync(empty, '');
    const r = traced([join(ROOT, 'bin', 'gouji.js'), 'analyze', empty], 'empty', NOT_FOR_REFUSAL);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty_file/);
    expect(r.heavy).toEqual([]);
    // all of that path is in the start-up bundle: no model (zod schemas), thread pool or pipeline stage loads
    expect(r.gouji).toEqual([]);
  });

  it('`gouji schema` prints the schema built from the zod model without loading zod', () => {
    const r = traced([join(ROOT, 'bin', 'gouji.js'), 'schema'], 'schema', NOT_FOR_REFUSAL);
    expect(r.code).toBe(0);
    expect(r.heavy).toEqual([]);
    expect(JSON.parse(r.stdout)).toEqual(reportJsonSchema());
  });

  // `gouji analyze` reads in a worker thread, which the loader hooks do not follow: the
  // thread's code, analyze(), is traced in a process of its own.
  it('analyze() loads the reader a file needs and no other: mammoth (and cheerio) for a .docx; none for empty bytes', () => {
    const run = (what: string, name: string) =>
      traced(['--input-type=module', '-e', `import { analyze } from './dist/analyze.js'; await analyze(${what}).catch((e) => console.error(e.name));`], name);
    const docx = run(`new Uint8Array((await import('node:fs')).readFileSync('corpus/other-dept-2024.docx'))`, 'docx');
    expect(docx.stderr).toBe('');
    expect(docx.heavy).toEqual(['cheerio', 'mammoth']);
    const empty = traced(['--input-type=module', '-e', `import { analyze } from './dist/analyze.js'; await analyze(new Uint8Array()).catch((e) => console.error(e.name));`], 'empty-bytes', NOT_FOR_REFUSAL);
    expect(empty.stderr).toMatch(/EmptyFileError/);
    expect(empty.heavy).toEqual([]);
  });

  it('opening a dataset for writing and querying it loads no nodejieba dictionary; a search does', () => {
    const script = `
import { Dataset } from './dist/store/dataset.js';
import { queryFindings } from './dist/store/query.js';
import { search } from './dist/store/search.js';
const loaded = () => process.report.getReport().sharedObjects.some((s) => s.includes('nodejieba'));
const d = Dataset.open({ path: ':memory:' });
queryFindings(d, {});
const before = loaded();
search(d, '预算');
console.log(JSON.stringify({ before, after: loaded() }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true });
  });
});
