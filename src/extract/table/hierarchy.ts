import { Decimal } from 'decimal.js';
import type { RowInfo } from './rows.js';
import { TABLE_PATTERNS } from './patterns.js';
import { squash } from './text.js';
import { ordinal } from './continued.js';

/** A data row's place in the row hierarchy. */
export interface RowNode {
  info: RowInfo;
  parent: RowNode | null;
  level: number;
  /** Numbering style id of the row (“1、” → num-dun), null when unnumbered. */
  style: string | null;
  /** Part of a “其中：” breakdown (a list that need not be exhaustive). */
  breakdown: boolean;
  /** Indentation where the label text starts, after numbering / “其中：”. */
  contentIndent: number;
  children: RowNode[];
  /**
   * Placed by arithmetic, not by any mark of the layout (nest-by-sums.ts): the sum over
   * its parent is only inferred.
   */
  byArithmetic?: boolean;
  /**
   * An unmarked row placed under the numbered row above it only because it follows it
   * (“（一）因公出国（境）支出” then “公务用车购置及运行维护支出”): the structure module weighs
   * the reading where it is that row's sibling instead.
   */
  byAdjacency?: boolean;
}

/** A printed figure as the interval of values it may stand for (half a unit of its last decimal). */
export interface Interval {
  low: Decimal;
  high: Decimal;
}

/** Half a unit of the printed figure's last place: “99.71” stands for 99.71 ± 0.005 (the loose reading). */
const printedHalf = (_col: number, decimals: number): Decimal => new Decimal(10).pow(-decimals).div(2);

/**
 * A row's additive figures by column, as intervals, read once per row: `figuresOf(row)`.
 * With `skipNegative`, negative figures (a 结余 below zero) are left out; `halfOf` gives each
 * figure's half-width from its column and printed decimals (default: the printed rounding).
 */
export function rowFigures(
  additive: (col: number) => boolean,
  skipNegative = false,
  halfOf: (col: number, decimals: number) => Decimal = printedHalf,
): (info: RowInfo) => Map<number, Interval> {
  const figures = new Map<RowInfo, Map<number, Interval>>();
  return (info) => {
    let f = figures.get(info);
    if (!f) {
      f = new Map();
      for (const v of info.values) {
        if (v.parsed.kind !== 'number' || !additive(v.col)) continue;
        const value = new Decimal(v.parsed.number.value);
        if (skipNegative && value.isNegative()) continue;
        const half = halfOf(v.col, v.parsed.number.decimals);
        f.set(v.col, { low: value.minus(half), high: value.plus(half) });
      }
      figures.set(info, f);
    }
    return f;
  };
}

/**
 * Builds the row hierarchy of one band from its markers, in reading order:
 * - a row with a 科目编码 sits under the row with the code one level up (类 > 款 > 项);
 * - a numbered row is the sibling of the open row with the same numbering style, else the
 *   first child of the row above it (“1、业务工作经费” under “项目支出：”);
 * - a “其中：” row opens a breakdown of the row above; unmarked rows after it continue it;
 * - an unnumbered row ending in “：” starts a new top-level group;
 * - a “……” row ends the list it sits in;
 * - an unmarked row is a child of the numbered row above it, or a sibling of the unmarked
 *   row above it. Indentation, where a reader kept it, refines this: a row indented
 *   deeper than the row above is its child, a row aligned with the text of an open
 *   unnumbered row is that row's sibling (a shallower row gives no signal: text dumps
 *   indent inconsistently).
 * - An unmarked row is not attached where it would make its parent's parts add up to
 *   more than the parent in some column (intervals of the printed figures, so rounding
 *   never decides); it closes that list instead (“政府采购金额” after the “其中：” parts of
 *   “公用经费”). Numbered and “其中：” rows are placed by their markers alone.
 * Total rows (合计/总计/小计) are placed apart; see `placeTotals` in relations.ts.
 */
export function buildHierarchy(rows: RowInfo[], additive: (col: number) => boolean): RowNode[] {
  const figuresOf = rowFigures(additive, true);
  /**
   * Would `node` fit among `parent`'s parts without their sum exceeding it — in most of the
   * columns both have figures in? One wrong figure (one column) does not move a row.
   */
  const fits = (parent: RowNode, node: RowNode): boolean => {
    const whole = figuresOf(parent.info);
    let compared = 0;
    let over = 0;
    for (const [col, part] of figuresOf(node.info)) {
      const limit = whole.get(col);
      // a blank or zero figure says nothing about where the row belongs
      if (!limit || part.low.lte(0)) continue;
      let low = part.low;
      for (const child of parent.children) low = low.plus(figuresOf(child.info).get(col)?.low ?? 0);
      compared++;
      if (low.gt(limit.high)) over++;
    }
    return over === 0 || over * 2 < compared;
  };

  const nodes: RowNode[] = [];
  const stack: RowNode[] = [];
  const attach = (node: RowNode, parent: RowNode | null, breakdown: boolean): void => {
    node.parent = parent;
    node.level = parent ? parent.level + 1 : 0;
    node.breakdown = breakdown;
    parent?.children.push(node);
    while (stack.length > 0 && stack.at(-1) !== parent) stack.pop();
    stack.push(node);
  };

  const byCode: RowNode[] = [];
  // rows before this index are closed by a total row: no later row is their sibling
  let closedAt = 0;
  // numbering styles of total rows (“一、本年支出合计”): a row numbered alike (“二、年终结转结余”) is their sibling, top level
  const totalStyles = new Set<string>();
  for (const info of rows) {
    // A total row closes every list above it.
    if (info.role === 'total') {
      stack.length = 0;
      closedAt = nodes.length;
      if (info.marker.style) totalStyles.add(info.marker.style);
    }
    if (info.role === 'note' || info.role === 'header' || info.role === 'total' || info.role === 'subtotal') continue;
    const { marker } = info;
    const node: RowNode = {
      info,
      parent: null,
      level: 0,
      style: marker.style,
      breakdown: false,
      contentIndent: info.indent + marker.markerWidth,
      children: [],
    };
    nodes.push(node);
    const top = stack.at(-1) ?? null;

    if (info.codeDepth !== null) {
      // 科目编码 say it outright: 201 > 20106 > 2010601. A code with no row one level up sits
      // under the open row whose code begins it (单位编码: 部门 114 > 单位 114001).
      const parent = info.codeDepth > 0 ? (byCode[info.codeDepth - 1] ?? prefixParent(byCode, info.code)) : null;
      attach(node, parent, false);
      byCode.length = info.codeDepth;
      byCode[info.codeDepth] = node;
      continue;
    }

    if (marker.style) {
      // the open row numbered alike; else one numbered alike earlier whose list is still open
      // (“一、教育支出” closed by unmarked rows that overflowed it: “二、科学技术支出” is still its sibling)
      const same = findLast(stack, (n) => n.style === marker.style) ?? siblingBefore(nodes, closedAt, node, stack);
      // “其中：（一）…”: the first of a numbered 其中 list makes the list a breakdown
      if (!same && totalStyles.has(marker.style)) attach(node, null, false);
      // “五、住房保障支出” at the top of a page: numbered past the first, it is no first child of the row above
      else if (!same && (ordinal(marker.numbering) ?? 1) > 1) attach(node, null, false);
      else attach(node, same ? same.parent : top, same ? same.breakdown : marker.breakdown);
      continue;
    }
    if (marker.breakdown) {
      attach(node, top && top.breakdown ? top.parent : top, true);
      continue;
    }
    if (TABLE_PATTERNS.ellipsis.test(squash(marker.label))) {
      const parent = top ? (top.style ? top : top.parent) : null;
      attach(node, parent, top !== null && !top.style && top.breakdown);
      // The list ends here: the next row is placed above it.
      while (stack.length > 0 && stack.at(-1) !== (parent?.parent ?? null)) stack.pop();
      continue;
    }
    if (TABLE_PATTERNS.groupRow.test(squash(info.labelText))) {
      attach(node, null, false);
      continue;
    }
    if (info.indent > 0) {
      const aligned = findLast(stack, (n) => !n.style && n.contentIndent === info.indent);
      if (aligned) {
        attach(node, aligned.parent, aligned.breakdown);
        continue;
      }
      if (top && info.indent > top.contentIndent) {
        attach(node, top, false);
        continue;
      }
    }
    for (;;) {
      const t = stack.at(-1);
      if (!t) {
        attach(node, null, false);
        break;
      }
      if (t.style) {
        // A child of the numbered row above — unless its parts are numbered, or it would overflow.
        if (!t.children.some((c) => c.style) && fits(t, node)) {
          attach(node, t, false);
          node.byAdjacency = true;
          break;
        }
      } else if (!t.parent) {
        attach(node, null, false);
        break;
      } else if (fits(t.parent, node)) {
        attach(node, t.parent, t.breakdown);
        node.byAdjacency = t.byAdjacency === true;
        break;
      }
      stack.pop();
    }
  }
  return nodes;
}

/**
 * The last earlier row numbered like `node`, since the last total row, whose own list is still
 * open — a top-level row, or one whose parent is on the stack — when the stack no longer holds
 * it, and numbered before it.
 */
function siblingBefore(nodes: readonly RowNode[], from: number, node: RowNode, stack: readonly RowNode[]): RowNode | undefined {
  const number = ordinal(node.info.marker.numbering);
  for (let i = nodes.length - 2; i >= from; i--) {
    const n = nodes[i]!;
    if (n.style !== node.style || n === node) continue;
    // the list goes on only where the numbers do (“二、” after “一、”; a second “一、” starts a new list)
    const before = ordinal(n.info.marker.numbering);
    if (number === null || before === null || number <= before) return undefined;
    return n.parent === null || stack.includes(n.parent) ? n : undefined;
  }
  return undefined;
}

/** The deepest open coded row whose code is a proper prefix of `code`. */
function prefixParent(byCode: readonly (RowNode | undefined)[], code: string | null): RowNode | null {
  if (!code) return null;
  for (let d = byCode.length - 1; d >= 0; d--) {
    const open = byCode[d]?.info.code;
    if (open && open.length < code.length && code.startsWith(open)) return byCode[d]!;
  }
  return null;
}

function findLast<T>(items: readonly T[], pred: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i]!)) return items[i];
  return undefined;
}
