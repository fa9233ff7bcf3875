import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';

const ws = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '');

/**
 * Issue #5, done when: the seed's .pdf gives the same Document as its .docx in substance —
 * checked end to end through analyze(): the same section tree, the same facts, the same
 * indicator rows, the same findings.
 */
describe('seed .pdf vs .docx through analyze() (huaihua-gxj-2023)', () => {
  let docx: Report;
  let pdf: Report;

  beforeAll(async () => {
    docx = await analyzedCorpus('huaihua-gxj-2023.docx');
    pdf = await analyzedCorpus('huaihua-gxj-2023.pdf');
  });

  it('has the same section tree (ids, parents, numbers, titles)', () => {
    const tree = (r: Report) => r.sections.map((s) => ({ id: s.id, parent: s.parent, level: s.level, number: s.number, title: ws(s.title) }));
    expect(docx.sections.length).toBeGreaterThan(20);
    expect(tree(pdf)).toEqual(tree(docx));
  });

  it('has the same facts (label, value, unit) for ≥ 98% of either side (measured and printed)', () => {
    const key = (f: Report['facts'][number]): string => `${f.label}|${f.number.value}|${f.number.unit ?? ''}`;
    const left = new Map<string, number>();
    for (const f of docx.facts) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
    let common = 0;
    for (const f of pdf.facts) {
      const n = left.get(key(f)) ?? 0;
      if (n > 0) {
        common++;
        left.set(key(f), n - 1);
      }
    }
    const share = common / Math.max(docx.facts.length, pdf.facts.length);
    console.log(`facts in common: ${common} of docx ${docx.facts.length}, pdf ${pdf.facts.length} = ${(100 * share).toFixed(1)}%`);
    expect(docx.facts.length).toBeGreaterThan(100);
    expect(common / docx.facts.length).toBeGreaterThanOrEqual(0.98);
    expect(common / pdf.facts.length).toBeGreaterThanOrEqual(0.98);
  });

  it('has the same indicator rows (levels, weight, score, role)', () => {
    const rows = (r: Report) =>
      r.indicators.map((i) => ({
        level1: ws(i.level1),
        level2: ws(i.level2),
        level3: ws(i.level3),
        weight: i.weight?.value ?? null,
        score: i.score?.value ?? null,
        role: i.role,
      }));
    expect(docx.indicators.length).toBe(16);
    expect(rows(pdf)).toEqual(rows(docx));
  });

  it('has the same findings (rule, severity, formula)', () => {
    const findings = (r: Report) => r.findings.map((f) => ({ rule: f.rule, severity: f.severity, formula: f.formula }));
    expect(docx.findings.length).toBeGreaterThan(0);
    expect(findings(pdf)).toEqual(findings(docx));
  });
});
