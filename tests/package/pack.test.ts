// The package as npm ships it: `npm pack`, then a scratch ESM project imports the library from
// the tarball, type-checks against its .d.ts files and runs its `gouji` binary.
//
// The tarball is unpacked into the scratch project's node_modules/gouji and gouji's declared
// dependencies are linked from this checkout's node_modules (an `npm install` of the tarball
// would rebuild nodejieba and better-sqlite3 from source, minutes of CPU). Only the declared
// dependencies are linked, so an import of an undeclared package fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTypes } from '../../scripts/build.mjs';
import { ROOT } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gouji-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

function newest(dir: string): number {
  return Math.max(...readdirSync(dir).map((name) => (statSync(join(dir, name)).isDirectory() ? newest(join(dir, name)) : statSync(join(dir, name)).mtimeMs)));
}

let files: string[] = [];

beforeAll(() => {
  // The .d.ts files come from `npm run build` (tsc); write them if src/ changed since.
  const stamp = join(ROOT, 'dist', '.types-built');
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < newest(join(ROOT, 'src'))) buildTypes();
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  const home = join(scratch, 'node_modules', 'gouji');
  mkdirSync(home, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, packed[0]!.filename), '-C', home, '--strip-components=1']);
  for (const dep of Object.keys(pkg.dependencies)) {
    const link = join(scratch, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), link, 'dir');
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
});

describe('npm pack', () => {
  it('ships the compiled library, its types, the JSON Schema, the binary and the patterns — no sources, tests or corpus', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/report.schema.json', 'dist/cli/main.js', 'dist/cli/gouji.cjs', 'bin/gouji.js', 'bin/package.json', 'patterns/labels.json', 'package.json', 'README.md']));
    const unwanted = files.filter((f) => /^(src|tests|corpus|bench|scripts|node_modules)\//.test(f) || /zip-bomb|\.db$|\.tgz$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('imports { analyze, analyzeFile, reconcile, openDataset } from a scratch ESM project', () => {
    const docx = join(ROOT, 'corpus', 'huaihua-gxj-2023.docx');
    const pdf = join(ROOT, 'corpus', 'pdf-layout', 'page-x-of-y.pdf');
    writeFileSync(
      join(scratch, 'use.mjs'),
      `import { readFileSync } from 'node:fs';
import { analyze, analyzeFile, reconcile, openDataset, Report, reportJsonSchema, EmptyFileError } from 'gouji';
import schema from 'gouji/report.schema.json' with { type: 'json' };
const report = await analyze(new Uint8Array(readFileSync(${JSON.stringify(docx)})), { path: 'seed.docx' });
Report.parse(report);
const findings = reconcile(report);
const pdf = await analyzeFile(${JSON.stringify(pdf)});
const empty = await analyze(new Uint8Array()).catch((e) => e);
const dataset = openDataset(':memory:');
const stats = dataset.stats();
dataset.close();
console.log(JSON.stringify({
  format: report.source.format, facts: report.facts.length, findings: findings.length,
  errors: findings.filter((f) => f.severity === 'error').length,
  pdf: pdf.ok && pdf.report.source.format, empty: empty instanceof EmptyFileError && empty.kind,
  documents: stats.documents, schemaSame: JSON.stringify(schema) === JSON.stringify(reportJsonSchema()),
}));
`,
    );
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: scratch, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ format: 'docx', pdf: 'pdf', empty: 'empty_file', documents: 0, schemaSame: true });
    expect(out.facts).toBeGreaterThan(100);
    expect(out.errors).toBeGreaterThan(0); // the seed's 135.42% does not tie
  });

  it('type-checks a TypeScript user of the package against its .d.ts files', () => {
    writeFileSync(
      join(scratch, 'use.ts'),
      `import { analyzeFile, openDataset, type AnalyzeResult, type ErrorKind, type Finding, type Report } from 'gouji';
const result: AnalyzeResult = await analyzeFile('report.docx', { all: true, limits: { timeoutMs: 1000 } });
if (result.ok) {
  const report: Report = result.report;
  const errors: Finding[] = report.findings.filter((f) => f.severity === 'error');
  const stated: string | null = errors[0]?.stated ?? null;
  openDataset('gouji.db').writeReport(report);
  console.log(stated);
} else {
  const kind: ErrorKind = result.error.kind;
  const known: 'empty_file' extends ErrorKind ? ('encrypted' extends ErrorKind ? true : false) : false = true;
  // @ts-expect-error -- not a kind of failure
  const bogus: ErrorKind = 'no_such_kind';
  console.log(kind, known, bogus);
}
// @ts-expect-error -- analyzeFile() takes a path
await analyzeFile(42);
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] }, files: ['use.ts'] }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('runs its gouji binary', () => {
    const run = spawnSync(process.execPath, [join(scratch, 'node_modules', 'gouji', 'bin', 'gouji.js'), '--help'], { cwd: scratch, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^gouji — 勾稽/);
  });
});
