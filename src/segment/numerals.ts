const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Value of a Chinese numeral as used in heading numbers (一 … 九十九, 一百 …):
 * 十一 = 11, 二十 = 20, 一百零五 = 105. Returns null for anything else.
 */
export function chineseNumeral(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = -1; // pending digit, -1 when none
  for (const ch of s) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else {
      digit = DIGITS[ch]!;
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : null;
}

/** Value of a heading number written in Arabic, Chinese or circled digits. */
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  const circled = CIRCLED.indexOf(s);
  if (circled >= 0) return circled + 1;
  return chineseNumeral(s);
}
