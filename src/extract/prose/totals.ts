import type { Fact, Meta, Relation, Table } from '../../model/index.js';
import { squash } from '../table/text.js';

/**
 * A total the prose states by the name of a summary table: “财政拨款收入支出总计0.3万元” is the
 * 总计 row of the 财政拨款收入支出决算总表, “收入支出总计2995.39万元” that of the 收入支出决算总表.
 * The prose figure's name, without its year, 预算/决算 and a department's own name in front,
 * must be the table's caption with 总表 read as 总计 (without its numbering, year, department,
 * 预算/决算) — word for word, so the words name the table and the link is certain. The table's
 * figure is its 总计 row when every cell of that row agrees (both sides of a 收支总表, 合计 and
 * its columns of one fund), else none. Emits a `compare` relation (equal): one figure stated
 * twice. Prose figures of another year (上年, 2023年) are not this year's table.
 */
export function linkTableTotals(meta: Meta, proseFacts: readonly Fact[], tables: readonly Table[], tableFacts: readonly Fact[]): Array<Omit<Relation, 'id' | 'source'>> {
  const totals = new Map<string, Fact>();
  const ambiguous = new Set<string>();
  for (const table of tables) {
    const name = tableName(table.caption);
    if (!name) continue;
    const rows = new Set(table.rows.filter((r) => r.role === 'total' && squash(r.label).replace(NUMBERING, '') === '总计').map((r) => r.row));
    const cells = tableFacts.filter((f) => f.location.table === table.block && f.location.row !== null && rows.has(f.location.row) && f.number.kind !== 'percent');
    const first = cells[0];
    if (!first || !cells.every((f) => sameAmount(f, first))) continue;
    // two tables of one name (a caption repeated on a continued page) must agree too
    const known = totals.get(name);
    if (known && !sameAmount(known, first)) ambiguous.add(name);
    else if (!known) totals.set(name, first);
  }
  const year = meta.year !== null && meta.year !== undefined ? String(meta.year) : null;
  const out: Array<Omit<Relation, 'id' | 'source'>> = [];
  for (const f of proseFacts) {
    if (f.number.kind !== 'money' || f.dims['direction'] !== undefined || f.dims['qualifier'] !== undefined) continue;
    if (f.dims['yearRef'] === '上年' || (f.dims['year'] !== undefined && year !== null && f.dims['year'] !== year)) continue;
    const name = proseName(f.rawLabel);
    const cell = name && !ambiguous.has(name) ? totals.get(name) : undefined;
    if (!cell) continue;
    out.push({
      kind: 'compare',
      name: `${name}（${cell.location.page !== null ? `p.${cell.location.page} ` : ''}表中总计）`,
      result: f.id,
      operands: [cell.id],
      partial: false,
      sign: null,
      inferred: false,
      location: f.location,
    });
  }
  return out;
}

const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/u;
/** “公开01表：”, “表1：” before a caption. */
const TABLE_NUMBER = /^.*?表\s*\d*\s*[：:]/u;
const YEAR = /\d{4}年度?/gu;
const BASIS = /预算|决算/gu;
/** A department's own name before the table's or the total's name (江苏省高级人民法院, 本部门). */
const OWN_NAME = /^.*?(?:院|局|厅|委员会|委|办公室|办|本部门|本单位|本级|部门)(?=收|支|财政|一般|政府|国有)/u;

/** “四、2017年度江苏省高级人民法院部门财政拨款收支预算总表” → 财政拨款收支总计; null for a table not named …总表. */
function tableName(caption: string | null): string | null {
  if (!caption) return null;
  const text = squash(caption).replace(NUMBERING, '').replace(TABLE_NUMBER, '').replace(YEAR, '').replace(BASIS, '').replace(OWN_NAME, '');
  return /总表$/u.test(text) ? text.replace(/总表$/u, '总计') : null;
}

/** “2024年度财政拨款收入支出总计” → 财政拨款收入支出总计; null for a name not ending in 总计. */
function proseName(rawLabel: string): string | null {
  const text = squash(rawLabel).replace(YEAR, '').replace(BASIS, '').replace(/^(?:本年度?|全年)/u, '').replace(OWN_NAME, '');
  return /总计$/u.test(text) && text.length > 2 ? text : null;
}

function sameAmount(a: Fact, b: Fact): boolean {
  const x = a.number.wanYuan ?? a.number.value;
  const y = b.number.wanYuan ?? b.number.value;
  const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/u, '').replace(/\.$/u, '') : s);
  return trim(x) === trim(y);
}
