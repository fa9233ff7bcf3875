/**
 * Table structures that real reports print and gouji misread into warnings (docs/audit-warnings.md):
 * a numbered 类 after its sibling list was closed by unmarked rows, a numbered row at the top of a
 * continued page, a 合计 printed again over the rows of a continued page, 本年收入合计 … 收入合计,
 * groups found by arithmetic in a column of scores.
 */
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../../src/extract/tables.js';
import type { Document } from '../../../src/model/index.js';
import { docOf } from './doc.js';

/** “total <- parts (partial, inferred)” for each sum, by printed values, optionally of one table block. */
function sums(doc: Document, block?: number): string[] {
  const out = extractTables(doc, []);
  const v = new Map(out.facts.map((f) => [f.id, f.number.raw]));
  const at = new Map(out.facts.map((f) => [f.id, f.location.table]));
  return out.relations
    .filter((r) => r.kind === 'sum' && (block === undefined || at.get(r.result) === block))
    .map((r) => {
      const flags = [r.partial ? 'partial' : '', r.inferred ? 'inferred' : ''].filter(Boolean).join(', ');
      return `${v.get(r.result)} <- ${r.operands.map((o) => v.get(o)).join(' | ')}${flags ? ` (${flags})` : ''}`;
    });
}

describe('numbered rows (src/extract/table/hierarchy.ts)', () => {
  it('a numbered row is the sibling of the row numbered alike before it, after unmarked rows closed its list', () => {
    // 深圳 收支总表 支出 side: the 款/项 rows without codes overflow “一、教育支出” and close its list;
    // “二、科学技术支出” is its sibling, not a child of the 项 row above it
    const doc = docOf([
      ['项目', '2026年预算数'],
      ['一、教育支出', '113.00'],
      ['职业教育', '83.00'],
      ['技校教育', '83.00'],
      ['教育费附加安排的支出', '30.00'],
      ['其他教育费附加安排的支出', '30.00'],
      ['二、科学技术支出', '298.00'],
      ['基础研究', '194.00'],
    ]);
    expect(sums(doc).filter((s) => s.includes('| 298.00') || s.includes('<- 298.00'))).toEqual([]);
    const row = extractTables(doc, []).tables[0]!.rows.find((r) => r.label === '科学技术支出')!;
    expect(row.parent).toBeNull();
  });

  it('a second “一、” after a total starts a new list under the row above it (普陀 财政拨款收入支出决算总表)', () => {
    const doc = docOf([
      ['项目', '决算数'],
      ['一、一般公共预算财政拨款', '2940.05'],
      ['二、政府性基金预算财政拨款', ''],
      ['本年收入合计', '2940.05'],
      ['年初财政拨款结转和结余', '21.63'],
      ['一、一般公共预算财政拨款', '21.63'],
      ['二、政府性基金预算财政拨款', ''],
      ['总计', '2961.68'],
    ]);
    const all = sums(doc);
    expect(all).toContain('2961.68 <- 2940.05 | 21.63');
    expect(all.filter((s) => s.startsWith('2961.68') && s.split('|').length > 2)).toEqual([]);
  });

  it('a row numbered past the first with no sibling before it (the top of a continued page) is no child of the row above', () => {
    const doc = docOf([
      ['项目', '2026年预算数'],
      ['行政单位医疗', '1453.71'],
      ['事业单位医疗', '2143.10'],
      ['五、住房保障支出', '26051.52'],
      ['住房改革支出', '26051.52'],
    ]);
    expect(sums(doc).filter((s) => s.includes('<- 26051.52') && !s.startsWith('26051.52'))).toEqual([]);
    expect(extractTables(doc, []).tables[0]!.rows.find((r) => r.label === '住房保障支出')!.parent).toBeNull();
  });
});

describe('totals on a continued page (src/extract/table/continued.ts)', () => {
  const HEAD = ['功能分类科目编码', '科目名称', '本年支出合计'];
  it('a 合计 printed again at the top of the next page totals the whole table: over that page’s rows it is partial', () => {
    // 佛山 支出决算表 p10 → p11: the 合计 and the header repeated, the 221 rows printed after it
    const doc = docOf(
      [HEAD, ['', '合计', '1668.14'], ['208', '社会保障和就业支出', '76.23'], ['20805', '行政事业单位离退休', '76.23'], ['214', '交通运输支出', '1531.04'], ['21401', '公路水路运输', '1531.04']],
      [HEAD, ['', '合计', '1668.14'], ['22102', '住房改革支出', '60.87'], ['2210201', '住房公积金', '60.87']],
    );
    expect(sums(doc, 1)).toContain('1668.14 <- 60.87 (partial, inferred)');
  });

  it('the next unit’s table under the same header, its own 合计 first, keeps a full sum', () => {
    // 深圳: each 预算单位's 支出总表 in turn, one header, each with its 合计 over the rows after it
    const doc = docOf(
      [HEAD, ['', '合计', '137.10'], ['208', '社会保障和就业支出', '76.23'], ['221', '住房保障支出', '60.87']],
      [HEAD, ['', '合计', '90.00'], ['208', '社会保障和就业支出', '50.00'], ['221', '住房保障支出', '40.00']],
    );
    expect(sums(doc, 1)).toContain('90.00 <- 50.00 | 40.00');
  });

  it('a total at the top of the next page that closes the rows the page before left open is partial over this page’s rows', () => {
    // 深圳 财政拨款收支总表 p161 → p163: the 收入 rows on p161, p162 with 支出 rows only, then
    // “本年收入合计” and “上年结余、结转” on p163
    const head = [
      ['收入', '', '支出', ''],
      ['项目', '2026年预算数', '项目', '2026年预算数'],
    ];
    const doc = docOf(
      [...head, ['一、一般公共预算拨款', '533162.27', '一、教育支出', '1000.00'], ['二、政府性基金预算拨款', '0.00', '职业教育', '1000.00']],
      [...head, ['', '', '二、科学技术支出', '532162.27']],
      [...head, ['本年收入合计', '533162.27', '本年支出合计', '533162.27'], ['上年结余、结转', '2582.06', '结转下年', '2582.06'], ['收入总计', '535744.34', '支出总计', '535744.34']],
    );
    const all = sums(doc, 2);
    expect(all.some((s) => s.startsWith('533162.27 <- 2582.06'))).toBe(true);
    expect(all.filter((s) => s.startsWith('533162.27 <- 2582.06') && !s.includes('partial'))).toEqual([]);
  });

  it('(one page before) a total at the top of the next page that closes the rows left open is partial', () => {
    const head = ['项目', '2026年预算数'];
    const doc = docOf(
      [head, ['一、一般公共预算拨款', '533162.27'], ['二、政府性基金预算拨款', '0.00']],
      [head, ['本年收入合计', '533162.27'], ['上年结余、结转', '2582.06'], ['收入总计', '535744.34']],
    );
    const all = sums(doc, 1);
    expect(all.some((s) => s.startsWith('533162.27 <- 2582.06'))).toBe(true);
    expect(all.filter((s) => s.startsWith('533162.27 <- 2582.06') && !s.includes('partial'))).toEqual([]);
  });

  it('a table after an empty one with the same header keeps its full 合计', () => {
    // 烟台 公开表8 政府性基金预算支出情况表 (no rows: “2026年没有使用政府性基金预算拨款安排的支出”), then 公开表9
    const doc = docOf([HEAD], [HEAD, ['', '合计', '81.40'], ['223', '国有资本经营预算支出', '81.40']]);
    expect(sums(doc, 1)).toContain('81.40 <- 81.40 (inferred)');
  });

  it('a table on its own page keeps its 合计 over the rows printed after it', () => {
    const doc = docOf([HEAD, ['', '合计', '137.10'], ['208', '社会保障和就业支出', '76.23'], ['221', '住房保障支出', '60.87']]);
    expect(sums(doc)).toContain('137.10 <- 76.23 | 60.87');
  });
});

describe('totals named alike (src/extract/table/relations.ts placeTotals)', () => {
  it('收入合计 after 本年收入合计 is the broader total: 本年收入合计 + 上年结转结余', () => {
    // 福州 / 泉州 收支预算总表
    const doc = docOf([
      ['项目', '预算数'],
      ['一、一般公共预算拨款收入', '2796.14'],
      ['二、政府性基金预算拨款收入', ''],
      ['本年收入合计', '2796.14'],
      ['上年结转结余', '0.00'],
      ['收入合计', '2796.14'],
    ]);
    const all = sums(doc);
    expect(all).toContain('2796.14 <- 2796.14 | 0.00');
    expect(all.filter((s) => s === '2796.14 <- 0.00' || s.startsWith('2796.14 <- 0.00 '))).toEqual([]);
  });
});

describe('groups found by their sums (src/extract/table/structure.ts)', () => {
  it('take no group that ties only within the rounding of a whole figure (scores 100 and 99.71)', () => {
    // 佛山 项目自评 table: one score per project
    const doc = docOf([
      ['项目名称', '自评分数'],
      ['质量抽检和试验检测管理', '100'],
      ['2019年度聘请专家人员经费', '96.53'],
      ['开办经费', '97.87'],
      ['轨道交通建设管理咨询服务', '100'],
      ['轨道交通工程质量安全行业监管技术服务', '99.71'],
      ['城市轨道及湾华控制中心质量安全监管服务', '100'],
      ['广佛两市轨道交通系统一体化规划', '100'],
    ]);
    expect(sums(doc)).toEqual([]);
  });

  it('read a column printed whole throughout as exact (10 is not 6 + 5)', () => {
    const doc = docOf([
      ['指标', '分值'],
      ['培训参训率', '13'],
      ['培训每人每天所需经费', '10'],
      ['值班培训人员数量', '6'],
      ['督查培训人员数量', '5'],
      ['参事培训人员数量', '4'],
    ]);
    expect(sums(doc)).toEqual([]);
  });

  it('still find a group whose figures tie exactly', () => {
    const doc = docOf([
      ['项目', '金额'],
      ['通用项目', '570.61'],
      ['大型活动', '20.00'],
      ['大宗印刷项目', '198.00'],
      ['委托咨询业务', '352.61'],
      ['专用项目', '100.00'],
      ['援藏资金', '100.00'],
    ]);
    expect(sums(doc)).toContain('570.61 <- 20.00 | 198.00 | 352.61 (inferred)');
  });
});
