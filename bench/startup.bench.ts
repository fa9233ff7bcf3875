// Start-up of the compiled CLI against `node -e 0` measured in the same run (issue #11: each
// ≤ 1.3×): `gouji --help`, `gouji analyze` of an empty file (refused from its bytes, before any
// reader or thread), `gouji schema`, and `gouji analyze` of the seed text for scale.
// Wall time of a child process, median of 10 (GOUJI_BENCH_RUNS), runs interleaved so load
// drifts hit every command alike. `npm run bench -- startup`; builds dist/ first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildJs } from '../scripts/build.mjs';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function main(): Promise<void> {
  await buildJs();
  const runs = Number.parseInt(process.env.GOUJI_BENCH_RUNS ?? '10', 10);
  const dir = mkdtempSync(join(tmpdir(), 'gouji-bench-startup-'));
  const empty = join(dir, 'empty.docx');
  writeFileSync(empty, '');
  const bin = 'bin/gouji.js';
  const cases: [name: string, args: string[], code: number][] = [
    ['node -e 0 (baseline)', ['-e', '0'], 0],
    ['gouji --help', [bin, '--help'], 0],
    ['gouji analyze empty.docx', [bin, 'analyze', empty], 2],
    ['gouji schema', [bin, 'schema'], 0],
    ['gouji analyze seed .txt', [bin, 'analyze', 'corpus/huaihua-gxj-2023.txt'], 0],
  ];
  const times = cases.map(() => [] as number[]);
  try {
    const load = loadavg()[0]!.toFixed(2);
    for (let round = 0; round < runs; round++) {
      for (const [i, [name, args, code]] of cases.entries()) {
        const t = performance.now();
        const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
        times[i]!.push(performance.now() - t);
        if (run.status !== code) throw new Error(`${name} exited ${run.status}, expected ${code}: ${run.stderr}`);
      }
    }
    const base = median(times[0]!);
    console.log(`start-up, median of ${runs} (load average ${load} → ${loadavg()[0]!.toFixed(2)})`);
    for (const [i, [name]] of cases.entries()) {
      const m = median(times[i]!);
      console.log(`  ${name.padEnd(28)} ${m.toFixed(0).padStart(5)} ms  ${(m / base).toFixed(2)}× node -e 0`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
