import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/index.js';
import { corpusPath } from '../helpers/corpus.js';
import { runCli, spawnCli } from '../helpers/cli.js';

describe('gouji analyze (as a user runs it)', () => {
  it('prints a Report that validates against the schema', () => {
    const r = spawnCli(['analyze', 'corpus/huaihua-gxj-2023.docx']);
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(r.stdout));
    expect(report.source).toMatchObject({ format: 'docx', path: 'corpus/huaihua-gxj-2023.docx', bytes: 25390 });
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const cells = report.document.blocks.flatMap((b) => (b.kind === 'table' ? b.cells.map((c) => c.text) : []));
    expect(cells).toContain('年度资金总额');
  });

  it('exits 2 with one line naming the typed error for a bad file', () => {
    const r = spawnCli(['analyze', 'corpus/bad/truncated.docx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^gouji: corpus\/bad\/truncated\.docx: corrupt_file: /);
  });
});

describe('gouji CLI (in process)', () => {
  it('prints a text summary', async () => {
    const r = await runCli(['analyze', corpusPath('huaihua-gxj-2023.txt'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/text, 34755 bytes/);
  });

  it('names each figure of a finding as `gouji findings` does: page, heading as printed, 表题, row and column from 1', async () => {
    const docx = await runCli(['analyze', 'corpus/huaihua-gxj-2023.docx', '--format', 'text']);
    expect(docx.code).toBe(0);
    const figures = docx.stdout.split('\n').filter((l) => l.startsWith('   · '));
    expect(figures).toContain('   · 预算执行率 135.42%  1.预算执行情况  “…2.94万元，本年决算支出3241.81万元，预算执行率135.42%。”');
    expect(figures).toContain('   · 年度资金总额 / 执行率 135.42%  附件2 · 表「整体支出绩效自评表」 row 3, col 7  “135.42%”');
    for (const line of figures) expect(line).not.toMatch(/§|block \d|table \d/); // no internal ids
    const pdf = await runCli(['analyze', 'corpus/huaihua-gxj-2023.pdf', '--format', 'text']);
    expect(pdf.stdout).toContain('   · 预算执行率 135.42%  p.3 · 1.预算执行情况  “');
    expect(pdf.stdout).toContain('   · 年度资金总额 / 执行率 135.42%  p.11 · 附件2 · 表「整体支出绩效自评表」 row 3, col 12  “135.42%”');
    // JSON is the data contract: ids and the 0-based grid, unchanged
    const json = Report.parse(JSON.parse((await runCli(['analyze', 'corpus/huaihua-gxj-2023.docx'])).stdout));
    const rate = json.findings.flatMap((f) => f.values).find((v) => v.location.table != null && v.value === '135.42');
    expect(rate?.location).toMatchObject({ section: 'a2', row: 2, col: 6 });
    expect(json.document.blocks[rate!.location.table!]?.kind).toBe('table');
  });

  it('answers --help for the tool and each command, with examples', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/analyze/);
    for (const cmd of ['analyze', 'schema']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    }
  });

  it('rejects bad arguments with exit 64 and a pointer to --help', async () => {
    expect((await runCli(['analyze'])).code).toBe(64);
    const r = await runCli(['analyze', 'x.docx', '--format', 'xml']);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/--format must be one of json, text/);
    expect((await runCli(['nonsense'])).code).toBe(64);
    expect((await runCli(['analyze', 'x', '--bogus'])).code).toBe(64);
  });

  it('reports a missing file as a typed error, not a crash', async () => {
    const r = await runCli(['analyze', '/nonexistent/report.docx']);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/^gouji: \/nonexistent\/report\.docx: not_found: no such file/);
  });

  it('prints the JSON Schema generated from the zod model', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['source', 'meta', 'document', 'sections', 'facts', 'tables', 'indicators', 'findings', 'warnings']),
    );
  });
});
