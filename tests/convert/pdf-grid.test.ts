import { describe, expect, it } from 'vitest';
import { fillGrids } from '../../src/convert/pdf/cells.js';
import { findGrids } from '../../src/convert/pdf/grid.js';
import { scanRulings, type OpCodes } from '../../src/convert/pdf/rulings.js';
import type { Edge, Run } from '../../src/convert/pdf/types.js';

const h = (y: number, x0: number, x1: number): Edge => ({ dir: 'h', pos: y, from: x0, to: x1 });
const v = (x: number, y0: number, y1: number): Edge => ({ dir: 'v', pos: x, from: y0, to: y1 });

function run(text: string, x0: number, baseline: number, size = 10, width?: number): Run {
  const w = width ?? [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0) * size;
  return { text, x0, x1: x0 + w, top: baseline - 8.5, bottom: baseline + 1.5, size, baseline, bold: false, vertical: false };
}

/**
 * A 3-row table: a header row where 收入 spans two columns, then two body rows; drawn with
 * doubled and slightly misaligned rules, as exporters do.
 */
function revenueTable(): Edge[] {
  return [
    h(100, 50, 350), h(100.6, 50, 350), // a double rule counts once
    h(120, 50, 350),
    h(140, 50, 350),
    h(160, 50.5, 349.5),
    v(50, 100, 160), v(350, 100, 160),
    v(150, 120, 160), // no rule between 项目 and 决算数 in the header row
    v(250.8, 100, 120), v(250, 120, 160),
  ];
}

describe('ruling lines → grid', () => {
  it('snaps rules, finds rows and columns, and merges cells with no rule between them', () => {
    const [grid, ...rest] = findGrids(revenueTable());
    expect(rest).toHaveLength(0);
    expect(grid!.xs.map(Math.round)).toEqual([50, 150, 250, 350]);
    expect(grid!.ys.map(Math.round)).toEqual([100, 120, 140, 160]);
    expect(grid!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 2],
      [0, 2, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
  });

  it('ignores lone rules, single boxes and page frames', () => {
    expect(findGrids([h(50, 10, 500)])).toEqual([]);
    expect(findGrids([h(50, 10, 500), h(90, 10, 500), v(10, 50, 90), v(500, 50, 90)])).toEqual([]);
    // A frame round the page with a rule under the header: one column, not a table.
    expect(findGrids([h(20, 20, 575), h(60, 20, 575), h(820, 20, 575), v(20, 20, 820), v(575, 20, 820)])).toEqual([]);
  });

  it('puts text into cells: wrapped lines stay in their cell, a row written as one string is split at the rules', () => {
    const grid = findGrids(revenueTable());
    const runs = [
      run('收入', 90, 114),
      run('支出', 290, 114),
      run('一般公共预算财政拨', 52, 128), // fills its cell and wraps
      run('款收入', 52, 138),
      run('2,940.05', 200, 133),
      run('其他收入', 52, 153),
      run('6.20                12.00', 205, 153, 10, 140), // one string across the 决算数 | 支出 rule at x = 250
      run('页脚', 52, 300), // outside the table
    ];
    const { tables, rest } = fillGrids(grid, runs, 1);
    expect(rest.map((r) => r.text)).toEqual(['页脚']);
    const t = tables[0]!;
    const text = (r: number, c: number): string | undefined => t.cells.find((x) => x.row === r && x.col === c)?.text;
    expect(text(0, 0)).toBe('收入');
    expect(text(1, 0)).toBe('一般公共预算财政拨款收入');
    expect(text(1, 1)).toBe('2,940.05');
    expect(text(2, 1)).toBe('6.20');
    expect(text(2, 2)).toBe('12.00');
  });

  it('cuts a run joined across a rule at its space, never inside a number', () => {
    const grid = findGrids(revenueTable());
    // pdf.js gives one item for two cells when the gap is small: the number ends 0.2 pt left
    // of the rule at x = 250, where the width estimate alone would cut off its last digit.
    const { tables } = fillGrids(grid, [run('92,165,133.99 一、部门预算', 210.93, 133, 6, 78.45)], 1);
    const text = (r: number, c: number): string | undefined => tables[0]!.cells.find((x) => x.row === r && x.col === c)?.text;
    expect(text(1, 1)).toBe('92,165,133.99');
    expect(text(1, 2)).toBe('一、部门预算');
  });
});

describe('operator list → ruling lines', () => {
  const OPS: OpCodes = {
    save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
    setFillRGBColor: 59, setGState: 9, setFillTransparent: 93, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23,
    fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
  };
  const path = (...n: number[]): Float32Array => new Float32Array(n);
  const flip = (x: number, y: number): [number, number] => [x, 842 - y]; // PDF space → top-left

  it('reads stroked segments, thin filled bars, and skips white backgrounds, under the CTM', () => {
    const fn = [12, 91, 59, 91, 59, 91, 91, 85];
    const args = [
      [1, 0, 0, 1, 0, 100], // cm: everything moves up 100
      [20, [path(0, 50, 700, 1, 300, 700)], null], // stroked horizontal line
      ['#000000'],
      [23, [path(0, 50, 600, 1, 300, 600, 1, 300, 601, 1, 50, 601, 4)], null], // 1-pt filled bar
      ['#ffffff'],
      [22, [path(0, 50, 500, 1, 300, 500, 1, 300, 560, 1, 50, 560, 4)], null], // white cell background
      [28, [path(0, 0, 0, 1, 595, 0, 1, 595, 842, 4)], null], // a clip path (endPath): not drawn
      [],
    ];
    const { edges, images } = scanRulings(fn, args, OPS, new Set([85]), flip, 595 * 842);
    expect(images).toBe(1);
    expect(edges.map((e) => [e.dir, Math.round(e.pos), Math.round(e.from), Math.round(e.to)])).toEqual([
      ['h', 42, 50, 300],
      ['h', 142, 50, 300],
    ]);
  });

  it('reads filled border sides with mitred ends (thin trapezoids) as rules, not thicker shapes', () => {
    const fn = [59, 91, 91, 91];
    const args = [
      ['#000000'],
      // a 0.6-pt bottom border whose left end is cut at 45° where it meets the left border
      [22, [path(0, 798, 139.28, 1, 42, 139.28, 1, 42, 139.88, 1, 797.4, 139.88, 4)], null],
      // the right border, mitred at its foot
      [22, [path(0, 798, 479.18, 1, 798, 139.28, 1, 797.4, 139.88, 1, 797.4, 479.18, 4)], null],
      // a filled triangle 20 pt high (an arrow, a logo part): no rule
      [22, [path(0, 100, 300, 1, 120, 300, 1, 110, 320, 4)], null],
    ];
    const { edges } = scanRulings(fn, args, OPS, new Set(), flip, 842 * 595);
    expect(edges.map((e) => [e.dir, Math.round(e.pos), Math.round(e.from), Math.round(e.to)])).toEqual([
      ['h', 702, 42, 798],
      ['v', 798, 363, 703],
    ]);
  });
});
