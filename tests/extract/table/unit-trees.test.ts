/**
 * Unit/project trees of 部门预算 tables that came to light once the PDF reader read 西安's and
 * 珠海's ruled tables (docs/audit-warnings.md, W31): 单位编码 nesting by prefix, a 绩效目标 text
 * column, and a unit's project list holding two rows of equal figures.
 */
import { describe, expect, it } from 'vitest';
import { docOf, sumsOf } from './doc.js';


describe('单位编码 (src/extract/table/hierarchy.ts)', () => {
  it('a unit code sits under the department code it begins with (114 > 114001), not beside it', () => {
    // 西安 部门综合预算收入总表: 合计, the department 114 and its one unit 114001, same name and figures
    const doc = docOf([
      ['单位编码', '单位名称', '合计', '一般公共预算拨款'],
      ['', '合计', '92,165,133.99', '92,165,133.99'],
      ['114', '西安市人民政府办公厅', '92,165,133.99', '92,165,133.99'],
      ['114001', '西安市人民政府办公厅', '92,165,133.99', '92,165,133.99'],
    ]);
    const found = sumsOf(doc);
    expect(found.filter((s) => s.includes('| 92,165,133.99'))).toEqual([]);
    // per column: 合计 over 114, 114 over 114001 (one part repeating its whole: inferred)
    expect(found).toEqual(Array(4).fill('92,165,133.99 <- 92,165,133.99 (inferred)'));
  });
});

describe('a unit and its projects printed flat (src/extract/table/structure.ts, sums reading)', () => {
  it('finds the unit over its projects although two of them have equal figures', () => {
    // 珠海 部门预算项目支出及其他支出预算表: two agencies given the same 运行保障经费 — read alone,
    // the first is “the sum” of the second, which hid the unit's group
    const doc = docOf([
      ['支出项目类别（资金使用单位）', '总计', '绩效目标'],
      ['合计', '300.00', ''],
      ['市商务局', '280.00', ''],
      ['口岸现场水电费', '100.00', ''],
      ['拱北海关运行保障经费', '60.00', ''],
      ['边检总站运行保障经费', '60.00', ''],
      ['稳住批发零售业发展势头项目', '60.00', '推动企业扩大经营规模，实现一季度销售额增长10%'],
      ['市贸易服务中心', '20.00', ''],
      ['业务专项经费', '11.00', ''],
      ['电商监测分析服务项目', '9.00', ''],
    ]);
    const found = sumsOf(doc);
    expect(found).toContain('280.00 <- 100.00 | 60.00 | 60.00 | 60.00 (inferred)');
    expect(found).toContain('20.00 <- 11.00 | 9.00 (inferred)');
    expect(found).toContain('300.00 <- 280.00 | 20.00');
    expect(found.some((s) => s.startsWith('60.00 <-'))).toBe(false);
  });
});
