// The generalised mutation test (issue #9) on the seed's text dump: change checkable figures
// one at a time (bench/mutation/mutate.ts) — a deterministic sample of every 5th, the bench
// runs them all — and expect exactly one new error, at the changed figure, for nearly all the
// changes a check can see (`npm run bench -- mutation` lists the rest).
import { describe, expect, it } from 'vitest';
import { analyzeConverted } from '../../src/pipeline.js';
import { checkableFigures, changeFirstDigit, mutateEach } from '../../bench/mutation/mutate.js';
import { corpusBytes } from '../helpers/corpus.js';
import { convertedCorpus } from '../helpers/analyzed.js';

describe('mutation, generalised: one wrong figure, one error at it', () => {
  it('changes a figure keeping its length', () => {
    expect(changeFirstDigit('2008.88')).toBe('7008.88');
    expect(changeFirstDigit('0.19万元')).toBe('5.19万元');
    expect(changeFirstDigit('９５')).toBe('５５');
  });

  it('on the seed text: exactly one error, naming the changed figure, for at least 90% of the visible changes', async () => {
    const name = 'huaihua-gxj-2023.txt';
    const bytes = corpusBytes(name);
    const converted = await convertedCorpus(name);
    const original = analyzeConverted(bytes, converted, { path: name, all: true });
    const figures = checkableFigures(original).filter((_, i) => i % 5 === 0);
    expect(figures.length).toBeGreaterThan(20);
    const results = mutateEach(bytes, converted, original, figures);
    const visible = results.filter((m) => m.newErrors.length > 0);
    expect(visible.length).toBeGreaterThan(15);
    const good = visible.filter((m) => m.ok);
    const bad = visible.filter((m) => !m.ok).map((m) => `${m.label} ${m.from}→${m.to}: ${m.newErrors.map((f) => f.formula).join(' ;; ')}`);
    expect(good.length / visible.length, bad.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
