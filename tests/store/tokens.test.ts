import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { releaseTokenizer, tokenize, tokenText, type TokenCache } from '../../src/store/tokens.js';
import { toHalfWidth } from '../../src/text/half-width.js';
import { SEED_TXT } from '../helpers/variants.js';

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

/** The seed report's text lines (real text: headings, sentences, table rows with tabs). */
const seedLines = (): string[] =>
  readFileSync(SEED_TXT, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

describe('tokenize, stretch by stretch (TokenCache)', () => {
  it('gives the same tokens as cutting each text whole, cutting each distinct stretch once', () => {
    const lines = seedLines();
    const texts = [...lines, ...lines.map((l) => l.replaceAll('\t', ' ')), '２，３９２．９４万元。预算执行率135.42%，\t共3家\n1,2,3', '。，', ' 1 2 ', '1 000.5 万元', '12%。3.5%\t'];
    const cache: TokenCache = new Map();
    const stretches = texts.flatMap((t) => toHalfWidth(t).toLowerCase().split(/[ \t\n，。]/)).filter((s) => s !== '');
    for (const text of texts) expect(tokenize(text, cache)).toEqual(tokenize(text));
    expect(cache.size).toBeGreaterThan(100);
    expect(cache.size).toBeLessThan(new Set(stretches).size + 1);
    expect(cache.size).toBeLessThan(stretches.length / 2); // the seed repeats its labels and figures
  });
});

describe('tokenize, stretch by stretch, on adversarial text', () => {
  it('gives the tokens of the whole text for separators inside and around figures, full-width forms, only separators, long text', () => {
    const pieces = ['1', '2', '0', '.', ',', '，', '。', '%', '％', ' ', '\u3000', '\t', '\n', '\r', '\u00a0', '万元', '预算', '执行率', '智慧怀化', 'abc', 'A', '－', '１', '．', '、', '（', '𠀀'];
    let seed = 42;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const texts = ['', ' ', '，。 \t\n', '\u3000\u3000', '1，234', '1 234', '１，２３４．５', '12。5%', '预算执行率135.42%，'.repeat(3000) + '1，234 5 000'];
    for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join(''));
    const cache: TokenCache = new Map();
    const differ = texts.filter((t) => tokenize(t, cache).join(' ') !== tokenize(t).join(' '));
    expect(differ).toEqual([]);
  });
});

describe('the tokenizer’s dictionaries', () => {
  it('cuts as nodejieba with all its default dictionaries does, with a one-line IDF and stop-word list', async () => {
    const texts = seedLines().map((l) => toHalfWidth(l).toLowerCase());
    tokenize('预算'); // loads this thread's tokenizer
    // nodejieba as it loads itself, in a thread of its own (its dictionaries are per thread)
    const jieba = createRequire(import.meta.url).resolve('nodejieba');
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const nodejieba = require(workerData.jieba);
       const cuts = workerData.texts.map((t) => nodejieba.cutForSearch(t, true));
       const keywords = nodejieba.extract(workerData.texts.join(''), 5);
       const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
       const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-jieba-test-'));
       const file = (n, t) => (fs.writeFileSync(path.join(dir, n), t), path.join(dir, n));
       // free the default dictionary (nodejieba keeps it when a thread ends)
       nodejieba.load({ dict: file('d', '一 1 m\\n'), userDict: file('u', ''), idfDict: file('i', '一 1.0\\n'), stopWordDict: file('s', '的\\n') });
       fs.rmSync(dir, { recursive: true, force: true });
       parentPort.postMessage({ cuts, keywords });`,
      { eval: true, workerData: { jieba, texts } },
    );
    const [defaults] = (await once(worker, 'message')) as [{ cuts: string[][]; keywords: { word: string; weight: number }[] }];
    await worker.terminate();
    expect(texts.map((t) => nodejieba.cutForSearch(t, true))).toEqual(defaults.cuts);
    // what the one-line lists change: keyword weights (term count × the one IDF, 1.0), which gouji never asks for
    expect(defaults.keywords.some((k) => !Number.isInteger(k.weight))).toBe(true);
    expect(nodejieba.extract(texts.join(''), 5).every((k) => Number.isInteger(k.weight))).toBe(true);
  });

  it('loads the real dictionary again when this thread tokenises after releasing it', () => {
    const before = tokenize('怀化市工业和信息化局2023年部门预算');
    releaseTokenizer();
    expect(tokenize('怀化市工业和信息化局2023年部门预算')).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['怀化市', '信息化', '2023', '部门', '预算']));
  });
});
