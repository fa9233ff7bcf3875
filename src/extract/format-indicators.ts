import { Decimal } from 'decimal.js';
import type { IndicatorRow } from '../model/index.js';
import { charWidth, oneLine, textWidth } from './table/text.js';

/** Column widths (in terminal columns; a CJK character takes two). */
const WIDTHS = { level1: 18, level2: 18, level3: 20, target: 22, actual: 22, weight: 6, score: 6, note: 24 } as const;
type Field = keyof typeof WIDTHS;

const HEADINGS: Record<Field, string> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  note: '偏差原因',
};
const FIELDS = Object.keys(WIDTHS) as Field[];
const NUMERIC = new Set<Field>(['weight', 'score']);

/**
 * The indicator table as text for `gouji analyze --format text`: one line per row, merged
 * level cells printed once (blank while they repeat), long cells cut with “…”, then the
 * sums of 分值 and 得分 over the scored rows next to what the 总分 row states.
 */
export function formatIndicators(indicators: readonly IndicatorRow[]): string {
  if (indicators.length === 0) return '（未找到绩效指标表）';
  const lines = [line(HEADINGS), FIELDS.map((f) => '─'.repeat(WIDTHS[f])).join(' ')];
  let previous: IndicatorRow | null = null;
  for (const row of indicators) {
    const cells: Record<Field, string> = {
      level1: row.level1 ?? '',
      level2: row.level2 ?? '',
      level3: row.level3 ?? '',
      target: row.target ?? '',
      actual: row.role === 'execution' && row.actual ? `执行率 ${row.actual}` : (row.actual ?? ''),
      weight: row.weight?.printed ?? '',
      score: row.score?.printed ?? '',
      note: row.note ?? '',
    };
    if (row.role === 'indicator' && previous?.role === 'indicator') {
      if (row.level1 === previous.level1) {
        cells.level1 = '';
        if (row.level2 === previous.level2) cells.level2 = '';
      }
    }
    lines.push(line(cells));
    previous = row;
  }

  const scored = indicators.filter((r) => r.role !== 'total' && r.weight !== null);
  const sum = (pick: (r: IndicatorRow) => IndicatorRow['weight']) =>
    scored.reduce((acc, r) => (pick(r) ? acc.plus(pick(r)!.value) : acc), new Decimal(0)).toFixed();
  const total = indicators.find((r) => r.role === 'total');
  const stated = total ? `；总分行：分值 ${total.weight?.printed ?? '—'}，得分 ${total.score?.printed ?? '—'}` : '';
  lines.push('', `${scored.length} 行计分（含预算执行 ${scored.filter((r) => r.role === 'execution').length} 行）：分值合计 ${sum((r) => r.weight)}，得分合计 ${sum((r) => r.score)}${stated}`);
  return lines.join('\n');
}

function line(cells: Record<Field, string>): string {
  return FIELDS.map((f) => fit(oneLine(cells[f]), WIDTHS[f], NUMERIC.has(f))).join(' ').trimEnd();
}

/** Pads or cuts text to `width` terminal columns. */
function fit(text: string, width: number, right: boolean): string {
  let out = text;
  if (textWidth(out) > width) {
    let w = 0;
    let cut = '';
    for (const ch of out) {
      if (w + charWidth(ch) > width - 1) break;
      cut += ch;
      w += charWidth(ch);
    }
    out = cut + '…';
  }
  const pad = ' '.repeat(Math.max(0, width - textWidth(out)));
  return right ? pad + out : out + pad;
}
