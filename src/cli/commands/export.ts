import { exportDataset } from '../../store/export.js';
import { choiceOption, stringOption, UsageError, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { textTable } from '../text-table.js';

export const exportCommand: Command = {
  name: 'export',
  usage: `gouji export --out DIR [options]

Writes one file per table of the dataset into DIR (documents, sections, paragraphs,
cells, facts, relations, tables, table_rows, indicators, findings, finding_values,
warnings), rows ordered by primary key. CSV files are UTF-8 with a BOM (Excel shows the
Chinese), RFC 4180 quoting, CRLF line ends. JSONL writes one JSON object per line and
also reports.jsonl: each stored Report whole, as \`gouji analyze\` prints it.
XLSX writes one workbook, DIR/gouji.xlsx: a findings sheet for people (file, department,
year, page, section, table caption, row and column counted from 1, formula, stated,
recomputed, difference), then one sheet per table with the rows of its CSV. Headers are
frozen; amounts stay text with their printed decimals (an Excel number would drop them).
docs/dataset.md describes every column.

Options:
  --format csv|jsonl|xlsx   file format (default csv)
  --out DIR            directory to write into (created if missing; files overwritten)
  --db FILE            the dataset (default gouji.db)

Example:
  $ gouji export --format csv --out export/
  table            rows  file
  documents          81  export/documents.csv
  sections          364  export/sections.csv
  …`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    ...dbOption,
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`export takes no file arguments (got "${positionals[0]}"); use --out DIR`);
    const out = stringOption(values, 'out');
    if (!out) throw new UsageError('export needs --out DIR');
    const format = choiceOption(values, 'format', ['csv', 'jsonl', 'xlsx'] as const, 'csv');
    const dataset = openDatasetForReading(values);
    try {
      if (format === 'xlsx') {
        const { exportWorkbook } = await import('../../store/xlsx.js'); // exceljs only when asked for
        const { file, sheets } = await exportWorkbook(dataset, { out });
        io.stdout(textTable(['sheet', 'rows'], sheets.map((s) => [s.sheet, s.rows]), 200, [1]) + `wrote ${file}\n`);
        return 0;
      }
      const files = exportDataset(dataset, { format, out });
      io.stdout(textTable(['table', 'rows', 'file'], files.map((f) => [f.table, f.rows, f.file]), 200, [1]));
      return 0;
    } finally {
      dataset.close();
    }
  },
};
