import { Decimal } from 'decimal.js';
import type { Finding, FindingValue } from '../model/index.js';

/** Where a printed figure stands: one table cell, or one span of text. */
export function figurePlace(v: Pick<FindingValue, 'location'>): string {
  const l = v.location;
  return l.table !== null ? `t${l.table}:${l.row}:${l.col}` : `b${l.block}:${l.span?.start ?? ''}`;
}

/**
 * One wrong figure, one error (Arelle stops a calculation when its facts disagree rather
 * than report a cascade). A figure that is wrong breaks every check that uses it — the row
 * sum and the column sum of a table cell, the total above a wrong subtotal and the subtotal's
 * own sum — and each broken check is off by the same amount (for checks where it is added
 * or subtracted, see ADDITIVE). Among the error findings, a
 * figure shared by two or more of them whose differences agree in size (so one change of
 * that figure would mend them all) is taken as the culprit: the first of those findings stays
 * an error, with `culprit` naming the figure; the others are kept as `info` with `follows`
 * naming it, so they are shown with `--all` and never counted twice. Findings off by
 * different amounts are independent errors and all stay.
 */
/**
 * Roles in which a figure enters a check linearly (a sum, a difference, one figure stated
 * twice, points): changing it by δ moves the check by δ. A rate's or share's operands do not
 * (300 ÷ 500 and 100 ÷ 500 both off by 0.5 points need two changes), so a figure shared in
 * those roles is never taken as the one culprit.
 */
const ADDITIVE = new Set(['total', 'part', 'first', 'second', 'included', 'minuend', 'subtrahend', 'weight', 'score', 'total-weight', 'total-score', 'group-weight', 'stated-total']);

export function collapseCascades(findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error' && f.difference !== null);
  const settled = new Set<Finding>();
  for (;;) {
    const byFigure = new Map<string, { value: FindingValue; findings: Finding[] }>();
    for (const f of errors) {
      if (settled.has(f)) continue;
      for (const v of new Map(f.values.filter((x) => ADDITIVE.has(x.role ?? '')).map((x) => [figurePlace(x), x])).values()) {
        const key = figurePlace(v);
        const entry = byFigure.get(key) ?? { value: v, findings: [] };
        entry.findings.push(f);
        byFigure.set(key, entry);
      }
    }
    let best: { key: string; value: FindingValue; group: Finding[] } | null = null;
    for (const [key, { value, findings: shared }] of byFigure) {
      const group = sameSize(shared);
      if (group.length >= 2 && (!best || group.length > best.group.length)) best = { key, value, group };
    }
    if (!best) return;
    const [kept, ...rest] = best.group;
    kept!.culprit = { value: best.value.value, location: best.value.location };
    settled.add(kept!);
    for (const f of rest) {
      f.severity = 'info';
      f.follows = { value: best.value.value, location: best.value.location };
      settled.add(f);
    }
  }
}

/** The largest set of findings whose differences have one size (|expected − stated|), in document order. */
function sameSize(findings: readonly Finding[]): Finding[] {
  const bySize = new Map<string, Finding[]>();
  for (const f of findings) {
    let size: string;
    try {
      size = new Decimal(f.difference!).abs().toFixed();
    } catch {
      continue;
    }
    bySize.set(size, [...(bySize.get(size) ?? []), f]);
  }
  let best: Finding[] = [];
  for (const group of bySize.values()) if (group.length > best.length) best = group;
  return best;
}
