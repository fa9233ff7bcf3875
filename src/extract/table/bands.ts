import type { TableColumn } from '../../model/index.js';
import { parseCell, type CellValue } from './cell.js';
import type { Grid } from './grid.js';
import { TABLE_PATTERNS, type ColumnKind } from './patterns.js';
import { captionDims } from './context.js';
import { oneLine, squash } from './text.js';

/** A column of one header band, with what gouji read from its header. */
export interface ColumnInfo {
  col: number;
  /** Header text, one line; parts of a multi-row header joined with “/”. */
  label: string;
  /** The header with year, kind and unit removed: the label of a figure that has no row label. */
  base: string;
  dims: Record<string, string>;
  kind: ColumnKind;
  unit: string | null;
  /** The header names a column of figures (预算数, 金额, 率, 2023年…). */
  valueHeader: boolean;
  /**
   * The header's parts without year and kind, a closing total word dropped:
   * “公务用车购置及运行费/小计” → [公务用车购置及运行费] with `total` true; “合计” → [] total.
   */
  path: string[];
  total: boolean;
}

export interface BandInfo {
  index: number;
  start: number;
  end: number;
  headerRows: number[];
  captionRow: number | null;
  caption: string | null;
  /** Header text of the label column (“财政供养人员情况”), if any. */
  stub: string | null;
  unit: string | null;
  columns: ColumnInfo[];
  labelCols: number[];
  /** Columns where some data row has a figure. */
  figureCols: number[];
  dataRows: number[];
  /**
   * Side-by-side tables (“收入: 项目 | 决算数 || 支出: 项目 | 合计 | …”): each run of columns that
   * starts with its own label column is read as a table of its own. One segment, the whole
   * width, for ordinary tables.
   */
  segments: { startCol: number; endCol: number; labelCols: number[] }[];
}

/** The column of a band at a grid column (bands list their columns by grid position). */
export function columnAt(band: Pick<BandInfo, 'columns'>, col: number): ColumnInfo | undefined {
  let index = COLUMN_INDEX.get(band.columns);
  if (!index || index.size !== band.columns.length) {
    // a lookup per cell over every column is quadratic on a wide table: index the columns once
    index = new Map();
    for (const c of band.columns) if (!index.has(c.col)) index.set(c.col, c);
    if (index.size === band.columns.length) COLUMN_INDEX.set(band.columns, index);
  }
  return index.get(col);
}

/** Columns by number, per columns array (arrays are not changed once a band is described). */
const COLUMN_INDEX = new WeakMap<readonly ColumnInfo[], Map<number, ColumnInfo>>();

/** One segment of a band as a band of its own: its columns and label columns only. */
export function segmentView(band: BandInfo, index: number): BandInfo & { startCol: number; endCol: number } {
  const seg = band.segments[index]!;
  const inside = (col: number) => col >= seg.startCol && col < seg.endCol;
  return {
    ...band,
    columns: band.columns.filter((c) => inside(c.col)),
    labelCols: seg.labelCols,
    figureCols: band.figureCols.filter(inside),
    segments: [seg],
    startCol: seg.startCol,
    endCol: seg.endCol,
  };
}

const MAX_HEADER_CELL = 30;

/** How much a cell looks like a column header: strong, weak (事业收入), or not (numbered rows never). */
function headerLook(text: string): 'strong' | 'weak' | null {
  const t = squash(text);
  if (TABLE_PATTERNS.numbering.some((n) => n.regex.test(t))) return null;
  if (
    TABLE_PATTERNS.valueHeader.some((re) => re.test(t)) ||
    TABLE_PATTERNS.otherHeader.some((re) => re.test(t)) ||
    TABLE_PATTERNS.parenUnit.test(t)
  ) {
    return 'strong';
  }
  return TABLE_PATTERNS.weakHeader.some((re) => re.test(t)) ? 'weak' : null;
}

const isFigure = (v: CellValue) => v.kind === 'number' || v.kind === 'comparison' || v.kind === 'labelled';

/**
 * Splits a table into header bands. A header row has at least two filled cells, no figure,
 * short texts, and at least two (and half) of its cells look like column headers. A row
 * right under a header row that a header cell spans into (rowspan/colspan) is part of the
 * header. A one-cell text row just above a header is that band's caption.
 */
/**
 * The header a table continues when it starts without one (a table split over pages by the
 * reader): the last band of the table just before it, and that table's grid.
 */
export interface Continued {
  grid: Grid;
  band: BandInfo;
}

export function findBands(
  grid: Grid,
  tableUnit: string | null,
  continued: Continued | null = null,
  tableDims: Record<string, string> = {},
): BandInfo[] {
  const filled = Array.from({ length: grid.rows }, (_, r) => grid.filledIn(r));
  const parsed = filled.map((cells) => cells.map((c) => parseCell(c.text, null)));

  /** Header words: 'strong' (a header row), 'weak' (one only where a header can start), or not. */
  const wording = (r: number): 'strong' | 'weak' | null => {
    const cells = filled[r]!;
    if (cells.length < 2 || parsed[r]!.some(isFigure)) return null;
    if (cells.some((c) => squash(c.text).length > MAX_HEADER_CELL)) return null;
    const looks = cells.map((c) => headerLook(c.text));
    const hits = looks.filter((l) => l !== null).length;
    if (hits < 2 || hits * 2 < cells.length) return null;
    return looks.includes('strong') ? 'strong' : 'weak';
  };
  const hasFigure = (r: number) => parsed[r]!.some((v) => v.kind === 'number' || v.kind === 'comparison');
  const nonEmpty = [...filled.keys()].filter((r) => filled[r]!.length > 0);
  const looks = nonEmpty.map(wording);
  const firstRows = new Set(nonEmpty.slice(0, filled[nonEmpty[0] ?? 0]?.length === 1 ? 2 : 1));
  const worded = new Set(
    nonEmpty.filter((r, i) => looks[i] === 'strong' || (looks[i] === 'weak' && (firstRows.has(r) || looks[i + 1] === 'strong'))),
  );
  const headerRows = new Set(worded);

  // Rows above a worded header that group its columns (“合计 | 因公出国（境）费 | 公务用车购置及运行费
  // | 公务接待费” over “预算数 | 决算数 | …”): no figure, and three or more cells or a cell
  // reaching down into the header.
  for (const h of [...worded].sort((a, b) => a - b)) {
    let below = h;
    for (let i = nonEmpty.indexOf(h) - 1; i >= 0; i--) {
      const p = nonEmpty[i]!;
      if (headerRows.has(p) || hasFigure(p)) break;
      const reaches = filled[p]!.some((c) => c.row + c.rowSpan > below - 1 && c.rowSpan > 1);
      if (filled[p]!.length < 3 && !reaches) break;
      headerRows.add(p);
      below = p;
    }
  }
  // A table whose header has no header words (“项目 | 本年收入合计 | 财政拨款收入 | …” in 决算
  // tables): the rows before its first figure are its header, but for a one-cell title row.
  // (Not in a table that may continue the one before it: its first rows are data.)
  const firstFigure = nonEmpty.find(hasFigure);
  if (!continued && firstFigure !== undefined && ![...headerRows].some((r) => r < firstFigure)) {
    for (const r of nonEmpty) {
      if (r >= firstFigure) break;
      const cells = filled[r]!;
      const title = cells.length === 1 && (cells[0]!.colSpan >= grid.cols || grid.cols === 1);
      if (!title && (cells.length >= 2 || cells.some((c) => c.colSpan > 1))) headerRows.add(r);
    }
  }

  const continuesHeader = (r: number, prev: number): boolean => {
    if (!headerRows.has(prev) || hasFigure(r) || parsed[r]!.some(isFigure)) return false;
    for (let c = 0; c < grid.cols; c++) {
      const slot = grid.at(r, c);
      if (slot?.fromAbove && headerRows.has(slot.cell.row)) return true;
      const above = grid.at(prev, c);
      if (above && above.cell.colSpan > 1 && slot?.origin && slot.cell.text.trim() !== '') return true;
    }
    return false;
  };

  const bands: Omit<BandInfo, 'columns' | 'labelCols' | 'unit' | 'stub' | 'figureCols' | 'segments'>[] = [];
  let current: (typeof bands)[number] | null = null;
  let prevFilled = -1;
  for (let r = 0; r < grid.rows; r++) {
    if (filled[r]!.length === 0) continue;
    const header = headerRows.has(r) || continuesHeader(r, prevFilled);
    if (header) {
      headerRows.add(r);
      if (current && current.headerRows.includes(prevFilled)) {
        current.headerRows.push(r);
      } else {
        const band: (typeof bands)[number] = {
          index: bands.length,
          start: r,
          end: r + 1,
          headerRows: [r],
          captionRow: null,
          caption: null,
          dataRows: [],
        };
        // A one-cell title row just above the header is the band's caption.
        if (current && current.dataRows.at(-1) === prevFilled && filled[prevFilled]!.length === 1) {
          const only = parsed[prevFilled]![0]!;
          if (only.kind === 'text') {
            current.dataRows.pop();
            band.start = prevFilled;
            band.captionRow = prevFilled;
            band.caption = only.text;
          }
        }
        bands.push(band);
        current = band;
      }
    } else {
      if (!current) {
        current = { index: 0, start: r, end: r + 1, headerRows: [], captionRow: null, caption: null, dataRows: [] };
        bands.push(current);
      }
      current.dataRows.push(r);
    }
    prevFilled = r;
  }
  // Drop bands left empty (a preamble that was only a caption) and close the ranges.
  const kept = bands.filter((b) => b.headerRows.length > 0 || b.dataRows.length > 0);
  kept.forEach((b, i) => {
    b.index = i;
    const next = kept[i + 1];
    b.end = next ? next.start : grid.rows;
  });
  return kept.map((b) => {
    const inherited = b.index === 0 && b.headerRows.length === 0 && continued ? inheritColumns(grid, continued) : null;
    const band = describeBand(grid, b, parsed, filled, tableUnit, inherited, tableDims);
    return inherited && continued ? { ...band, unit: continued.band.unit, caption: continued.band.caption } : band;
  });
}

function describeBand(
  grid: Grid,
  band: Omit<BandInfo, 'columns' | 'labelCols' | 'unit' | 'stub' | 'figureCols' | 'segments'>,
  parsed: CellValue[][],
  filled: ReturnType<Grid['filledIn']>[],
  tableUnit: string | null,
  inherited: ColumnInfo[] | null = null,
  tableDims: Record<string, string> = {},
): BandInfo {
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < grid.cols && inherited; c++) columns.push(inherited[c]!);
  for (let c = 0; c < grid.cols && !inherited; c++) {
    const parts: string[] = [];
    for (const h of band.headerRows) {
      const slot = grid.at(h, c);
      const text = slot ? oneLine(slot.cell.text) : '';
      if (text !== '' && parts.at(-1) !== text) parts.push(text);
    }
    columns.push(describeColumn(c, parts));
  }

  // Columns holding a figure in some data row (by the cell's own column).
  const hasFigure = new Set<number>();
  for (const r of band.dataRows) {
    filled[r]!.forEach((cell, i) => {
      const v = parsed[r]![i]!;
      if (v.kind === 'number' || v.kind === 'comparison') hasFigure.add(cell.col);
    });
  }
  // Label columns: the leading columns that name rows rather than hold figures (row
  // numbers and codes among them are skipped, not label columns).
  const labelCols: number[] = [];
  for (const col of columns) {
    const weak = col.kind === 'value' && !col.valueHeader && !hasFigure.has(col.col);
    if (col.kind === 'label' || weak) labelCols.push(col.col);
    else if (col.kind === 'index' || col.kind === 'code') continue; // 序号 / 科目编码 before the names
    else break;
  }

  const stubCol = labelCols.length > 0 ? columns[labelCols[0]!] : undefined;
  const stub = stubCol && stubCol.label !== '' ? stubCol.label : null;
  const unitFrom = (text: string | null | undefined): string | null => {
    if (!text) return null;
    const t = squash(text);
    return TABLE_PATTERNS.captionUnit.exec(t)?.[1] ?? TABLE_PATTERNS.parenUnit.exec(t)?.[1] ?? null;
  };
  let unit = unitFrom(band.caption);
  for (const c of labelCols) unit ??= unitFrom(columns[c]!.label);
  for (const h of band.headerRows) {
    for (const cell of filled[h]!) unit ??= TABLE_PATTERNS.captionUnit.exec(squash(cell.text))?.[1] ?? null;
  }
  unit ??= tableUnit;
  // Year and kind from the band's caption or the table's title, where the header has none.
  const fromCaption = { ...tableDims, ...captionDims(band.caption) };
  for (const col of columns) {
    if (col.kind !== 'value' || labelCols.includes(col.col) || col.unit === '分') continue;
    for (const key of ['year', 'kind'] as const) if (fromCaption[key] && !col.dims[key]) col.dims[key] = fromCaption[key];
  }
  const figureCols = [...hasFigure].sort((a, b) => a - b);
  return { ...band, stub, unit, columns, labelCols, figureCols, segments: findSegments(columns, labelCols) };
}

/**
 * Columns for a table that starts without a header, from the table it continues: matched by
 * position on the page (cell boxes overlapping in x) when the reader gives boxes, else
 * one to one when both grids have as many columns. Null when they cannot be matched.
 */
function inheritColumns(grid: Grid, continued: Continued): ColumnInfo[] | null {
  const from = continued.band.columns;
  const spansNew = columnSpans(grid);
  const spansOld = columnSpans(continued.grid);
  if (spansNew.some(Boolean) && spansOld.some(Boolean)) {
    const out: ColumnInfo[] = [];
    for (let c = 0; c < grid.cols; c++) {
      const here = spansNew[c];
      let best: ColumnInfo | undefined;
      let overlap = 0;
      for (const col of from) {
        const there = spansOld[col.col];
        if (!here || !there) continue;
        const o = Math.min(here[1], there[1]) - Math.max(here[0], there[0]);
        if (o > overlap) [best, overlap] = [col, o];
      }
      out.push(best ? { ...best, col: c } : describeColumn(c, []));
    }
    return out;
  }
  if (grid.cols !== continued.grid.cols) return null;
  return from.map((c) => ({ ...c }));
}

/**
 * The x-range of each grid column: the grid's column boundaries read off the cells' boxes
 * (a cell spanning columns c..c+k starts at boundary c and ends at boundary c+k+1; the
 * median of what the cells say), missing boundaries interpolated. Undefined without boxes.
 */
function columnSpans(grid: Grid): ([number, number] | undefined)[] {
  const seen: number[][] = Array.from({ length: grid.cols + 1 }, () => []);
  for (const cell of grid.block.cells) {
    if (!cell.bbox) continue;
    seen[cell.col]!.push(cell.bbox[0]);
    seen[Math.min(cell.col + cell.colSpan, grid.cols)]!.push(cell.bbox[2]);
  }
  const known = seen.map((xs) => (xs.length > 0 ? xs.sort((a, b) => a - b)[xs.length >> 1]! : undefined)); // median x of a page coordinate
  const at = (i: number): number | undefined => {
    if (known[i] !== undefined) return known[i];
    let lo = i - 1;
    let hi = i + 1;
    while (lo >= 0 && known[lo] === undefined) lo--;
    while (hi < known.length && known[hi] === undefined) hi++;
    if (lo < 0 || hi >= known.length) return undefined;
    return known[lo]! + ((known[hi]! - known[lo]!) * (i - lo)) / (hi - lo);
  };
  return Array.from({ length: grid.cols }, (_, c) => {
    const [x0, x1] = [at(c), at(c + 1)];
    return x0 !== undefined && x1 !== undefined && x1 > x0 ? ([x0, x1] as [number, number]) : undefined;
  });
}

/**
 * A new segment starts where a label column (with the 科目编码 / 行次 columns before it)
 * follows a column of values: “项目 | 决算数 | 项目 | 合计 | …”.
 */
function findSegments(columns: ColumnInfo[], labelCols: number[]): BandInfo['segments'] {
  const segments: BandInfo['segments'] = [];
  let start = 0;
  let labels = labelCols;
  for (let i = 1; i < columns.length; i++) {
    const prev = columns[i - 1]!;
    const here = columns[i]!;
    if (prev.kind !== 'value' && prev.kind !== 'text') continue;
    if (here.kind !== 'label' && here.kind !== 'code' && here.kind !== 'index') continue;
    let j = i;
    while (j < columns.length && columns[j]!.kind !== 'value' && columns[j]!.kind !== 'text') j++;
    const lead = columns.slice(i, j).filter((c) => c.kind === 'label').map((c) => c.col);
    if (lead.length === 0) continue;
    segments.push({ startCol: start, endCol: here.col, labelCols: labels });
    start = here.col;
    labels = lead;
  }
  segments.push({ startCol: start, endCol: (columns.at(-1)?.col ?? -1) + 1, labelCols: labels });
  return segments;
}

/** Reads a column header: kind, dimensions (year, kind, column) and unit. */
export function describeColumn(col: number, parts: string[]): ColumnInfo {
  const label = parts.join('/');
  const key = squash(label);
  const last = squash(parts.at(-1) ?? '');
  const withoutUnit = (s: string) => s.replace(new RegExp(TABLE_PATTERNS.parenUnit.source, 'g'), '');

  let kind: ColumnKind = 'value';
  for (const candidate of [withoutUnit(last), withoutUnit(key)]) {
    const rule = TABLE_PATTERNS.columnKinds.find((k) => k.regex.test(candidate));
    if (rule) {
      kind = rule.kind;
      break;
    }
  }

  const dims: Record<string, string> = {};
  let rest = withoutUnit(key);
  const year = TABLE_PATTERNS.year.exec(rest);
  if (year?.[1]) {
    dims.year = year[1];
    rest = rest.replace(year[0], '');
  }
  const kindWord = TABLE_PATTERNS.kinds.find((k) => rest.includes(k));
  if (kindWord) {
    dims.kind = kindWord;
    rest = rest.replace(kindWord, '');
  }
  rest = rest.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/');
  if (rest !== '' && (kind === 'value' || kind === 'text')) dims.column = rest;
  const path = rest === '' ? [] : rest.split('/');
  const total = path.length > 0 && TABLE_PATTERNS.totals.some((t) => t.regex.test(path.at(-1)!));
  if (total) path.pop();
  // The label of a figure with no row label: the deepest part of the header that names
  // something (a total column names its group; a bare 合计 names nothing: '').
  const base = path.at(-1) ?? (total ? '' : (kindWord ?? ''));

  const parenUnit = TABLE_PATTERNS.parenUnit.exec(key)?.[1] ?? null;
  const unit = parenUnit ?? TABLE_PATTERNS.columnUnits.find((u) => u.regex.test(base))?.unit ?? null;
  const valueHeader =
    dims.year !== undefined || dims.kind !== undefined || TABLE_PATTERNS.valueHeader.some((re) => re.test(withoutUnit(last)));
  return { col, label, base, dims, kind, unit, valueHeader, path, total };
}

export function toTableColumn(c: ColumnInfo): TableColumn {
  return { col: c.col, label: c.label, dims: c.dims, kind: c.kind, unit: c.unit };
}
