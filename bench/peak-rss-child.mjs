// `node bench/peak-rss-child.mjs analyze|bare|none FILE`: one file in a fresh process (the
// compiled dist/), then prints {"pages", "maxRssMiB"} — the peak resident memory of the whole
// process (process.resourceUsage().maxRSS) for bench/analyze.bench.ts.
import { readFileSync } from 'node:fs';

const [mode, file] = process.argv.slice(2);
let pages = 0;
if (mode !== 'none') {
  const bytes = new Uint8Array(readFileSync(file));
  if (mode === 'analyze') {
    const { analyze } = await import('../dist/analyze.js');
    pages = (await analyze(bytes, { limits: { timeoutMs: 600_000 } })).source.pages ?? 0;
  } else {
    const { openPdf } = await import('../dist/convert/pdf/pdfjs.js');
    const doc = await (await openPdf(bytes)).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      await page.getOperatorList();
      page.cleanup();
    }
    pages = doc.numPages;
    await doc.destroy();
  }
}
process.stdout.write(JSON.stringify({ pages, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
