// Change one figure in the real seed (.docx and text dump): the checks that use it — and
// only those — stop tying; put it back and they tie again.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Fact, Finding, Location, Report } from '../../src/model/index.js';
import { analyzedBytes } from '../helpers/analyzed.js';
import { corpusBytes } from '../helpers/corpus.js';
import { mutateDocx, mutateText } from '../helpers/mutate.js';

interface Mutation {
  /** The figure as printed, its occurrence (0-based, document order) and a same-length replacement. */
  from: string;
  n: number;
  to: string;
  /** The canonical label of the fact it is, to make sure the right figure changed. */
  label: string;
  /**
   * Ties (by the start of their formula) that must stop tying: `error`, or `warning` where
   * the relation itself is uncertain (inferred by label, or a partial list).
   */
  breaks: Array<[formula: string, severity: 'error' | 'warning']>;
}

const MUTATIONS: Mutation[] = [
  // 848.86 = 3241.81 − 2392.94 was matched by label (inferred): a break is a warning
  { from: '2392.94', n: 0, to: '2892.94', label: '预算收入', breaks: [['预算执行较年初预算增加 +848.86 = ', 'warning']] },
  { from: '1232.93', n: 0, to: '1262.93', label: '项目支出', breaks: [['决算支出 3241.81 = 基本支出 2008.88 + 项目支出 ', 'error']] },
  // 1440.45 still covers its 主要用于 list (partial: parts ≤ total), but no longer adds up in 基本支出
  { from: '1410.45', n: 0, to: '1440.45', label: '工资福利支出', breaks: [['基本支出 2008.88 = 工资福利支出 ', 'error']] },
  { from: '50.5', n: 0, to: '56.5', label: '三公经费', breaks: [['三公经费 / 2023年决算数 ', 'error']] },
  // the table's 控制率 takes its operands from the header names (inferred): a warning
  { from: '96.84%', n: 0, to: '97.84%', label: '控制率', breaks: [['控制率 / 控制率 ', 'warning']] },
  { from: '6.53', n: 0, to: '6.83', label: '计算机考试经费', breaks: [['纳入预算管理的非税收入项目 10.03 = ', 'error']] },
];

const FORMS = {
  docx: { file: 'huaihua-gxj-2023.docx', mutate: mutateDocx },
  text: { file: 'huaihua-gxj-2023.txt', mutate: async (b: Uint8Array, f: string, t: string, n: number) => mutateText(b, f, t, n) },
} as const;

const samePlace = (a: Location, b: Location) =>
  a.block === b.block && a.row === b.row && a.col === b.col && (a.span?.start ?? -1) === (b.span?.start ?? -1);
const touches = (f: Finding, place: Location) => f.values.some((v) => samePlace(v.location, place));
const key = (f: Finding) => `${f.rule}|${f.values.map((v) => `${v.location.block}:${v.location.row}:${v.location.col}:${v.location.span?.start}`).join(',')}`;

describe.each(Object.entries(FORMS))('mutating the seed (%s)', (_name, form) => {
  let bytes: Uint8Array;
  let original: Report;
  beforeAll(async () => {
    bytes = corpusBytes(form.file);
    original = await analyzedBytes(bytes, { all: true });
  });

  it.each(MUTATIONS)('$from → $to ($label)', async (m) => {
    const changed = await form.mutate(bytes, m.from, m.to, m.n);
    const mutated = await analyze(changed, { all: true });

    // Exactly one figure changed, and it is the one meant.
    const before = new Map(original.facts.map((f) => [f.id, f]));
    const moved = mutated.facts.filter((f) => before.get(f.id)?.number.value !== f.number.value);
    expect(moved.map((f: Fact) => f.label)).toEqual([m.label]);
    const place = moved[0]!.location;

    // Every check that tied and used the figure no longer ties …
    const tiedBefore = original.findings.filter((f) => f.severity === 'info' && touches(f, place));
    expect(tiedBefore.length).toBeGreaterThan(0);
    const after = new Map(mutated.findings.map((f) => [key(f), f]));
    for (const [start, severity] of m.breaks) {
      const tie = tiedBefore.find((f) => f.formula.startsWith(start));
      expect(tie, start).toBeDefined();
      expect(after.get(key(tie!))?.severity, tie!.formula).toBe(severity);
    }
    // … and only checks that use it changed: every new error or warning involves the figure.
    const problemsBefore = new Set(original.findings.filter((f) => f.severity !== 'info').map(key));
    const fresh = mutated.findings.filter((f) => f.severity !== 'info' && !problemsBefore.has(key(f)));
    expect(fresh.length).toBeGreaterThan(0);
    for (const f of fresh) expect(touches(f, place), f.formula).toBe(true);

    // Corrected, the findings are the original ones again.
    const restored = await analyze(await form.mutate(changed, m.to, m.from, m.n), { all: true });
    expect(restored.findings.map(key)).toEqual(original.findings.map(key));
    expect(restored.findings.filter((f) => f.severity !== 'info')).toEqual(original.findings.filter((f) => f.severity !== 'info'));
  });
});
