/**
 * A tiny RuleTester in the manner of ESLint's: each rule's tests are tables of `valid`
 * reports (no error or warning; with `all`, the check must have run and tied) and
 * `invalid` reports with the findings expected, by message id, severity and figures.
 */
import { describe, expect, it } from 'vitest';
import { Finding, type Location, type Severity } from '../../src/model/index.js';
import { runRules } from '../../src/reconcile/engine.js';
import type { ReconcileInput, Rule } from '../../src/reconcile/rule.js';

export interface ValidCase {
  name: string;
  input: ReconcileInput;
  /** The check must have run: with `all`, at least this many info findings (default 1); 0 = no findings at all. */
  checks?: number;
}

export interface ExpectedFinding {
  messageId: string;
  severity: Severity;
  stated?: string | null;
  expected?: string;
  difference?: string | null;
  /** Printed values in the order the finding lists them (stated first). */
  values?: readonly string[];
  formula?: string | RegExp;
  /** Location of the first value (the stated figure). */
  where?: Partial<Location>;
}

export interface InvalidCase {
  name: string;
  input: ReconcileInput;
  findings: readonly ExpectedFinding[];
}

export function run(rule: Rule<string>, input: ReconcileInput, all = false): Finding[] {
  const findings = runRules([rule], input, { all });
  for (const f of findings) Finding.parse(f); // every finding is a valid Finding
  return findings;
}

export function ruleTester(rule: Rule<string>, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(rule, c.input).map(brief)).toEqual([]);
          const trace = run(rule, c.input, true);
          // checks: 0 — the rule has nothing to say here, even with a full trace
          if (c.checks === 0) expect(trace).toEqual([]);
          else expect(trace.filter((f) => f.severity === 'info').length).toBeGreaterThanOrEqual(c.checks ?? 1);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = run(rule, c.input);
          expect(findings.map(brief)).toEqual(c.findings.map((e) => ({ messageId: e.messageId, severity: e.severity })));
          c.findings.forEach((e, i) => {
            const f = findings[i]!;
            if (e.stated !== undefined) expect(f.stated).toBe(e.stated);
            if (e.expected !== undefined) expect(f.expected?.value).toBe(e.expected);
            if (e.difference !== undefined) expect(f.difference).toBe(e.difference);
            if (e.values) expect(f.values.map((v) => v.value)).toEqual(e.values);
            if (e.formula instanceof RegExp) expect(f.formula).toMatch(e.formula);
            else if (e.formula !== undefined) expect(f.formula).toBe(e.formula);
            if (e.where) expect(f.values[0]?.location).toMatchObject(e.where);
            expect(f.message.zh).not.toMatch(/\{\{/);
            expect(f.message.en).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}

function brief(f: Finding): { messageId: string; severity: Severity } {
  return { messageId: f.messageId, severity: f.severity };
}
