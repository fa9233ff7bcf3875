import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { Dataset } from '../../src/store/dataset.js';
import { otherReport, seedBlocks, seedReport, type SeedLayout } from '../store/fixture.js';

export { seedBlocks, type SeedLayout };

/** A dataset file with the seed report (plus hand-built facts/findings) and a second report. */
export async function datasetFile(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-cli-'));
  const db = join(dir, 'gouji.db');
  const d = Dataset.open({ path: db });
  d.writeReport(await seedReport());
  d.writeReport(await otherReport());
  d.close();
  return { dir, db };
}

/** Runs `gouji …` in-process and captures what it prints. */
export async function run(argv: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
