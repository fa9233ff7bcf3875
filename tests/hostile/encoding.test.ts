import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { decodeBytes } from '../../src/convert/decode.js';
import { sniff } from '../../src/convert/detect.js';
import { toSimplified } from '../../src/text/traditional.js';

// Issue 13 §5: one bad byte, Big5, <meta charset>, UTF-16 without a BOM, traditional characters.
const SIMPLIFIED = [
  '一、部门基本情况',
  '本部门2023年度预算收入1,234.56万元，决算支出1,100.00万元，其中基本支出800.00万元，项目支出250.00万元。',
  '二、预算执行情况',
  '全年预算执行率为89.10%，较上年增长2.5个百分点。',
  '',
].join('\n');
const TRADITIONAL = [
  '一、部門基本情況',
  '本部門2023年度預算收入1,234.56萬元，決算支出1,100.00萬元，其中基本支出800.00萬元，項目支出250.00萬元。',
  '二、預算執行情況',
  '全年預算執行率為89.10%，較上年增長2.5個百分點。',
  '',
].join('\n');

describe('decoding text reports', () => {
  it('keeps a UTF-8 file with one damaged byte as UTF-8, and says so in a warning', async () => {
    const bytes = Buffer.from(SIMPLIFIED, 'utf8');
    bytes[10] = 0xff; // inside 部门基本情况
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toBeGreaterThan(0); // the broken lead byte and its orphaned continuation bytes
    expect(decoded.replaced).toBeLessThanOrEqual(3);
    const report = await analyze(bytes);
    expect(report.document.text).toContain('预算收入1,234.56万元');
    expect(report.warnings.map((w) => w.code)).toContain('encoding-invalid-bytes');
  });

  it('reads GBK as GB18030 and Big5 as Big5', () => {
    expect(decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'))).toMatchObject({ encoding: 'gb18030', text: SIMPLIFIED });
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'big5'))).toMatchObject({ encoding: 'big5', text: TRADITIONAL });
  });

  it('honours <meta charset> in an HTML page', async () => {
    const html = `<html><head><meta charset="big5"></head><body><p>${TRADITIONAL.split('\n')[1]}</p></body></html>`;
    const report = await analyze(iconv.encode(html, 'big5'));
    expect(report.source.format).toBe('html');
    expect(report.document.text).toContain('预算收入1,234.56万元'); // Big5 decoded, then simplified for matching
  });

  it('reads UTF-16LE and UTF-16BE without a BOM as text', async () => {
    const le = Buffer.from(SIMPLIFIED, 'utf16le');
    expect(sniff(le)).toBe('text');
    expect(decodeBytes(le)).toMatchObject({ encoding: 'utf-16le', text: SIMPLIFIED });
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(be)).toMatchObject({ encoding: 'utf-16be', text: SIMPLIFIED });
    const report = await analyze(le);
    expect(report.facts.map((f) => f.number.value)).toContain('1234.56');
  });

  it('leaves ASCII and clean UTF-8 alone (ASCII pairs look like CJK in UTF-16)', () => {
    expect(decodeBytes(Buffer.from('Total 1234.56\nabcdefgh\n'))).toMatchObject({ encoding: 'utf-8', how: 'utf-8' });
    expect(decodeBytes(Buffer.from(SIMPLIFIED))).toMatchObject({ encoding: 'utf-8', replaced: 0 });
  });
});

describe('traditional characters', () => {
  it('maps them one for one (spans stay put) from patterns/traditional.json', () => {
    expect(toSimplified('萬元 決算 預算 項目 門')).toBe('万元 决算 预算 项目 门');
    expect(toSimplified(TRADITIONAL)).toHaveLength(TRADITIONAL.length);
  });

  it('reads a traditional report like its simplified twin: the same facts, units and findings', async () => {
    const trad = await analyze(Buffer.from(TRADITIONAL, 'utf8'));
    const simp = await analyze(Buffer.from(SIMPLIFIED, 'utf8'));
    const key = (r: typeof trad) => r.facts.map((f) => `${f.label}=${f.number.value}${f.number.unit ?? ''}`);
    expect(key(trad)).toEqual(key(simp));
    expect(trad.facts.some((f) => f.number.unit === '万元')).toBe(true);
    expect(simp.findings.length).toBeGreaterThan(0); // 800 + 250 ≠ 1100: the error is found in both
    expect(trad.findings.map((f) => f.rule)).toEqual(simp.findings.map((f) => f.rule));
    expect(trad.warnings.map((w) => w.code)).toContain('traditional-characters');
    expect(simp.warnings.map((w) => w.code)).not.toContain('traditional-characters');
  });
});

describe('UTF-16 without a BOM, mixed with ASCII (digits, tabs) as real reports are', () => {
  it('is text in both byte orders', async () => {
    const text = '一、基本情况\n\t项目\n\t2023年预算数\n\n\t合计\n\t1,234.56\n\n收入100.00万元，支出90.00万元。\n';
    const le = iconv.encode(text, 'utf16le');
    const be = iconv.encode(text, 'utf16be');
    expect(sniff(le)).toBe('text');
    expect(sniff(be)).toBe('text');
    expect(decodeBytes(be).text).toBe(text);
    expect((await analyze(le)).document.text).toContain('收入100.00万元');
  });
});
