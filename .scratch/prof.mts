import { analyze, type StageTimes } from '../src/analyze.ts';
const kind = process.argv[2]!; const n = Number(process.argv[3]);
const gen: Record<string, (n: number) => string> = {
  tabs: (n) => Array.from({ length: n }, () => '\t1.00').join('\n'),
  tabrows: (n) => Array.from({ length: n }, (_, i) => `\t项目${i}\n\t${i}.00\n`).join('\n'),
  headings: (n) => Array.from({ length: n }, (_, i) => `${i + 1}、标题${i}`).join('\n'),
  figures: (n) => '支出' + Array.from({ length: n }, (_, i) => `${i}.5万元`).join('，') + '。',
  samefig: (n) => '支出' + Array.from({ length: n }, () => `12.5万元`).join('，') + '。',
  digits: (n) => '合计' + '9'.repeat(n) + '万元。',
  rows: (n) => Array.from({ length: n }, (_, i) => `\t项目${i}\n\t${i}.00`).join('\n\n'),
  lines: (n) => Array.from({ length: n }, (_, i) => `第${i}行收入${i}万元。`).join('\n'),
};
const text = gen[kind]!(n);
const times: StageTimes = { convert: 0, segment: 0, extract: 0, reconcile: 0 };
const t = performance.now();
try { const r = await analyze(new TextEncoder().encode(text), {}, times); console.log(kind, n, 'facts', r.facts.length, 'findings', r.findings.length); }
catch (e) { console.log(kind, n, 'error', (e as Error).message.slice(0, 150)); }
console.log(Math.round(performance.now() - t), 'ms', JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]))));
