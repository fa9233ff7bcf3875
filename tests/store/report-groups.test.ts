import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index.js';
import { Dataset } from '../../src/store/dataset.js';
import { schemaVersion } from '../../src/store/migrations.js';
import { queryFindings } from '../../src/store/query.js';
import { reportKey } from '../../src/store/report-key.js';
import { search } from '../../src/store/search.js';
import { collapseReportFiles } from '../../src/store/search-groups.js';
import { queryReports } from '../../src/store/reports.js';
import { report } from '../corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'gouji-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seed: Report[];
let other: Report;
beforeAll(async () => {
  // The seed as .txt, .pdf and .docx — written in that order, so the .docx being shown first is the preference, not the order.
  seed = await Promise.all(['huaihua-gxj-2023.txt', 'huaihua-gxj-2023.pdf', 'huaihua-gxj-2023.docx'].map((n) => report(n)));
  other = await report('other-dept-2024.docx');
}, 600_000);

describe('one report, several files', () => {
  it('gives the .docx, .pdf and .txt of the seed one report key, and another report another', () => {
    const keys = seed.map(reportKey);
    expect(new Set(keys).size).toBe(1);
    expect(reportKey(other)).not.toBe(keys[0]);
    // A changed figure is another report.
    const changed = structuredClone(seed[2]!);
    changed.facts[0]!.number.value = '1.23';
    expect(reportKey(changed)).not.toBe(keys[0]);
  });

  it('lists each finding once with every file that carries it (or once per file with perFile)', () => {
    const d = Dataset.open({ path: ':memory:' });
    for (const r of [...seed, other]) d.writeReport(r);
    const rows = queryFindings(d).filter((r) => r.department === '怀化市工业和信息化局');
    expect(rows.length).toBe(seed[2]!.findings.length);
    for (const row of rows) {
      expect(row.format).toBe('docx');
      expect(row.files.map((f) => f.path)).toEqual(['corpus/huaihua-gxj-2023.docx', 'corpus/huaihua-gxj-2023.pdf', 'corpus/huaihua-gxj-2023.txt']);
    }
    // The PDF carries page numbers the .docx has not.
    expect(rows.every((r) => r.files[1]!.page !== null)).toBe(true);
    expect(queryFindings(d, { perFile: true }).filter((r) => r.department === '怀化市工业和信息化局')).toHaveLength(3 * rows.length);

    const groups = queryReports(d);
    const huaihua = groups.find((g) => g.department === '怀化市工业和信息化局')!;
    expect(huaihua.files.map((f) => f.format)).toEqual(['docx', 'pdf', 'text']);
    expect(huaihua.errors).toBe(seed[2]!.findings.filter((f) => f.severity === 'error').length);
    expect(groups).toHaveLength(2);

    // Search: the same text in the three files is one hit, shown in the .docx, “also in” the others.
    const hits = search(d, '智慧怀化', { limit: 60 });
    const shown = collapseReportFiles(d, hits);
    expect(shown.length).toBeLessThan(hits.length);
    for (const h of shown) {
      expect(h.primary).toBe(true);
      expect(h.hit.document.path).toBe('corpus/huaihua-gxj-2023.docx');
    }
    expect(shown.some((h) => h.alsoIn.length === 2)).toBe(true);
    expect(shown.map((h) => h.hit.rank)).toEqual(shown.map((_, i) => i + 1));
    d.close();
  });

  it('migration 3 keys the reports an older file already holds', () => {
    const path = join(dir, 'v2.db');
    const d = Dataset.open({ path });
    d.writeReport(seed[2]!);
    d.writeReport(seed[1]!);
    // Back to what schema version 2 wrote: no report_key column.
    d.db.exec(`DROP INDEX documents_report_key; ALTER TABLE documents DROP COLUMN report_key; UPDATE meta SET value = '2' WHERE key = 'schema_version'`);
    d.close();
    const again = Dataset.open({ path });
    expect(schemaVersion(again.db)).toBeGreaterThanOrEqual(3);
    const keys = again.db.prepare(`SELECT DISTINCT report_key FROM documents`).all();
    expect(keys).toEqual([{ report_key: reportKey(seed[2]!) }]);
    again.close();
  });
});
