import type { Coverage, Finding, Report } from '../model/index.js';
import { runRules } from './engine.js';
import { ruleList, type RuleId } from './rules/index.js';

export interface ReconcileOptions {
  /** Also report relations that were checked and tie, as `info` findings (`--all`). */
  all?: boolean;
  /** Turn rules off by id (`{ 'unit-scale': false }`); every rule is on by default. */
  rules?: Partial<Record<RuleId, boolean>>;
}

/** Runs every registered rule over the extracted report (docs/reconcile.md). */
export function reconcile(report: Omit<Report, 'findings'>, options: ReconcileOptions = {}): Finding[] {
  return reconcileWithCoverage(report, options).findings;
}

/**
 * The findings, and what was checked: every rule runs with the ties kept, so a relation is
 * counted as checked when some finding refers to it; the ties are then dropped unless `all`.
 */
export function reconcileWithCoverage(
  report: Omit<Report, 'findings' | 'coverage'>,
  options: ReconcileOptions = {},
): { findings: Finding[]; coverage: Coverage } {
  const every = runRules(ruleList, report, { all: true, rules: options.rules ?? {} });
  const referred = new Set(every.flatMap((f) => f.refs));
  const byRule: Record<string, number> = {};
  for (const f of every) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const unchecked = report.relations.filter((r) => !referred.has(r.id)).map((r) => ({ id: r.id, kind: r.kind, name: r.name }));
  return {
    findings: options.all ? every : every.filter((f) => f.severity !== 'info'),
    coverage: { relations: report.relations.length, checked: report.relations.length - unchecked.length, byRule, unchecked },
  };
}

export { formatFindings } from './format.js';
export { rules, type RuleId } from './rules/index.js';
