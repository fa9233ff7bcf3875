/**
 * Accuracy on the labelled set (corpus/truth/, issue #10): each labelled report is analyzed
 * and its error findings scored against the hand audit.
 *   npm run bench -- accuracy            (or: node --import tsx bench/accuracy.bench.ts)
 *   GOUJI_ACCURACY_ONLY=word             only the label files whose name contains word
 *   GOUJI_ACCURACY_LIST=1                also list the verified errors missed and the unlabelled
 *                                        error findings (new, to audit)
 * Reports are read from the project's corpus/ when a copy is there, else from
 * ../shared/corpus/ (skipped, and said so, when neither has them).
 * Per report and overall: recall (verified errors found / labelled), precision (error
 * findings matching a verified error / all error findings), labelled false alarms that
 * came back as errors, unlabelled error findings, seconds per page — next to the same
 * figures at the baseline commit the labels were written for.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/analyze.js';
import { score } from './accuracy/match.js';
import { STANDARD_TABLES, standardTablesFound } from './accuracy/standard-tables.js';
import { ratio, totals, type ReportRow } from './accuracy/report.js';
import { readSource, readTruthFiles, sourceFile } from './accuracy/truth-files.js';

/** "same-row-label 555/555, misread-number 189/189, …": which causes of false alarms are still there. */
function causeCounts(rows: readonly ReportRow[]): string {
  const labelled = new Map<string, number>();
  const back = new Map<string, number>();
  for (const { truth, score } of rows) {
    for (const a of truth.falseAlarms) labelled.set(a.cause, (labelled.get(a.cause) ?? 0) + 1);
    for (const a of score.returned) back.set(a.cause, (back.get(a.cause) ?? 0) + 1);
  }
  return [...labelled.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([cause, n]) => `${cause} ${back.get(cause) ?? 0}/${n}`)
    .join(', ');
}

export async function main(): Promise<ReportRow[]> {
  const only = process.env.GOUJI_ACCURACY_ONLY;
  const list = process.env.GOUJI_ACCURACY_LIST === '1';
  const rows: ReportRow[] = [];
  const skipped: string[] = [];
  for (const { name, truth } of readTruthFiles()) {
    if (only && !name.includes(only)) continue;
    const file = sourceFile(truth);
    if (!file) {
      skipped.push(`${name} (${truth.source.path} not found)`);
      continue;
    }
    const bytes = readSource(truth, file);
    const t = performance.now();
    const report = await analyze(bytes, { path: truth.source.path });
    const seconds = (performance.now() - t) / 1000;
    const s = score(truth, report.findings);
    rows.push({ name, truth, score: s, seconds });
    const pages = truth.pages ?? 0;
    const standard = standardTablesFound(report.tables);
    console.log(
      `${name.replace(/\.json$/, '').padEnd(36)} errors found ${ratio(s.found, s.labelled).padEnd(14)}` +
        ` precision ${ratio(s.matchingError, s.errorFindings).padEnd(15)} (baseline ${truth.audit.baselineErrorFindings} error findings)` +
        ` false alarms back ${s.returned.length}/${truth.falseAlarms.length}  new ${s.unlabelled.length}` +
        `  tables ${String(report.tables.length).padStart(3)} (standard ${standard.length}/${STANDARD_TABLES.length})` +
        `  ${pages > 0 ? `${(seconds / pages).toFixed(3)} s/page` : `${seconds.toFixed(2)} s`}`,
    );
    for (const e of s.lost) console.log(`    LOST  p${e.page ?? '-'} ${e.id}: ${e.note}`);
    if (list) {
      for (const a of s.returned) console.log(`    back  p${a.page ?? '-'} ${a.cause}: ${a.stated} [${a.figures.slice(0, 4).join(', ')}] — ${a.note.slice(0, 100)}`);
      for (const e of s.missed) if (!s.lost.includes(e)) console.log(`    missed p${e.page ?? '-'} ${e.id}${e.slight ? ' (slight)' : ''}: ${e.note}`);
      for (const f of s.unlabelled) {
        const pages = [...new Set(f.values.map((v) => v.location.page))].join(',');
        console.log(`    new   p${pages} ${f.rule}: ${f.formula}`);
      }
    }
  }
  const t = totals(rows);
  console.log(`\n${t.reports} reports, ${t.pages} pages (${skipped.length} skipped${skipped.length ? `: ${skipped.join('; ')}` : ''})`);
  console.log(`recall     now ${ratio(t.found, t.labelled)}   baseline ${ratio(t.baseline.found, t.labelled)}`);
  console.log(`  (without the ${t.labelled - t.labelledClear} labels off by less than one unit in the last place: now ${ratio(t.foundClear, t.labelledClear)})`);
  console.log(`precision  now ${ratio(t.matchingError, t.errorFindings)}   baseline ${ratio(t.baseline.found, t.baseline.errorFindings)}`);
  console.log(`labelled false alarms back as errors: ${ratio(t.returned, t.falseAlarmsLabelled)}; unlabelled error findings (to audit): ${t.unlabelled}; labelled errors lost: ${t.lost}`);
  console.log(`  by cause (back / labelled): ${causeCounts(rows)}`);
  console.log(`time: ${t.seconds.toFixed(1)} s, ${t.pages > 0 ? (t.seconds / t.pages).toFixed(3) : '–'} s/page`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
