import { z } from 'zod';
import type { Fact, FactKey, Table, TableRow } from '../model/index.js';
import { loadPatterns } from '../patterns/load.js';
import { dimensionOf } from './numbers.js';
import { squash } from './table/text.js';

const ScopesFile = z.object({
  scopes: z.array(z.object({ scope: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
  wholeFunds: z.object({ scope: z.string().min(1), captions: z.array(z.string().min(1)) }),
  periods: z.array(z.object({ period: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
  bases: z.array(z.object({ basis: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
  unitNamesComment: z.string(),
  unitNames: z.array(z.string().min(1)),
  ownFigures: z.object({ captions: z.array(z.string().min(1)) }),
  spends: z.object({
    kinds: z.array(z.object({ spend: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
    all: z.object({ spend: z.string().min(1), captions: z.array(z.string().min(1)) }),
  }),
});
const SCOPES = loadPatterns('scopes.json', ScopesFile);
/** The scope of figures of all funds (全部资金): a 收支总表 without a fund word. */
export const WHOLE_FUNDS_SCOPE = SCOPES.wholeFunds.scope;

/** 一般公共预算 / 政府性基金 / 国有资本经营 / 财政拨款 named in `text`, the narrowest first. */
export function scopeIn(text: string | null | undefined): string | null {
  if (!text) return null;
  return SCOPES.scopes.find((s) => s.words.some((w) => text.includes(w)))?.scope ?? null;
}

/** The scope a table caption gives its figures: a fund word, or 全部资金 for a 收支总表 without one. */
export function captionScope(caption: string | null | undefined): string | null {
  if (!caption) return null;
  const text = squash(caption);
  return scopeIn(text) ?? (SCOPES.wholeFunds.captions.some((c) => text.includes(c)) ? SCOPES.wholeFunds.scope : null);
}

/** What spending a table's caption says it holds: 基本支出 / 项目支出, 全部 for a 支出 table naming neither, else null. */
export function captionSpend(caption: string | null | undefined): string | null {
  if (!caption) return null;
  const text = squash(caption);
  const kind = SCOPES.spends.kinds.find((k) => k.words.some((w) => text.includes(w)))?.spend;
  if (kind) return kind;
  return SCOPES.spends.all.captions.some((c) => text.includes(c)) ? SCOPES.spends.all.spend : null;
}

function periodIn(text: string): string | null {
  return SCOPES.periods.find((p) => p.words.some((w) => text.includes(w)))?.period ?? null;
}

function basisIn(text: string): string | null {
  return SCOPES.bases.find((b) => b.words.some((w) => text.includes(w)))?.basis ?? null;
}

/** money / percent / score, or the counted thing (persons, vehicles …); `plain` for a bare figure. */
export function dimensionOfFact(f: Pick<Fact, 'number'>): string {
  const n = f.number;
  return dimensionOf(n.unit) ?? (n.kind === 'plain' ? 'plain' : n.kind);
}

/**
 * Gives every fact its typed key (FactKey): measure, year, period, basis, scope, dimension,
 * and for table cells the value column and the parent row. Prose facts read scope, period
 * and basis from their own label words (never from the rest of the sentence: “财政拨款收入
 * X万元，事业收入Y万元” does not make Y a 财政拨款 figure).
 */
export function assignKeys(facts: Fact[], tables: readonly Table[]): void {
  const byBlock = new Map(tables.map((t) => [t.block, t]));
  // the same table on its next page (right after it, or under the same title printed again)
  // goes on under the unit it ended with
  const unitsOf = new Map<Table, Map<number, string>>();
  for (const chain of pageChains(tables)) {
    const byName = labelUnderTwo(chain, namesUnit);
    let carried: string | null = null;
    for (const t of chain) {
      const units = unitsByRow(t, carried, byName);
      unitsOf.set(t, units);
      carried = [...units.values()].at(-1) ?? null;
    }
  }
  const unitAt = (t: Table, row: number): string | null => unitsOf.get(t)?.get(row) ?? null;
  const rowsOf = new Map<Table, Map<number, TableRow>>();
  const rowIn = (t: Table, row: number): TableRow | undefined => {
    let rows = rowsOf.get(t);
    if (!rows) {
      rows = new Map(t.rows.map((r) => [r.row, r]));
      rowsOf.set(t, rows);
    }
    return rows.get(row);
  };
  for (const f of facts) {
    const table = f.location.table !== null ? byBlock.get(f.location.table) : undefined;
    f.key = table ? tableKey(f, table, f.location.row !== null ? rowIn(table, f.location.row) : undefined, rowIn) : proseKey(f);
    if (table && f.location.row !== null) f.key.unit = unitAt(table, f.location.row);
  }
}

function proseKey(f: Fact): FactKey {
  const words = squash(f.rawLabel);
  return {
    measure: f.label,
    year: f.dims.year ?? null,
    period: f.dims.yearRef ?? periodIn(words),
    basis: f.dims.kind ?? basisIn(words),
    scope: scopeIn(words),
    spend: null,
    unit: null,
    dimension: dimensionOfFact(f),
    column: null,
    parent: null,
    columnOnly: false,
  };
}

function tableKey(f: Fact, table: Table, row: TableRow | undefined, rowIn: (t: Table, row: number) => TableRow | undefined): FactKey {
  const band = row?.band !== undefined ? table.bands?.[row.band] : undefined;
  const columns = band?.columns ?? table.columns;
  const column = columns.find((c) => c.col === f.location.col);
  const columnText = squash(column?.label ?? '');
  const parent = row?.parent != null ? rowIn(table, row.parent) : undefined;
  return {
    measure: f.label,
    year: f.dims.year ?? null,
    period: f.dims.yearRef ?? (periodIn(columnText) || null),
    basis: f.dims.kind ?? null,
    scope: scopeIn(columnText) ?? captionScope(band?.caption) ?? captionScope(table.caption),
    spend: captionSpend(band?.caption) ?? captionSpend(table.caption),
    unit: null,
    dimension: dimensionOfFact(f),
    column: f.dims.column ?? (columnText || null),
    parent: parent ? squash(parent.label) : null,
    columnOnly: row !== undefined && squash(row.label) === '',
  };
}

/** A 预算单位 column's header: 预算单位, 单位名称, 部门（单位）名称 … */
/** A 合计 in the 预算单位 column names no unit. */
const BARE_TOTAL = /^(?:合计|总计|小计)$/u;
const UNIT_COLUMN = /^(?:预算|部门)?单位(?:名称)?$|^部门（单位）名称$/u;
/** A row label that names a 预算单位 (深圳市考试院, 深圳技师学院, …管理局龙华分局, …（本级）). */
const UNIT_NAME = new RegExp(`(?:${SCOPES.unitNames.join('|')})(?:（本级）|\\(本级\\))?$`, 'u');

/**
 * The 预算单位 each grid row of a table is listed under: the text last printed in the table's
 * 预算单位 column at or above the row (a unit row, then that unit's 类/款/项 rows), or `carried`
 * from the page before for the rows above the first unit named. Empty when
 * the table has no such column, or it is the rows' own label column (a table of units).
 */
function unitsByRow(table: Table, carried: string | null, byName: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const unitCols = unitColumns(table);
  let unit: string | null = carried;
  for (const r of table.rows) {
    if (r.role === 'header') continue;
    // side-by-side segments share grid rows: the unit named in one row's segment holds for all of that row
    const named = r.values.find((v) => unitCols.has(v.col) && v.number === null && squash(v.text) !== '');
    if (named) unit = BARE_TOTAL.test(squash(named.text)) ? null : squash(named.text);
    else if (unitCols.size === 0 && byName && namesUnit(r, table)) unit = squash(r.label);
    else if (r.role === 'total' && unitCols.size === 0) unit = null;
    if (unit !== null) out.set(r.row, unit);
  }
  return out;
}

/** The columns of a table headed 预算单位 / 单位名称 that are not the rows' own label column. */
function unitColumns(table: Table): Set<number> {
  const out = new Set<number>();
  for (const band of table.bands ?? []) {
    for (const c of band.columns) if (UNIT_COLUMN.test(squash(c.label)) && !band.labelCols.every((l) => l === c.col)) out.add(c.col);
  }
  return out;
}

/**
 * Without a unit column, a row named like a unit (深圳市考试院, …分局, …（本级）) heads the rows after
 * it — where such rows tell rows apart (a figure's label listed under two of them, across the
 * table's pages), not in a 功能分类 list whose 项 happen to end alike (公立医院, 妇幼保健医院).
 */
function namesUnit(r: TableRow, table: Table): boolean {
  if (!UNIT_NAME.test(squash(r.label)) || unitColumns(table).size > 0) return false;
  const codeCols = new Set((table.bands ?? []).flatMap((b) => b.columns.filter((c) => c.kind === 'code').map((c) => c.col)));
  return !r.values.some((v) => codeCols.has(v.col) && /\d/.test(v.text));
}

/**
 * Does `text` name the spending `spend` (基本支出 / 项目支出 by their words)? True for a spend with
 * no words of its own (全部).
 */
export function namesSpend(text: string, spend: string): boolean {
  const kind = SCOPES.spends.kinds.find((k) => k.spend === spend);
  return !kind || kind.words.some((w) => squash(text).includes(w));
}

/** A table whose figures are its own subject's alone (a 绩效目标表: one project's form), by its caption. */
export function ownFiguresTable(caption: string | null | undefined): boolean {
  const text = squash(caption ?? '');
  return text !== '' && SCOPES.ownFigures.captions.some((c) => text.includes(c));
}

/** Runs of tables that are one table over its pages: right after one another, or under the same title printed again. */
export function pageChains(tables: readonly Table[]): Table[][] {
  const chains: Table[][] = [];
  let last: { block: number; caption: string } | null = null;
  for (const t of [...tables].sort((a, b) => a.block - b.block)) {
    const caption = squash(t.caption ?? '');
    const goesOn = last !== null && (last.block === t.block - 1 || (caption !== '' && last.caption === caption));
    if (goesOn) chains.at(-1)!.push(t);
    else chains.push([t]);
    last = { block: t.block, caption };
  }
  return chains;
}

/** Some label of a row with a figure is listed under two different heading rows (or a heading row and the rows before the first). */
function labelUnderTwo(tables: readonly Table[], heads: (r: TableRow, t: Table) => boolean): boolean {
  const spanOf = new Map<string, number>();
  let span = 0;
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.role === 'header') continue;
      if (heads(r, t) || r.role === 'total') {
        span++;
        continue;
      }
      const label = squash(r.label);
      if (label === '' || !r.values.some((v) => v.number)) continue;
      const seen = spanOf.get(label);
      if (seen === undefined) spanOf.set(label, span);
      else if (seen !== span) return true;
    }
  }
  return false;
}

/** The key as one string (for indexing): every part, unknown parts as “?”. */
export function keyString(k: FactKey): string {
  return [k.measure, k.dimension, k.year ?? '?', k.period ?? '?', k.basis ?? '?', k.scope ?? '?', k.spend ?? '?', k.unit ?? '?', k.column ?? '?', k.parent ?? '?'].join('|');
}
