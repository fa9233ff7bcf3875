import type {
  Document,
  Fact,
  Location,
  Relation,
  Section,
  Table,
  TableBlock,
  TableRow,
  TableValue,
  Warning,
} from '../model/index.js';
import { sectionOfBlock } from '../segment/lookup.js';
import { indicatorRelations, readIndicators, type IndicatorRead } from './indicators.js';
import { canonicalLabel } from './labels.js';
import { toHalfWidth } from './numbers.js';
import { balanceRelations } from './table/balance.js';
import { columnAt, findBands, segmentView, toTableColumn, type BandInfo, type Continued } from './table/bands.js';
import { captionDims, tableContext } from './table/context.js';
import { Grid } from './table/grid.js';
import { buildHierarchy, type RowNode } from './table/hierarchy.js';
import { openAtPageBreaks } from './table/continued.js';
import { chooseStructure } from './table/structure.js';
import { indicatorColumns, isIndicatorBand } from './table/indicator-columns.js';
import { TABLE_PATTERNS } from './table/patterns.js';
import { columnSumRelations, placeTotals, rateRelations, sumRelations, type FactIndex } from './table/relations.js';
import { readRows, type RowInfo, type ValueInfo } from './table/rows.js';
import { oneLine } from './table/text.js';

export interface TableExtraction {
  tables: Table[];
  /** Facts from table cells (ids start with "t"). */
  facts: Fact[];
  /** Relations the table structure states (合计/小计 rows, parent rows over children). */
  relations: Relation[];
  warnings: Warning[];
  /** The 绩效指标 rows read from these tables (read once: extract() reports them as they are). */
  indicators: IndicatorRead[];
}

/** Typed tables: header rows/columns, row hierarchy, totals, cell facts. */
export function extractTables(doc: Document, sections: Section[]): TableExtraction {
  const out: TableExtraction = { tables: [], facts: [], relations: [], warnings: [], indicators: [] };
  let previous: { block: number; continued: Continued } | null = null;
  for (const block of doc.blocks) {
    if (block.kind !== 'table' || block.rows === 0) continue;
    const continues = previous && previous.block === block.index - 1 ? previous.continued : null;
    const read = readTable(doc, block, sectionOfBlock(sections, block.index), continues);
    previous = read.last ? { block: block.index, continued: read.last } : null;
    out.tables.push(read.table);
    // appended one by one: push(...list) passes each item as an argument, and a 200 000-cell table overflows the stack
    for (const f of read.facts) out.facts.push(f);
    for (const r of read.relations) out.relations.push(r);
    for (const w of read.warnings) out.warnings.push(w);
  }
  openAtPageBreaks(out.tables, out.facts, out.relations);
  out.indicators = readIndicators(doc, sections, out.tables);
  for (const r of indicatorRelations(out.indicators, out.facts)) out.relations.push(r);
  return out;
}

function readTable(
  doc: Document,
  block: TableBlock,
  section: string | null,
  continues: Continued | null,
): Omit<TableExtraction, 'tables' | 'indicators'> & { table: Table; last: Continued | null } {
  const grid = new Grid(block);
  const context = tableContext(doc, block.index);
  const bands = findBands(grid, context.unit, continues, captionDims(context.caption));
  const lastBand = bands.at(-1);
  const facts: Fact[] = [];
  const relations: Relation[] = [];
  const warnings: Warning[] = [];
  const rows: TableRow[] = [];
  const structure: NonNullable<Table['structure']> = [];
  const byPosition = new Map<string, Fact>();
  const index: FactIndex = { at: (row, col) => byPosition.get(`${row}:${col}`) };

  const location = (cell: { row: number; col: number; span: Location['span']; text: string; page?: number | null | undefined; bbox?: Location['bbox'] }): Location => ({
    block: block.index,
    page: cell.page ?? block.page,
    span: cell.span,
    section,
    table: block.index,
    row: cell.row,
    col: cell.col,
    quote: cell.text,
    ...(cell.bbox ? { bbox: cell.bbox } : {}),
  });

  for (const whole of bands) for (let segment = 0; segment < whole.segments.length; segment++) {
    const band = segmentView(whole, segment);
    const bandRows = readRows(grid, band);
    const cols = indicatorColumns(band.columns);
    const additive = (col: number) => {
      const c = columnAt(band, col);
      return c !== undefined && c.kind === 'value' && !band.labelCols.includes(col) && !TABLE_PATTERNS.nonAdditive.test(c.base);
    };
    const rowFacts = new Map<number, Map<ValueInfo, Fact>>();
    for (const info of bandRows) {
      const made = new Map<ValueInfo, Fact>();
      for (const v of info.values) {
        const fact = cellFact(v, info, band, grid, location);
        if (!fact) continue;
        made.set(v, fact);
        facts.push(fact);
        byPosition.set(`${info.row}:${v.col}`, fact);
        if (fact.label === '') {
          warnings.push({ code: 'table-cell-unlabelled', message: `a figure in table ${block.index} has neither a row nor a column label`, location: fact.location });
        }
      }
      rowFacts.set(info.row, made);
      if (info.realigned) {
        warnings.push({
          code: 'table-row-realigned',
          message: `row ${info.row} of table ${block.index} had its figures under label columns (a reader that drops column spans); they were read in order as ${info.values
            .filter((v) => v.parsed.kind === 'number')
            .map((v) => columnAt(band, v.col)?.label ?? v.col)
            .join(', ')}`,
          location: location(info.labelCell ?? info.values[0]!.cell),
        });
      }
    }

    const nodes = buildHierarchy(bandRows, additive);
    const chosen = chooseStructure(bandRows, nodes, band.labelCols, additive);
    if (Object.keys(chosen.scores).length > 0) structure.push({ band: whole.index, segment, ...chosen });
    const totals = placeTotals(bandRows, nodes);
    if (!isIndicatorBand(cols)) {
      relations.push(...sumRelations(band, bandRows, nodes, index, additive));
      relations.push(...columnSumRelations(band, bandRows, index, additive));
    }
    relations.push(...rateRelations(band, bandRows, index));

    const nodeOf = new Map<number, RowNode>(nodes.map((n) => [n.info.row, n]));
    const totalOf = new Map(totals.map((t) => [t.row.row, t]));
    if (segment === 0) {
      for (const r of [...(band.captionRow !== null ? [band.captionRow] : []), ...band.headerRows]) {
        rows.push(headerRow(grid, r, band.index));
      }
    }
    for (const info of bandRows) {
      const node = nodeOf.get(info.row);
      const total = totalOf.get(info.row);
      const parent = node?.parent ?? total?.parent ?? null;
      const made = rowFacts.get(info.row)!;
      const values: TableValue[] = [];
      if (info.labelCell) values.push({ col: info.labelCell.col, text: oneLine(info.labelCell.text), number: null, fact: null });
      for (const v of info.values) {
        const fact = made.get(v);
        const column = columnAt(band, v.col);
        const figure = column?.kind !== 'index' && column?.kind !== 'code'; // 行次 and 科目编码 are not figures
        const number = figure && (v.parsed.kind === 'number' || v.parsed.kind === 'comparison' || v.parsed.kind === 'labelled') ? v.parsed.number : null;
        values.push({ col: v.col, text: oneLine(v.cell.text), number: fact ? fact.number : number, fact: fact?.id ?? null });
      }
      values.sort((a, b) => a.col - b.col);
      rows.push({
        row: info.row,
        label: info.marker.label,
        numbering: info.marker.numbering,
        level: node?.level ?? total?.level ?? 0,
        parent: parent?.info.row ?? null,
        role: info.role,
        values,
        band: band.index,
        ...(whole.segments.length > 1 ? { segment } : {}),
      });
    }
  }
  rows.sort((a, b) => a.row - b.row || (a.segment ?? 0) - (b.segment ?? 0));

  const first = bands.find((b) => b.headerRows.length > 0) ?? bands[0];
  const table: Table = {
    id: `table${block.index}`,
    block: block.index,
    caption: context.caption,
    unit: first?.unit ?? context.unit,
    section,
    headerRows: first?.headerRows.length ?? 0,
    headerCols: first?.labelCols.length ?? 0,
    columns: first ? first.columns.map(toTableColumn) : [],
    rows,
    bands: bands.map((b) => ({
      index: b.index,
      startRow: b.start,
      endRow: b.end,
      headerRows: b.headerRows,
      captionRow: b.captionRow,
      caption: b.caption,
      unit: b.unit,
      labelCols: b.labelCols,
      columns: b.columns.map(toTableColumn),
      ...(b.segments.length > 1 ? { segments: b.segments } : {}),
    })),
    ...(structure.length > 0 ? { structure } : {}),
  };
  relations.push(...balanceRelations(table, new Map(facts.map((f) => [f.id, f])))); // 收入总计 = 支出总计: table/balance.ts
  return { table, facts, relations, warnings, last: lastBand && lastBand.headerRows.length > 0 ? { grid, band: lastBand } : null };
}

function headerRow(grid: Grid, r: number, band: number): TableRow {
  const cells = grid.filledIn(r);
  return {
    row: r,
    label: cells[0] ? oneLine(cells[0].text) : '',
    numbering: null,
    level: 0,
    parent: null,
    role: 'header',
    values: cells.map((c) => ({ col: c.col, text: oneLine(c.text), number: null, fact: null })),
    band,
  };
}

/**
 * The fact a cell states, if it holds a figure: label from the row label (canonical) and
 * dims from the column header; a cell that names its own figure (“其中：基本支出：2008.88”)
 * uses that name; a row without a label uses the column header as the label.
 */
function cellFact(
  v: ValueInfo,
  info: RowInfo,
  band: BandInfo,
  grid: Grid,
  location: (cell: ValueInfo['cell']) => Location,
): Fact | null {
  const { parsed, cell } = v;
  if (parsed.kind !== 'number' && parsed.kind !== 'comparison' && parsed.kind !== 'labelled') return null;
  const column = columnAt(band, v.col);
  if (column && (column.kind === 'index' || column.kind === 'code')) return null;
  const id = `t${grid.block.index}-${cell.row}-${cell.col}`;

  if (parsed.kind === 'labelled') {
    const group = groupAbove(grid, band, cell);
    return {
      id,
      label: canonicalLabel(parsed.label),
      rawLabel: parsed.rawLabel,
      number: parsed.number,
      source: 'table',
      dims: group ? { group } : {},
      location: location(cell),
    };
  }

  const colLabel = column?.label ?? '';
  const dims: Record<string, string> = { ...(column?.dims ?? {}) };
  let label: string;
  let rawLabel: string;
  if (info.marker.label !== '') {
    label = canonicalLabel(info.marker.label);
    rawLabel = colLabel !== '' ? `${info.labelText} / ${colLabel}` : info.labelText;
  } else {
    const owner = band.caption ?? band.stub ?? '';
    label = canonicalLabel(column && column.base !== '' ? column.base : owner);
    delete dims.column;
    rawLabel = [owner, colLabel].filter((s) => s !== '').join(' / ');
  }
  if (parsed.kind === 'comparison') dims.comparator = parsed.comparator;
  if (info.code) dims.code = info.code;
  return { id, label, rawLabel, number: parsed.number, source: 'table', dims, location: location(cell) };
}

/**
 * “按收入性质分：” written above a “其中：” column of labelled cells (“其中：一般公共预算：…”,
 * “其他资金：…”): the group those cells belong to. Walks up the cell's grid column to the
 * “其中：” cell that opens the list, and takes the colon-ended heading right above it.
 */
function groupAbove(grid: Grid, band: BandInfo, cell: ValueInfo['cell']): string | null {
  let opened = false;
  for (let r = cell.row; r >= band.start; r--) {
    const slot = grid.at(r, cell.col);
    const text = slot ? oneLine(slot.cell.text) : '';
    if (text === '' || (r === cell.row && !TABLE_PATTERNS.breakdown.test(text))) continue;
    if (opened) return TABLE_PATTERNS.groupCell.test(text) && !/\d/.test(text) ? text.replace(/[：:]$/, '') : null;
    if (TABLE_PATTERNS.breakdown.test(text)) opened = true;
    else if (!TABLE_PATTERNS.groupCell.test(text) && !TABLE_PATTERNS.labelledColon.test(toHalfWidth(text))) return null;
  }
  return null;
}
