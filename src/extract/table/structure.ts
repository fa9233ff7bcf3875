import { Decimal } from 'decimal.js';
import { rowFigures, type Interval, type RowNode } from './hierarchy.js';
import type { RowInfo } from './rows.js';

/** How far the tree-by-sums parse looks along one group before giving up (bounds the work per row). */
const MAX_CHILDREN = 200;

/** Bands longer than this are not read by their sums (the parse recurses once per nesting level). */
const MAX_SUMS_ROWS = 2000;

/** A reading of a band's rows: the parent of each node (index into the nodes, −1 at the top). */
type Reading = number[];

/**
 * Chooses the row structure of a band among the readings its layout allows — the marks
 * (numbering, 其中, codes, indentation: buildHierarchy), the column each row's label starts
 * in (a tree drawn by columns: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 …), the marks
 * with unmarked rows as siblings of the numbered row they follow rather than its children,
 * and, when neither marks nor columns say anything, groups found by their sums. Arithmetic only
 * breaks the tie (DESIGN: layout first): each reading is scored by how many of its sums
 * can hold under rounding, and the marks' reading is kept unless another does strictly
 * better. A row placed by the sums reading is marked `byArithmetic` (the sums over it are
 * inferred: a failure is a warning, never an error). Returns the reading taken and the score
 * of every reading weighed (empty when there was no alternative).
 */
export function chooseStructure(
  rows: readonly RowInfo[],
  nodes: RowNode[],
  labelCols: readonly number[],
  additive: (col: number) => boolean,
): { reading: 'marks' | 'columns' | 'sums' | 'siblings'; scores: Record<string, number> } {
  if (nodes.length < 3) return { reading: 'marks', scores: {} };
  const figuresOf = rowFigures(additive);
  const items = nodes.map((n) => n.info);
  const totals = rows.filter((r) => r.role === 'total').map(figuresOf).filter((f) => f.size > 0);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const marks: Reading = nodes.map((n) => (n.parent ? (index.get(n.parent) ?? -1) : -1));
  const score = (reading: Reading): number => {
    let s = 0;
    const children = new Map<number, number[]>();
    reading.forEach((p, i) => {
      const list = children.get(p) ?? [];
      list.push(i);
      children.set(p, list);
    });
    for (const [p, kids] of children) {
      const parts = kids.map((k) => figuresOf(items[k]!));
      const wholes = p === -1 ? totals : [figuresOf(items[p]!)];
      const partial = p !== -1 && kids.some((k) => nodes[k]!.breakdown && reading === marks);
      for (const whole of wholes) {
        if (whole.size === 0) continue;
        s += (partial ? !exceeds(whole, parts) : ties(whole, parts)) ? 1 : -1;
      }
    }
    return s;
  };

  const candidates: Array<{ name: 'columns' | 'sums' | 'siblings'; reading: Reading }> = [];
  // unmarked rows that sit under a numbered row only because they follow it, read as its siblings
  if (nodes.some((n) => n.byAdjacency)) {
    candidates.push({
      name: 'siblings',
      reading: marks.map((p, i) => (nodes[i]!.byAdjacency && p !== -1 && nodes[p]!.style !== null ? marks[p]! : p)),
    });
  }
  const byColumns = columnReading(items, labelCols);
  if (byColumns) candidates.push({ name: 'columns', reading: byColumns });
  // the sums reading recurses once per nesting level: bounded to tables a person prints. Where
  // marks place some rows (“一、本年支出合计 … 二、年终结转结余”), it reads each run of unmarked rows
  // between them (a 类/款/项 tree printed flat), the marked rows keeping their place
  if (nodes.length <= MAX_SUMS_ROWS) {
    const sums = runsBySums(nodes, marks, items, tightFigures(items, additive));
    if (sums) candidates.push({ name: 'sums', reading: sums });
  }

  let best: { name: 'marks' | 'columns' | 'sums' | 'siblings'; reading: Reading; score: number } = { name: 'marks', reading: marks, score: score(marks) };
  const scores: Record<string, number> = { marks: best.score };
  for (const c of candidates) {
    const sc = score(c.reading);
    scores[c.name] = sc;
    if (sc > best.score) best = { ...c, score: sc };
  }
  // a reading that keeps a row's parent keeps its 其中 (the sums reading keeps the marked rows' places)
  if (best.name !== 'marks') apply(nodes, best.reading, best.name === 'sums' ? marks : null, best.name === 'siblings' || best.name === 'sums' ? marks : null);
  return { reading: best.name, scores: candidates.length > 0 ? scores : {} };
}

/**
 * The sums reading of each run of unmarked rows (at least three), the other rows as the marks
 * place them; null when no run is long enough.
 */
function runsBySums(nodes: readonly RowNode[], marks: Reading, items: readonly RowInfo[], figuresOf: (info: RowInfo) => Map<number, Interval>): Reading | null {
  const reading = [...marks];
  let any = false;
  for (let i = 0; i < nodes.length; ) {
    if (!unmarked(nodes[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < nodes.length && unmarked(nodes[j]!)) j++;
    if (j - i >= 3) {
      any = true;
      sumsReading(items.slice(i, j), figuresOf).forEach((p, k) => {
        if (p !== -1) reading[i + k] = i + p;
      });
    }
    i = j;
  }
  return any ? reading : null;
}

/**
 * Sets parents, children and levels from a reading (rows in order, so parents come first).
 * `arithmeticFrom`: the reading the sums departed from — a row placed otherwise was placed by arithmetic.
 */
function apply(nodes: RowNode[], reading: Reading, arithmeticFrom: Reading | null, keepBreakdowns: Reading | null): void {
  for (const n of nodes) n.children = [];
  reading.forEach((p, i) => {
    const node = nodes[i]!;
    const parent = p === -1 ? null : nodes[p]!;
    node.parent = parent;
    node.level = parent ? parent.level + 1 : 0;
    // a reading that keeps a row's parent keeps its 其中
    node.breakdown = keepBreakdowns !== null && keepBreakdowns[i] === p ? node.breakdown : false;
    node.byArithmetic = arithmeticFrom !== null && parent !== null && arithmeticFrom[i] !== p;
    parent?.children.push(node);
  });
}

/**
 * The tree drawn by columns: a row whose label stands in a column right of the open row's
 * is its child; one in the same column is its sibling. The column is the row's label cell
 * (the right-most text in a label column): a row that fills several label columns
 * (“案件审判经费 | 维修（护）费”, the first merged down over the rows below it) sits at the
 * level of its last one. Null when every label stands in one column (the columns say nothing).
 */
function columnReading(items: readonly RowInfo[], labelCols: readonly number[]): Reading | null {
  if (labelCols.length < 2) return null;
  const depth = items.map((info) => info.labelCell?.col ?? null);
  if (depth.some((d) => d === null) || new Set(depth).size < 2) return null;
  const reading: Reading = [];
  const stack: number[] = [];
  depth.forEach((d, i) => {
    while (stack.length > 0 && depth[stack.at(-1)!]! >= d!) stack.pop();
    reading.push(stack.at(-1) ?? -1);
    stack.push(i);
  });
  return reading;
}

/**
 * Groups found by their sums: a row whose figures are the sum of the subtrees after it is their
 * group. Where no run of subtrees adds up, the rows after it taken one by one may (`flat`): a
 * subtree found by a coincidence — two rows in a row with the same figures (拱北海关 and 珠海边检总站
 * given the same 补助), read as a group of one — must not hide the group it belongs to.
 */
function sumsReading(items: readonly RowInfo[], figuresOf: (info: RowInfo) => Map<number, Interval>): Reading {
  const memo = new Map<number, { end: number; children: number[]; flat: boolean }>();
  const parse = (i: number): { end: number; children: number[]; flat: boolean } => {
    const known = memo.get(i);
    if (known) return known;
    const whole = figuresOf(items[i]!);
    let result = { end: i + 1, children: [] as number[], flat: false };
    if (nonZero(whole)) {
      const group = (flat: boolean): { end: number; children: number[]; flat: boolean } | null => {
        const children: number[] = [];
        const parts: Array<Map<number, Interval>> = [];
        let k = i + 1;
        while (k < items.length && children.length < MAX_CHILDREN) {
          const end = flat ? k + 1 : parse(k).end;
          children.push(k);
          parts.push(figuresOf(items[k]!));
          if (ties(whole, parts)) return { end, children, flat };
          if (exceeds(whole, parts)) return null;
          k = end;
        }
        return null;
      };
      result = group(false) ?? group(true) ?? result;
    }
    memo.set(i, result);
    return result;
  };
  // parse(i) needs parse(k) for rows k after i: filled from the last row up, each call finds the
  // rows after it already parsed, so the recursion is one level deep (a 16 000-row table
  // overflowed the stack); the results are the same, parse being pure.
  for (let i = items.length - 1; i >= 0; i--) parse(i);
  const reading: Reading = items.map(() => -1);
  const place = (root: number): void => {
    const stack = [root]; // a chain of one-child sums is as deep as the table is long: no recursion
    while (stack.length > 0) {
      const i = stack.pop()!;
      const { children, flat } = parse(i);
      for (const c of children) {
        reading[c] = i;
        if (!flat) stack.push(c);
      }
    }
  };
  for (let i = 0; i < items.length; i = parse(i).end) place(i);
  return reading;
}

/**
 * Figures on the tight reading (DESIGN: rounding), for finding groups by arithmetic: a figure
 * printed with fewer decimals than the most precise one of its column dropped trailing zeros
 * (“100” among “99.71” is 100.00 ± 0.005), and a column printed whole throughout holds exact
 * whole figures (scores, counts: 10 is not 6 + 5). A coincidence within the loose rounding of
 * a whole figure is no group.
 */
function tightFigures(items: readonly RowInfo[], additive: (col: number) => boolean): (info: RowInfo) => Map<number, Interval> {
  const decimals = new Map<number, number>();
  for (const info of items) {
    for (const v of info.values) {
      if (v.parsed.kind !== 'number' || !additive(v.col)) continue;
      decimals.set(v.col, Math.max(decimals.get(v.col) ?? 0, v.parsed.number.decimals));
    }
  }
  return rowFigures(additive, false, (col) => {
    const d = decimals.get(col) ?? 0;
    return d === 0 ? new Decimal(0) : new Decimal(10).pow(-d).div(2);
  });
}

/** A row the layout says nothing about: top level, no numbering, no 其中, no code, no indent. */
function unmarked(n: RowNode): boolean {
  return n.level === 0 && n.parent === null && n.children.length === 0 && n.style === null && !n.breakdown && n.info.codeDepth === null && n.info.indent === 0;
}

function nonZero(f: ReadonlyMap<number, Interval>): boolean {
  for (const r of f.values()) if (!r.low.lte(0) || !r.high.gte(0)) return true;
  return false;
}

/** The parts can add up to the whole in every column the whole has a figure in (and at least one). */
function ties(whole: ReadonlyMap<number, Interval>, parts: readonly ReadonlyMap<number, Interval>[]): boolean {
  let compared = 0;
  for (const [col, w] of whole) {
    let low = new Decimal(0);
    let high = new Decimal(0);
    let any = false;
    for (const p of parts) {
      const r = p.get(col);
      if (!r) continue;
      any = true;
      low = low.plus(r.low);
      high = high.plus(r.high);
    }
    if (!any) {
      if (w.low.lte(0) && w.high.gte(0)) continue; // a blank column under a zero
      return false;
    }
    // rounding intervals are half-open ([9.5, 10.5) prints 10): touching at an end is no tie (10 ≠ 9);
    // exact figures (a whole column on the tight reading) tie only when equal
    const exact = low.eq(high) && w.low.eq(w.high);
    if (exact ? !low.eq(w.low) : low.gte(w.high) || high.lte(w.low)) return false;
    compared++;
  }
  return compared > 0;
}

/** The parts already exceed the whole in some column, whatever the rounding. */
function exceeds(whole: ReadonlyMap<number, Interval>, parts: readonly ReadonlyMap<number, Interval>[]): boolean {
  for (const [col, w] of whole) {
    let low = new Decimal(0);
    for (const p of parts) low = low.plus(p.get(col)?.low ?? 0);
    if (low.gt(w.high)) return true;
  }
  return false;
}
