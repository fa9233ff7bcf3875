import type { Cell, TableRow } from '../../model/index.js';
import { columnAt, type BandInfo } from './bands.js';
import { parseCell, type CellValue } from './cell.js';
import type { Grid } from './grid.js';
import { TABLE_PATTERNS } from './patterns.js';
import { indentWidth, oneLine, rowMarker, squash, type RowMarker } from './text.js';

/** One filled cell of a data row, read. */
export interface ValueInfo {
  /** Column the value belongs to (differs from cell.col only for a realigned row). */
  col: number;
  cell: Cell;
  parsed: CellValue;
}

export interface RowInfo {
  row: number;
  band: BandInfo;
  role: TableRow['role'];
  /** The row's label cell, one line, as written (numbering included), or ''. */
  labelText: string;
  labelCell: Cell | null;
  marker: RowMarker;
  /** Visual indentation of the label as written (leading spaces kept by the readers). */
  indent: number;
  values: ValueInfo[];
  /** The row's cells came out shifted (a reader that drops column spans) and were realigned. */
  realigned: boolean;
  /**
   * Depth given by the row's 科目编码 (类 0, 款 1, 项 2): the last filled code column when the
   * code is split over 类 | 款 | 项 columns, else the code's length (201 / 20106 / 2010601).
   */
  codeDepth: number | null;
  /** The row's 科目编码 as printed, its 类/款/项 parts joined (“2010101”), or null. */
  code: string | null;
}

/** Reads the data rows of a band: label, markers, role, and each filled cell. */
export function readRows(grid: Grid, band: BandInfo): RowInfo[] {
  const labelCols = new Set(band.labelCols);
  const maxLabelCol = band.labelCols.length > 0 ? Math.max(...band.labelCols) : -1;
  // Row numbers (行次) and codes (科目编码) are not amounts: no unit for them.
  const unitOf = (col: number) => {
    const column = columnAt(band, col);
    return column && (column.kind === 'index' || column.kind === 'code') ? null : (column?.unit ?? band.unit);
  };
  const isValueCol = (col: number) => !labelCols.has(col) && (columnAt(band, col)?.kind ?? 'value') === 'value';
  const from = band.segments.length === 1 ? band.segments[0]!.startCol : 0;
  const to = band.segments.length === 1 ? band.segments[0]!.endCol : Infinity;

  const rows: RowInfo[] = [];
  for (const r of band.dataRows) {
    const cells = grid.filledIn(r).filter((c) => c.col >= from && c.col < to);
    if (cells.length === 0) continue; // this segment of the row is blank
    const read = cells.map((cell) => ({ col: cell.col, cell, parsed: parseCell(cell.text, unitOf(cell.col), band.unit) }));

    // The label: the right-most text cell starting in a label column.
    let labelAt = -1;
    read.forEach((v, i) => {
      const named = v.parsed.kind === 'text' || v.parsed.kind === 'placeholder'; // “……” rows too
      if (v.cell.col <= maxLabelCol && labelCols.has(v.cell.col) && named) labelAt = i;
    });
    const labelCell = labelAt >= 0 ? read[labelAt]!.cell : null;
    const values = read.filter((_, i) => i !== labelAt);
    const realigned = realign(values, band, isValueCol, unitOf);

    const labelText = labelCell ? oneLine(labelCell.text) : '';
    const marker = rowMarker(labelCell?.text ?? '');
    const narrative = values.some(
      (v) => (v.parsed.kind === 'labelled' && !labelCols.has(v.col)) || (v.parsed.kind === 'text' && isValueCol(v.col)),
    );
    const onlyLabelled = !labelCell && values.some((v) => v.parsed.kind === 'labelled');
    let role: TableRow['role'];
    // “栏次 | 1 | 2 | 3” (the word may stand in the code column) numbers the columns
    if (read.some((v) => TABLE_PATTERNS.indexRow.test(squash(v.cell.text))) || numbersColumns(values)) role = 'header';
    // “0.00七、文化旅游体育与传媒支出”: a figure glued to the label by the reader — the row cannot be placed
    else if (/^[-\d,]+\.\d+/u.test(squash(marker.label))) role = 'note';
    else if (narrative || onlyLabelled) role = 'note';
    else role = TABLE_PATTERNS.totals.find((t) => t.regex.test(squash(marker.label)))?.role ?? (marker.breakdown ? 'breakdown' : 'item');

    rows.push({
      row: r,
      band,
      role,
      codeDepth: codeDepth(values, band),
      code: codeOf(values, band),
      labelText,
      labelCell,
      marker,
      indent: labelCell ? indentWidth(labelCell.text) : 0,
      values,
      realigned,
    });
  }
  return rows;
}

/**
 * A row whose figures sit under label or text columns while its value columns are empty
 * came out collapsed (a text dump drops column spans: “总分 | 100 | 99” under a header of
 * nine columns). Its figures are moved, in order, onto the band's columns that hold
 * figures in other rows.
 */
function realign(
  values: ValueInfo[],
  band: BandInfo,
  isValueCol: (col: number) => boolean,
  unitOf: (col: number) => string | null,
): boolean {
  const numbering = (col: number) => {
    const kind = columnAt(band, col)?.kind;
    return kind === 'index' || kind === 'code'; // 行次 / 科目编码 are where they belong
  };
  const figures = values.filter((v) => v.parsed.kind === 'number' && !numbering(v.col));
  if (figures.length === 0 || figures.some((v) => isValueCol(v.col))) return false;
  const numericCols = band.figureCols.filter(isValueCol);
  if (numericCols.length < figures.length) return false;
  figures.forEach((v, i) => {
    v.col = numericCols[i]!;
    v.parsed = parseCell(v.cell.text, unitOf(v.col), band.unit);
  });
  return true;
}

function codeDepth(values: ValueInfo[], band: BandInfo): number | null {
  const codeCols = band.columns.filter((c) => c.kind === 'code').map((c) => c.col);
  const codes = values.filter((v) => codeCols.includes(v.col) && /^\d+$/.test(v.cell.text.trim()));
  if (codes.length === 0) return null;
  if (codeCols.length > 1) return codeCols.indexOf(codes.at(-1)!.col);
  const digits = codes[0]!.cell.text.trim().length;
  return digits <= 3 ? 0 : (digits - 2) >> 1; // 201 → 0, 20106 → 1, 2010601 → 2 (a count of digits)
}

function codeOf(values: ValueInfo[], band: BandInfo): string | null {
  const codeCols = band.columns.filter((c) => c.kind === 'code').map((c) => c.col);
  const parts = values.filter((v) => codeCols.includes(v.col) && /^\d+$/.test(v.cell.text.trim())).map((v) => v.cell.text.trim());
  return parts.length > 0 ? parts.join('') : null;
}

/**
 * “** | 1 | 2 | 3 | … | 12”: a row whose figures are whole numbers counting up by one from 1
 * across the columns (three or more) numbers the columns; it is part of the header, not data.
 */
function numbersColumns(values: readonly ValueInfo[]): boolean {
  const numbers = values.filter((v) => v.parsed.kind === 'number').sort((a, b) => a.col - b.col);
  if (numbers.length < 3) return false;
  const head = numbers[0]!.parsed;
  if (head.kind !== 'number' || head.number.value !== '1') return false;
  return numbers.every((v, i) => {
    if (v.parsed.kind !== 'number' || v.parsed.number.decimals !== 0 || v.parsed.number.unit === '%') return false;
    const first = numbers[0]!.parsed;
    return first.kind === 'number' && Number.parseInt(v.parsed.number.value, 10) === Number.parseInt(first.number.value, 10) + i; // float-ok: column numbers, not amounts
  });
}
