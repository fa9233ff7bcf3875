import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/convert/detect.js';
import { corpusBytes } from '../helpers/corpus.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it('reads the format from the bytes, not the name', () => {
    expect(sniff(corpusBytes('huaihua-gxj-2023.docx'))).toBe('zip');
    expect(sniff(corpusBytes('huaihua-gxj-2023.pdf'))).toBe('pdf');
    expect(sniff(corpusBytes('huaihua-gxj-2023.txt'))).toBe('text');
    expect(sniff(corpusBytes('bad/image.docx'))).toBe('binary');
    expect(sniff(corpusBytes('bad/random.docx'))).toBe('binary');
  });

  it('finds %PDF- after leading junk and tells HTML from text', () => {
    expect(sniff(enc('\n\n  %PDF-1.7\n'))).toBe('pdf');
    expect(sniff(enc('<!DOCTYPE html><html><body><p>预算</p></body></html>'))).toBe('html');
    expect(sniff(enc('  <table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(sniff(enc('一、部门基本情况\n<p>不是网页</p>'))).toBe('text');
    expect(sniff(enc('{"facts": [{"value": "2392.94"}]}'))).toBe('json');
    expect(sniff(enc('{ 不是 JSON 的文字'))).toBe('text');
  });

  it('takes GB18030 and UTF-16 text as text', () => {
    const gbk = new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xd5, 0xc8, 0xeb]); // 预算收入
    expect(sniff(gbk)).toBe('text');
    expect(sniff(new Uint8Array([0xff, 0xfe, 0x84, 0x98, 0x97, 0x7b]))).toBe('text');
  });
});
