import { describe, expect, it } from 'vitest';
import { extractTables } from '../../../src/extract/tables.js';
import { ordinal } from '../../../src/extract/table/continued.js';
import type { Document, Relation } from '../../../src/model/index.js';
import { docOf } from './doc.js';

/** The sums whose result is the figure printed as `total` in table block `block`. */
function sumsOf(doc: Document, block: number, total: string): Relation[] {
  const out = extractTables(doc, []);
  const facts = new Map(out.facts.map((f) => [f.id, f]));
  return out.relations.filter((r) => r.kind === 'sum' && facts.get(r.result)?.location.table === block && facts.get(r.result)?.number.raw === total);
}

const HEAD = ['项目', '决算数'];

describe('lists a page break cuts', () => {
  it('a table whose list began on the page before (its header printed again) is partial at the top', () => {
    const doc = docOf(
      [HEAD, ['一、一般公共服务支出', '10.00'], ['二、教育支出', '20.00']],
      [HEAD, ['三、交通运输支出', '30.00'], ['四、住房保障支出', '5.00'], ['本年支出合计', '65.00']],
    );
    const sums = sumsOf(doc, 1, '65.00');
    expect(sums).toHaveLength(1);
    expect(sums[0]!.partial).toBe(true);
  });

  it('a list whose first part is numbered past the first is partial, whatever the header', () => {
    const doc = docOf([['科目', '金额'], ['十三、交通运输支出', '30.00'], ['十四、住房保障支出', '5.00'], ['本年支出合计', '65.00']]);
    expect(sumsOf(doc, 0, '65.00')[0]!.partial).toBe(true);
  });

  it('a group that runs into a repeated header band of the same table is partial', () => {
    const doc = docOf([
      ['科目编码', '科目名称', '合计'],
      ['', '合计', '100.00'],
      ['301', '工资福利支出', '60.00'],
      ['30101', '基本工资', '60.00'],
      ['303', '对个人和家庭的补助', '40.00'],
      ['30301', '离休费', '10.00'],
      ['科目编码', '科目名称', '合计'],
      ['30399', '其他对个人和家庭的补助', '30.00'],
    ]);
    const sums = sumsOf(doc, 0, '40.00');
    expect(sums.length).toBeGreaterThan(0);
    for (const s of sums) expect(s.partial).toBe(true);
  });

  it('a complete list after a table with another header stays a full sum', () => {
    const doc = docOf(
      [['单位', '人数'], ['在职', '3']],
      [HEAD, ['一、一般公共服务支出', '10.00'], ['二、教育支出', '20.00'], ['本年支出合计', '35.00']],
    );
    const sums = sumsOf(doc, 1, '35.00');
    expect(sums).toHaveLength(1);
    expect(sums[0]!.partial).toBe(false);
  });

  it('reads the number of a row’s numbering', () => {
    expect(ordinal('十三、')).toBe(13);
    expect(ordinal('（三）')).toBe(3);
    expect(ordinal('3.')).toBe(3);
    expect(ordinal('一、')).toBe(1);
    expect(ordinal(null)).toBeNull();
  });
});
