import type { Fact, Relation, Table, TableRow } from '../../model/index.js';
import { numeralValue } from '../../segment/numerals.js';
import { squash } from './text.js';

/**
 * Lists a page break cuts. A table that goes on in the next table of the document — the same
 * column headers printed again on the next page (支出总表 over 4 pages, 项目支出表 …) — or in
 * the next band of the same table (the header repeated part-way down) has lists that run past
 * its last row (20801 人力资源和社会保障管理事务 on one page, its 2080109 on the next) and lists
 * that began before its first row (“十三、交通运输支出 … 本年支出合计” under a header repeated
 * from the page before). A sum with a part at such an open end (the last figure row or a row it
 * sits under; the first figure row of a segment) can only say that the parts seen do not
 * exceed the total: it is made partial (≤), never an error for a missing part. So is a sum
 * whose first part is numbered past the first (“十三、…”, “（三）…”): its first items are elsewhere.
 */
export function openAtPageBreaks(tables: readonly Table[], facts: readonly Fact[], relations: Relation[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const sums = sumsByTable(byId, relations);
  const runs = tables.flatMap((table) => bandRuns(table));
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (next && (sameSignature(run, next) || (run.table !== next.table && sameHeader(run.table, next.table)))) {
      markOpen(run.table, openEnd(run.table, run.rows), byId, sums);
      markOpen(next.table, openStart(next.rows), byId, sums, (at, col) => sameTitle(run.table, next.table) && totalGoesOn(run.rows, next.rows, at, col));
    }
  });
  for (const table of tables) numberedPastFirst(table, byId, sums);
}

interface BandRun {
  table: Table;
  /** Data rows of the band. */
  rows: TableRow[];
  /** The header as printed: its column labels, squashed, repeats dropped (a spanning cell is one label). */
  signature: string;
}

/** A table's bands as runs of rows under one header (the whole table when it has no bands). */
function bandRuns(table: Table): BandRun[] {
  const data = (r: TableRow) => r.role !== 'header' && r.role !== 'note';
  const bands = table.bands ?? [];
  if (bands.length === 0) return [{ table, rows: table.rows.filter(data), signature: signatureOf(table.columns.map((c) => c.label)) }];
  return bands.map((band) => ({
    table,
    rows: table.rows.filter((r) => data(r) && (r.band ?? 0) === band.index),
    signature: signatureOf(band.columns.filter((c) => c.kind !== 'index').map((c) => c.label)),
  }));
}

const sameSignature = (a: BandRun, b: BandRun) => a.signature !== '' && a.signature === b.signature;

/** Two tables with the same value columns, by their header text (a table continued with its header printed again). */
function sameHeader(a: Table, b: Table): boolean {
  const labels = (t: Table) => t.columns.filter((c) => c.kind === 'value' || c.kind === undefined).map((c) => squash(c.label));
  const x = labels(a);
  const y = labels(b);
  return x.length >= 2 && x.length === y.length && x.every((l, k) => l === y[k]);
}

function signatureOf(labels: readonly string[]): string {
  const out: string[] = [];
  for (const label of labels.map(squash)) if (label !== '' && label !== out.at(-1)) out.push(label);
  return out.length >= 2 ? out.join('|') : '';
}

const hasFigure = (r: TableRow) => r.values.some((v) => v.number);

/** The last figure row and the rows it sits under: a list holding any of them runs past the end. */
function openEnd(table: Table, rows: readonly TableRow[]): Set<number> {
  const last = rows.filter(hasFigure).at(-1);
  const open = new Set<number>();
  if (!last) return open;
  const parentOf = new Map(table.rows.map((r) => [r.row, r.parent]));
  for (let r: number | null | undefined = last.row; r != null && !open.has(r); r = parentOf.get(r)) open.add(r);
  return open;
}

/** The first figure row of each side-by-side segment: a list holding it may have begun before. */
function openStart(rows: readonly TableRow[]): Set<number> {
  const open = new Set<number>();
  const seen = new Set<number>();
  for (const r of rows.filter(hasFigure)) {
    const segment = r.segment ?? 0;
    if (seen.has(segment)) continue;
    seen.add(segment);
    open.add(r.row);
  }
  return open;
}

function markOpen(
  table: Table,
  open: ReadonlySet<number>,
  byId: ReadonlyMap<string, Fact>,
  sums: TableSums,
  goesOn: (row: number, col: number) => boolean = () => false,
): void {
  if (open.size === 0) return;
  const rowOf = (id: string) => byId.get(id)?.location.row ?? -1;
  for (const rel of tableSums(table, sums)) {
    if (rel.operands.some((id) => open.has(rowOf(id)))) rel.partial = true;
    // a total at the top of a page the table goes on to, over rows printed after it: it totals the
    // whole table, the rows of this page are only some of its parts
    const result = byId.get(rel.result);
    const at = rowOf(rel.result);
    if (result && open.has(at) && rel.operands.every((id) => rowOf(id) > at) && goesOn(at, result.location.col ?? -1)) rel.partial = true;
  }
}

/** Two tables not titled differently (a page that goes on keeps its title or prints none). */
function sameTitle(a: Table, b: Table): boolean {
  const x = squash(a.caption ?? '');
  const y = squash(b.caption ?? '');
  return x === '' || y === '' || x === y;
}

/**
 * Is the total row `at` (column `col`) at the top of `rows` the previous page's table going on —
 * the same total printed again (佛山 支出决算表: “合计 1668.14” under the header on both pages), or
 * the total of rows left open before (深圳 财政拨款收支总表: “本年收入合计” closing the 收入 rows printed
 * on the pages before, whose side had no total on the page before, which had figures)? A new table
 * with the same header (the next 预算单位's 支出总表, its own 合计 first; 公开表9 after an empty 公开表8)
 * is neither.
 */
function totalGoesOn(before: readonly TableRow[], rows: readonly TableRow[], at: number, col: number): boolean {
  const row = rows.find((r) => r.row === at && r.values.some((v) => v.col === col));
  if (!row || row.role !== 'total') return false;
  const figure = (r: TableRow) => r.values.find((v) => v.col === col)?.number?.value ?? null;
  const segment = row.segment ?? 0;
  const totals = before.filter((r) => (r.segment ?? 0) === segment && r.role === 'total' && hasFigure(r));
  if (totals.length === 0) return before.some(hasFigure);
  return totals.some((r) => squash(r.label) === squash(row.label) && figure(r) !== null && figure(r) === figure(row));
}

/** The table sums, by the table their total is in — read once, not once per table (linear in tables × relations otherwise). */
type TableSums = ReadonlyMap<number, readonly Relation[]>;

function sumsByTable(byId: ReadonlyMap<string, Fact>, relations: readonly Relation[]): TableSums {
  const sums = new Map<number, Relation[]>();
  for (const rel of relations) {
    if (rel.kind !== 'sum' || rel.source !== 'table') continue;
    const block = byId.get(rel.result)?.location.table;
    if (block == null) continue;
    const list = sums.get(block);
    if (list) list.push(rel);
    else sums.set(block, [rel]);
  }
  return sums;
}

/** A table's sums not (yet) partial. */
function tableSums(table: Table, sums: TableSums): Relation[] {
  return (sums.get(table.block) ?? []).filter((rel) => !rel.partial);
}

/** A sum whose first part is numbered past the first (十三、 / （三） / 3.) misses the items before it. */
function numberedPastFirst(table: Table, byId: ReadonlyMap<string, Fact>, sums: TableSums): void {
  const numberOf = new Map(table.rows.map((r) => [r.row, ordinal(r.numbering)]));
  for (const rel of tableSums(table, sums)) {
    // the first part's row (a loop: a sum over a 100 000-row list is too many arguments to spread)
    let first = Infinity;
    for (const id of rel.operands) first = Math.min(first, byId.get(id)?.location.row ?? -1);
    const n = numberOf.get(first);
    if (n !== null && n !== undefined && n > 1) rel.partial = true;
  }
}

/** The number a row's numbering gives (“十三、” → 13, “（三）” → 3, “3.” → 3), or null. */
export function ordinal(numbering: string | null): number | null {
  const m = numbering ? /[零〇一二两三四五六七八九十百]+|\d+|[①-⑳]/u.exec(numbering) : null;
  return m ? numeralValue(m[0]) : null;
}
