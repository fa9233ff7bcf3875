import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { Dataset } from '../../src/store/dataset.js';
import { report } from '../corpus.js';
import { HOSTILE_NAME, HOSTILE_TEXT } from '../report/hostile.js';

/** A dataset file with the seed as .docx/.pdf/.txt (one report), a second department, and a hostile report. */
export async function deskDataset(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-desk-'));
  const db = join(dir, 'gouji.db');
  const d = Dataset.open({ path: db });
  for (const name of ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.txt', 'other-dept-2024.docx']) d.writeReport(await report(name));
  d.writeReport(await analyze(new TextEncoder().encode(HOSTILE_TEXT), { path: `uploads/${HOSTILE_NAME}` }));
  d.close();
  return { dir, db };
}
