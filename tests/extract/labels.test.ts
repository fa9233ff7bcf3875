import { describe, expect, it } from 'vitest';
import { canonicalLabel, isKnownLabel, labelKey } from '../../src/extract/labels.js';
import { readPhrase, trimLabel } from '../../src/extract/phrase.js';

describe('canonicalLabel', () => {
  it.each([
    ['本年决算支出', '决算支出'],
    ['全年执行数', '决算支出'],
    ['支出决算数', '决算支出'],
    ['决算基本支出', '基本支出'],
    ['项目支出总额', '项目支出'],
    ['对个人和家庭的补助支出', '对个人和家庭的补助'],
    ['因公出国(境)费用', '因公出国（境）费'],
    ['“三公”经费', '三公经费'],
    ['公务用车购置和维护经费', '公务用车购置及运行维护费'],
    ['公车运行维护', '公务用车运行维护费'],
    ['公务接待', '公务接待费'],
    ['年末实有人数', '实有人数'],
    ['部门整体支出绩效自评得分', '自评得分'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalLabel(raw)).toBe(canonical);
  });

  it('passes unknown labels through with spaces removed', () => {
    expect(canonicalLabel(' 印刷 费 ')).toBe('印刷费');
    expect(isKnownLabel('印刷费')).toBe(false);
    expect(labelKey('“三公” 经费(合计)')).toBe('三公经费（合计）');
  });
});

describe('prose label phrases', () => {
  it('trim connectives, the reporting unit and years, keeping the year', () => {
    expect(trimLabel('，其中：用于基本支出')).toEqual({ text: '基本支出', year: null });
    expect(trimLabel('2023年本单位决算基本支出')).toEqual({ text: '决算基本支出', year: '2023' });
    expect(trimLabel('市工信局2023年单位编制人数')).toEqual({ text: '单位编制人数', year: '2023' });
    expect(trimLabel('本年公务接待费预算数')).toEqual({ text: '公务接待费预算数', year: '本年' });
    expect(trimLabel('学法率、考试通过率均')).toEqual({ text: '学法率、考试通过率', year: null });
    expect(trimLabel('高出全省平均')).toEqual({ text: '高出全省平均', year: null });
    expect(trimLabel('全年执行数')).toEqual({ text: '全年执行数', year: null });
    expect(trimLabel('总投资突破')).toEqual({ text: '总投资', year: null });
  });

  it('cut the kind (预算数/决算数) and read comparisons', () => {
    expect(readPhrase('公务用车运行维护费预算数')).toMatchObject({ stem: '公务用车运行维护费', kind: '预算数', generic: false, comparison: null });
    expect(readPhrase('，支出决算数')).toMatchObject({ stem: '', kind: '决算数', generic: true });
    expect(readPhrase('，决算数比预算数少').comparison).toEqual({ left: '决算数', base: '预算数', comparator: '比', verb: '少', direction: -1 });
    expect(readPhrase('本年支出决算数较上年决算数增').comparison).toMatchObject({ base: '上年决算数', direction: 1 });
    expect(readPhrase('全市产业园区规模工业增加值同比增长').comparison).toMatchObject({ left: '全市产业园区规模工业增加值', base: '上年同期', direction: 1 });
    expect(readPhrase('占全市规模工业增加值比重').comparison).toBeNull();
  });
});
