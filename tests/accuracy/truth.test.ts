// The labelled accuracy set (corpus/truth/, issue #10) as a regression test: on the labelled
// reports whose bytes are in the project's corpus/, every verified error gouji found at the
// baseline is still found, and no labelled false alarm comes back as an error. The whole set
// (most of it read from ../shared/corpus) is scored by `npm run bench -- accuracy`.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/index.js';
import { matchesError, matchesFalseAlarm, score } from '../../bench/accuracy/match.js';
import { readSource, readTruthFiles, sourceFile } from '../../bench/accuracy/truth-files.js';
import type { FalseAlarm, Truth, TruthError } from '../../bench/accuracy/truth-schema.js';
import { analyzedBytes } from '../helpers/analyzed.js';

const files = readTruthFiles();
/** A verified error gouji found at baseline or has found since (`foundSince`): it must stay found. */
const kept = (e: TruthError): boolean => e.foundAtBaseline || e.foundSince !== undefined;
/** Labelled reports in the project's corpus/ with something to assert (a found error or a false alarm). */
const local = files.filter(
  ({ truth }) => sourceFile(truth, true) !== null && (truth.errors.some(kept) || truth.falseAlarms.length > 0),
);

/**
 * Reports whose labelled false alarms still come back as errors: their false-alarm test is
 * `it.fails`. Take a name out when its false alarms are gone — `it.fails` then fails, to say
 * so. (Empty since the typed keys and table structure of issue #9.)
 */
const FALSE_ALARMS_STILL_BACK = new Set<string>([]);

const reports = new Map<string, Promise<Finding[]>>();
function findings(name: string, truth: Truth): Promise<Finding[]> {
  let r = reports.get(name);
  if (!r) {
    const bytes = readSource(truth, sourceFile(truth, true)!);
    r = analyzedBytes(bytes, { path: truth.source.path }).then((report) => report.findings);
    reports.set(name, r);
  }
  return r;
}

const where = (x: TruthError | FalseAlarm): string => `p${x.page ?? '-'} ${x.stated} [${'operands' in x ? x.operands.join(', ') : x.figures.join(', ')}]`;

describe('corpus/truth labels', () => {
  it('has at least 20 labelled real reports, each valid and with its cause or arithmetic written down', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const { truth } of files) {
      for (const e of truth.errors) expect(e.arithmetic.length, e.id).toBeGreaterThan(0);
      for (const a of truth.falseAlarms) expect(a.note.length).toBeGreaterThan(0);
    }
  });

  it('names no two verified errors the same within a report', () => {
    for (const { name, truth } of files) {
      const ids = truth.errors.map((e) => e.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('has labelled reports in the project corpus for the fast test', () => {
    expect(local.map((f) => f.name)).toEqual(expect.arrayContaining(['seed-huaihua-gxj-2023-docx.json']));
    expect(local.length).toBeGreaterThanOrEqual(4);
  });
});

describe('label matching', () => {
  const at = (page: number | null, table: number | null, value: string) => ({
    value, label: 'x', unit: null, role: 'part',
    location: { block: 0, page, span: null, section: null, table, row: null, col: null, quote: value },
  });
  const finding = (...values: ReturnType<typeof at>[]): Finding => ({
    rule: 'renamed-rule', severity: 'error', messageId: 'm', message: { zh: '', en: '' }, formula: '', stated: null,
    expected: null, difference: null, values, refs: [],
  });
  const label: TruthError = {
    id: 'e', page: 21, kind: 'share', stated: '71.73', operands: ['2106.66', '2940.05'], arithmetic: 'x', note: '', slight: false, foundAtBaseline: true,
  };

  it('matches on page, the stated figure and one other figure, as exact decimals, whatever the rule is called', () => {
    expect(matchesError(label, finding(at(21, null, '71.730'), at(21, null, '2940.05')))).toBe(true);
    expect(matchesError(label, finding(at(21, null, '71.73')))).toBe(false);
    expect(matchesError(label, finding(at(22, null, '71.73'), at(22, null, '2940.05')))).toBe(false);
    expect(matchesError({ ...label, statedIn: 'table' }, finding(at(21, null, '71.73'), at(21, null, '2940.05')))).toBe(false);
    expect(matchesError({ ...label, page: null }, finding(at(null, 3, '71.73'), at(null, 3, '2106.66')))).toBe(true);
  });

  it('scores recall, precision, returned false alarms and unlabelled findings', () => {
    const truth = files[0]!.truth;
    const t: Truth = {
      ...truth,
      errors: [label],
      falseAlarms: [{ page: 8, stated: '1512.23', figures: ['1608.51'], cause: 'same-row-label', note: 'n', rule: 'same-figure', allFigures: false, afterBaseline: false }],
    };
    const s = score(t, [
      finding(at(21, null, '71.73'), at(21, null, '2106.66')),
      finding(at(8, 4, '1512.23'), at(7, 4, '1608.51')),
      finding(at(9, 4, '1')),
      { ...finding(at(9, 4, '2'), at(9, 4, '3')), severity: 'warning' },
    ]);
    expect([s.found, s.labelled, s.matchingError, s.errorFindings, s.returned.length, s.unlabelled.length]).toEqual([1, 1, 1, 3, 1, 1]);
  });

  it('a false alarm labelled with allFigures matches only a finding carrying every one of its figures', () => {
    const alarm = { page: 35, stated: '38191.21', figures: ['1140.61', '83.78', '11871.20'], cause: 'misread-structure' as const, note: 'n', rule: 'sum', allFigures: true, afterBaseline: false };
    expect(matchesFalseAlarm(alarm, finding(at(35, 4, '38191.21'), at(35, 4, '1140.61'), at(35, 4, '11871.20')))).toBe(false);
    expect(matchesFalseAlarm(alarm, finding(at(35, 4, '38191.21'), at(35, 4, '1140.61'), at(35, 4, '83.78'), at(35, 4, '11871.20')))).toBe(true);
    expect(matchesFalseAlarm({ ...alarm, allFigures: false }, finding(at(35, 4, '38191.21'), at(35, 4, '1140.61')))).toBe(true);
  });
});

describe.each(local.map((f) => [f.name, f.truth] as const))('%s', (name, truth) => {
  const mustFind = truth.errors.filter(kept);

  it(`still finds the ${mustFind.length} verified error(s) found at baseline or since`, async () => {
    const errs = (await findings(name, truth)).filter((f) => f.severity === 'error');
    const lost = mustFind.filter((e) => !errs.some((f) => matchesError(e, f)));
    expect(lost.map(where)).toEqual([]);
  });

  const fa = FALSE_ALARMS_STILL_BACK.has(name) ? it.fails : it;
  fa(`reports none of the ${truth.falseAlarms.length} labelled false alarm(s) as an error`, async () => {
    const errs = (await findings(name, truth)).filter((f) => f.severity === 'error');
    const back = truth.falseAlarms.filter((a) => errs.some((f) => matchesFalseAlarm(a, f)));
    expect(back.map((a) => `${where(a)} ${a.cause}`)).toEqual([]);
  });
});
