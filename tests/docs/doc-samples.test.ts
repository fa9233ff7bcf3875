import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSamples, commandOf, docFiles, extractSamples, rewriteSample, sampleMatches } from '../../scripts/doc-samples.mjs';

const fence = '```';

describe('extractSamples', () => {
  it('takes `$ gouji` lines inside fenced blocks with their output, up to the next `$` or the fence', () => {
    const md = [
      '$ gouji search outside   # not in a block',
      `${fence}console`,
      '$ npx gouji search 智慧怀化 --limit 2   # comment',
      ' 1  corpus/a.docx',
      '',
      '$ gouji facts --label 预算收入',
      'department  year',
      '',
      '',
      fence,
      `${fence}sh`,
      '  $ gouji export --out export/',
      '  table  rows',
      fence,
    ].join('\n');
    const samples = extractSamples('x.md', md);
    expect(samples.map((s) => [s.line, commandOf(s), s.output])).toEqual([
      [2, 'search 智慧怀化 --limit 2', [' 1  corpus/a.docx']],
      [5, 'facts --label 预算收入', ['department  year']],
      [11, 'export --out export/', ['table  rows']],
    ]);
  });

  it('in a --help text, a sample ends at a blank line', () => {
    const help = ['Example:', '  $ gouji facts --label 预算收入', '  department  year', '', 'Rows are counted from 1.', '', '  $ gouji facts --format csv > facts.csv'].join('\n');
    const samples = extractSamples('gouji facts --help', help, true);
    expect(samples.map((s) => [commandOf(s), s.output])).toEqual([
      ['facts --label 预算收入', ['department  year']],
      ['facts --format csv > facts.csv', []],
    ]);
  });
});

describe('sampleMatches', () => {
  const output = ['severity  rule  where', 'error     rate  1.预算执行情况', 'error     rate  附件2 · 表「整体支出绩效自评表」 row 3, col 7', 'ingested: 81 files in 12.0 s (6.8 files/s)'];

  it('takes the whole output, trailing spaces aside', () => {
    expect(sampleMatches(output.map((l) => l + '  '), output)).toBe(true);
    expect(sampleMatches(output.slice(0, 3), output)).toBe(false);
  });

  it('finds an old place format that gouji no longer prints', () => {
    expect(sampleMatches(['severity  rule  where', 'error     rate  预算执行情况 #33', '…'], output)).toBe(false);
  });

  it('reads a line that is only … as lines left out, anchored at the ends unless cut there', () => {
    expect(sampleMatches([output[0]!, '…', output[3]!], output)).toBe(true);
    expect(sampleMatches(['…', output[2]!, '…'], output)).toBe(true);
    expect(sampleMatches(['…', output[1]!], output)).toBe(false); // not the last line
    expect(sampleMatches([output[1]!, '…'], output)).toBe(false); // not the first line
    expect(sampleMatches([output[2]!, '…', output[1]!], output)).toBe(false); // out of order
  });

  it('masks the ingest time and rate, and takes a line ending in “ …” as cut', () => {
    expect(sampleMatches(['…', 'ingested: 81 files in 6.2 s (13.0 files/s)'], output)).toBe(true);
    expect(sampleMatches(['…', 'ingested: 80 files in 6.2 s (13.0 files/s)'], output)).toBe(false);
    expect(sampleMatches(['…', 'error     rate  附件2 · 表「整体支出绩效自评表」 …', '…'], output)).toBe(true);
    expect(sampleMatches(['…', 'error     rate  附件1 …', '…'], output)).toBe(false);
  });
});

describe('rewriteSample', () => {
  it('keeps the cuts and the lines that still match, and takes the rest from the output', () => {
    const actual = ['head A', 'r1', 'r2', '核对结果 findings (2):', '1. ERROR new', '2. ERROR', 'tail'];
    expect(rewriteSample(['head A', '…', '核对结果 findings (2):', '1. ERROR old', '…'], actual)).toEqual(['head A', '…', '核对结果 findings (2):', '1. ERROR new', '…']);
    expect(rewriteSample(['old head', 'old 2'], actual)).toEqual(actual);
    expect(rewriteSample(['…', 'old tail'], actual)).toEqual(['…', 'tail']);
  });
});

describe('the docs’ samples that read no dataset', () => {
  it('are what gouji prints (the whole check: npx tsx scripts/doc-samples.mts)', () => {
    const root = resolve(import.meta.dirname, '../..');
    const scratch = mkdtempSync(join(tmpdir(), 'gouji-doc-samples-'));
    try {
      const checked = checkSamples(root, scratch, docFiles(root), { dataset: false, help: false });
      expect(checked.map((c) => commandOf(c.sample))).toContain('analyze corpus/bad/truncated.docx');
      expect(checked.filter((c) => !c.ok).map((c) => `${c.sample.file}:${c.sample.line + 1} ${c.run?.lines.slice(0, 3).join('\n')}`)).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
