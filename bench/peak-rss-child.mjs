// `node bench/peak-rss-child.mjs analyze|bare|none FILE`: one file in a fresh process (the
// compiled dist/), then prints {"pages", "maxRssMiB"} — the peak resident memory of this process
// for bench/analyze.bench.ts: VmHWM from /proc (getrusage's maxRSS would start at the RSS of the
// process that forked this one: Linux carries it over fork and exec).
import { existsSync, readFileSync } from 'node:fs';

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
const hwm = existsSync('/proc/self/status') ? /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
const peakKiB = hwm ? Number.parseInt(hwm, 10) : process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify({ pages, maxRssMiB: Math.round(peakKiB / 1024) }) + '\n');
