import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { corpusBytes } from './corpus.js';

/**
 * A seeded generator of hostile inputs (issue 13): real seeds with bytes changed, and crafted
 * shapes — deep nesting, huge spans, long digit runs, many headings or figures, control
 * characters, mixed and legacy encodings, random bytes. The same seed gives the same cases,
 * so a failure can be replayed. `scale` grows the crafted shapes (1 in CI, larger in the
 * fuzz run of `npm run bench -- fuzz`).
 */
export interface FuzzCase {
  /** What kind of input this is (the fuzz run's figures are per kind). */
  kind: string;
  name: string;
  bytes: Uint8Array;
}

/** mulberry32: a small, fast, seeded PRNG (the generator only needs reproducibility). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

/** A few bytes changed, inserted, deleted or a range repeated — what a bad disk or download does. */
export function mutateBytes(rand: Rand, seed: Uint8Array, edits: number): Uint8Array {
  let bytes = Array.from(seed);
  for (let e = 0; e < edits; e++) {
    const at = int(rand, Math.max(1, bytes.length));
    switch (int(rand, 5)) {
      case 0:
        bytes[at] = int(rand, 256);
        break;
      case 1:
        bytes.splice(at, 0, int(rand, 256));
        break;
      case 2:
        bytes.splice(at, 1 + int(rand, 16));
        break;
      case 3: {
        const len = 1 + int(rand, 64);
        bytes.splice(at, 0, ...bytes.slice(at, at + len));
        break;
      }
      default:
        bytes[at] = pick(rand, [0x00, 0x2c, 0x30, 0xff, 0x7b, 0x28, 0x3c, 0x0a]);
    }
  }
  if (bytes.length === 0) bytes = [0x20];
  return new Uint8Array(bytes);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Crafted text shapes, each sized by `n`. */
const CRAFTED_TEXT: Record<string, (rand: Rand, n: number) => string> = {
  'digit-run': (_, n) => `合计${'9'.repeat(n * 50)}万元。`,
  'headings': (_, n) => Array.from({ length: n * 5 }, (__, i) => `${i + 1}、标题${i}`).join('\n'),
  'figures-one-paragraph': (rand, n) => '支出' + Array.from({ length: n * 5 }, () => `${int(rand, 1000)}.${int(rand, 100)}万元`).join('，') + '。',
  'tab-cells': (_, n) => Array.from({ length: n * 20 }, () => '\t1.00').join('\n'),
  'tab-rows': (_, n) => Array.from({ length: n * 10 }, (__, i) => `\t项目${i}\n\t${i}.00`).join('\n\n'),
  'controls': (rand, n) =>
    Array.from({ length: n }, () => `收入\x1b]8;;http://x\x1b\\${int(rand, 999)}.00\x1b]8;;\x1b\\万元\r\x07\u202e（一）`).join('\n'),
  'random-unicode': (rand, n) => Array.from({ length: n * 20 }, () => String.fromCodePoint(pick(rand, [0x4e00, 0x3000, 0x30, 0xff10, 0xd7ff, 0x1f600, 0x202e]) + int(rand, 200))).join(''),
  'long-line': (_, n) => '预算'.repeat(n * 200) + '100万元',
  'pdf-dump-wrapped': (rand, n) =>
    Array.from({ length: n * 10 }, (_, i) => `本部门认真落实预算管理要求推进各项工作有序开展收入${int(rand, 1000)}.${i % 100}万元`).join('\n') + '\f',
  'pdf-dump-layout': (rand, n) =>
    Array.from({ length: n * 10 }, (_, i) => `项目${i}${' '.repeat(3 + int(rand, 12))}${int(rand, 9999)}.00${' '.repeat(3 + int(rand, 12))}${int(rand, 99)}.5`).join('\n') + '\f',
  'formula-cells': (_, n) => Array.from({ length: n }, (__, i) => `\t=HYPERLINK("http://x/${i}")\n\t+${i}\n\t@SUM(A1)\n\t-${i}.5`).join('\n\n'),
};

/** Crafted HTML shapes. */
const CRAFTED_HTML: Record<string, (rand: Rand, n: number) => string> = {
  'nested-divs': (rand, n) => {
    const depth = 1 + int(rand, n * 40);
    return '<html><body>' + '<div>'.repeat(depth) + '<p>收入1.00万元</p>' + '</div>'.repeat(depth) + '</body></html>';
  },
  'nested-tables': (rand, n) => {
    const depth = 1 + int(rand, n * 20);
    return '<table><tr><td>'.repeat(depth) + '1' + '</td></tr></table>'.repeat(depth);
  },
  'spans': (rand, n) =>
    `<table>${Array.from({ length: 1 + int(rand, n) }, () => `<tr><td rowspan="${1 + int(rand, 1000)}" colspan="${1 + int(rand, 1000)}">1</td><td>2.00</td></tr>`).join('')}</table>`,
  'script-and-meta': (rand) =>
    `<html><head><meta charset="${pick(rand, ['big5', 'gbk', 'utf-8', 'x-unknown', 'utf-16'])}"><script>alert(1)</script></head><body><p>预算收入100.00万元</p><table><tr><td>=cmd|' /C calc'!A0</td></tr></table></body></html>`,
  'unclosed': (rand, n) => Array.from({ length: n * 10 }, () => pick(rand, ['<p>', '<li>', '<td>', '<tr>', '<b>', '<table>', '<div>', '</div>', '收入1.00万元'])).join(''),
};

/** The seeds real files are mutated from. */
function seeds(): { text: Uint8Array; docx: Uint8Array; pdf: Uint8Array; html: Uint8Array } {
  const text = new TextDecoder().decode(corpusBytes('huaihua-gxj-2023.txt')).split('\n').slice(0, 120).join('\n');
  return {
    text: utf8(text),
    docx: corpusBytes('other-dept-2024.docx'),
    pdf: corpusBytes('pdf-layout/page-x-of-y.pdf'),
    html: utf8(`<html><body><h2>一、基本情况</h2><p>预算收入2392.94万元，支出3241.81万元。</p><table><tr><td rowspan="2">项目</td><td>金额</td></tr><tr><td>100.00</td></tr></table></body></html>`),
  };
}

/**
 * `count` cases from `seed`. The mix: mutated text, HTML, .docx (bytes, and XML inside the zip)
 * and PDF; crafted text and HTML shapes; text in legacy encodings; random bytes.
 */
export async function fuzzCases(seed: number, count: number, scale = 1): Promise<FuzzCase[]> {
  const rand = prng(seed);
  const base = seeds();
  const docxXml = await (await JSZip.loadAsync(base.docx)).file('word/document.xml')!.async('string');
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const n = Math.max(1, Math.round((1 + int(rand, 20)) * scale));
    const edits = 1 + int(rand, 8);
    const which = int(rand, 12);
    if (which <= 1) {
      cases.push({ kind: 'text-mutated', name: `text-mutated-${i}`, bytes: mutateBytes(rand, base.text, edits) });
    } else if (which === 2) {
      cases.push({ kind: 'pdf-mutated', name: `pdf-mutated-${i}`, bytes: mutateBytes(rand, base.pdf, edits) });
    } else if (which === 3) {
      cases.push({ kind: 'docx-mutated', name: `docx-mutated-${i}`, bytes: mutateBytes(rand, base.docx, edits) });
    } else if (which === 4) {
      const zip = await JSZip.loadAsync(base.docx);
      zip.file('word/document.xml', new TextDecoder().decode(mutateBytes(rand, utf8(docxXml), edits)));
      cases.push({ kind: 'docx-xml-mutated', name: `docx-xml-mutated-${i}`, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) });
    } else if (which === 5) {
      cases.push({ kind: 'html-mutated', name: `html-mutated-${i}`, bytes: mutateBytes(rand, base.html, edits) });
    } else if (which <= 7) {
      const shape = pick(rand, Object.keys(CRAFTED_TEXT));
      cases.push({ kind: `text-${shape}`, name: `text-${shape}-${i}`, bytes: utf8(CRAFTED_TEXT[shape]!(rand, n)) });
    } else if (which <= 9) {
      const shape = pick(rand, Object.keys(CRAFTED_HTML));
      cases.push({ kind: `html-${shape}`, name: `html-${shape}-${i}`, bytes: utf8(CRAFTED_HTML[shape]!(rand, n)) });
    } else if (which === 10) {
      const text = new TextDecoder().decode(base.text);
      const encoding = pick(rand, ['gbk', 'big5', 'utf16le', 'utf16be', 'utf8-bad-byte'] as const);
      let bytes: Uint8Array;
      if (encoding === 'utf8-bad-byte') bytes = mutateBytes(rand, base.text, 1 + int(rand, 3));
      else if (encoding === 'utf16le') bytes = iconv.encode(text, 'utf16le');
      else if (encoding === 'utf16be') bytes = iconv.encode(text, 'utf16be');
      else bytes = iconv.encode(text, encoding);
      cases.push({ kind: `encoding-${encoding}`, name: `encoding-${encoding}-${i}`, bytes: new Uint8Array(bytes) });
    } else {
      const bytes = new Uint8Array(1 + int(rand, 4096 * n));
      for (let k = 0; k < bytes.length; k++) bytes[k] = int(rand, 256);
      cases.push({ kind: 'random-bytes', name: `random-bytes-${i}`, bytes });
    }
  }
  return cases;
}
