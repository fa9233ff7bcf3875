/**
 * Cost per page from a short to a long report (issue #11: flat from ~10 to ~250 pages).
 *   npm run bench -- pages            needs qpdf (apt-get install qpdf) — the bench only; gouji does not
 *   GOUJI_PAGES_SOURCE=path.pdf       the report to lengthen (default: a 33-page budget in ../shared/corpus/wide)
 *
 * The report's first 10 pages, then the whole report repeated 1×, 2×, 4× and 8× (qpdf
 * --pages): the same content at every size, so what grows faster than the pages shows as a
 * rising ms/page. Each size is analysed in process (stage times) next to the bare pdf.js pass.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type StageTimes } from '../src/analyze.js';
import { barePdfPass, ROOT, SHARED } from './reader-pass.js';

const DEFAULT_SOURCE = path.join(SHARED, 'wide', 'calinchow-del+renwu', '预算数据', '006_苏州', '2026年苏州市审计局部门预算.pdf');
const STAGES = ['convert', 'segment', 'extract', 'reconcile'] as const;

export interface PagesRow {
  pages: number;
  facts: number;
  analyzeMs: number;
  bareMs: number;
  times: StageTimes;
}

/** A PDF made of `source` pages: `range` (qpdf page range) of one copy, or `copies` whole copies. */
function lengthen(source: string, out: string, how: { range: string } | { copies: number }): string {
  const pages = 'range' in how ? [source, how.range] : Array.from({ length: how.copies }, () => source);
  execFileSync('qpdf', ['--empty', '--pages', ...pages, '--', out]);
  return out;
}

export async function main(): Promise<PagesRow[]> {
  if (spawnSync('qpdf', ['--version']).status !== 0) {
    console.log('pages: qpdf is not installed (apt-get install qpdf) — skipped');
    return [];
  }
  const source = process.env.GOUJI_PAGES_SOURCE ?? (existsSync(DEFAULT_SOURCE) ? DEFAULT_SOURCE : path.join(ROOT, 'corpus', 'real', 'putuo-justice-2026-dept-budget.pdf'));
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-bench-pages-'));
  try {
    const files = [
      lengthen(source, path.join(dir, 'first10.pdf'), { range: '1-10' }),
      ...[1, 2, 4, 8].map((k) => lengthen(source, path.join(dir, `x${k}.pdf`), { copies: k })),
    ];
    console.log(`cost per page — ${path.basename(source)}: its first 10 pages, then the whole report 1×, 2×, 4×, 8×`);
    const warm = new Uint8Array(readFileSync(files[0]!));
    await analyze(warm, { limits: { timeoutMs: 600_000 } });
    await barePdfPass(warm);
    const rows: PagesRow[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const times: StageTimes = { convert: 0, segment: 0, extract: 0, reconcile: 0 };
      let t = performance.now();
      const report = await analyze(bytes, { limits: { timeoutMs: 600_000, maxPages: 5000 } }, times);
      const analyzeMs = performance.now() - t;
      t = performance.now();
      await barePdfPass(bytes);
      const bareMs = performance.now() - t;
      const row: PagesRow = { pages: report.source.pages ?? 0, facts: report.facts.length, analyzeMs, bareMs, times };
      rows.push(row);
      const per = (ms: number): string => (ms / row.pages).toFixed(1).padStart(6);
      console.log(
        `  ${String(row.pages).padStart(4)} pages ${String(row.facts).padStart(6)} facts  analyze ${per(analyzeMs)} ms/page (${STAGES.map((s) => `${s} ${per(times[s]).trim()}`).join(', ')})  bare pdf.js ${per(bareMs)} ms/page`,
      );
    }
    const perPage = (r: PagesRow, f: (r: PagesRow) => number): number => f(r) / r.pages;
    const [ten, one, , , eight] = rows as [PagesRow, PagesRow, PagesRow, PagesRow, PagesRow];
    const growth = (f: (r: PagesRow) => number): string => `${(perPage(eight, f) / perPage(one, f)).toFixed(2)}× (${eight.pages} vs ${one.pages} pages), ${(perPage(eight, f) / perPage(ten, f)).toFixed(2)}× (vs ${ten.pages})`;
    console.log(`  ms/page, longest ÷ shorter: analyze ${growth((r) => r.analyzeMs)}`);
    for (const s of STAGES) console.log(`    ${s.padEnd(9)} ${growth((r) => r.times[s])}`);
    console.log(`    bare pdf.js ${growth((r) => r.bareMs)}`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
