import type { Finding, FindingValue, Severity } from '../model/index.js';
import type { Outcome } from './check.js';
import { collapseCascades } from './cascade.js';
import { comparePlaces, createContext, indexReport } from './context.js';
import type { Draft, Message, ReconcileInput, Rule, Term } from './rule.js';

export interface EngineOptions {
  /** Keep checks that tie, as `info` findings (`--all`). Default false. */
  all?: boolean;
  /** Turn rules off (or back on) by id: `{ 'unit-scale': false }`. Default: every rule on. */
  rules?: Readonly<Record<string, boolean>>;
}

/**
 * Severity from what a check found: fails even on the loose reading → error (warning when
 * the relation itself is uncertain); holds only on the loose reading → warning; ties → info.
 */
export function severityOf(outcome: Outcome, uncertain = false): Severity {
  if (outcome === 'ties') return 'info';
  if (outcome === 'loose') return 'warning';
  return uncertain ? 'warning' : 'error';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs rules over a report and returns their findings: severity set from the outcome,
 * messages filled from each rule's templates, `info` kept only with `all`, duplicates
 * (the same figures at the same places, found by two rules) reported once — the more
 * severe, else the earlier rule — and sorted by severity, then document order.
 * The engine knows no rule by name.
 */
export function runRules(rules: readonly Rule<string>[], input: ReconcileInput, options: EngineOptions = {}): Finding[] {
  const index = indexReport(input);
  const kept = new Map<string, { finding: Finding; rank: number; order: number }>();
  rules.forEach((rule, ruleIndex) => {
    if (options.rules?.[rule.meta.id] === false) return;
    const drafts: Draft<string>[] = [];
    try {
      rule.check(createContext<string>(index, (d) => drafts.push(d)));
    } catch (error) {
      // a rule that throws is a bug in gouji, not in the report: say which rule
      throw new Error(`reconcile rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    for (const draft of drafts) {
      // a figure qualified by 约 / 以上 / 不足 … is a bound, not a statement: at most a warning
      const severity = severityOf(draft.outcome, draft.uncertain || draft.terms.some((t) => t.bound));
      if (severity === 'info' && !options.all) continue;
      const finding = toFinding(rule, draft, severity);
      const key = dedupKey(finding);
      const previous = kept.get(key);
      const rank = SEVERITY_RANK[severity];
      if (previous && previous.rank <= rank) continue;
      kept.set(key, { finding, rank, order: ruleIndex });
    }
  });
  const ordered = [...kept.values()]
    .sort((a, b) => a.rank - b.rank || comparePlaces(place(a.finding), place(b.finding)) || a.order - b.order)
    .map((k) => k.finding);
  // one wrong figure, one error: the checks it also breaks follow from it (cascade.ts)
  collapseCascades(ordered);
  const shown = options.all ? ordered : ordered.filter((f) => f.severity !== 'info');
  return shown.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || comparePlaces(place(a), place(b)));
}

function place(f: Finding): FindingValue['location'] {
  return f.values[0]?.location ?? { block: 0, page: null, span: null, section: null, table: null, row: null, col: null, quote: '' };
}

function toFinding(rule: Rule<string>, draft: Draft<string>, severity: Severity): Finding {
  const template = rule.meta.messages[draft.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id "${draft.messageId}"`);
  const data: Record<string, string> = {
    formula: draft.formula,
    stated: draft.stated ?? '',
    expected: draft.expected?.value ?? '',
    difference: draft.difference ?? '',
    interval: draft.expected?.interval?.toString() ?? '',
    ...draft.data,
  };
  return {
    rule: rule.meta.id,
    severity,
    messageId: draft.messageId,
    message: fillMessage(rule.meta.id, draft.messageId, template, data),
    formula: draft.formula,
    stated: draft.stated,
    expected: draft.expected
      ? { value: draft.expected.value, interval: draft.expected.interval ? draft.expected.interval.toJSON() : null }
      : null,
    difference: draft.difference,
    values: draft.terms.map(toValue),
    refs: [...(draft.refs ?? [])],
  };
}

function toValue(t: Term): FindingValue {
  return { value: t.number.printed, label: t.label, unit: t.number.unit ?? t.unitHint ?? null, role: t.role, location: t.location };
}

/** Fills `{{name}}` placeholders; a missing one is a bug in the rule, so it throws. */
export function fillMessage(ruleId: string, messageId: string, template: Message, data: Readonly<Record<string, string>>): Message {
  const fill = (text: string): string =>
    text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const v = data[name];
      if (v === undefined) throw new Error(`rule ${ruleId}, message ${messageId}: no data for {{${name}}}`);
      return v;
    });
  return { zh: fill(template.zh), en: fill(template.en) };
}

/** The same figures at the same places. */
function dedupKey(f: Finding): string {
  return f.values
    .map((v) => `${v.value}@${v.location.block}:${v.location.span?.start ?? ''}:${v.location.row ?? ''}:${v.location.col ?? ''}`)
    .sort()
    .join('|');
}
