/** Summing per-report scores into the accuracy figures the bench prints. */
import type { Score } from './match.js';
import type { Truth } from './truth-schema.js';

export interface ReportRow {
  name: string;
  truth: Truth;
  score: Score;
  seconds: number;
}

export interface Totals {
  reports: number;
  pages: number;
  seconds: number;
  labelled: number;
  found: number;
  /** The same, leaving out labels marked `slight` (off by less than one unit in the last place). */
  labelledClear: number;
  foundClear: number;
  lost: number;
  errorFindings: number;
  matchingError: number;
  falseAlarmsLabelled: number;
  returned: number;
  unlabelled: number;
  /** From the labels: what gouji did at the baseline commit. */
  baseline: { errorFindings: number; found: number };
}

export function totals(rows: readonly ReportRow[]): Totals {
  const t: Totals = {
    reports: rows.length, pages: 0, seconds: 0, labelled: 0, found: 0, labelledClear: 0, foundClear: 0, lost: 0,
    errorFindings: 0, matchingError: 0, falseAlarmsLabelled: 0, returned: 0, unlabelled: 0,
    baseline: { errorFindings: 0, found: 0 },
  };
  for (const { truth, score, seconds } of rows) {
    t.pages += truth.pages ?? 0;
    t.seconds += seconds;
    t.labelled += score.labelled;
    t.found += score.found;
    const clear = truth.errors.filter((e) => !e.slight);
    t.labelledClear += clear.length;
    t.foundClear += clear.filter((e) => !score.missed.includes(e)).length;
    t.lost += score.lost.length;
    t.errorFindings += score.errorFindings;
    t.matchingError += score.matchingError;
    t.falseAlarmsLabelled += truth.falseAlarms.length;
    t.returned += score.returned.length;
    t.unlabelled += score.unlabelled.length;
    t.baseline.errorFindings += truth.audit.baselineErrorFindings;
    t.baseline.found += truth.errors.filter((e) => e.foundAtBaseline).length;
  }
  return t;
}

/** "a/b (p%)", with "–" for an empty denominator. */
export function ratio(a: number, b: number): string {
  return b === 0 ? `${a}/0 (–)` : `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
}
