import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/store/dataset.js';
import { queryReports } from '../../src/store/reports.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { deskDataset } from './fixture.js';

let dir: string;
let dataset: Dataset;
let server: RunningServer;
beforeAll(async () => {
  const made = await deskDataset();
  dir = made.dir;
  dataset = Dataset.open({ path: made.db, readonly: true });
  server = await startServer({ dataset, port: 0 });
}, 600_000);
afterAll(async () => {
  await server?.close();
  await server?.close(); // twice is safe
  dataset?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: string }> {
  const r = await fetch(new URL(path, server.url), init);
  return { status: r.status, headers: r.headers, body: await r.text() };
}

describe('gouji serve', () => {
  it('listens on loopback only, and sends a strict CSP and no-sniff on every page', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['/', '/search?q=x', '/findings', '/nowhere']) {
      const r = await get(path);
      const csp = r.headers.get('content-security-policy')!;
      expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('is read-only', async () => {
    expect((await get('/', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await get('/report/x', { method: 'DELETE' })).status).toBe(405);
  });

  it('shows departments × years on the index, the seed as one report of three files', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<th>2023</th>');
    expect(r.body).toContain('怀化市工业和信息化局');
    expect(r.body).toContain('(3 files)');
  });

  it('answers a bookmarkable search with hits in context, the same text in other files of a report shown once', async () => {
    const r = await get(`/search?q=${encodeURIComponent('智慧怀化')}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<mark class="hit">智慧怀化</mark>代建市直单位信息化建设项目');
    expect(r.body).toContain('value="智慧怀化"');
    const key = queryReports(dataset, { department: '工业和信息化局' })[0]!.key;
    expect(r.body).toMatch(new RegExp(`<a href="/report/${key}#b\\d+">`));
    expect(r.body).toContain('(also in <code title="');
    expect((await get('/search?q=2392.94')).body).toContain('<mark class="hit">2392.94</mark>');
  });

  it('filters findings by department, year, rule and severity', async () => {
    const all = await get('/findings');
    expect(all.body).toContain('预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%');
    const seedRows = (await get(`/findings?department=${encodeURIComponent('工业')}`)).body.match(/<tr class="sev-/g) ?? [];
    expect(seedRows.length).toBe(2); // once each, not once per file
    expect((await get('/findings?year=2024')).body).not.toContain('135.47%');
    expect((await get('/findings?rule=sum')).body).not.toContain('135.47%');
    expect((await get(`/findings?department=${encodeURIComponent('工业')}&severity=error&rule=rate&year=2023`)).body).toContain('135.47%');
  });

  it("shows a department's reports across years, and the report page of each file", async () => {
    const dept = await get(`/department/${encodeURIComponent('怀化市工业和信息化局')}`);
    expect(dept.status).toBe(200);
    const key = queryReports(dataset, { department: '工业和信息化局' })[0]!;
    expect(dept.body).toContain(`href="/report/${key.key}"`);
    const page = await get(`/report/${key.key}`);
    expect(page.body).toContain('3 files hold this report');
    expect(page.body).toContain('class="findings"');
    const pdf = key.files.find((f) => f.format === 'pdf')!;
    expect((await get(`/report/${key.key}?file=${pdf.sha256}`)).body).toContain('<div class="page-mark" id="page-11">');
    expect((await get('/report/nope')).status).toBe(404);
    expect((await get(`/department/${encodeURIComponent('<b>')}`)).body).toContain('No reports of &lt;b&gt;');
  });

  it('shows a hostile report and a hostile query as text', async () => {
    const hostile = queryReports(dataset).find((g) => g.files[0]!.path?.includes('<img'))!;
    const page = await get(`/report/${hostile.key}`);
    expect(page.body.match(/<script/g)).toHaveLength(1);
    expect(page.body).not.toContain('<img');
    expect(page.body).toContain('&lt;script&gt;window.__pwned');
    const q = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script> 预算收入')}`);
    expect(q.body.match(/<script/g)).toHaveLength(1);
    expect(q.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
