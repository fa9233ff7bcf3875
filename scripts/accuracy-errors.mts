// Lists every error finding on the labelled set with the label it matches (verified / the
// false alarm's cause) or "NEW": the auditor's work list. Usage: npx tsx scripts/accuracy-errors.mts [name-filter]

import { analyze } from '../src/analyze.js';
import { matchesError, matchesFalseAlarm } from '../bench/accuracy/match.js';
import { readSource, readTruthFiles, sourceFile } from '../bench/accuracy/truth-files.js';

const filter = process.argv[2] ?? '';
for (const { name, truth } of readTruthFiles()) {
  if (!name.includes(filter)) continue;
  const file = sourceFile(truth, false);
  if (!file) continue;
  const report = await analyze(readSource(truth, file), { path: truth.source.path });
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) continue;
  console.log(`== ${name} (${errors.length})`);
  for (const f of errors) {
    const verified = truth.errors.find((e) => matchesError(e, f));
    const alarm = truth.falseAlarms.find((a) => matchesFalseAlarm(a, f));
    const tag = verified ? `OK ${verified.id}` : alarm ? `FALSE ${alarm.cause}` : 'NEW';
    const where = f.values.map((v) => `${v.value}@p${v.location.page ?? '-'}${v.location.table !== null ? `t${v.location.table}r${v.location.row}c${v.location.col}` : ''}`).join(' ');
    console.log(`  [${tag}] ${f.rule}: ${f.formula.slice(0, 220)}  || ${where.slice(0, 200)}`);
  }
}

