/**
 * Matching labels to findings, stable across rule renames and message changes: a finding
 * matches a label when it has a value on the label's page (any page for a source without
 * pages) and its values contain the label's stated figure and at least one of the label's
 * other figures, compared as exact decimals ("10.00" = "10"); a label that says where its
 * stated figure is printed (`statedIn`: table or prose) needs the finding's copy there.
 */
import { Decimal } from 'decimal.js';
import type { Finding } from '../../src/model/index.js';
import type { FalseAlarm, Truth, TruthError } from './truth-schema.js';

interface Key {
  page: number | null;
  stated: string;
  statedIn: 'table' | 'prose' | undefined;
  others: string[];
  /** Every one of `others` must be among the finding's values (else at least one). */
  all: boolean;
}

const keyOfError = (e: TruthError): Key => ({ page: e.page, stated: e.stated, statedIn: e.statedIn, others: e.operands, all: false });
const keyOfAlarm = (a: FalseAlarm): Key => ({ page: a.page, stated: a.stated, statedIn: a.statedIn, others: a.figures, all: a.allFigures });

function hasValue(f: Finding, figure: string, where?: 'table' | 'prose'): boolean {
  const want = new Decimal(figure);
  return f.values.some((v) => {
    if (where === 'table' && v.location.table === null) return false;
    if (where === 'prose' && v.location.table !== null) return false;
    try {
      return new Decimal(v.value).eq(want);
    } catch {
      return false;
    }
  });
}

function matchesKey(key: Key, f: Finding): boolean {
  if (key.page !== null && !f.values.some((v) => v.location.page === key.page)) return false;
  return hasValue(f, key.stated, key.statedIn) && (key.all ? key.others.every((o) => hasValue(f, o)) : key.others.some((o) => hasValue(f, o)));
}

export const matchesError = (e: TruthError, f: Finding): boolean => matchesKey(keyOfError(e), f);
export const matchesFalseAlarm = (a: FalseAlarm, f: Finding): boolean => matchesKey(keyOfAlarm(a), f);

export interface Score {
  /** Verified errors labelled / found among the error findings. */
  labelled: number;
  found: number;
  /** Labelled errors gouji found at baseline (or since a later commit, `foundSince`) and finds no more. */
  lost: TruthError[];
  /** Labelled errors not found (including those never found). */
  missed: TruthError[];
  /** All error findings / those matching a verified error. */
  errorFindings: number;
  matchingError: number;
  /** Labelled false alarms that came back as an error finding. */
  returned: FalseAlarm[];
  /** Error findings matching no label at all: new, to audit. */
  unlabelled: Finding[];
}

/** Scores one report's findings against its labels (only `error` findings count). */
export function score(truth: Truth, findings: readonly Finding[]): Score {
  const errs = findings.filter((f) => f.severity === 'error');
  const found = truth.errors.filter((e) => errs.some((f) => matchesError(e, f)));
  const missed = truth.errors.filter((e) => !found.includes(e));
  const matching = errs.filter((f) => truth.errors.some((e) => matchesError(e, f)));
  const returned = truth.falseAlarms.filter((a) => errs.some((f) => matchesFalseAlarm(a, f)));
  const unlabelled = errs.filter((f) => !matching.includes(f) && !truth.falseAlarms.some((a) => matchesFalseAlarm(a, f)));
  return {
    labelled: truth.errors.length,
    found: found.length,
    lost: missed.filter((e) => e.foundAtBaseline || e.foundSince !== undefined),
    missed,
    errorFindings: errs.length,
    matchingError: matching.length,
    returned,
    unlabelled,
  };
}
