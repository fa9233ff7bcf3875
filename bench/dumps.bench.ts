// `npm run bench -- dumps`: the real 决算 and 预算 read from their PDFs and from pdftotext dumps of
// them (corpus/dumps/, made by scripts/make-text-dumps.sh): tables, facts, relations and findings
// of each reading, the findings only one reading gives, and the time to read each (ratio to the PDF
// in the same run).
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import type { Report } from '../src/model/index.js';
import { compareReports, counts } from './dump-parity.js';

const REPORTS = ['putuo-finance-2024-final-accounts', 'putuo-justice-2026-dept-budget'];

async function timed(path: string): Promise<{ report: Report; ms: number }> {
  const bytes = new Uint8Array(readFileSync(new URL(`../corpus/${path}`, import.meta.url)));
  const t = performance.now();
  const report = await analyze(bytes, { path: `corpus/${path}` });
  return { report, ms: performance.now() - t };
}

export async function main(): Promise<void> {
  for (const name of REPORTS) {
    const pdf = await timed(`real/${name}.pdf`);
    const readings: Array<[string, { report: Report; ms: number }]> = [['pdf', pdf]];
    for (const kind of ['layout', 'raw']) {
      try {
        readings.push([`pdftotext${kind === 'layout' ? ' -layout' : ''}`, await timed(`dumps/${name}.${kind}.txt`)]);
      } catch {
        // only the dumps kept in corpus/dumps are compared
      }
    }
    console.log(`\n${name}`);
    console.log('reading            pages tables facts relations errors warnings  time (÷ PDF)');
    for (const [label, r] of readings) {
      const c = counts(r.report);
      console.log(
        `${label.padEnd(18)} ${String(c.pages).padStart(5)} ${String(c.tables).padStart(6)} ${String(c.facts).padStart(5)} ${String(c.relations).padStart(9)} ${String(c.errors).padStart(6)} ${String(c.warnings).padStart(8)}  ${(r.ms / pdf.ms).toFixed(2)}`,
      );
    }
    for (const [label, r] of readings.slice(1)) {
      const diff = compareReports(pdf.report, r.report);
      if (!diff.onlyPdf.length && !diff.onlyDump.length) {
        console.log(`  ${label}: the same errors and warnings as the PDF`);
        continue;
      }
      for (const f of diff.onlyPdf) console.log(`  only in the PDF (not the ${label} dump): ${f.severity} ${f.rule}: ${f.formula}`);
      for (const f of diff.onlyDump) console.log(`  only in the ${label} dump: ${f.severity} ${f.rule}: ${f.formula}`);
    }
  }
}
