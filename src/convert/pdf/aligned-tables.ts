import { segments } from './lines.js';
import type { DraftCell, DraftTable, Line } from './types.js';
import { union } from './types.js';

/** A table drawn without lines has at least this many rows. */
const MIN_ROWS = 3;
/** Dot leaders of a table of contents (“一、主要职能 ……… 3”) are not table columns. */
const LEADER_RE = /^[.．·•…⋯\-—_\s\d]+$/u;

interface Column {
  x0: number;
  x1: number;
}

/**
 * Text-alignment fallback for tables drawn without ruling lines: a run of at least three
 * consecutive lines that each split at wide gaps (≥ 1.5 em) into pieces that fall into the
 * same columns — every piece in a column of its own, the columns found as the x-ranges the
 * pieces of all lines cover. Returns the tables and the lines they did not take.
 */
export function findAlignedTables(linesIn: readonly Line[], page: number): { tables: DraftTable[]; rest: Line[] } {
  const lines = [...linesIn].sort((a, b) => a.top - b.top);
  const split = lines.map((l) => segments(l));
  const tables: DraftTable[] = [];
  const used = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    if (!isCandidate(split[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && isCandidate(split[j]!) && lines[j]!.baseline - lines[j - 1]!.baseline <= 2.5 * lines[j - 1]!.size) j++;
    if (j - i >= MIN_ROWS) {
      const table = asTable(lines.slice(i, j), split.slice(i, j), page);
      if (table) {
        tables.push(table);
        for (const l of lines.slice(i, j)) used.add(l);
      }
    }
    i = j;
  }
  return { tables, rest: linesIn.filter((l) => !used.has(l)) };
}

function isCandidate(parts: readonly Line[]): boolean {
  return parts.length >= 2 && !parts.some((p) => LEADER_RE.test(p.text) && /[.．·•…⋯]{3}/u.test(p.text));
}

function asTable(rows: readonly Line[], parts: ReadonlyArray<readonly Line[]>, page: number): DraftTable | null {
  const columns = findColumns(parts.flat());
  if (columns.length < 2) return null;
  const cells: DraftCell[] = [];
  for (let r = 0; r < rows.length; r++) {
    const byColumn = new Map<number, Line>();
    for (const part of parts[r]!) {
      const c = columns.findIndex((col) => part.x0 < col.x1 && part.x1 > col.x0);
      if (c < 0 || byColumn.has(c)) return null; // two pieces in one column: not a grid
      byColumn.set(c, part);
    }
    const row = rows[r]!;
    columns.forEach((col, c) => {
      const part = byColumn.get(c);
      cells.push({
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: 1,
        text: part?.text ?? '',
        box: part ? { x0: part.x0, x1: part.x1, top: part.top, bottom: part.bottom } : { x0: col.x0, x1: col.x1, top: row.top, bottom: row.bottom },
        page,
      });
    });
  }
  const box = union(rows);
  const xs = [columns[0]!.x0, ...columns.slice(1).map((c, k) => (columns[k]!.x1 + c.x0) / 2), columns[columns.length - 1]!.x1];
  return { ...box, page, pageEnd: page, xs, ys: [...rows.map((l) => l.top), box.bottom], cells, source: 'alignment' };
}

/** Columns as the merged x-ranges that the pieces cover. */
function findColumns(pieces: readonly Line[]): Column[] {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const p of sorted) {
    const last = columns[columns.length - 1];
    if (last && p.x0 < last.x1 + 0.3 * p.size) last.x1 = Math.max(last.x1, p.x1);
    else columns.push({ x0: p.x0, x1: p.x1 });
  }
  return columns;
}
