#!/usr/bin/env node
// Compiles src/ to dist/ (`npm run build`; `npm install` runs it as `prepare`).
//
// esbuild strips the types of each module on its own — no bundle — so dist/ has the same
// module tree as src/: `await import()`ed commands and readers stay lazy, and paths taken from
// import.meta.url (patterns/, pool-thread.js) resolve the same from dist/ as from src/. tsc then
// writes the .d.ts files of the library API (skip with --js-only, as the test setup does).
// dist/report.schema.json is the Report's JSON Schema, generated from the zod model.
// Files are only rewritten when their content changes, each one atomically, and modules that
// no longer exist in src/ are removed, so a running `gouji` never sees a half-written dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, keep) : keep(path) ? [path] : [];
  });
}

/** Writes `text` to `path` unless it already holds it; returns whether it wrote. */
function put(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, path);
  return true;
}

export async function buildJs() {
  const entryPoints = walk(SRC, (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
  const result = await build({
    entryPoints,
    outdir: DIST,
    outbase: SRC,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const made = new Set(result.outputFiles.map((f) => f.path));
  let written = 0;
  for (const file of result.outputFiles) if (put(file.path, file.text)) written++;
  let removed = 0;
  for (const old of walk(DIST, (p) => p.endsWith('.js'))) {
    if (!made.has(old)) {
      rmSync(old);
      rmSync(old.replace(/\.js$/, '.d.ts'), { force: true });
      removed++;
    }
  }
  if (put(CLI_BUNDLE, await cliBundle())) written++;
  // dist/.built: when dist/ was last brought up to date (pool threads of gouji running from
  // src/ use dist/ only when it is newer than every source file; src/queue/pool.ts)
  writeFileSync(join(DIST, '.built'), `${new Date().toISOString()}\n`);
  // the JSON Schema of the Report, shipped as gouji/report.schema.json
  const { reportJsonSchema } = await import(pathToFileURL(join(DIST, 'model', 'json-schema.js')).href);
  if (put(join(DIST, 'report.schema.json'), JSON.stringify(reportJsonSchema(), null, 2) + '\n')) written++;
  return { modules: made.size, written, removed };
}

// bin/gouji.js runs dist/cli/gouji.cjs: one CommonJS file holding what `gouji --help`, a
// command's --help and `gouji analyze` up to the worker thread need. Node 20 spends ~11 ms
// starting its ES module loader for an ES module entry (an empty .mjs file takes ~1.17× `node
// -e 0`, an empty .cjs 1.0×), and each further module costs about half a millisecond. Every
// other command, the readers, the thread pool and the pipeline stay ES modules in dist/, loaded
// by `import()` when a command needs them. The bundle has its own copies of the typed error
// classes and UsageError, so those are told apart by a mark, not by `instanceof`
// (isGoujiError, isUsageError).
const CLI_BUNDLE = join(DIST, 'cli', 'gouji.cjs');
/** Commands reached by `import()` that belong in the bundle (the rest load from dist/ when run). */
const BUNDLED_COMMANDS = new Set([join(DIST, 'cli', 'commands', 'analyze.js')]);

async function cliBundle() {
  const result = await build({
    entryPoints: [join(DIST, 'cli', 'main.js')],
    outfile: CLI_BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'lazy-modules-stay-in-dist',
        setup(b) {
          b.onResolve({ filter: /^\./ }, (args) => {
            const target = join(args.resolveDir, args.path);
            if (args.kind !== 'dynamic-import' || BUNDLED_COMMANDS.has(target)) return undefined;
            // import() stays import(), of the ES module in dist/, relative to the bundle
            const path = relative(dirname(CLI_BUNDLE), target);
            return { path: path.startsWith('.') ? path : `./${path}`, external: true };
          });
        },
      },
    ],
  });
  // a warning here is a bundle that would fail at run time (import.meta in CommonJS is empty)
  if (result.warnings.length) throw new Error(`the CLI bundle built with warnings: ${result.warnings.map((w) => w.text).join('; ')}`);
  const text = result.outputFiles[0].text;
  if (/\brequire\((?!"node:)/.test(text)) throw new Error('the CLI bundle requires a package or a dist/ module; it must load them by import()');
  return text;
}

export function buildTypes() {
  // tsc --incremental trusts its build info, not dist/: after dist/ was removed, start over
  if (!existsSync(join(DIST, '.types-built'))) rmSync(join(ROOT, 'node_modules', '.cache', 'gouji-build'), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`tsc exited with ${run.status ?? run.signal}`);
  // tsc leaves unchanged .d.ts files as they were: this says when they were last brought up to date
  writeFileSync(join(DIST, '.types-built'), `${new Date().toISOString()}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const js = await buildJs();
  if (!process.argv.includes('--js-only')) buildTypes();
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`build: ${js.modules} modules in ${relative(process.cwd(), DIST) || '.'} (${js.written} rewritten, ${js.removed} removed) in ${ms} ms\n`);
}
