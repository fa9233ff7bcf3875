/**
 * The standard tables of a 部门预算 / 部门决算 disclosure (财政部 公开表 templates), by caption —
 * for the bench to say how many of them each report's tables were found for. A report that has
 * no 政府性基金 or 国有资本经营 money often prints no such table (or a note instead): a table
 * missing here is something to look at, not an error.
 */
import type { Table } from '../../src/model/index.js';

export const STANDARD_TABLES: ReadonlyArray<{ name: string; caption: RegExp }> = [
  { name: '收支总表', caption: /^(?!.*财政拨款).*(收支|收入支出).{0,6}总(体情况)?表/u },
  { name: '收入总表', caption: /^(?!.*(财政拨款|收支|收入支出)).*收入.{0,6}(总)?表/u },
  { name: '支出总表', caption: /^(?!.*(财政拨款|收支|收入支出|一般公共预算|基本支出|项目支出|政府性基金|国有资本|三公)).*支出.{0,6}(总)?表/u },
  { name: '财政拨款收支总表', caption: /财政拨款.{0,2}(收支|收入支出).{0,6}总(体情况)?表/u },
  { name: '一般公共预算支出表', caption: /一般公共预算(财政拨款)?(本年)?支出.{0,10}表/u },
  { name: '一般公共预算基本支出表', caption: /基本支出.{0,10}表/u },
  { name: '“三公”经费表', caption: /三公/u },
  { name: '政府性基金预算支出表', caption: /政府性基金/u },
  { name: '国有资本经营预算支出表', caption: /国有资本经营/u },
];

/** Which standard tables the report's table captions name. */
export function standardTablesFound(tables: readonly Table[]): string[] {
  const captions = tables.map((t) => (t.caption ?? '').replace(/\s+/g, ''));
  return STANDARD_TABLES.filter((s) => captions.some((c) => s.caption.test(c))).map((s) => s.name);
}
