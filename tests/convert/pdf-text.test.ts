import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinRuns, joinWrapped, needsSpace } from '../../src/convert/pdf/join.js';
import { findFurniture } from '../../src/convert/pdf/furniture.js';
import { isBoldFont, isPageNumber } from '../../src/convert/pdf/layout-patterns.js';
import { buildLines } from '../../src/convert/pdf/lines.js';
import { normalizeRunText } from '../../src/convert/pdf/text-normalize.js';
import type { Run } from '../../src/convert/pdf/types.js';

function run(text: string, x0: number, size = 12, baseline = 100, width?: number): Run {
  const w = width ?? [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0) * size;
  return { text, x0, x1: x0 + w, top: baseline - 0.85 * size, bottom: baseline + 0.15 * size, size, baseline, bold: false, vertical: false };
}

/** Lays out runs left to right with the given gaps (in ems) between them. */
function row(parts: Array<[string, number]>, size = 12): Run[] {
  const out: Run[] = [];
  let x = 50;
  for (const [text, gapEm] of parts) {
    x += gapEm * size;
    const r = run(text, x, size);
    out.push(r);
    x = r.x1;
  }
  return out;
}

describe('CJK radicals', () => {
  const table = JSON.parse(readFileSync(new URL('../../patterns/cjk-radicals.json', import.meta.url), 'utf8')).radicals as Record<string, string>;

  it('maps Kangxi and supplement radicals to unified ideographs, and nothing else', () => {
    expect(normalizeRunText('⾦额')).toBe('金额'); // U+2FA6 KANGXI RADICAL GOLD
    expect(normalizeRunText('⼈员经费')).toBe('人员经费'); // U+2F08
    expect(normalizeRunText('⻓期')).toBe('长期'); // U+2ED3 CJK RADICAL C-SIMPLIFIED LONG
    expect(normalizeRunText('⻅效')).toBe('见效'); // U+2EC5
    // Full-width punctuation and digits stay as printed (the number parser handles ２３).
    expect(normalizeRunText('合计：１２３，（一）')).toBe('合计：１２３，（一）');
    expect(normalizeRunText('a\u00a0b\u200bc')).toBe('a bc');
  });

  it('has every Kangxi radical (the same answer as NFKC) and the supplement NFKC misses', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const ch = String.fromCodePoint(cp);
      expect(table[ch], `U+${cp.toString(16)}`).toBe(ch.normalize('NFKC'));
    }
    // NFKC alone would leave almost all of the CJK Radicals Supplement untouched.
    const supplement = Object.keys(table).filter((ch) => ch.codePointAt(0)! < 0x2f00);
    const nfkcCovers = supplement.filter((ch) => ch.normalize('NFKC') !== ch);
    expect(supplement.length).toBeGreaterThan(80);
    expect(nfkcCovers.length).toBe(2);
    for (const to of Object.values(table)) expect(to).toMatch(/^[\u3400-\u4dbf\u4e00-\u9fff]$/u);
  });
});

describe('joining glyph runs', () => {
  it('writes Chinese without spaces, even across a small gap next to a number', () => {
    expect(joinRuns(row([['年初预算为', 0], ['1560.05', 0.2], ['万元', 0.2]]))).toBe('年初预算为1560.05万元');
  });

  it('keeps spaces between Latin words and between numbers', () => {
    expect(joinRuns(row([['Wi-Fi', 0], ['6', 0.3], ['0.00', 2], ['12.50', 0.3]]))).toBe('Wi-Fi 6 0.00 12.50');
  });

  it('keeps a number drawn one glyph at a time whole, even letter-spaced', () => {
    const glyphs = row([...'2,392.94万元'].map((ch) => [ch, 0.12] as [string, number]));
    expect(joinRuns(glyphs)).toBe('2,392.94万元');
  });

  it('turns a wide gap into one space (fields on one line)', () => {
    expect(joinRuns(row([['填表人：周小龙', 0], ['填报日期：2024年6月25日', 1.5]]))).toBe('填表人：周小龙 填报日期：2024年6月25日');
    expect(needsSpace('合计', '95', 0.5 * 12, 12)).toBe(false);
    expect(needsSpace('合计', '95', 1 * 12, 12)).toBe(true);
  });

  it('joins wrapped lines: nothing inside Chinese, a space between Latin words or numbers', () => {
    expect(joinWrapped('支出决算为1511.89万', '元。')).toBe('支出决算为1511.89万元。');
    expect(joinWrapped('项目支出', '1,232.93万元')).toBe('项目支出1,232.93万元');
    expect(joinWrapped('organised by', 'the bureau')).toBe('organised by the bureau');
    expect(joinWrapped('Wi-', 'Fi')).toBe('Wi-Fi');
  });
});

describe('lines from runs', () => {
  it('puts runs on one baseline into one line, tolerating small shifts and duplicates', () => {
    const runs = [run('第二行', 50, 12, 130), run('合计', 50, 12, 100), run('95', 100, 12, 101.5), run('%', 112, 9, 98), run('第二行', 50.3, 12, 130.2)];
    const lines = buildLines(runs, 1);
    expect(lines.map((l) => l.text)).toEqual(['合计 95%', '第二行']);
    expect(lines[0]!.bold).toBe(false);
    expect(lines[1]!.bold).toBe(true); // drawn twice at the same place: fake bold
  });
});

describe('page furniture (src/convert/pdf/furniture.ts)', () => {
  // 重庆 2026 部门预算, landscape page (595 high): the table drawn down to y ≈ 509, “—9—” at 530–544,
  // just above the foot tenth (535.5); left in the text it parted the table from its next page
  const line = (text: string, top: number, bottom: number, page = 1) => ({ ...run(text, 380), text, top, bottom, x0: 380, x1: 440, page, runs: [], size: 12, maxSize: 12, baseline: bottom, bold: false });
  const page = (n: number, lines: ReturnType<typeof line>[]) => ({
    page: n,
    width: 842,
    height: 595,
    lines,
    tables: [{ top: 80, bottom: 509 }] as never[],
    toPdfBox: () => null,
  });

  it('takes a page number a little above the foot tenth, below every table, as furniture', () => {
    const pages = [page(9, [line('—9—', 530, 544, 9)]), page(10, [line('—1 0—', 530, 544, 10)])];
    expect(findFurniture(pages).map((f) => [f.line.text, f.kind])).toEqual([
      ['—9—', 'page-number'],
      ['—1 0—', 'page-number'],
    ]);
  });

  it('leaves a figure line there that is not only a page number', () => {
    expect(findFurniture([page(9, [line('合计 95', 530, 544, 9)])])).toEqual([]);
  });
});

describe('layout patterns (patterns/pdf-layout.json)', () => {
  it('recognises page numbers', () => {
    for (const s of ['— 3 —', '- 12 -', '—1 0—', '3', '第 3 页', '第3页 共12页', '第 1 页 共 2 页', '3/12', 'Page 3 of 12', '· 7 ·', 'iv']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['2023年6月28日', '一、部门基本情况', '合计 95', '单位：万元', '3.5', '']) expect(isPageNumber(s), s).toBe(false);
  });

  it('takes 黑体 / 小标宋 / …-Bold faces as bold', () => {
    for (const f of ['ABCDEF+SimHei', 'FZXBSK--GBK1-0', 'NotoSansCJKjp-Bold-VKana', 'Times New Roman-Bold', 'Arial-BoldMT']) expect(isBoldFont(f), f).toBe(true);
    for (const f of ['SISQRH+STZhongsong', 'FangSong', 'FZSSK--GBK1-0', 'NotoSerifCJKjp-Regular-VKana', undefined]) expect(isBoldFont(f), String(f)).toBe(false);
  });
});
