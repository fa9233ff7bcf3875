import type { Severity } from '../../model/index.js';
import { terminalJson } from '../safe-text.js';
import { queryFindings, type FindingRow } from '../../store/query.js';
import { csvLine, BOM } from '../../store/csv.js';
import { basename } from 'node:path';
import { rules } from '../../reconcile/rules/index.js';
import { describePlace } from '../../report/place.js';
import type { Dataset } from '../../store/dataset.js';
import { choiceOption, intOption, stringOption, UsageError, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { displayPath } from '../display-path.js';
import { textTable } from '../text-table.js';

/**
 * CSV columns: what a person reads in Excel — rows and columns 1-based (JSON keeps the
 * model's 0-based grid positions), every file carrying the finding, values as JSON.
 */
const CSV_COLUMNS = [
  'document', 'path', 'files', 'title', 'department', 'year', 'seq', 'rule', 'severity', 'message_zh', 'message_en', 'formula',
  'stated', 'expected', 'difference', 'page', 'block', 'section', 'section_title', 'table_block', 'table_caption', 'row', 'col', 'values',
] as const;

function csvValue(r: FindingRow, column: (typeof CSV_COLUMNS)[number]): unknown {
  if (column === 'files') return r.files.map((f) => f.path ?? f.document).join('\n');
  if (column === 'row' || column === 'col') return r[column] === null ? null : r[column] + 1;
  return r[column];
}

function where(f: FindingRow): string {
  return describePlace({
    page: f.page,
    section: f.section_heading ?? f.section_title ?? f.section,
    table: f.table_block,
    tableCaption: f.table_caption,
    row: f.row,
    col: f.col,
  });
}

/** The files carrying a finding: the first by name, the others by what differs (“a.docx, .pdf, .txt”). */
export function filesCell(files: readonly { path: string | null; document: string }[]): string {
  const names = files.map((f) => (f.path ? basename(f.path) : f.document.slice(0, 12)));
  const stem = (n: string) => n.replace(/\.[^.]+$/, '');
  return names.map((n, i) => (i > 0 && stem(n) === stem(names[0]!) && n !== stem(n) ? n.slice(stem(n).length) : n)).join(', ');
}

/** The rules a --rule may name: gouji's own, and any a dataset holds (from another version). */
function knownRules(dataset: Dataset): string[] {
  const stored = (dataset.db.prepare(`SELECT DISTINCT rule FROM findings`).all() as { rule: string }[]).map((r) => r.rule);
  return [...new Set([...Object.keys(rules), ...stored])].sort();
}

export const findingsCommand: Command = {
  name: 'findings',
  usage: `gouji findings [options]

Lists the findings (figures that do not tie) of every report in the dataset, errors
first. Older versions of a re-ingested path are left out.

Options:
  --severity LEVEL           error | warning | info: that level or worse (default info = all)
  --rule R                   only findings of rule R (an unknown rule is an error listing the rules)
  --per-file                 one line per file, not one per report (a report held as .docx and .pdf
                             lists each finding once, with every file that carries it)
  --department D             only departments whose name contains D
  --year Y                   only reports of year Y
  --format table|json|csv    output format (default table); csv is UTF-8 with BOM
  --db FILE                  the dataset (default gouji.db)

Example:
  $ gouji findings --severity error --department 怀化
  severity  rule  department            year  file                               where                                          formula
  error     rate  怀化市工业和信息化局  2023  huaihua-gxj-2023.docx, .pdf, .txt  1.预算执行情况                                 预算执行率 135.42% ≠ …
  error     rate  怀化市工业和信息化局  2023  huaihua-gxj-2023.docx, .pdf, .txt  附件2 · 表「整体支出绩效自评表」 row 3, col 7  年度资金总额 / 执行率 135.42% ≠ …

Rows and columns are counted from 1 in the table and CSV output (JSON keeps the 0-based grid).

  $ gouji findings --format csv > findings.csv`,
  options: {
    severity: { type: 'string' },
    rule: { type: 'string' },
    department: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    'per-file': { type: 'boolean' },
    ...dbOption,
  },
  async run({ values }, io) {
    const severity = choiceOption<Severity>(values, 'severity', ['error', 'warning', 'info'], 'info');
    const format = choiceOption(values, 'format', ['table', 'json', 'csv'] as const, 'table');
    const dataset = openDatasetForReading(values);
    try {
      const rule = stringOption(values, 'rule');
      if (rule !== undefined && !knownRules(dataset).includes(rule)) {
        throw new UsageError(`unknown rule "${rule}"; the rules are: ${knownRules(dataset).join(', ')}`);
      }
      const rows = queryFindings(dataset, {
        severity,
        rule,
        perFile: values['per-file'] === true,
        department: stringOption(values, 'department'),
        year: intOption(values, 'year'),
      });
      if (format === 'json') io.stdout(terminalJson(JSON.stringify(rows, null, 2)) + '\n');
      else if (format === 'csv') io.stdout(BOM + csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(CSV_COLUMNS.map((c) => csvValue(r, c)))).join(''));
      else if (rows.length === 0) io.stdout('no findings\n');
      else {
        io.stdout(
          textTable(
            ['severity', 'rule', 'department', 'year', 'file', 'where', 'formula'],
            rows.map((r) => [r.severity, r.rule, r.department ?? (r.path && displayPath(r.path)), r.year, filesCell(r.files), where(r), r.formula]),
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
