import { describe, expect, it } from 'vitest';
import { differenceOf, percentOf, sumOf, tie } from '../../src/reconcile/check.js';
import { halfUnit, Interval, roundTo } from '../../src/reconcile/interval.js';
import { readFigures, type Figure } from '../../src/reconcile/reading.js';
import { num } from './factories.js';

const fig = (text: string, extra: Partial<Figure> = {}): Figure => ({ number: num(text), ...extra });
const show = (iv: Interval | null | undefined): string => String(iv);

describe('Interval', () => {
  it('reads a printed figure as everything that rounds to it', () => {
    expect(show(Interval.printed('2392.94', 2))).toBe('[2392.935, 2392.945]');
    expect(show(Interval.printed('6', 0))).toBe('[5.5, 6.5]');
    expect(halfUnit(-4).toFixed()).toBe('5000'); // “3亿元” on the 万元 scale
  });

  it('adds bounds: 0.33 + 0.33 + 0.33 may be 1.00', () => {
    const parts = ['0.33', '0.33', '0.33'].map((v) => Interval.printed(v, 2));
    const total = Interval.sum(parts);
    expect(show(total)).toBe('[0.975, 1.005]');
    expect(total.overlaps(Interval.printed('1.00', 2))).toBe(true);
    // closed intervals, as Arelle's: touching at 1.005 counts as a tie
    expect(total.overlaps(Interval.printed('1.01', 2))).toBe(true);
    expect(total.overlaps(Interval.printed('1.02', 2))).toBe(false);
  });

  it('subtracts bounds: 3241.81 − 2392.94 may be 848.86 (848.86..848.88)', () => {
    const d = Interval.printed('3241.81', 2).minus(Interval.printed('2392.94', 2));
    expect(show(d)).toBe('[848.86, 848.88]');
    expect(d.overlaps(Interval.printed('848.86', 2))).toBe(true);
    expect(d.overlaps(Interval.printed('848.85', 2))).toBe(false);
  });

  it('divides intervals with outward rounding: 3241.81 ÷ 2392.94 is never 135.42%', () => {
    const rate = Interval.printed('3241.81', 2).dividedBy(Interval.printed('2392.94', 2))!.times('100');
    expect(rate.outward(6).toJSON()).toEqual({ low: '135.473443', high: '135.474428' });
    expect(rate.overlaps(Interval.printed('135.42', 2))).toBe(false);
    expect(rate.overlaps(Interval.printed('135.47', 2))).toBe(true);
  });

  it('divides exact counts: 92 ÷ 95 = 96.842…% is 96.84%', () => {
    const rate = Interval.point('92').dividedBy(Interval.point('95'))!.times('100');
    expect(rate.low.toFixed(6)).toBe('96.842105');
    expect(rate.overlaps(Interval.printed('96.84', 2))).toBe(true);
  });

  it('refuses to divide by an interval that holds zero, and handles negative divisors', () => {
    expect(Interval.printed('5', 0).dividedBy(Interval.printed('0.3', 0))).toBeNull();
    expect(show(Interval.point('6').dividedBy(new Interval('-3', '-2')))).toBe('[-3, -2]');
  });

  it('keeps its order and rounds outwards for display', () => {
    expect(() => new Interval('2', '1')).toThrow(RangeError);
    expect(Interval.point('1').dividedBy(Interval.point('3'))!.outward(4).toJSON()).toEqual({ low: '0.3333', high: '0.3334' });
    expect(roundTo(Interval.point('848.875').mid, 2)).toBe('848.88');
    expect(roundTo(Interval.point('32418150').mid, -2)).toBe('32418200');
  });
});

describe('readings of a figure printed without decimals', () => {
  it('tight: “6” among 2-decimal neighbours is 6.00 ± 0.005; loose: ± 0.5', () => {
    const figures = [fig('50.5万元'), fig('20.81万元'), fig('23.69万元'), fig('6万元')];
    expect(readFigures(figures, 'tight').map(show)).toEqual([
      '[50.495, 50.505]',
      '[20.805, 20.815]',
      '[23.685, 23.695]',
      '[5.995, 6.005]',
    ]);
    expect(readFigures(figures, 'loose').map(show)).toEqual([
      '[50.45, 50.55]',
      '[20.805, 20.815]',
      '[23.685, 23.695]',
      '[5.5, 6.5]',
    ]);
  });

  it('tight: figures all printed without decimals are exact (公务接待费 预算数 6 = 支出决算数 6)', () => {
    expect(readFigures([fig('6万元'), fig('6万元')], 'tight').map(show)).toEqual(['[6, 6]', '[6, 6]']);
    expect(readFigures([fig('6万元'), fig('6万元')], 'loose').map(show)).toEqual(['[5.5, 6.5]', '[5.5, 6.5]']);
  });

  it('counts and whole points are exact on both readings; a rounded rate keeps its own decimals', () => {
    expect(readFigures([fig('92人'), fig('95人')], 'loose').map(show)).toEqual(['[92, 92]', '[95, 95]']);
    expect(readFigures([fig('10', { whole: true }), fig('9.5')], 'loose').map(show)).toEqual(['[10, 10]', '[9.45, 9.55]']);
    expect(readFigures([fig('97%', { rounded: true }), fig('96.84%')], 'tight').map(show)).toEqual([
      '[96.5, 97.5]',
      '[96.835, 96.845]',
    ]);
  });

  it('puts money on the 万元 scale, and reads bare figures in the money unit of the check', () => {
    expect(readFigures([fig('32418100元'), fig('3241.81万元')], 'loose').map(show)).toEqual([
      '[3241.80995, 3241.81005]',
      '[3241.805, 3241.815]',
    ]);
    expect(readFigures([fig('3亿元')], 'loose').map(show)).toEqual(['[25000, 35000]']);
    expect(readFigures([fig('100万元'), fig('100')], 'tight').map(show)).toEqual(['[100, 100]', '[100, 100]']);
  });
});

describe('tie(): the outcome of a check on both readings', () => {
  it('三公经费 50.5 = 20.81 + 23.69 + 6 ties on the tight reading', () => {
    const r = tie({ stated: fig('50.5万元'), operands: [fig('20.81万元'), fig('23.69万元'), fig('6万元')], compute: sumOf })!;
    expect(r.outcome).toBe('ties');
    expect(r).toMatchObject({ expected: '50.50', stated: '50.5', difference: '0.00' });
  });

  it('真抓实干…100万元 stated as 100.3 elsewhere holds only on the loose reading', () => {
    const r = tie({ stated: fig('100.3万元'), operands: [fig('100万元')], compute: ([x]) => x! })!;
    expect(r.outcome).toBe('loose');
    expect(r.reading).toBe('loose');
    expect(r.difference).toBe('-0.3');
  });

  it('…and 99.4 fails on any reading', () => {
    expect(tie({ stated: fig('99.4万元'), operands: [fig('100万元')], compute: ([x]) => x! })!.outcome).toBe('fails');
  });

  it('848.86 ties with 3241.81 − 2392.94 (848.87 as printed)', () => {
    const r = tie({ stated: fig('848.86万元'), operands: [fig('3241.81万元'), fig('2392.94万元')], compute: differenceOf })!;
    expect(r).toMatchObject({ outcome: 'ties', expected: '848.87', difference: '+0.01' });
  });

  it('少0.19: 20.81 − 21 = −0.19 with the sign the words give', () => {
    const spec = { stated: fig('0.19万元'), operands: [fig('20.81万元'), fig('21万元')], compute: differenceOf };
    expect(tie({ ...spec, statedSign: -1 })).toMatchObject({ outcome: 'ties', stated: '-0.19', expected: '-0.19' });
    // “多0.19” would need 21 to be a rounding of something below 20.62: only the loose reading allows it
    expect(tie({ ...spec, statedSign: 1 })!.outcome).toBe('loose');
  });

  it('135.42% fails against 3241.81 ÷ 2392.94 on any reading, recomputed 135.47', () => {
    const r = tie({ stated: fig('135.42%', { rounded: true }), operands: [fig('3241.81万元'), fig('2392.94万元')], compute: percentOf })!;
    expect(r).toMatchObject({ outcome: 'fails', expected: '135.47', difference: '+0.05', stated: '135.42' });
    expect(r.interval.overlaps(r.statedInterval)).toBe(false);
  });

  it('returns null when a divisor may be zero', () => {
    expect(tie({ stated: fig('50%'), operands: [fig('3万元'), fig('0万元')], compute: percentOf })).toBeNull();
  });

  it('a partial list may be below its total but not above it', () => {
    const spec = { operands: [fig('2.51万元'), fig('3.77万元')], compute: sumOf, compare: 'atMost' as const };
    expect(tie({ ...spec, stated: fig('160.71万元') })!.outcome).toBe('ties');
    expect(tie({ ...spec, stated: fig('6.2万元') })!.outcome).toBe('fails');
  });
});
