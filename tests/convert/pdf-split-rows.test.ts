import { describe, expect, it } from 'vitest';
import { mergeContinuedTables } from '../../src/convert/pdf/continuation.js';
import type { FlowBlock } from '../../src/convert/pdf/paragraphs.js';
import { findSplitRow, isFigure, joinSplitRow, type TextArea } from '../../src/convert/pdf/split-rows.js';
import type { DraftCell, DraftTable } from '../../src/convert/pdf/types.js';

/** A cell text; `full` marks a last line that runs to the cell's right edge (wrapped, not ended). */
type Spec = string | { text: string; full: boolean };

const EM = 10;

/**
 * A ruled table on `page` whose rows are `rows` (one cell per column, boundaries `xs`), the
 * first row starting at `top`, each row `height` tall; every non-empty cell's text is
 * drawn down to its cell's bottom (as in a row Word cut at the page break).
 */
function table(page: number, xs: number[], rows: Spec[][], top: number, height = 30): DraftTable {
  const cells: DraftCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      const text = typeof spec === 'string' ? spec : spec.text;
      const box = { x0: xs[c]!, x1: xs[c + 1]!, top: top + r * height, bottom: top + (r + 1) * height };
      const full = typeof spec === 'string' ? false : spec.full;
      cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, text, box, page, ...(text ? { tail: { bottom: box.bottom - 3, size: EM, full } } : {}) });
    }),
  );
  const ys = rows.map((_, r) => top + r * height);
  ys.push(top + rows.length * height);
  return { page, pageEnd: page, x0: xs[0]!, x1: xs[xs.length - 1]!, top, bottom: ys[ys.length - 1]!, xs, ys, cells, source: 'rulings' };
}

const XS = [50, 150, 300, 450, 500, 550];
const HEAD: Spec[] = ['三级指标', '年度指标值', '实际完成值', '分值', '得分'];
/** Text area of every page: the previous table ends at its bottom (800), the next starts at its top (40). */
const AREAS: ReadonlyMap<number, TextArea> = new Map([1, 2].map((p) => [p, { top: 40, bottom: 800 }]));

/** Page 1: header + two rows ending at y = 800; the last row's text cells were cut mid-line. */
function pageOne(last: Spec[] = ['产业', { text: '增加值同比增长4.6%（全年数', full: true }, { text: '增加值同比增长4.6%（全年数', full: true }, '5', '5']): DraftTable {
  return table(1, XS, [HEAD, ['招商引资项目', '在谈项目69个。', '在谈项目69个。', '5', '5'], last], 710);
}

const rowTexts = (t: DraftTable, row: number): string[] =>
  t.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.text);

describe('findSplitRow / joinSplitRow (a row split across a page break, 跨页断行)', () => {
  const continuation: Spec[] = ['园区规模工业', '据未出），占全市规模工业增加值比重71.32%。', '据未出），占全市规模工业增加值比重71.32%。', '', ''];
  const next: Spec[] = ['新增入规工业企业', '=100%', '完成省定任务的260%', '5', '5'];

  it('joins the text-only first row of the next page into the last row, wrapped text run together', () => {
    const a = pageOne();
    const b = table(2, XS, [continuation, next], 40);
    const split = findSplitRow(a, b, AREAS);
    expect(split?.row).toBe(0);
    const joined = joinSplitRow(a, b, split!);
    expect(rowTexts(joined.a, 2)).toEqual(['产业\n园区规模工业', '增加值同比增长4.6%（全年数据未出），占全市规模工业增加值比重71.32%。', '增加值同比增长4.6%（全年数据未出），占全市规模工业增加值比重71.32%。', '5', '5']);
    // The continuation row is gone from the second table and its rows are renumbered.
    expect(rowTexts(joined.b!, 0)).toEqual(['新增入规工业企业', '=100%', '完成省定任务的260%', '5', '5']);
    expect(joined.b!.cells.every((c) => c.row === 0)).toBe(true);
    expect(joined.b!.ys).toEqual([70, 100]);
    expect(joined.b!.top).toBe(70);
  });

  it('finds the row after a repeated header', () => {
    const b = table(2, XS, [HEAD, continuation, next], 40);
    const split = findSplitRow(pageOne(), b, AREAS);
    expect(split?.row).toBe(1);
    const joined = joinSplitRow(pageOne(), b, split!);
    expect(rowTexts(joined.b!, 0)).toEqual(HEAD);
    expect(rowTexts(joined.b!, 1)[0]).toBe('新增入规工业企业');
  });

  it('merges tables with the same columns into one, the split row joined once', () => {
    const blocks: FlowBlock[] = [
      { kind: 'table', table: pageOne() },
      { kind: 'table', table: table(2, XS, [HEAD, continuation, next], 40) },
    ];
    const out = mergeContinuedTables(blocks, AREAS);
    expect(out).toHaveLength(1);
    const merged = (out[0] as { table: DraftTable }).table;
    expect(merged.pageEnd).toBe(2);
    expect(rowTexts(merged, 2)[0]).toBe('产业\n园区规模工业');
    expect(rowTexts(merged, 3)[0]).toBe('新增入规工业企业');
    expect(merged.cells.some((c) => c.row === 4)).toBe(false);
  });

  it('joins the row into the previous table when the two tables keep different columns', () => {
    // The next page's grid has other column boundaries (another table touches it): no merge.
    const other = [50, 100, 130, 160, 290, 440, 495, 550];
    const b = table(2, other, [['', '', ...continuation], ['', '', ...next], ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '分值', '得分']], 40);
    const out = mergeContinuedTables([{ kind: 'table', table: pageOne() }, { kind: 'table', table: b }], AREAS);
    expect(out).toHaveLength(2);
    const [first, second] = out.map((b) => (b as { table: DraftTable }).table);
    expect(rowTexts(first!, 2).slice(0, 2)).toEqual(['产业\n园区规模工业', '增加值同比增长4.6%（全年数据未出），占全市规模工业增加值比重71.32%。']);
    expect(rowTexts(second!, 0)[2]).toBe('新增入规工业企业');
    expect(second!.cells.some((c) => c.row === 2)).toBe(false);
  });

  it('lets the previous table end on the next page when the continuation was all there was', () => {
    const out = mergeContinuedTables([{ kind: 'table', table: pageOne() }, { kind: 'table', table: table(2, XS, [continuation], 40) }], AREAS);
    expect(out).toHaveLength(1);
    const t = (out[0] as { table: DraftTable }).table;
    expect(t.pageEnd).toBe(2);
    expect(rowTexts(t, 2)[2]).toContain('全年数据未出');
  });

  it('does not join a new numbered row that starts the page (“2、运行维护经费”, no figures)', () => {
    const a = table(1, [50, 250, 400, 550], [['项目', '预算数', '决算数'], [{ text: '1、基本支出（人员经费和公用经费）', full: true }, '100.00', '80.00']], 740);
    const b = table(2, [50, 250, 400, 550], [['2、运行维护经费', '', ''], ['（1）办公费', '12.00', '10.00']], 40);
    expect(findSplitRow(a, b, AREAS)).toBeNull();
  });

  it('does not join labels that simply stopped (收入 | 支出 halves: “本年收入合计” over “结余分配”)', () => {
    const xs = [50, 200, 300, 450, 550];
    const a = table(1, xs, [['项目', '决算数', '项目', '决算数'], ['本年收入合计', '2,946.25', '本年支出合计', '2,940.05']], 740);
    const b = table(2, xs, [['使用非财政拨款结余（含专用结余）', '', '结余分配', ''], ['年初结转和结余', '49.14', '年末结转和结余', '55.34']], 40);
    expect(findSplitRow(a, b, AREAS)).toBeNull();
  });

  it('does not join a row with figures, a row under figures, or after a last row without figures', () => {
    // The first row of the page has figures of its own: a row.
    expect(findSplitRow(pageOne(), table(2, XS, [['园区规模工业', '据未出）', '据未出）', '5', '5']], 40), AREAS)).toBeNull();
    // Text under the 分值 column, where the last row has a figure.
    expect(findSplitRow(pageOne(), table(2, XS, [['', '', '', '备注', '']], 40), AREAS)).toBeNull();
    // The last row has no figures to tell a row from its rest.
    const noFigures = pageOne(['产业', { text: '增加值同比增长4.6%（全年数', full: true }, { text: '增加值同比增长', full: true }, '', '']);
    expect(findSplitRow(noFigures, table(2, XS, [continuation, next], 40), AREAS)).toBeNull();
  });

  it('does not join when the geometry says the row was not cut by the page break', () => {
    const b = table(2, XS, [continuation, next], 40);
    // The previous table stops well above the bottom of the text area: the page had room left.
    expect(findSplitRow(pageOne(), b, new Map([[1, { top: 40, bottom: 900 }], [2, { top: 40, bottom: 900 }]]))).toBeNull();
    // The next table starts well below the top of its page.
    expect(findSplitRow(pageOne(), table(2, XS, [continuation, next], 200), AREAS)).toBeNull();
    // Not the next page.
    expect(findSplitRow(pageOne(), { ...b, page: 3, pageEnd: 3 }, AREAS)).toBeNull();
  });

  it('tells figures from text', () => {
    for (const t of ['5', '3,241.81', '135.42%', '-12.5', '（3.2）', '２３９２．９４']) expect(isFigure(t), t).toBe(true);
    for (const t of ['', '=100%', '据未出），占比重71.32%。', '2023年12月31日前', '产业']) expect(isFigure(t), t).toBe(false);
  });
});
