import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports, findingKey } from '../../bench/dump-parity.js';
import type { Report } from '../../src/model/index.js';
import { report } from '../corpus.js';

/**
 * A pdftotext dump of a real report gives the error findings its PDF gives. The dumps are made by
 * scripts/make-text-dumps.sh. Error findings that need page geometry the dump has lost may differ:
 * each allowed difference is listed here by its key (bench/dump-parity.ts) with its reason — none
 * today. Warnings are compared by `npm run bench -- dumps` (docs/pdf.md lists those that differ):
 * they follow the header groups a dump only approximates, and change with the extractor.
 */
const ALLOWED: Record<string, { onlyPdf: string[]; onlyDump: string[] }> = {
  'putuo-finance-2024-final-accounts': { onlyPdf: [], onlyDump: [] },
  'putuo-justice-2026-dept-budget': { onlyPdf: [], onlyDump: [] },
};

describe.each(Object.keys(ALLOWED))('%s: pdftotext -layout dump vs PDF', (name) => {
  let pdf: Report;
  let dump: Report;
  beforeAll(async () => {
    [pdf, dump] = await Promise.all([report(`real/${name}.pdf`), report(`dumps/${name}.layout.txt`)]);
  });

  it('reads the dump as a PDF dump: its pages, its tables, its figures', () => {
    expect(dump.source.format).toBe('text');
    expect(dump.document.pages).toBe(pdf.document.pages);
    expect(dump.document.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThanOrEqual(6);
    expect(dump.facts.length).toBeGreaterThan(0.9 * pdf.facts.length);
    expect(dump.relations.length).toBeGreaterThan(0.8 * pdf.relations.length);
  });

  it('gives the same error findings as the PDF', () => {
    const diff = compareReports(pdf, dump, ['error']);
    expect(diff.pdf.errors).toBeGreaterThan(0);
    expect(diff.onlyPdf.map(findingKey)).toEqual(ALLOWED[name]!.onlyPdf);
    expect(diff.onlyDump.map(findingKey)).toEqual(ALLOWED[name]!.onlyDump);
  });
});

describe('putuo-finance-2024-final-accounts: the dumps find the PDF’s error', () => {
  it.each(['layout', 'raw'])('pdftotext %s: 一般公共服务支出 71.73% of 2940.05 is 71.65%', async (kind) => {
    const r = await report(`dumps/putuo-finance-2024-final-accounts.${kind}.txt`);
    // (the layout dump also reads the 财政拨款收入支出决算总表 whose 总计 the prose misstates: a `compare` error, as in the PDF)
    const errors = r.findings.filter((f) => f.severity === 'error' && f.rule === 'rate');
    expect(errors.map((f) => [f.rule, f.stated, f.expected?.value])).toEqual([['rate', '71.73', '71.65']]);
    // The finding points into the dump: its page from the form feeds, its sentence quoted.
    expect(errors[0]!.values.every((v) => v.location.page === 21)).toBe(true);
  });
});
