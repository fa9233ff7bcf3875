/**
 * The generalised mutation test (issue #9), over whole reports: every checkable figure of the
 * seed (.docx, .txt, .pdf) and the two fixtures written for the tests is changed in turn
 * (bench/mutation/mutate.ts). Prints per file: figures mutated, how many no check can see
 * (a part of a 主要用于 list that stays under its total, a figure only a tie used), and of the
 * rest the share that gives exactly one error finding, naming the changed figure — and lists
 * the others.   npm run bench -- mutation
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { convert } from '../src/convert/index.js';
import { resolveLimits } from '../src/convert/limits.js';
import { analyzeConverted } from '../src/pipeline.js';
import { mutateEach } from './mutation/mutate.js';

const FILES = ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.txt', 'huaihua-gxj-2023.pdf', 'other-dept-2024.docx', 'other-tables-2024.docx'];

export async function main(): Promise<void> {
  let seen = 0;
  let ok = 0;
  for (const name of FILES) {
    const bytes = new Uint8Array(readFileSync(new URL(`../corpus/${name}`, import.meta.url)));
    const converted = await convert(bytes, resolveLimits({}));
    const original = analyzeConverted(bytes, converted, { path: name, all: true });
    const t = performance.now();
    const results = mutateEach(bytes, converted, original);
    const visible = results.filter((m) => m.newErrors.length > 0);
    const good = visible.filter((m) => m.ok);
    seen += visible.length;
    ok += good.length;
    const share = visible.length ? ((100 * good.length) / visible.length).toFixed(1) : '–';
    console.log(
      `${name.padEnd(26)} mutated ${String(results.length).padStart(4)}  seen by no check ${String(results.length - visible.length).padStart(4)}  exactly one error at the figure ${good.length}/${visible.length} (${share}%)  ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    for (const m of visible.filter((x) => !x.ok)) {
      console.log(`   ${m.label} ${m.from} → ${m.to} (${m.place}): ${m.newErrors.length} new error(s), ${m.naming.length} at the figure — ${m.newErrors.map((f) => f.formula.slice(0, 100)).join(' ;; ')}`);
    }
  }
  console.log(`\noverall: exactly one error at the changed figure for ${ok}/${seen} (${seen ? ((100 * ok) / seen).toFixed(1) : '–'}%) of the mutations a check can see`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
