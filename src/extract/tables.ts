import type { Document, Fact, Relation, Section, Table, Warning } from '../model/index.js';

export interface TableExtraction {
  tables: Table[];
  /** Facts from table cells (ids start with "t"). */
  facts: Fact[];
  /** Relations the table structure states (合计/小计 rows, parent rows over children). */
  relations: Relation[];
  warnings: Warning[];
}

/** Typed tables: header rows/columns, row hierarchy, totals, cell facts. */
export function extractTables(_doc: Document, _sections: Section[]): TableExtraction {
  return { tables: [], facts: [], relations: [], warnings: [] }; // issue #3
}
