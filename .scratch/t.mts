import { readFileSync } from 'node:fs';
import { analyze } from '/work/wt-hostile/src/analyze.js';
import { Report } from '/work/wt-hostile/src/model/index.js';
const r = await analyze(new Uint8Array(readFileSync('/tmp/h/bad.pdf')));
const p = Report.safeParse(r);
if (!p.success) console.log(JSON.stringify(p.error.issues.slice(0,3), null, 1));
