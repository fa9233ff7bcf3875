import { writeFile } from 'node:fs/promises';
import { analyzeFile } from '../../analyze.js';
import { renderReportPage } from '../../report/html/page.js';
import { writeReportSite } from '../../report/site.js';
import { intOption, stringOption, UsageError, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';

export const reportCommand: Command = {
  name: 'report',
  usage: `gouji report <file> [--out report.html]
gouji report --db gouji.db --out DIR

Writes a self-contained HTML page (no network: styles and a small script are inline) per
report: the findings first — severity, the formula in words, stated vs recomputed, the
difference — beside the document (outline, paragraphs, tables with captions and pages),
every finding's figures marked where they stand; clicking a finding scrolls to them. It
prints as an audit working paper.

With a file: reads it (like \`gouji analyze\`) and writes its page to --out (or stdout).
With --db: writes DIR/index.html — departments × years with error and warning counts —
and one page per report; files holding the same report (.docx, .pdf, .txt) are one page.

Options:
  --out FILE|DIR     where to write (a file for one report, a directory for --db)
  --db FILE          the dataset (default gouji.db when no file is given)
  --max-bytes N      refuse input files over N bytes (default 104857600)
  --timeout MS       give up on a file after MS milliseconds (default 120000)

Exit codes: 0 written; 2 the file could not be read; 64 bad arguments.

Examples:
  npx gouji report corpus/huaihua-gxj-2023.docx --out report.html
  npx gouji report --db gouji.db --out site/ && open site/index.html`,
  options: {
    out: { type: 'string' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    ...dbOption,
  },
  async run({ values, positionals }, io) {
    const out = stringOption(values, 'out');
    if (positionals.length > 1) throw new UsageError('report takes one file (or --db for the whole dataset)');
    if (positionals.length === 1) {
      if (stringOption(values, 'db')) throw new UsageError('give a file or --db, not both');
      const maxInputBytes = intOption(values, 'max-bytes');
      const timeoutMs = intOption(values, 'timeout');
      const result = await analyzeFile(positionals[0]!, {
        limits: { ...(maxInputBytes ? { maxInputBytes } : {}), ...(timeoutMs ? { timeoutMs } : {}) },
      });
      if (!result.ok) {
        io.stderr(`gouji: ${positionals[0]}: ${result.error.kind}: ${result.error.message}\n`);
        return 2;
      }
      const page = renderReportPage(result.report);
      if (out) {
        await writeFile(out, page);
        io.stderr(`wrote ${out} (${result.report.findings.length} findings)\n`);
      } else io.stdout(page);
      return 0;
    }
    if (!out) throw new UsageError('report --db needs --out DIR (a directory for index.html and the report pages)');
    const dataset = openDatasetForReading(values);
    try {
      const site = writeReportSite(dataset, out);
      io.stdout(`wrote ${site.index} and ${site.reports.length} report pages\n`);
      return 0;
    } finally {
      dataset.close();
    }
  },
};
