import { resolveLimits, type ReadLimits } from '../convert/limits.js';
import { TooComplexError } from '../errors/index.js';
import type { Document, Fact, IndicatorRow, Meta, Relation, Section, Table, Warning } from '../model/index.js';
import { extractProseFacts } from './facts.js';
import { assignKeys } from './key.js';
import { extractMeta } from './meta.js';
import { extractProseRelations } from './relations.js';
import { linkNamedWholes } from './prose/wholes.js';
import { linkTableTotals } from './prose/totals.js';
import { extractTables } from './tables.js';

export interface Extraction {
  meta: Meta;
  facts: Fact[];
  relations: Relation[];
  tables: Table[];
  indicators: IndicatorRow[];
  warnings: Warning[];
}

/** Reads meta, facts, prose relations, typed tables and indicator rows from a Document. */
export function extract(doc: Document, sections: Section[], limits: Pick<ReadLimits, 'maxFactsPerBlock'> = resolveLimits()): Extraction {
  checkFigures(doc, limits.maxFactsPerBlock);
  const meta = extractMeta(doc, sections);
  const prose = extractProseFacts(doc, sections, meta);
  const relations = extractProseRelations(doc, sections, prose.facts);
  const tabular = extractTables(doc, sections);
  // the indicator table as extractTables read it for its relations (not read a second time)
  const indicators = tabular.indicators.map((r) => r.row);
  const facts = [...prose.facts, ...tabular.facts];
  assignKeys(facts, tabular.tables);
  // 占“三公”经费的x%: wholes the prose names, found among every keyed figure (tables included)
  const linked = linkNamedWholes(doc, sections, prose.facts, tabular.facts, relations);
  // “财政拨款收入支出总计0.3万元”: the 总计 of the table of that name
  const totals: Relation[] = linkTableTotals(meta, prose.facts, tabular.tables, tabular.facts).map((r, i) => ({ id: `prt${i + 1}`, source: 'prose', ...r }));
  return {
    meta,
    facts,
    // prose states its claims in words; a table's rows are read from its drawing unless said otherwise
    relations: [...linked, ...totals, ...tabular.relations].map((r) => (r.provenance ? r : { ...r, provenance: r.source === 'prose' ? 'words' : 'layout' })),
    tables: tabular.tables,
    indicators,
    warnings: [...prose.warnings, ...tabular.warnings],
  };
}

/** A printed figure, roughly: a run of digits with its separators (half- or full-width). */
const FIGURE = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g;

/**
 * One paragraph or cell with more figures than maxFactsPerBlock (“25 000 figures in one
 * paragraph”) is refused before the extractors, whose work on a block grows with the figures
 * in it, see it. Counting is one linear scan per block.
 */
function checkFigures(doc: Document, max: number): void {
  const count = (text: string): number => {
    let n = 0;
    FIGURE.lastIndex = 0;
    while (FIGURE.exec(text) !== null) if (++n > max) break;
    return n;
  };
  for (const block of doc.blocks) {
    const texts = block.kind === 'paragraph' ? [block.text] : block.cells.map((c) => c.text);
    for (const text of texts) {
      if (count(text) > max) {
        throw new TooComplexError(
          `block ${block.index}${block.page != null ? ` (page ${block.page})` : ''} holds more than ${max} figures in one ${block.kind === 'paragraph' ? 'paragraph' : 'cell'} — over the maxFactsPerBlock limit; raise maxFactsPerBlock to read it`,
        );
      }
    }
  }
}
