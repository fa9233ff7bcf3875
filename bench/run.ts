// `npm run bench`: runs every bench/*.bench.ts in turn (each exports main()), or only the
// ones whose names contain the given words: `npm run bench -- pdf`.
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${only.join(' ')}`);
  process.exitCode = 64;
}
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(new URL(file, import.meta.url).href)) as { main?: () => Promise<void> };
  if (typeof mod.main !== 'function') throw new Error(`${file} exports no main()`);
  await mod.main();
}
