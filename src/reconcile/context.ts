import type { Fact, Relation } from '../model/index.js';
import { qualifierBound } from '../extract/numbers.js';
import { tie } from './check.js';
import type { Draft, ReconcileInput, RuleContext, Term } from './rule.js';
import { deriveTableRelations } from './table-relations.js';

/** What every rule of one run reads: built once per report. */
export interface ReportIndex {
  input: ReconcileInput;
  facts: readonly Fact[];
  byId: ReadonlyMap<string, Fact>;
  byLabel: ReadonlyMap<string, readonly Fact[]>;
  relations: readonly Relation[];
}

export function indexReport(input: ReconcileInput): ReportIndex {
  const byId = new Map(input.facts.map((f) => [f.id, f]));
  const derived = deriveTableRelations(input, byId);
  for (const f of derived.facts) byId.set(f.id, f);
  const facts = [...input.facts, ...derived.facts];
  const byLabel = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = byLabel.get(f.label) ?? [];
    list.push(f);
    byLabel.set(f.label, list);
  }
  return { input, facts, byId, byLabel, relations: [...input.relations, ...derived.relations] };
}

/** The context one rule sees; its reports go to `sink`. */
export function createContext<M extends string>(index: ReportIndex, sink: (draft: Draft<M>) => void): RuleContext<M> {
  return {
    input: index.input,
    facts: index.facts,
    fact: (id) => index.byId.get(id),
    relations: (kind) => (kind ? index.relations.filter((r) => r.kind === kind) : index.relations),
    factsLabelled: (labels) => {
      const wanted = typeof labels === 'string' ? [labels] : labels;
      return wanted.flatMap((l) => index.byLabel.get(l) ?? []).sort(byPosition);
    },
    term: (fact, role, options = {}): Term => ({
      number: fact.number,
      label: displayLabel(fact),
      role,
      location: fact.location,
      bound: qualifierBound(fact.dims.qualifier),
      ...options,
    }),
    tie,
    report: sink,
  };
}

/** Document order of facts: block, then character offset, then table cell. */
export function byPosition(a: { location: Fact['location'] }, b: { location: Fact['location'] }): number {
  return comparePlaces(a.location, b.location);
}

export function comparePlaces(a: Fact['location'], b: Fact['location']): number {
  return (
    a.block - b.block ||
    (a.span?.start ?? 0) - (b.span?.start ?? 0) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.col ?? 0) - (b.col ?? 0)
  );
}

/**
 * How a figure is named in a formula: its canonical label, and for a table cell also its
 * column (“年度资金总额 / 全年执行数”), so two cells of one row can be told apart.
 */
export function displayLabel(fact: Fact): string {
  if (fact.source !== 'table') return fact.label;
  let label = DISPLAY_LABELS.get(fact);
  if (label === undefined) {
    const column = fact.rawLabel.split(' / ').slice(1).join(' / ').replace(/\s+/g, '');
    label = column ? `${fact.label} / ${column}` : fact.label;
    DISPLAY_LABELS.set(fact, label);
  }
  return label;
}

/** Each table fact's display label, made once (a fact takes part in many checks). */
const DISPLAY_LABELS = new WeakMap<Fact, string>();
