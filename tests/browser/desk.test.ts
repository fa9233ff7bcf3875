/**
 * The auditor's desk in a real browser: Debian's chromium (never a downloaded one) driven by
 * playwright-core, against `gouji serve` on a free loopback port and against the HTML file
 * `gouji report` writes. Skipped only when chromium is absent and CI is not set; under CI
 * a missing browser fails (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderReportPage } from '../../src/report/html/page.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { Dataset } from '../../src/store/dataset.js';
import { queryReports } from '../../src/store/reports.js';
import { report } from '../corpus.js';
import { HOSTILE_NAME, HOSTILE_TEXT } from '../report/hostile.js';
import { deskDataset } from '../serve/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const run = existsSync(CHROMIUM) || Boolean(process.env.CI);

let dir: string;
let shots: string;
let dataset: Dataset;
let server: RunningServer;
let browser: BrowserContext;

beforeAll(async () => {
  if (!run) return;
  const made = await deskDataset();
  dir = made.dir;
  // Screenshots go to the test's temp dir, or where GOUJI_SCREENSHOTS says (to refresh docs/).
  shots = process.env.GOUJI_SCREENSHOTS ?? join(dir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  dataset = Dataset.open({ path: made.db, readonly: true });
  server = await startServer({ dataset, port: 0 });
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gouji-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dataset?.close();
  if (dir && !process.env.GOUJI_KEEP_SCREENSHOTS) rmSync(dir, { recursive: true, force: true });
});

/** A page that records script errors and CSP violations, with no time limits a loaded machine could trip. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  page.setDefaultNavigationTimeout(0);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Clicks every finding whose stated figure is 135.42% and collects what each marks. */
async function click13542(page: Page): Promise<{ inText: number; inSelfEval: number; scrolled: boolean }> {
  const findings = page.locator('li.finding').filter({ hasText: '报告数 stated135.42%' });
  const n = await findings.count();
  expect(n).toBeGreaterThan(0);
  let inText = 0;
  let inSelfEval = 0;
  let scrolled = false;
  for (let i = 0; i < n; i++) {
    await findings.nth(i).locator('p.msg').click();
    inText += await page.locator('p.para mark.fig.active', { hasText: '135.42%' }).count();
    inSelfEval += await page.locator('figure.table:has(figcaption:has-text("自评表")) td.fig-cell.active', { hasText: '135.42%' }).count();
    // The first marked figure was scrolled into view.
    scrolled ||= await page.evaluate(() => {
      const first = document.querySelector('.active:not(li)');
      if (!first) return false;
      const r = first.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }
  return { inText, inSelfEval, scrolled };
}

describe.skipIf(!run)('the desk in chromium', { timeout: 600_000 }, () => {
  it('loads the dataset index', async () => {
    const { page, errors } = await open(server.url);
    await expect(page.locator('h1').textContent()).resolves.toContain('数据集');
    expect(await page.locator('table.index-grid a', { hasText: '部门整体支出绩效自评报告' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'index.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds 智慧怀化 from a plain link, and the hit opens the report', async () => {
    const { page, errors } = await open(new URL(`/search?q=${encodeURIComponent('智慧怀化')}`, server.url).href);
    const marks = page.locator('mark.hit');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe('智慧怀化');
    await page.locator('ol.hits a').first().click();
    await page.waitForURL(/\/report\//);
    expect(await page.locator('aside.findings').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the figures of the 135.42% finding in the text and in the 自评表 when it is clicked', async () => {
    const key = queryReports(dataset, { department: '工业和信息化局' })[0]!.key;
    const { page, errors } = await open(new URL(`/report/${key}`, server.url).href);
    expect(await page.locator('.active').count()).toBe(0);
    const marked = await click13542(page);
    expect(marked.inText).toBeGreaterThan(0);
    expect(marked.inSelfEval).toBeGreaterThan(0);
    expect(marked.scrolled).toBe(true);
    // The first finding again, for the picture: findings beside the document, its figures marked.
    await page.locator('li.finding').first().locator('p.msg').click();
    await page.screenshot({ path: join(shots, 'report.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the figures in the HTML file `gouji report` writes, opened from disk', async () => {
    const file = join(dir, 'seed.html');
    writeFileSync(file, renderReportPage(await report('huaihua-gxj-2023.docx')));
    const { page, errors } = await open(pathToFileURL(file).href);
    const marked = await click13542(page);
    expect(marked.inText).toBeGreaterThan(0);
    expect(marked.inSelfEval).toBeGreaterThan(0);
    expect(errors).toEqual([]); // the CSP meta allows gouji's own script and style, by hash
    await page.close();
  });

  it('runs no script a report carries, served or from disk', async () => {
    const hostile = queryReports(dataset).find((g) => g.files[0]!.path?.includes('<img'))!;
    const served = await open(new URL(`/report/${hostile.key}`, server.url).href);
    const file = join(dir, 'hostile.html');
    writeFileSync(file, renderReportPage(await analyze(new TextEncoder().encode(HOSTILE_TEXT), { path: HOSTILE_NAME })));
    const fromDisk = await open(pathToFileURL(file).href);
    for (const { page } of [served, fromDisk]) {
      await page.locator('li.finding, p.empty').first().waitFor();
      await page.mouse.move(400, 300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('main.document').textContent()).toContain(`<script>window.__pwned='script'</script>`);
      expect(await page.locator('header .files').textContent()).toContain('<img src=x onerror=');
      expect(await page.locator('main.document img, main.document script, header img').count()).toBe(0);
      await page.close();
    }
    // A hostile query is text too.
    const q = await open(new URL(`/search?q=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}`, server.url).href);
    expect(await q.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await q.page.locator('h1').textContent()).toContain('<img src=x');
    await q.page.close();
  });

  it('blocks, by its Content-Security-Policy, a script that escaping had let through', async () => {
    // Defence in depth: splice markup into a page as if escaping had failed; the CSP stops it.
    const file = join(dir, 'spliced.html');
    const page = renderReportPage(await report('huaihua-gxj-2023.docx'));
    writeFileSync(file, page.replace('<main class="document">', `<main class="document"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`));
    const { page: tab, errors } = await open(pathToFileURL(file).href);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    // gouji's own script still runs.
    await tab.locator('li.finding').first().locator('p.msg').click();
    expect(await tab.locator('.active').count()).toBeGreaterThan(0);
    await tab.close();
  });
});
