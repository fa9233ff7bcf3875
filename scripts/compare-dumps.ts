// Reads PDFs and `pdftotext -layout` dumps of them, and prints per file what each reading gives
// and how many error findings only one of them has (the dev machine needs poppler-utils; gouji
// itself does not). Usage:
//   npx tsx scripts/compare-dumps.ts <folder or .pdf>...      e.g. ../shared/corpus/wide
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { compareReports, type ReadingCounts } from '../bench/dump-parity.js';
import { analyze } from '../src/analyze.js';

function pdfsUnder(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.pdf') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => pdfsUnder(join(path, name)));
}

const show = (c: ReadingCounts): string => `t${c.tables} f${c.facts} r${c.relations} e${c.errors} w${c.warnings}`;
const dir = mkdtempSync(join(tmpdir(), 'gouji-dumps-'));
const total = { files: 0, same: 0, pdfErrors: 0, dumpErrors: 0, onlyPdf: 0, onlyDump: 0, pdfTables: 0, dumpTables: 0, pdfRelations: 0, dumpRelations: 0 };
try {
  for (const pdf of process.argv.slice(2).flatMap(pdfsUnder)) {
    const dump = join(dir, `${total.files}.txt`);
    execFileSync('pdftotext', ['-q', '-enc', 'UTF-8', '-layout', pdf, dump]);
    try {
      const a = await analyze(new Uint8Array(readFileSync(pdf)), { path: pdf });
      const b = await analyze(new Uint8Array(readFileSync(dump)), { path: dump });
      const d = compareReports(a, b, ['error']);
      total.files++;
      if (!d.onlyPdf.length && !d.onlyDump.length) total.same++;
      total.pdfErrors += d.pdf.errors;
      total.dumpErrors += d.dump.errors;
      total.onlyPdf += d.onlyPdf.length;
      total.onlyDump += d.onlyDump.length;
      total.pdfTables += d.pdf.tables;
      total.dumpTables += d.dump.tables;
      total.pdfRelations += d.pdf.relations;
      total.dumpRelations += d.dump.relations;
      console.log(`${basename(pdf)}  ${d.pdf.pages}p  pdf ${show(d.pdf)}  dump ${show(d.dump)}  errors only in pdf ${d.onlyPdf.length}, only in dump ${d.onlyDump.length}`);
    } catch (error) {
      console.log(`${basename(pdf)}  not read: ${(error as Error).message.slice(0, 120)}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\n${total.files} files: the same error findings in ${total.same}; errors pdf ${total.pdfErrors}, dump ${total.dumpErrors} ` +
    `(only in pdf ${total.onlyPdf}, only in dump ${total.onlyDump}); tables pdf ${total.pdfTables}, dump ${total.dumpTables}; ` +
    `relations pdf ${total.pdfRelations}, dump ${total.dumpRelations}`,
);
