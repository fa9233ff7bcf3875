import type { Finding, Report } from '../model/index.js';
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
  return runRules(ruleList, report, { all: options.all ?? false, rules: options.rules ?? {} });
}

export { formatFindings } from './format.js';
export { rules, type RuleId } from './rules/index.js';
