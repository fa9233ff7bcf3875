import type { Document } from '../../model/index.js';
import { TABLE_PATTERNS } from './patterns.js';
import { squash } from './text.js';

/** How far back from a table its caption and unit line are looked for (lines of its head printed above the grid not counted, up to LOOK_BACK_MAX). */
const LOOK_BACK = 5;
const LOOK_BACK_MAX = 12;
/** A line of sentences (body text), not a line of column heads printed above a table's grid. */
const SENTENCE = /[。！？；]/u;
const MAX_CAPTION = 40;
/** A line that only numbers a table: 公开表一, 表4, 附表2-1, 表04. */
const TABLE_NUMBER = /^(?:公开|附)?表[\d一二三四五六七八九十百零〇]+(?:[-—－][\d一二三四五六七八九十]+)?[：:.]?$/u;

export interface TableContext {
  /** The title paragraph just above the table (“整体支出绩效自评表”), or null. */
  caption: string | null;
  /** Unit stated above the table (“单位：万元”), or null. Never guessed. */
  unit: string | null;
}

/** Year and kind a title states (“2026年部门收入预算总表” → 2026, 预算数). */
export function captionDims(caption: string | null): Record<string, string> {
  const dims: Record<string, string> = {};
  if (!caption) return dims;
  const text = squash(caption);
  const year = TABLE_PATTERNS.year.exec(text)?.[1];
  if (year) dims.year = year;
  const kind = TABLE_PATTERNS.captionKinds.find((k) => k.regex.test(text))?.kind;
  if (kind) dims.kind = kind;
  return dims;
}

/**
 * Caption and unit of a table from the paragraphs just above it. A table right after
 * another table (a dump splitting one table, or a form continued) keeps the caption of the
 * first but not its unit.
 */
export function tableContext(doc: Document, blockIndex: number): TableContext {
  // the first table of a run of tables, whose caption the others keep (found in one walk, not
  // by recursion: linear however long the run)
  let first = blockIndex;
  while (first > 0 && doc.blocks[first - 1]!.kind === 'table') first--;
  const context = ownContext(doc, first);
  return first === blockIndex ? context : { caption: context.caption, unit: null };
}

/** “预算执行情况（万元）”: a unit in brackets ending a short line. */
const PAREN_UNIT_AT_END = new RegExp(`${TABLE_PATTERNS.parenUnit.source}$`);

/** Caption and unit from the paragraphs above a table that does not follow another table. */
function ownContext(doc: Document, blockIndex: number): TableContext {
  let caption: string | null = null;
  let unit: string | null = null;
  let counted = 0;
  for (let i = blockIndex - 1; i >= 0 && i >= blockIndex - LOOK_BACK_MAX && counted < LOOK_BACK; i--) {
    const block = doc.blocks[i]!;
    if (block.kind === 'table') break;
    const text = squash(block.text);
    // the table's head printed as lines above its grid (单位编码 采购项目 … 预算金额) does not push its title out of reach
    const headLine = text.length <= 2 * MAX_CAPTION && !SENTENCE.test(text) && !/表/.test(text) && !TABLE_PATTERNS.captionUnit.test(text);
    if (!headLine || i < blockIndex - LOOK_BACK) counted++;
    unit ??= TABLE_PATTERNS.captionUnit.exec(text)?.[1] ?? null;
    // A short line ending in a unit in brackets (“预算执行情况（万元）”) states it too.
    if (text.length <= MAX_CAPTION) unit ??= PAREN_UNIT_AT_END.exec(text)?.[1] ?? null;
    if (text.length > MAX_CAPTION || !/表/.test(text) || /^附件[：:]/.test(text)) continue;
    // a table's number alone (“公开表一”, “表4”) names no table: the title is above it
    if (caption === null) caption = block.text.trim();
    else if (TABLE_NUMBER.test(squash(caption)) && !TABLE_NUMBER.test(text)) caption = `${block.text.trim()}（${caption}）`;
  }
  return { caption, unit };
}
