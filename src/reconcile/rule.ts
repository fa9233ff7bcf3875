import type { Fact, Location, Relation, Report } from '../model/index.js';
import type { Outcome, TieResult, TieSpec } from './check.js';
import type { Interval } from './interval.js';
import type { Figure } from './reading.js';

/** What reconcile reads: the extracted report before findings are added. */
export type ReconcileInput = Omit<Report, 'findings'>;

/** A message template; `{{name}}` placeholders are filled from the finding's data. */
export interface Message {
  zh: string;
  en: string;
}

export interface RuleMeta<M extends string = string> {
  /** The rule's id, equal to its file name under src/reconcile/rules/. */
  id: string;
  /** One line saying what the rule checks. */
  description: string;
  messages: Record<M, Message>;
}

/** A figure as it enters a finding: the number, what it is called, where, and its part in the formula. */
export interface Term extends Figure {
  label: string;
  /** result, part, total, numerator, denominator, minuend, subtrahend, weight, score, … */
  role: string;
  location: Location;
}

/** What a rule reports; the engine turns it into a Finding (severity, message, ordering, dedup). */
export interface Draft<M extends string = string> {
  messageId: M;
  /** Placeholders of the message; formula/stated/expected/difference/interval are filled in by default. */
  data?: Record<string, string>;
  outcome: Outcome;
  /** The relation itself is in doubt (a partial list, a link gouji inferred): a failure is a warning. */
  uncertain?: boolean;
  formula: string;
  stated: string | null;
  expected: { value: string; interval: Interval | null } | null;
  difference: string | null;
  /** Every figure the check used, the stated one first. */
  terms: readonly Term[];
  /** Relation ids (or other ids) the finding is about. */
  refs?: readonly string[];
}

export interface RuleContext<M extends string = string> {
  /** The extracted report being checked. */
  readonly input: ReconcileInput;
  /** The report's facts plus facts made for table cells the extractor left without one. */
  readonly facts: readonly Fact[];
  fact(id: string): Fact | undefined;
  /** The report's relations plus the sums read from table hierarchies (see table-relations.ts). */
  relations(kind?: Relation['kind']): readonly Relation[];
  /** Facts whose canonical label is one of `labels`, in document order. */
  factsLabelled(labels: string | readonly string[]): readonly Fact[];
  /** A fact as a term of a check. */
  term(fact: Fact, role: string, options?: Pick<Figure, 'whole' | 'rounded'>): Term;
  /** Evaluates a check on both readings (null when it cannot be made). */
  tie(spec: TieSpec): TieResult | null;
  report(draft: Draft<M>): void;
}

/** A reconcile rule: metadata, and a check over the report that reports drafts. */
export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** Declares a rule with its message ids checked by the compiler. */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * “预算执行率 135.42%”, “决算支出 3241.81”: a term as it reads in a formula. Units are
 * shown for percentages and for money in any unit but 万元 (the unit tables use).
 */
export function formatTerm(t: Pick<Term, 'label' | 'number'>): string {
  const unit = t.number.unit;
  const shown = unit === '%' || (t.number.kind === 'money' && unit !== '万元') ? (unit ?? '') : '';
  return `${t.label} ${t.number.printed}${shown}`;
}

/** The relation sign of a formula for an outcome: = ties, ≈ holds only on the loose reading, ≠ fails. */
export function relationSign(outcome: Outcome, compare: 'eq' | 'atMost' = 'eq'): string {
  if (compare === 'atMost') return outcome === 'fails' ? '<' : outcome === 'loose' ? '≲' : '≥';
  return outcome === 'ties' ? '=' : outcome === 'loose' ? '≈' : '≠';
}

/**
 * Stated/expected/difference of a draft from a tie result, as decimal strings in the
 * stated figure's unit (quotient bounds shown to 4 more places than the figure).
 */
export function tieFields(result: TieResult): Pick<Draft, 'stated' | 'expected' | 'difference'> {
  return {
    stated: result.stated,
    expected: { value: result.expected, interval: result.interval.outward(result.decimals + 4) },
    difference: result.difference,
  };
}
