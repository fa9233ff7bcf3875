import type { Document, Fact, IndicatorRow, Location, Relation, Section, Table, TableRow, TableValue } from '../model/index.js';
import { sectionOfBlock } from '../segment/lookup.js';
import { indicatorColumns, isExecutionBand, isIndicatorBand, type IndicatorColumns } from './table/indicator-columns.js';

/** An indicator row with the ids of the facts behind its figures (for relations). */
export interface IndicatorRead {
  row: IndicatorRow;
  weightFact: string | null;
  scoreFact: string | null;
  /** Fact of a figure written in the 一级指标 cell (“产出指标（50分）”), and which cell it is. */
  level1Fact: string | null;
}

/** Rows of the 绩效指标 table (一级/二级/三级指标, 分值, 得分 …) and the execution/total rows. */
export function extractIndicators(doc: Document, sections: Section[], tables: Table[]): IndicatorRow[] {
  return readIndicators(doc, sections, tables).map((r) => r.row);
}

/**
 * Reads indicator rows from typed tables, in document order. Columns are found by header
 * name. Level cells merged over several rows (or left empty below, as text dumps show
 * merged cells) are inherited from the row above, level by level: a new 一级指标 cell
 * resets the 二级/三级 levels.
 */
export function readIndicators(doc: Document, sections: Section[], tables: Table[]): IndicatorRead[] {
  const out: IndicatorRead[] = [];
  let carry: Carry = EMPTY_CARRY;
  for (const table of tables) {
    const bands = table.bands ?? [{ index: 0, columns: table.columns }];
    for (const band of bands) {
      const cols = indicatorColumns(band.columns);
      const rows = table.rows.filter((r) => (r.band ?? 0) === band.index && r.role !== 'header');
      if (isIndicatorBand(cols)) {
        for (const row of rows) {
          const read = indicatorRow(doc, sections, table, row, cols, carry);
          if (!read) continue;
          carry = read.carry;
          out.push(read.indicator);
        }
      } else if (isExecutionBand(cols)) {
        for (const row of rows) {
          const weight = valueAt(row, cols.weight);
          if (row.role === 'note' || !weight?.number || !weight.fact) continue;
          const score = valueAt(row, cols.score);
          out.push({
            row: {
              id: `i${table.block}-${row.row}`,
              level1: row.label !== '' ? row.label : null,
              level2: null,
              level3: null,
              target: null,
              actual: textAt(row, cols.executionRate),
              weight: weight.number,
              score: score?.number ?? null,
              note: textAt(row, cols.note),
              role: 'execution',
              location: rowLocation(doc, sections, table, row),
            },
            weightFact: weight.fact,
            scoreFact: score?.fact ?? null,
            level1Fact: null,
          });
        }
      } else {
        carry = EMPTY_CARRY;
      }
    }
  }
  return out;
}

interface Carry {
  levels: (string | null)[];
  facts: (string | null)[];
}
const EMPTY_CARRY: Carry = { levels: [null, null, null], facts: [null, null, null] };

function indicatorRow(
  doc: Document,
  sections: Section[],
  table: Table,
  row: TableRow,
  cols: IndicatorColumns,
  carry: Carry,
): { indicator: IndicatorRead; carry: Carry } | null {
  const weight = valueAt(row, cols.weight);
  const score = valueAt(row, cols.score);
  const base = {
    id: `i${table.block}-${row.row}`,
    target: textAt(row, cols.target),
    actual: textAt(row, cols.actual),
    weight: weight?.number ?? null,
    score: score?.number ?? null,
    note: textAt(row, cols.note),
    location: rowLocation(doc, sections, table, row),
  };
  if (row.role === 'total' || row.role === 'subtotal') {
    const indicator: IndicatorRow = { ...base, level1: row.label, level2: null, level3: null, role: 'total' };
    return { indicator: { row: indicator, weightFact: weight?.fact ?? null, scoreFact: score?.fact ?? null, level1Fact: null }, carry: EMPTY_CARRY };
  }
  const levelCols = [cols.level1, cols.level2, cols.level3];
  const levels: (string | null)[] = [];
  const facts: (string | null)[] = [];
  let inherit = true;
  levelCols.forEach((col, i) => {
    const v = valueAt(row, col);
    if (v && v.text !== '') {
      levels.push(v.text);
      facts.push(v.fact);
      inherit = false;
    } else {
      levels.push(inherit ? (carry.levels[i] ?? null) : null);
      facts.push(inherit ? (carry.facts[i] ?? null) : null);
    }
  });
  // Not an indicator: no name of its own at the deepest level and no weight.
  const own = levelCols.some((col) => (valueAt(row, col)?.text ?? '') !== '');
  if (!own && !base.weight) return null;
  const indicator: IndicatorRow = { ...base, level1: levels[0]!, level2: levels[1]!, level3: levels[2]!, role: 'indicator' };
  return {
    indicator: { row: indicator, weightFact: weight?.fact ?? null, scoreFact: score?.fact ?? null, level1Fact: facts[0] ?? null },
    carry: { levels, facts },
  };
}

function valueAt(row: TableRow, col: number | undefined): TableValue | undefined {
  return col === undefined ? undefined : row.values.find((v) => v.col === col);
}

function textAt(row: TableRow, col: number | undefined): string | null {
  const text = valueAt(row, col)?.text ?? '';
  return text !== '' ? text : null;
}

/** The row's place: its cells' span in the document text and their texts as the quote. */
function rowLocation(doc: Document, sections: Section[], table: Table, row: TableRow): Location {
  const block = doc.blocks[table.block];
  const cells = block?.kind === 'table' ? block.cells.filter((c) => c.row === row.row && c.text.trim() !== '') : [];
  const span = cells.length > 0 ? { start: Math.min(...cells.map((c) => c.span.start)), end: Math.max(...cells.map((c) => c.span.end)) } : null;
  return {
    block: table.block,
    page: cells[0]?.page ?? block?.page ?? null,
    span,
    section: sectionOfBlock(sections, table.block),
    table: table.block,
    row: row.row,
    col: null,
    quote: cells.map((c) => c.text.replace(/\s*\n\s*/g, '')).join(' | '),
  };
}

/**
 * Relations the indicator table states: the 总分 row's 分值 and 得分 over every scored row
 * before it (indicator and execution rows, name 总分), and a figure in a 一级指标 cell
 * (“产出指标（50分）”) over the 分值 of the rows under it (name 分值).
 */
export function indicatorRelations(rows: IndicatorRead[], facts: Fact[]): Relation[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out: Relation[] = [];
  const sum = (result: string, operands: (string | null)[], name: string): void => {
    const fact = byId.get(result);
    const ops = operands.filter((id): id is string => id !== null);
    if (!fact || ops.length === 0) return;
    out.push({
      id: `r${result}-${name === '总分' ? 'total' : 'group'}`,
      kind: 'sum',
      name,
      result,
      operands: ops,
      partial: false,
      sign: null,
      source: 'table',
      inferred: false,
      ...(ops.length < operands.length ? { absent: operands.length - ops.length } : {}),
      location: fact.location,
    });
  };

  let since = 0;
  rows.forEach((r, i) => {
    if (r.row.role !== 'total') return;
    const scored = rows.slice(since, i).filter((x) => x.row.role !== 'total');
    if (r.weightFact) sum(r.weightFact, scored.map((x) => x.weightFact), '总分');
    if (r.scoreFact) sum(r.scoreFact, scored.map((x) => x.scoreFact), '总分');
    since = i + 1;
  });

  const groups = new Map<string, (string | null)[]>();
  for (const r of rows) {
    if (r.row.role !== 'indicator' || !r.level1Fact) continue;
    const list = groups.get(r.level1Fact) ?? [];
    list.push(r.weightFact);
    groups.set(r.level1Fact, list);
  }
  for (const [level1Fact, weights] of groups) {
    if (byId.get(level1Fact)?.number.kind === 'score') sum(level1Fact, weights, '分值');
  }
  return out;
}
