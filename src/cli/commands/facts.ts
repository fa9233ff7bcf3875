import { queryFacts, type FactRow } from '../../store/query.js';
import { BOM, csvLine } from '../../store/csv.js';
import { choiceOption, intOption, stringOption, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { textTable } from '../text-table.js';

const CSV_COLUMNS = [
  'document', 'path', 'department', 'year', 'id', 'label', 'raw_label', 'value_printed', 'value_exact', 'unit', 'kind', 'wan_yuan',
  'source', 'dims', 'page', 'block', 'section', 'section_title', 'table_block', 'row', 'col', 'quote',
] as const satisfies readonly (keyof FactRow)[];

function where(f: FactRow): string {
  const cell = f.table_block !== null ? `table #${f.table_block} r${f.row}c${f.col}` : f.block !== null ? `#${f.block}` : null;
  return [f.page !== null ? `p.${f.page}` : null, f.section_title ?? f.section, cell].filter(Boolean).join(' ');
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
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji facts --label 预算收入
  department            year  label     as written                  value    unit  万元     where
  怀化市工业和信息化局  2023  预算收入  2023年市工业和信息化局预算收入  2392.94  万元  2392.94  #33

  $ gouji facts --year 2023 --format csv > facts.csv`,
  options: {
    label: { type: 'string' },
    department: { type: 'string' },
    year: { type: 'string' },
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
      });
      if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
      else if (format === 'csv') io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => r[c]))).join(''));
      else if (rows.length === 0) io.stdout('no facts\n');
      else {
        io.stdout(
          textTable(
            ['department', 'year', 'label', 'as written', 'value', 'unit', '万元', 'where'],
            rows.map((r) => [r.department ?? r.path, r.year, r.label, r.raw_label, r.value_printed, r.unit, r.wan_yuan, where(r)]),
          ),
        );
      }
      return 0;
    } finally {
      dataset.close();
    }
  },
};
