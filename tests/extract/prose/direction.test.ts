import { describe, expect, it } from 'vitest';
import { findingsOf, relationsOf } from './helpers.js';

const compares = (lines: string[]) => relationsOf(lines, (r) => r.kind === 'compare');

describe('direction words read from the prose (src/extract/prose/direction.ts)', () => {
  it('reads 决算数小于预算数 over the sentence’s 决算 and 预算 figures', () => {
    expect(compares(['年初预算为135.90万元，支出决算为135.25万元，决算数小于预算数，主要是项目调减。'])).toEqual(['compare: 135.25 <- 135.90 (sign -1)']);
  });

  it('over the sentence before when the words open a sentence of their own (inferred)', () => {
    expect(compares(['年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变化。'])).toEqual([
      'compare: 1511.89 <- 1560.05 (sign -1, inferred)',
    ]);
  });

  it('reads 大于 and 持平 / 一致, not 基本持平', () => {
    expect(compares(['年初预算为10.00万元，支出决算为12.00万元，决算数大于预算数。'])).toEqual(['compare: 12.00 <- 10.00 (sign 1)']);
    expect(compares(['年初预算为10.00万元，支出决算为10.00万元，决算数与预算数持平。'])).toEqual(['compare: 10.00 <- 10.00']);
    expect(compares(['年初预算为10.00万元，支出决算为9.98万元，决算数与预算数基本持平。'])).toEqual([]);
  });

  it('reads nothing when the sentence has several 决算 figures', () => {
    expect(compares(['三公经费年初预算为0.95万元，支出决算为0.00万元，其中：公务接待费决算为0.00万元。决算数小于预算数的主要原因：无支出。'])).toEqual([]);
  });

  it('checks them: 大于 where the 决算数 is smaller is an error, 持平 with a change too; rounding is not', async () => {
    expect(await findingsOf(['年初预算为135.90万元，支出决算为135.25万元，决算数大于预算数。'])).toEqual([
      'error compare contradicts: 决算支出 135.25 > 年初预算 135.90 (“决算数大于预算数”) ✗: 决算支出 135.25 < 年初预算 135.90',
    ]);
    expect((await findingsOf(['年初预算为10.00万元，支出决算为9.80万元，决算数与预算数持平。'])).map((f) => f.split(':')[0])).toEqual(['error compare contradicts']);
    expect(await findingsOf(['年初预算为10.00万元，支出决算为10.00万元，决算数大于预算数。'])).toEqual([]);
    expect(await findingsOf(['年初预算为135.90万元，支出决算为135.25万元，决算数小于预算数。'])).toEqual([]);
  });

  it('an inferred pair that contradicts is a warning', async () => {
    expect((await findingsOf(['年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因：人员增加。'])).map((f) => f.split(':')[0])).toEqual([
      'warning compare contradicts',
    ]);
  });
});
