import { z } from 'zod';
import type { Fact, Relation, Table, TableColumn, TableRow } from '../../model/index.js';
import { loadPatterns, RegexString } from '../../patterns/load.js';
import { squash } from './text.js';

const BalancesFile = z.object({
  balances: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case id'),
        /** The identity in words (the relation's name, shown in findings). */
        name: z.string().min(1),
        caption: RegexString,
        left: RegexString,
        right: RegexString,
        /** Words naming the left and the right side (收入, 支出). */
        sides: z.tuple([z.string().min(1), z.string().min(1)]),
      }),
    )
    .min(1),
});
const BALANCES = loadPatterns('balances.json', BalancesFile).balances.map((b) => ({
  ...b,
  captionRe: new RegExp(b.caption, 'u'),
  leftRe: new RegExp(b.left, 'u'),
  rightRe: new RegExp(b.right, 'u'),
}));

/**
 * 收入总计 = 支出总计 of a side-by-side 收支总表 (patterns/balances.json): for each band
 * printed as two tables side by side, the left segment's total row against the right
 * segment's, column by column of the same year and kind — a `compare` relation (equal),
 * read from the layout, one per pair of cells.
 */
export function balanceRelations(table: Table, facts: ReadonlyMap<string, Fact>): Relation[] {
  const out: Relation[] = [];
  const caption = squash(table.caption ?? '');
  for (const balance of BALANCES) {
    if (!balance.captionRe.test(caption)) continue;
    for (const band of table.bands ?? []) {
      const segments = band.segments ?? [];
      if (segments.length !== 2) continue;
      const rows = table.rows.filter((r) => r.band === band.index && r.role === 'total');
      const left = only(rows.filter((r) => r.segment === 0 && balance.leftRe.test(squash(r.label))));
      const right = only(rows.filter((r) => r.segment === 1 && balance.rightRe.test(squash(r.label))));
      if (!left || !right) continue;
      const [l, r] = segments as [NonNullable<typeof segments>[number], NonNullable<typeof segments>[number]];
      const inSegment = (s: typeof l) => band.columns.filter((c) => c.col >= s.startCol && c.col < s.endCol);
      const columnsOf = (s: typeof l) => inSegment(s).filter((c) => !s.labelCols.includes(c.col));
      const names = (s: typeof l, row: TableRow) => [...inSegment(s).map((c) => c.label), row.label].join(' ');
      if (!names(l, left).includes(balance.sides[0]) || !names(r, right).includes(balance.sides[1])) continue;
      for (const [a, b] of pairs(cells(left, columnsOf(l), facts), cells(right, columnsOf(r), facts))) {
        out.push({
          id: `r${a.id}-balance`,
          kind: 'compare',
          name: balance.name,
          result: a.id,
          operands: [b.id],
          partial: false,
          sign: null,
          source: 'table',
          inferred: false,
          location: a.location,
        });
      }
    }
  }
  return out;
}

function only<T>(xs: T[]): T | null {
  return xs.length === 1 ? xs[0]! : null;
}

interface Cell {
  fact: Fact;
  column: TableColumn;
}

function cells(row: TableRow, columns: TableColumn[], facts: ReadonlyMap<string, Fact>): Cell[] {
  const out: Cell[] = [];
  for (const v of row.values) {
    const column = columns.find((c) => c.col === v.col);
    const fact = v.fact ? facts.get(v.fact) : undefined;
    if (column && fact && fact.number.kind !== 'percent' && fact.dims['comparator'] === undefined) out.push({ fact, column });
  }
  return out;
}

/** Cells of one year and kind on both sides; several on one side: its first (合计) column. */
function pairs(left: Cell[], right: Cell[]): Array<[Fact, Fact]> {
  const key = (c: Cell) => `${c.column.dims['year'] ?? ''}|${c.column.dims['kind'] ?? ''}`;
  const out: Array<[Fact, Fact]> = [];
  const used = new Set<Cell>();
  for (const a of left) {
    const b = right.find((c) => !used.has(c) && key(c) === key(a));
    if (!b || left.filter((x) => key(x) === key(a)).length > 1) continue;
    used.add(b);
    out.push([a.fact, b.fact]);
  }
  return out;
}
