import { describe, expect, it } from 'vitest';
import { chineseNumeral, numeralValue } from '../../src/segment/numerals.js';

describe('heading numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十六', 26],
    ['一百零五', 105],
  ])('%s = %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });

  it('reads Arabic and circled numbers, and rejects other text', () => {
    expect(numeralValue('8')).toBe(8);
    expect(numeralValue('③')).toBe(3);
    expect(numeralValue('甲')).toBeNull();
    expect(chineseNumeral('零')).toBeNull();
  });
});
