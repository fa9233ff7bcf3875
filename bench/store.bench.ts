// Dataset write / search / export figures: N copies of the seed report (each its own sha256
// and path, as N departments' reports would be) written to a temp SQLite file.
// `npm run bench -- store` (GOUJI_BENCH_DOCS=N to change N, default 300).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, sha256 } from '../src/analyze.js';
import { Dataset } from '../src/store/dataset.js';
import { exportDataset } from '../src/store/export.js';
import { queryFacts } from '../src/store/query.js';
import { search } from '../src/store/search.js';

export async function main(): Promise<void> {
  const n = Number.parseInt(process.env.GOUJI_BENCH_DOCS ?? '300', 10);
  const bytes = new Uint8Array(await readFile('corpus/huaihua-gxj-2023.docx'));
  const base = await analyze(bytes, { path: 'corpus/huaihua-gxj-2023.docx' });
  const dir = mkdtempSync(join(tmpdir(), 'gouji-bench-store-'));
  const path = join(dir, 'bench.db');
  try {
    const d = Dataset.open({ path });
    const reports = Array.from({ length: n }, (_, i) => ({
      ...base,
      source: { ...base.source, sha256: sha256(new TextEncoder().encode(`copy ${i}`)), path: `reports/dept-${i}.docx` },
      meta: { ...base.meta, department: `部门${i % 40}`, year: 2020 + (i % 5) },
    }));
    let t = performance.now();
    for (const r of reports) d.writeReport(r);
    const writeMs = performance.now() - t;
    t = performance.now();
    for (const r of reports.slice(0, 50)) d.writeReport(r);
    const rewriteMs = (performance.now() - t) / 50;
    d.db.pragma('wal_checkpoint(TRUNCATE)');
    const rows = d.db.prepare(`SELECT (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT count(*) FROM cells) AS cells, (SELECT count(*) FROM search_rows) AS search_rows`).get();
    console.log(`documents ${n}; rows ${JSON.stringify(rows)}`);
    console.log(`write: ${(writeMs / n).toFixed(1)} ms/report (${((n * 1000) / writeMs).toFixed(0)} reports/s); rewrite of a stored report ${rewriteMs.toFixed(1)} ms`);
    console.log(`file: ${(statSync(path).size / n / 1024).toFixed(0)} KiB/report (${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB)`);
    for (const q of ['智慧怀化', '2392.94', '135.42%', '预算 执行率', '万元']) {
      t = performance.now();
      const runs = 20;
      let hits = 0;
      for (let i = 0; i < runs; i++) hits = search(d, q).length;
      console.log(`search "${q}": ${((performance.now() - t) / runs).toFixed(1)} ms (${hits} hits of limit 20)`);
    }
    t = performance.now();
    search(d, '智慧怀化', { department: '部门7', year: 2022 });
    console.log(`search with --department/--year: ${(performance.now() - t).toFixed(1)} ms`);
    t = performance.now();
    queryFacts(d, { label: '预算收入' });
    console.log(`facts --label: ${(performance.now() - t).toFixed(1)} ms`);
    t = performance.now();
    const files = exportDataset(d, { format: 'csv', out: join(dir, 'csv') });
    console.log(`export csv: ${(performance.now() - t).toFixed(0)} ms, ${files.reduce((s, f) => s + f.rows, 0)} rows`);
    t = performance.now();
    const dump = d.canonicalDump();
    console.log(`canonicalDump: ${(performance.now() - t).toFixed(0)} ms, ${(dump.length / 1024 / 1024).toFixed(1)} MiB`);
    d.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
