import type { Severity } from '../../model/index.js';
import { queryFindings, type FindingRow } from '../../store/query.js';
import { csvLine, BOM } from '../../store/csv.js';
import { choiceOption, intOption, stringOption, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { textTable } from '../text-table.js';

const CSV_COLUMNS = [
  'document', 'path', 'title', 'department', 'year', 'seq', 'rule', 'severity', 'message_zh', 'message_en', 'formula',
  'stated', 'expected', 'difference', 'page', 'block', 'section', 'section_title', 'table_block', 'row', 'col', 'values',
] as const satisfies readonly (keyof FindingRow)[];

function where(f: FindingRow): string {
  const place = f.table_block !== null ? `table #${f.table_block} r${f.row}c${f.col}` : f.block !== null ? `#${f.block}` : null;
  return [f.page !== null ? `p.${f.page}` : null, f.section_title ?? f.section, place].filter(Boolean).join(' ');
}

export const findingsCommand: Command = {
  name: 'findings',
  usage: `gouji findings [options]

Lists the findings (figures that do not tie) of every report in the dataset, errors
first. Older versions of a re-ingested path are left out.

Options:
  --severity LEVEL           error | warning | info: that level or worse (default info = all)
  --rule R                   only findings of rule R
  --department D             only departments whose name contains D
  --year Y                   only reports of year Y
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji findings --severity error
  severity  rule        department            year  where              formula
  error     rate-check  怀化市工业和信息化局  2023  table #95 r2c6     预算执行率 135.42% ≠ 决算支出 3241.81 ÷ 预算收入 2392.94 = 135.47%

  $ gouji findings --format csv > findings.csv`,
  options: {
    severity: { type: 'string' },
    rule: { type: 'string' },
    department: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    ...dbOption,
  },
  async run({ values }, io) {
    const severity = choiceOption(values, 'severity', ['error', 'warning', 'info'] as const, 'info') as Severity;
    const format = choiceOption(values, 'format', ['table', 'json', 'csv'] as const, 'table');
    const dataset = openDatasetForReading(values);
    try {
      const rows = queryFindings(dataset, {
        severity,
        rule: stringOption(values, 'rule'),
        department: stringOption(values, 'department'),
        year: intOption(values, 'year'),
      });
      if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
      else if (format === 'csv') io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => r[c]))).join(''));
      else if (rows.length === 0) io.stdout('no findings\n');
      else {
        io.stdout(
          textTable(
            ['severity', 'rule', 'department', 'year', 'where', 'formula'],
            rows.map((r) => [r.severity, r.rule, r.department ?? r.path, r.year, where(r), r.formula]),
            80,
          ),
        );
      }
      return 0;
    } finally {
      dataset.close();
    }
  },
};
