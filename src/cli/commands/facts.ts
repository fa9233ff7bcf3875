import { queryFacts, type FactRow } from '../../store/query.js';
import { terminalJson } from '../safe-text.js';
import { BOM, csvLine } from '../../store/csv.js';
import { describePlace } from '../../report/place.js';
import { choiceOption, intOption, stringOption, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { displayPath } from '../display-path.js';
import { textTable } from '../text-table.js';

/** CSV columns; rows and columns 1-based as a person reads them (JSON keeps the 0-based grid). */
const CSV_COLUMNS = [
  'document', 'path', 'department', 'year', 'id', 'label', 'raw_label', 'value_printed', 'value_exact', 'unit', 'kind', 'wan_yuan',
  'source', 'dims', 'page', 'block', 'section', 'section_title', 'table_block', 'table_caption', 'row', 'col', 'quote',
] as const satisfies readonly (keyof FactRow)[];

function csvValue(r: FactRow, column: (typeof CSV_COLUMNS)[number]): unknown {
  if (column === 'row' || column === 'col') return r[column] === null ? null : r[column] + 1;
  return r[column];
}

function where(f: FactRow): string {
  return describePlace({
    page: f.page,
    section: f.section_heading ?? f.section_title ?? f.section,
    table: f.table_block,
    tableCaption: f.table_caption,
    row: f.row,
    col: f.col,
  });
}

export const factsCommand: Command = {
  name: 'facts',
  usage: `gouji facts [options]

Lists facts — labelled figures such as 预算收入 2392.94万元 — of every report in the
dataset, with their exact value, unit, value in 万元 and where they were read. Older
versions of a re-ingested path are left out.

Options:
  --label L                  facts whose canonical label is L, or whose label as written contains L
  --department D             only departments whose name contains D
  --year Y                   only reports of year Y
  --limit N                  at most N facts
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji facts --label 预算收入 --year 2023
  department            year  label     as written  value    unit  万元     where
  怀化市工业和信息化局  2023  预算收入  预算收入    2392.94  万元  2392.94  1.预算执行情况
  怀化市工业和信息化局  2023  预算收入  预算收入    2392.94  万元  2392.94  p.3 · 1.预算执行情况
  怀化市工业和信息化局  2023  预算收入  预算收入    2392.94  万元  2392.94  1.预算执行情况

Rows and columns are counted from 1 in the table and CSV output (JSON keeps the 0-based grid).

  $ gouji facts --year 2023 --format csv > facts.csv`,
  options: {
    label: { type: 'string' },
    department: { type: 'string' },
    year: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
    ...dbOption,
  },
  async run({ values }, io) {
    const format = choiceOption(values, 'format', ['table', 'json', 'csv'] as const, 'table');
    const dataset = openDatasetForReading(values);
    try {
      const rows = queryFacts(dataset, {
        label: stringOption(values, 'label'),
        department: stringOption(values, 'department'),
        year: intOption(values, 'year'),
        limit: intOption(values, 'limit'),
      });
      if (format === 'json') io.stdout(terminalJson(JSON.stringify(rows, null, 2)) + '\n');
      else if (format === 'csv') io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => csvValue(r, c)))).join(''));
      else if (rows.length === 0) io.stdout('no facts\n');
      else {
        io.stdout(
          textTable(
            ['department', 'year', 'label', 'as written', 'value', 'unit', '万元', 'where'],
            rows.map((r) => [r.department ?? (r.path && displayPath(r.path)), r.year, r.label, r.raw_label, r.value_printed, r.unit, r.wan_yuan, where(r)]),
          ),
        );
      }
      return 0;
    } finally {
      dataset.close();
    }
  },
};
