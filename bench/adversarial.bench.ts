/**
 * Work on adversarial shapes (issue 13 §3). Run: `npm run bench -- adversarial`
 *
 * Each shape is analyzed (the whole pipeline, in this process) at n, 2n, 4n and 8n; the
 * figure is the growth per doubling — the geometric mean of t(2n) / t(n): 2 is linear, 4
 * quadratic. A baseline of plain prose of the same size is measured in the same run at each
 * size, and the next column is the shape's time ÷ the baseline's at 8n. The last two columns
 * split the growth: convert + segment + extract (this readers and extractors) and
 * reconcile (src/reconcile/, where same-figure matching still compares pairs).
 */
import { analyze, type StageTimes } from '../src/analyze.js';

type Shape = { name: string; n: number; make: (n: number) => string };

const SHAPES: Shape[] = [
  { name: 'tab cells in one row (readText)', n: 5_000, make: (n) => Array.from({ length: n }, () => '\t1.00').join('\n') },
  { name: 'table rows', n: 2_000, make: (n) => Array.from({ length: n }, (_, i) => `\t项目${i}\n\t${i}.00`).join('\n\n') },
  { name: 'heading lines', n: 1_000, make: (n) => Array.from({ length: n }, (_, i) => `${i + 1}、标题${i}`).join('\n') },
  { name: 'figures in one paragraph', n: 2_000, make: (n) => '支出' + Array.from({ length: n }, (_, i) => `${i}.5万元`).join('，') + '。' },
  { name: 'repeated figure in one paragraph', n: 2_000, make: (n) => '支出' + Array.from({ length: n }, () => '12.5万元').join('，') + '。' },
  { name: 'digit run', n: 20_000, make: (n) => `合计${'9'.repeat(n)}万元。` },
  { name: 'HTML table rows', n: 1_000, make: (n) => `<table>${Array.from({ length: n }, (_, i) => `<tr><td>项目${i}</td><td>${i}.00</td></tr>`).join('')}</table>` },
  { name: 'wrapped lines (pdftotext dump)', n: 1_000, make: (n) => Array.from({ length: n }, (_, i) => `本部门认真落实预算管理要求推进各项工作有序开展收入${i}万元并且`).join('\n') + '\f' },
  { name: 'aligned columns (pdftotext -layout)', n: 1_000, make: (n) => Array.from({ length: n }, (_, i) => `项目名称${i}        ${i}.00        ${i * 2}.50`).join('\n') + '\f' },
  { name: 'nested divs (within maxNesting)', n: 100, make: (n) => Array.from({ length: n }, () => '<div>'.repeat(200) + '<p>收入1.00万元</p>' + '</div>'.repeat(200)).join('') },
];

/** Plain prose of about `chars` characters: the linear reference. */
function baseline(chars: number): string {
  const line = '本部门认真落实预算管理要求，推进各项工作有序开展。\n';
  return line.repeat(Math.max(1, Math.ceil(chars / line.length)));
}

interface Timing {
  total: number;
  reading: number;
  reconcile: number;
}

async function time(text: string): Promise<Timing> {
  const bytes = new TextEncoder().encode(text);
  let best: Timing = { total: Infinity, reading: 0, reconcile: 0 };
  for (let round = 0; round < 2; round++) {
    const stages: StageTimes = { convert: 0, segment: 0, extract: 0, reconcile: 0 };
    const t = performance.now();
    try {
      // the figures-per-block and line-length limits are raised: the point is how the work grows past it
      await analyze(bytes, { limits: { timeoutMs: 600_000, maxFactsPerBlock: 1_000_000, maxLineLength: 10_000_000 } }, stages);
    } catch {
      // a typed error is an ending too; its time counts
    }
    const total = performance.now() - t;
    if (total < best.total) best = { total, reading: stages.convert + stages.segment + stages.extract, reconcile: stages.reconcile };
  }
  return best;
}

export async function main(): Promise<void> {
  await time(baseline(1000)); // load readers, patterns and the dictionary first
  console.log(`${'shape'.padEnd(36)} ${'n'.padStart(6)} ${'ms at n, 2n, 4n, 8n'.padStart(28)}  growth/doubling  ×baseline@8n  reading  reconcile`);
  const per = (a: number, b: number): string => (a > 1 ? Math.pow(b / a, 1 / 3).toFixed(2) : '-');
  for (const shape of SHAPES) {
    const times: Timing[] = [];
    let base = 0;
    for (const k of [1, 2, 4, 8]) {
      const text = shape.make(shape.n * k);
      times.push(await time(text));
      if (k === 8) base = (await time(baseline(text.length))).total;
    }
    const [first, , , last] = times as [Timing, Timing, Timing, Timing];
    console.log(
      `${shape.name.padEnd(36)} ${String(shape.n).padStart(6)} ${times.map((t) => t.total.toFixed(0)).join(', ').padStart(28)}  ${per(first.total, last.total).padStart(15)}  ${(last.total / base).toFixed(1).padStart(12)}  ${per(first.reading, last.reading).padStart(7)}  ${per(first.reconcile, last.reconcile).padStart(9)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
