import { beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/store/dataset.js';
import { matchExpression, queryTerms, search, snippet } from '../../src/store/search.js';
import { otherReport, seedBlocks, seedReport, type SeedLayout } from './fixture.js';

let d: Dataset;
let L: SeedLayout;
beforeAll(async () => {
  L = await seedBlocks();
  d = Dataset.open({ path: ':memory:' });
  d.writeReport(await seedReport());
  d.writeReport(await otherReport());
});

describe('search', () => {
  it('finds 智慧怀化 in the seed report, with a highlighted snippet', () => {
    const hits = search(d, '智慧怀化');
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) {
      expect(h.document.department).toBe('怀化市工业和信息化局');
      expect(h.snippet).toContain('⟦智慧怀化⟧');
    }
    const prose = hits.find((h) => h.kind === 'paragraph' && h.block === L.project);
    expect(prose).toMatchObject({ section: { id: 's2', title: '部门整体支出管理及使用情况' }, page: null });
    expect(hits.map((h) => h.rank)).toEqual(hits.map((_, i) => i + 1));
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('finds 2392.94 as a whole figure, in prose (as paragraph or fact) and in a table row', () => {
    const hits = search(d, '2392.94');
    expect(hits.map((h) => `${h.kind === 'table_row' ? 'table' : 'prose'}:${h.block}`).sort()).toEqual([`prose:${L.budget}`, `table:${L.selfEval}`].sort());
    const prose = hits.find((h) => h.block === L.budget)!;
    expect(prose.section).toEqual({ id: 's2.1.1', number: '1', title: '预算执行情况', heading: '1.预算执行情况' }); // heading as printed
    expect(prose.snippet).toContain('预算收入⟦2392.94⟧万元');
    expect(search(d, '2392')).toEqual([]); // no partial figures
    expect(search(d, '2,392.94').map((h) => h.block)).toEqual(hits.map((h) => h.block));
  });

  it('finds 135.42% whole, and 135.42 finds it too', () => {
    const hits = search(d, '135.42%');
    expect(hits.map((h) => h.block).sort()).toEqual([L.budget, L.selfEval].sort());
    for (const h of hits) expect(h.snippet).toContain('⟦135.42%⟧');
    expect(search(d, '135.42').length).toBe(hits.length);
    expect(search(d, '135.4')).toEqual([]);
  });

  it('finds fact labels', () => {
    const facts = search(d, '预算执行率').filter((h) => h.kind === 'fact');
    expect(facts.map((h) => h.ref)).toContain('f3');
  });

  it('lists a block once even when it matches as a paragraph and as a fact', () => {
    const hits = search(d, '预算收入', { limit: 50 });
    const keys = hits.map((h) => `${h.document.sha256}:${h.block}:${h.row}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('needs every word of the query', () => {
    expect(search(d, '智慧怀化 云计算中心').every((h) => h.text.includes('智慧怀化') && h.text.includes('云计算中心'))).toBe(true);
    expect(search(d, '智慧怀化 云计算中心').length).toBeGreaterThan(0);
    expect(search(d, '智慧怀化 义务教育')).toEqual([]);
  });

  it('filters by department and year, and limits', () => {
    expect(search(d, '预算收入').map((h) => h.document.department)).toEqual(expect.arrayContaining(['怀化市工业和信息化局', '某县教育局']));
    expect(new Set(search(d, '预算收入', { department: '教育' }).map((h) => h.document.department))).toEqual(new Set(['某县教育局']));
    expect(new Set(search(d, '预算收入', { year: 2023 }).map((h) => h.document.year))).toEqual(new Set([2023]));
    expect(search(d, '预算收入', { year: 2019 })).toEqual([]);
    expect(search(d, '万元', { limit: 2 })).toHaveLength(2);
  });

  it('finds 1250.50 in the other report although it is printed 1,250.50', () => {
    const [hit] = search(d, '1250.50');
    expect(hit?.document.department).toBe('某县教育局');
    expect(hit?.snippet).toContain('⟦1,250.50⟧');
  });

  it('returns nothing for a query without words, and quotes FTS syntax away', () => {
    expect(search(d, '，。 ')).toEqual([]);
    expect(() => search(d, '"智慧 OR NOT (')).not.toThrow();
    expect(matchExpression(queryTerms('a"b').tokens)).toBe('"a" AND "b"');
  });
});

describe('snippet', () => {
  const text = '根据通知，2023年市工业和信息化局预算收入2,392.94万元，本年决算支出3241.81万元，预算执行率135.42%。这是一段很长的说明文字，用来测试截断的效果，后面还有更多的内容。';

  it('cuts a window around the first match and marks every match in it', () => {
    const s = snippet(text, ['2392.94'], ['2392.94'], { width: 30 });
    expect(s).toContain('⟦2,392.94⟧');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.replace(/[⟦⟧…]/g, '').length).toBe(30);
  });

  it('falls back to the tokens of a term that does not occur as typed', () => {
    expect(snippet(text, ['预算收入'], ['预算', '收入'])).toContain('⟦预算收入⟧');
    expect(snippet(text, ['决算', '收入'], ['决算', '收入'])).toContain('⟦决算⟧支出');
    expect(snippet(text, ['收入预算'], ['收入', '预算'])).toContain('⟦预算收入⟧');
  });

  it('uses the marks it is given', () => {
    expect(snippet('执行率135.42%', ['135.42%'], [], { mark: { open: '<', close: '>' } })).toBe('执行率<135.42%>');
  });
});
