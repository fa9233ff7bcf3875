import { describe, expect, it } from 'vitest';
import { tokenize, tokenText } from '../../src/store/tokens.js';

describe('tokenize', () => {
  it('cuts Chinese into nodejieba words', () => {
    expect(tokenize('智慧怀化建设')).toEqual(['智慧', '怀化', '建设']);
    expect(tokenize('怀化市工业和信息化局')).toEqual(expect.arrayContaining(['怀化', '怀化市', '工业', '信息化']));
  });

  it('keeps figures and percentages whole', () => {
    const tokens = tokenize('预算执行率135.42%，预算收入2392.94万元。');
    expect(tokens).toContain('135.42%');
    expect(tokens).toContain('2392.94');
    expect(tokens).not.toContain('135');
    expect(tokens.some((t) => /^\d$/.test(t))).toBe(false);
  });

  it('indexes a percentage also bare, so 135.42 finds 135.42%', () => {
    expect(tokenize('135.42%')).toEqual(['135.42%', '135.42']);
  });

  it('drops thousands separators and reads full-width digits', () => {
    expect(tokenize('2,392.94万元')).toEqual(['2392.94', '万元']);
    expect(tokenize('２，３９２．９４万元')).toEqual(['2392.94', '万元']);
    expect(tokenize('1,000,000元')).toEqual(['1000000', '元']);
  });

  it('leaves sentence punctuation out of figures and out of the index', () => {
    expect(tokenize('共3家。')).toEqual(['共', '3', '家']);
    expect(tokenize('达到98.5。')).toContain('98.5');
    expect(tokenize('1,2,3')).toEqual(['1', '2', '3']);
    expect(tokenize('，。、“”（）')).toEqual([]);
  });

  it('lower-cases Latin words and joins tokens with spaces', () => {
    expect(tokenText('PPP项目')).toBe('ppp 项目');
  });
});
