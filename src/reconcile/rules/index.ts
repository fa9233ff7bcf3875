import type { Rule } from '../rule.js';
import compare from './compare.js';
import difference from './difference.js';
import grade from './grade.js';
import growth from './growth.js';
import identity from './identity.js';
import rate from './rate.js';
import sameFigure from './same-figure.js';
import score from './score.js';
import shares from './shares.js';
import sum from './sum.js';
import unitScale from './unit-scale.js';

/**
 * Every reconcile rule, keyed by id (= file name). The engine runs them in this order;
 * when two rules report the same figures, the more severe finding is kept, else the
 * earlier rule's. tests/reconcile/rules.meta.test.ts checks that every file under
 * rules/ is here, documented in docs/reconcile.md and tested.
 */
export const rules = {
  sum,
  rate,
  growth,
  shares,
  difference,
  compare,
  identity,
  'same-figure': sameFigure,
  'unit-scale': unitScale,
  score,
  grade,
} satisfies Record<string, Rule<never>>;

export type RuleId = keyof typeof rules;

export const ruleList: readonly Rule<string>[] = Object.values(rules) as readonly Rule<string>[];
