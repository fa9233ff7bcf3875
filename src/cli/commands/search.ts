import { basename } from 'node:path';
import { describePlace, placeOfHit } from '../../report/place.js';
import { collapseReportFiles } from '../../store/search-groups.js';
import { search, SEARCH_MARK, type SearchHit } from '../../store/search.js';
import { choiceOption, intOption, stringOption, UsageError, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';
import { displayPath } from '../display-path.js';
import { terminalJson, terminalLine, terminalTextKeeping } from '../safe-text.js';

const KIND_NAMES: Record<SearchHit['kind'], string> = { paragraph: 'paragraph', section: 'heading', fact: 'fact', table_row: 'table' };

/** Where a hit is, as a person finds it: page, section, 表题 and row (1-based). */
function place(hit: SearchHit): string {
  const where = describePlace(placeOfHit(hit));
  return hit.kind === 'table_row' ? where : [where, KIND_NAMES[hit.kind]].filter(Boolean).join(' · ');
}

function documentLine(hit: SearchHit): string {
  const d = hit.document;
  const about = [d.department, d.year, d.title ?? d.reportType].filter((x) => x !== null && x !== undefined && x !== '').join(' ');
  return [d.path ? displayPath(d.path) : d.sha256.slice(0, 12), about].filter(Boolean).join('  ');
}

export const searchCommand: Command = {
  name: 'search',
  usage: `gouji search "<query>" [options]

Searches paragraphs, section titles, fact labels and table rows of every report in the
dataset. The query is cut into words the way the reports were (nodejieba); every word
must occur. Figures are whole words: 2392.94 also finds "2,392.94", 135.42% finds the
percentage. Spaces separate terms. Matches are marked ⟦like this⟧ (bold on a terminal);
rows are counted from 1. The same text in several files of one report (its .docx, .pdf,
text dump) is one hit “also in” the others (--format json lists every file's hit). Hits are ranked (bm25), best first; older versions
of a re-ingested path are left out.

Options:
  --department D       only departments whose name contains D
  --year Y             only reports of year Y
  --limit N            at most N hits (default 20)
  --format table|json  output format (default table)
  --db FILE            the dataset (default gouji.db)

Example:
  $ gouji search 智慧怀化 --limit 2
   1  corpus/huaihua-gxj-2023.docx  怀化市工业和信息化局 2023 …
      附件1 · 表「部门整体支出绩效评价基础数据表」 row 36
      ⟦智慧怀化⟧工作经费 | 30 | 30
   2  corpus/huaihua-gxj-2023.docx  怀化市工业和信息化局 2023 …
      2.项目支出情况 · fact
      ⟦智慧怀化⟧工作经费 34万元

  $ gouji search 2392.94 --format json`,
  options: {
    department: { type: 'string' },
    year: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
    ...dbOption,
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('search needs a query, e.g. gouji search 智慧怀化');
    const query = positionals.join(' ');
    const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
    const options = {
      department: stringOption(values, 'department'),
      year: intOption(values, 'year'),
      limit: intOption(values, 'limit') ?? 20,
      // Bold red on a terminal; otherwise ⟦ ⟧, which the reports themselves do not use (they write 【】).
      mark: format === 'table' && io.isTTY ? { open: '\x1b[1;31m', close: '\x1b[0m' } : SEARCH_MARK,
    };
    const dataset = openDatasetForReading(values);
    try {
      const hits = search(dataset, query, options);
      if (format === 'json') {
        io.stdout(terminalJson(JSON.stringify(hits, null, 2)) + '\n');
        return 0;
      }
      if (hits.length === 0) {
        io.stdout(`no hits for "${terminalLine(query)}"\n`);
        return 0;
      }
      // The same text in a report's other files (.pdf, text dump) is one hit, “also in” them.
      const shown = collapseReportFiles(dataset, search(dataset, query, { ...options, limit: options.limit * 3 })).slice(0, options.limit);
      const width = String(shown.length).length + 1;
      const indent = ' '.repeat(width + 2);
      // a file's text reaches the terminal: its control characters are escaped, gouji's highlight kept
      const line = (text: string) => terminalTextKeeping(text.replace(/[\r\n\t]+/g, ' '), [options.mark.open, options.mark.close]);
      const also = (paths: string[]) => (paths.length ? `  (also in ${paths.map((p) => basename(p)).join(', ')})` : '');
      io.stdout(
        shown
          .map(({ hit: h, alsoIn }) => `${String(h.rank).padStart(width)}  ${line(documentLine(h) + also(alsoIn))}\n${indent}${line(place(h))}\n${indent}${line(h.snippet)}\n`)
          .join(''),
      );
      return 0;
    } finally {
      dataset.close();
    }
  },
};
