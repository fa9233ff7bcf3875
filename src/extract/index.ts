import type { Document, Fact, IndicatorRow, Meta, Relation, Section, Table, Warning } from '../model/index.js';
import { extractProseFacts } from './facts.js';
import { extractIndicators } from './indicators.js';
import { assignKeys } from './key.js';
import { extractMeta } from './meta.js';
import { extractProseRelations } from './relations.js';
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
export function extract(doc: Document, sections: Section[]): Extraction {
  const meta = extractMeta(doc, sections);
  const prose = extractProseFacts(doc, sections, meta);
  const relations = extractProseRelations(doc, sections, prose.facts);
  const tabular = extractTables(doc, sections);
  const indicators = extractIndicators(doc, sections, tabular.tables);
  const facts = [...prose.facts, ...tabular.facts];
  assignKeys(facts, tabular.tables);
  return {
    meta,
    facts,
    relations: [...relations, ...tabular.relations],
    tables: tabular.tables,
    indicators,
    warnings: [...prose.warnings, ...tabular.warnings],
  };
}
