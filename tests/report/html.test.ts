import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { contentSecurityPolicy, SCRIPT, STYLE } from '../../src/report/html/assets.js';
import { escapeHtml, html, raw } from '../../src/report/html/escape.js';
import { figureMarks, splitMarked } from '../../src/report/html/marks.js';
import { renderReportPage } from '../../src/report/html/page.js';
import { report } from '../corpus.js';
import { seedLayout } from '../store/fixture.js';
import { HOSTILE_NAME, HOSTILE_TEXT } from './hostile.js';

describe('escaping', () => {
  it('escapes every interpolation, keeps markup made by html`` and raw()', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', raw('<br>')]}${null}${7}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;<br>7</p>');
  });
});

describe('splitMarked', () => {
  it('cuts text at overlapping marks, each piece listing its findings', () => {
    const pieces = splitMarked('abcdefgh', 100, [
      { start: 101, end: 104, findings: [0] },
      { start: 103, end: 106, findings: [1] },
      { start: 90, end: 95, findings: [2] }, // outside: ignored
    ]);
    expect(pieces).toEqual([
      { text: 'a', findings: [] },
      { text: 'bc', findings: [0] },
      { text: 'd', findings: [0, 1] },
      { text: 'ef', findings: [1] },
      { text: 'gh', findings: [] },
    ]);
  });
});

describe('the report page', () => {
  it('puts the findings first and marks their figures in the text and in the 自评表', async () => {
    const seed = await report('huaihua-gxj-2023.docx');
    const L = seedLayout(seed);
    const page = renderReportPage(seed);
    const rate = seed.findings.findIndex((f) => f.stated === '135.42' && f.values.every((v) => v.location.table === null));
    const table = seed.findings.findIndex((f) => f.stated === '135.42' && f.values.some((v) => v.location.table === L.selfEval));
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(table).toBeGreaterThanOrEqual(0);
    // Findings before the document.
    expect(page.indexOf('class="findings"')).toBeLessThan(page.indexOf('class="document"'));
    expect(page).toContain('预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%');
    // The paragraph holds the three figures of the rate, each marked with the finding's number.
    const para = new RegExp(`<p id="b${L.budget}"[^>]*>(.*?)</p>`).exec(page)![1]!;
    for (const figure of ['2392.94万元', '3241.81万元', '135.42%']) expect(para).toMatch(new RegExp(`<mark class="fig" data-f="[^"]*\\b${rate}\\b[^"]*">${figure.replace('.', '\\.')}</mark>`));
    // The 自评表 cell of 135.42%, with its caption; rows shown 1-based.
    const figure = new RegExp(`<figure class="table" id="b${L.selfEval}">([\\s\\S]*?)</figure>`).exec(page)![1]!;
    expect(figure).toContain('表「整体支出绩效自评表」');
    expect(figure).toMatch(new RegExp(`<td class="fig-cell" data-fc="[^"]*\\b${table}\\b[^"]*" title="row ${L.totalRow + 1}, col ${L.rateCol + 1}"><mark class="fig" data-f="${table}">135\\.42%</mark></td>`));
    // The finding lists its figures' places in words.
    expect(page).toContain(`表「整体支出绩效自评表」 row ${L.totalRow + 1}, col ${L.rateCol + 1}`);
    // Headings from the section tree, with an outline linking to them.
    expect(page).toMatch(/<h4 class="heading" id="s-s2\.1\.1"[^>]*><span id="b\d+"><\/span>1\.预算执行情况<\/h4>/);
    expect(page).toContain('<a href="#s-s2.1.1">1.预算执行情况</a>');
  });

  it('marks every located figure of every finding (PDF: with page numbers)', async () => {
    const pdf = await report('huaihua-gxj-2023.pdf');
    const marks = figureMarks(pdf);
    for (let i = 0; i < pdf.findings.length; i++) expect(marks.firstBlock.has(i)).toBe(true);
    const page = renderReportPage(pdf);
    expect(page).toMatch(/<div class="page-mark" id="page-11">p\.11<\/div>/);
    expect(page).toMatch(/表「整体支出绩效自评表」<\/span> <span class="where">p\.11/);
  }, 600_000);

  it('is self-contained: no external URL, one script and one stylesheet, both allowed by hash only', async () => {
    const page = renderReportPage(await report('huaihua-gxj-2023.docx'));
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page).toContain(`<script>${SCRIPT}</script>`);
    expect(page).toContain(`<style>${STYLE}</style>`);
    const csp = contentSecurityPolicy();
    expect(csp).toMatch(/default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe');
    expect(page).toContain(`content="${escapeHtml(csp)}"`);
    expect(page).toContain('@media print');
  });

  it('shows the warning of a “.docx” whose bytes are an HTML page on the report', async () => {
    const saved = await analyze(new TextEncoder().encode('<!doctype html><html><body><p>404 Not Found</p></body></html>'), { path: '2023年决算.docx' });
    expect(renderReportPage(saved)).toMatch(/<div class="warnings"><div>⚠ extension-mismatch: the file name says \.docx but its bytes are an HTML page/);
  });

  it('shows markup and script in a report, and in its file name, as text', async () => {
    const hostile = await analyze(new TextEncoder().encode(HOSTILE_TEXT), { path: HOSTILE_NAME });
    const page = renderReportPage(hostile);
    expect(page.match(/<script/g)).toHaveLength(1); // gouji's own
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/<a href="javascript/);
    expect(page).not.toMatch(/<[^>]*\son(error|mouseover)=/); // as text only (its < is escaped)
    expect(page).toContain('&lt;script&gt;window.__pwned=&#39;script&#39;&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;name&#39;&quot;&gt;报告.txt');
  });
});
