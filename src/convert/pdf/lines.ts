import { joinRuns } from './join.js';
import type { Line, Run } from './types.js';
import { union } from './types.js';

/**
 * Glyph runs → lines. Runs are grouped by baseline (tolerant of runs a little above or below
 * it: superscripts, mixed fonts, one run per glyph), then ordered left to right; a run drawn
 * twice at the same place (fake bold) is kept once. Vertical runs stay lines of their own.
 */
export function buildLines(runs: readonly Run[], page: number): Line[] {
  const horizontal = runs.filter((r) => !r.vertical && r.text.trim() !== '');
  const sorted = [...horizontal].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: Run[][] = [];
  const baselines: number[] = [];
  const sizes: number[] = [];
  for (const run of sorted) {
    let placed = false;
    // Only the last few groups can share this baseline, since runs come top to bottom.
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 4; g--) {
      const tolerance = 0.4 * Math.min(sizes[g]!, run.size);
      if (Math.abs(baselines[g]! - run.baseline) <= tolerance) {
        groups[g]!.push(run);
        placed = true;
        break;
      }
    }
    if (!placed) {
      groups.push([run]);
      baselines.push(run.baseline);
      sizes.push(run.size);
    }
  }
  const lines = groups.map((g) => makeLine(dedupe(g.sort((a, b) => a.x0 - b.x0)), page));
  for (const r of runs) {
    if (r.vertical && r.text.trim() !== '') lines.push(makeLine([r], page));
  }
  return lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Builds a line from runs already in left-to-right order. */
export function makeLine(runs: Run[], page: number): Line {
  const box = union(runs);
  // The line's size and baseline are those of most of its characters.
  const bySize = new Map<number, number>();
  for (const r of runs) bySize.set(Math.round(r.size * 2) / 2, (bySize.get(Math.round(r.size * 2) / 2) ?? 0) + r.text.length);
  const mainSize = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const main = runs.find((r) => Math.round(r.size * 2) / 2 === mainSize) ?? runs[0]!;
  const chars = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  const boldChars = runs.reduce((n, r) => n + (r.bold ? r.text.replace(/\s/g, '').length : 0), 0);
  // the box's fields written out, not spread: `{ ...box, more }` is a slow path in V8 (one line object per printed line)
  return {
    x0: box.x0,
    top: box.top,
    x1: box.x1,
    bottom: box.bottom,
    runs,
    text: joinRuns(runs),
    size: main.size,
    maxSize: Math.max(...runs.map((r) => r.size)),
    baseline: main.baseline,
    bold: chars > 0 && boldChars >= 0.9 * chars,
    page,
  };
}

/** Drops a run that repeats the previous one at (almost) the same place: fake bold, shadows. */
function dedupe(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const dup = out.find((o) => o.text === r.text && Math.abs(o.x0 - r.x0) < 0.3 * r.size && Math.abs(o.baseline - r.baseline) < 0.3 * r.size);
    if (dup) {
      dup.bold = true;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Splits a line into segments at wide gaps (≥ 1.5 em): the cells of a table drawn without
 * lines, or fields set apart on one line.
 */
export function segments(line: Line, minGapEm = 1.5): Line[] {
  const parts: Run[][] = [];
  let current: Run[] = [];
  let prev: Run | undefined;
  for (const r of line.runs) {
    if (prev && r.x0 - prev.x1 >= minGapEm * Math.max(r.size, prev.size)) {
      parts.push(current);
      current = [];
    }
    current.push(r);
    prev = r;
  }
  if (current.length) parts.push(current);
  return parts.map((p) => makeLine(p, line.page));
}
