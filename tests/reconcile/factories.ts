/**
 * Small factories for hand-built reports: Facts with real NumberValues (parseNumber),
 * Relations, IndicatorRows and Tables, so rules can be tested before extraction exists.
 */
import { parseNumber } from '../../src/extract/numbers.js';
import {
  REPORT_SCHEMA_VERSION,
  type Fact,
  type IndicatorRow,
  type Location,
  type Meta,
  type NumberValue,
  type Relation,
  type Table,
  type TableRow,
} from '../../src/model/index.js';
import type { ReconcileInput } from '../../src/reconcile/rule.js';

let counter = 0;
const next = (): number => ++counter;

/** A NumberValue from printed text (“3241.81万元”, “135.42%”, “95人”); fails the test on bad text. */
export function num(text: string, unitHint: string | null = null): NumberValue {
  const n = parseNumber(text, unitHint);
  if (!n) throw new Error(`not a number: ${text}`);
  return n;
}

export interface PlaceInit {
  /** Block index (default: a fresh one per fact, so facts are at different places). */
  block?: number;
  page?: number | null;
  section?: string | null;
  quote?: string;
  /** A table cell: block of the table, grid row and column. */
  cell?: { table: number; row: number; col: number };
  /** Character offset of the figure in the document text. */
  at?: number;
}

export function place(init: PlaceInit = {}, quote = ''): Location {
  const at = init.at ?? next() * 10;
  if (init.cell) {
    return {
      block: init.cell.table,
      page: init.page ?? null,
      span: { start: at, end: at + 4 },
      section: init.section ?? 's9',
      table: init.cell.table,
      row: init.cell.row,
      col: init.cell.col,
      quote: init.quote ?? quote,
    };
  }
  return {
    block: init.block ?? 100 + next(),
    page: init.page ?? null,
    span: { start: at, end: at + 4 },
    section: init.section === undefined ? 's1' : init.section,
    table: null,
    row: null,
    col: null,
    quote: init.quote ?? quote,
  };
}

export interface FactInit extends PlaceInit {
  id?: string;
  rawLabel?: string;
  dims?: Record<string, string>;
  unitHint?: string | null;
}

/** fact('决算支出', '3241.81万元', { block: 3 }) */
export function fact(label: string, printed: string, init: FactInit = {}): Fact {
  const number = num(printed, init.unitHint ?? null);
  return {
    id: init.id ?? `f${next()}`,
    label,
    rawLabel: init.rawLabel ?? label,
    number,
    source: init.cell ? 'table' : 'prose',
    dims: init.dims ?? {},
    location: place(init, `${label}${printed}`),
  };
}

export function relation(
  kind: Relation['kind'],
  result: Fact,
  operands: readonly Fact[],
  init: Partial<Omit<Relation, 'kind' | 'result' | 'operands'>> = {},
): Relation {
  return {
    id: init.id ?? `r${next()}`,
    kind,
    name: init.name ?? kind,
    result: result.id,
    operands: operands.map((o) => o.id),
    partial: init.partial ?? false,
    sign: init.sign ?? null,
    source: init.source ?? result.source,
    inferred: init.inferred ?? false,
    ...(init.formula ? { formula: init.formula } : {}),
    location: init.location ?? result.location,
  };
}

export interface IndicatorInit {
  level1?: string | null;
  level2?: string | null;
  level3?: string | null;
  weight?: string | null;
  score?: string | null;
  role?: IndicatorRow['role'];
  level1Weight?: string;
  row?: number;
}

/** An indicator-table row at grid row `row` of table block 50. */
export function indicator(init: IndicatorInit): IndicatorRow {
  const row = init.row ?? next();
  return {
    id: `i${row}`,
    level1: init.level1 ?? null,
    level2: init.level2 ?? null,
    level3: init.level3 ?? null,
    target: null,
    actual: null,
    weight: init.weight ? num(init.weight) : null,
    score: init.score ? num(init.score) : null,
    note: null,
    role: init.role ?? 'indicator',
    ...(init.level1Weight ? { level1Weight: num(init.level1Weight) } : {}),
    location: place({ cell: { table: 50, row, col: 0 } }, init.level3 ?? init.level1 ?? ''),
  };
}

export interface RowInit {
  row: number;
  label: string;
  parent?: number | null;
  role?: TableRow['role'];
  /** Cell texts from column 1 on; '' for blank. */
  cells: readonly string[];
}

/** A typed table at block `block` with columns 1..n; cells get no fact ids (reconcile makes them). */
export function table(block: number, columns: readonly { label: string; dims?: Record<string, string> }[], rows: readonly RowInit[], unit: string | null = '万元'): Table {
  return {
    id: `t${block}`,
    block,
    caption: null,
    unit,
    section: 's9',
    headerRows: 1,
    headerCols: 1,
    columns: columns.map((c, i) => ({ col: i + 1, label: c.label, dims: c.dims ?? {} })),
    rows: rows.map((r) => ({
      row: r.row,
      label: r.label,
      numbering: null,
      level: r.parent == null ? 0 : 1,
      parent: r.parent ?? null,
      role: r.role ?? 'item',
      values: r.cells.map((text, i) => ({ col: i + 1, text, number: text === '' ? null : parseNumber(text, unit), fact: null })),
    })),
  };
}

export interface ReportInit {
  facts?: Fact[];
  relations?: Relation[];
  tables?: Table[];
  indicators?: IndicatorRow[];
  meta?: Partial<Meta>;
}

/** A report as reconcile sees it (findings not yet added), with an empty document. */
export function report(init: ReportInit = {}): ReconcileInput {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    source: { path: null, sha256: '0'.repeat(64), format: 'text', bytes: 0 },
    meta: { title: null, department: null, year: 2023, reportType: null, ...init.meta },
    document: { text: '', blocks: [], pages: null, furniture: [] },
    sections: [],
    facts: init.facts ?? [],
    relations: init.relations ?? [],
    tables: init.tables ?? [],
    indicators: init.indicators ?? [],
    warnings: [],
  };
}

/** The same fact (id, label, place) with another figure, e.g. mutate(f, '50.6万元') — for mutation tests. */
export function mutate(f: Fact, printed: string): Fact {
  return { ...f, number: num(printed) };
}
