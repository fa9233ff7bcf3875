import type { Document, Fact, IndicatorRow, Meta, Relation, Section, Table, Warning } from '../model/index.js';

export interface Extraction {
  meta: Meta;
  facts: Fact[];
  relations: Relation[];
  tables: Table[];
  indicators: IndicatorRow[];
  warnings: Warning[];
}

/** Reads meta, facts, prose relations, typed tables and indicator rows from a Document. */
export function extract(_doc: Document, _sections: Section[]): Extraction {
  // filled in by the extraction issue (#3)
  return {
    meta: { title: null, department: null, year: null, reportType: null },
    facts: [],
    relations: [],
    tables: [],
    indicators: [],
    warnings: [],
  };
}
