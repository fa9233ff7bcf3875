// Analyzes every real PDF in ../shared/corpus/ (real/ and wide/), writes each Report as JSON into
// OUTDIR with OUTDIR/index.tsv (id, seconds, path), and prints the error findings per report and
// by rule.   npx tsx scripts/wide-errors.mts [OUTDIR]   (default /tmp/gouji-wide)
import { readFileSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const out = process.argv[2] ?? '/tmp/gouji-wide';
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/index.tsv`, '');
const { analyze } = await import('../src/analyze.js');
const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const files = execSync(`find '${shared}real' '${shared}wide' -name '*.pdf' | sort`).toString().trim().split('\n');
const totals = { error: 0, warning: 0 };
const byRule: Record<string, number> = {};
for (const f of files) {
  const name = createHash('md5').update(f + '\n').digest('hex').slice(0, 8);
  const t = performance.now();
  try {
    const report = await analyze(new Uint8Array(readFileSync(f)), { path: f, limits: { timeoutMs: 600000 } });
    writeFileSync(`${out}/${name}.json`, JSON.stringify(report));
    const errors = report.findings.filter((x) => x.severity === 'error');
    totals.error += errors.length;
    totals.warning += report.findings.filter((x) => x.severity === 'warning').length;
    for (const x of errors) byRule[x.rule] = (byRule[x.rule] ?? 0) + 1;
    console.log(`${String(errors.length).padStart(4)} errors  ${f.replace(shared, '')}`);
  } catch (e) { writeFileSync(`${out}/${name}.err`, String(e)); }
  appendFileSync(`${out}/index.tsv`, `${name}\t${((performance.now() - t) / 1000).toFixed(2)}\t${f}\n`);
}
console.log(`\n${files.length} reports: ${totals.error} error findings, ${totals.warning} warnings; errors by rule ${JSON.stringify(byRule)}`);
