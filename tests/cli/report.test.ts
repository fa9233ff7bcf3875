import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/store/dataset.js';
import { report } from '../corpus.js';
import { run } from './dataset-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gouji report', () => {
  it('writes one report file as a self-contained page', async () => {
    const out = join(dir, 'seed.html');
    const r = await run(['report', 'corpus/huaihua-gxj-2023.docx', '--out', out]);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('2023年度怀化市工业和信息化局本级整体支出绩效自评报告');
    expect(page).toContain('预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%');
  });

  it('writes a dataset as index.html (departments × years) and one page per report, files of one report together', async () => {
    const db = join(dir, 'gouji.db');
    const d = Dataset.open({ path: db });
    for (const name of ['huaihua-gxj-2023.docx', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.txt', 'other-dept-2024.docx']) d.writeReport(await report(name));
    d.close();
    const out = join(dir, 'site');
    const r = await run(['report', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 report pages');
    const pages = readdirSync(out).filter((f) => f !== 'index.html');
    expect(pages).toHaveLength(2);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<th>2023</th>');
    expect(index).toContain('<th>2024</th>');
    expect(index).toContain('(3 files)');
    for (const p of pages) expect(index).toContain(`href="${encodeURI(p)}"`);
    const seedPage = readFileSync(join(out, pages.find((p) => p.startsWith('怀化市工业和信息化局-2023'))!), 'utf8');
    expect(seedPage).toContain('3 files hold this report');
    expect(seedPage).toContain('href="index.html"');
  }, 600_000);

  it('exits 2 for a file it cannot read, 64 for bad arguments', async () => {
    expect((await run(['report', join(dir, 'missing.docx'), '--out', join(dir, 'x.html')])).code).toBe(2);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    expect((await run(['report', '--db', join(dir, 'gouji.db')])).code).toBe(64);
    expect((await run(['report', 'a.docx', '--db', 'b.db'])).code).toBe(64);
  });
});
