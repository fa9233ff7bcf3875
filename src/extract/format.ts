import type { Fact, IndicatorRow, Relation, Report, Section } from '../model/index.js';

/** Display width of a string: CJK and full-width characters count two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, to: number): string {
  return s + ' '.repeat(Math.max(1, to - width(s)));
}

function dimsText(f: Fact): string {
  const d = f.dims;
  const parts = [d['year'], d['kind'], d['qualifier'] ? `(${d['qualifier']})` : undefined].filter((x): x is string => Boolean(x));
  return parts.length ? `  [${parts.join(' ')}]` : '';
}

function factLine(f: Fact, indent: string): string {
  return `${indent}${pad(f.id, 6)}${pad(f.label || '（无标签）', 34)}${f.number.raw}${dimsText(f)}`;
}

function relationLine(r: Relation, facts: Map<string, Fact>, indent: string): string {
  const v = (id: string) => {
    const f = facts.get(id);
    return f ? `${f.label} ${f.number.printed}` : id;
  };
  const result = v(r.result);
  const ops = r.operands.map(v);
  let body: string;
  switch (r.kind) {
    case 'sum':
      body = `${result} = ${ops.join(' + ')}${r.partial ? ' + …' : ''}`;
      break;
    case 'difference':
      body = ops.length === 2 ? `${result} = ${ops[0]} − ${ops[1]}` : `${result} (${r.sign === -1 ? '减' : '增'}${ops.length ? '，相对 ' + ops.join('、') : ''})`;
      break;
    case 'rate':
      body =
        r.formula === 'growth'
          ? `${result}% = (${ops[0] ?? '?'} − ${ops[1] ?? '?'}) ÷ ${ops[1] ?? '?'}`
          : r.formula === 'change-over-base'
            ? `${result}% = ${ops[1] ?? '?'} ÷ (${ops[0] ?? '?'} ∓ ${ops[1] ?? '?'})`
            : r.formula === 'share-of-list'
              ? `${result}% = ${ops[0] ?? '?'} ÷ (${ops.join(' + ')})`
              : `${result}% = ${ops[0] ?? '?'} ÷ ${ops[1] ?? '?'}`;
      break;
    case 'includes':
      body = `${result} 含 ${ops.join('、')}`;
      break;
    case 'compare':
      body = `${result} ${r.sign === 1 ? '>' : r.sign === -1 ? '<' : '='} ${ops[0] ?? '?'}`;
      break;
    case 'shares':
      body = `${ops.join(' + ')} ${r.partial ? '≤' : '='} 100%${r.result ? `（${result}）` : ''}`;
      break;
  }
  const flags = [r.partial && r.kind === 'sum' ? '部分列举' : '', r.inferred ? '推断' : ''].filter(Boolean);
  return `${indent}↳ ${r.id} ${r.name}: ${body}${flags.length ? `  (${flags.join('，')})` : ''}`;
}

function indicatorLines(rows: IndicatorRow[]): string[] {
  if (rows.length === 0) return [];
  const out = ['', '绩效指标'];
  for (const r of rows) {
    const name = [r.level1, r.level2, r.level3].filter(Boolean).join(' / ');
    const score = `${r.score?.printed ?? '—'} / ${r.weight?.printed ?? '—'}`;
    out.push(`  ${pad(name || r.role, 44)}${pad(score, 12)}${r.actual ?? ''}`);
  }
  return out;
}

/**
 * The report as readable text for `gouji analyze --format text`: meta, the section
 * outline with each section's prose facts and prose relations under it, the number of
 * table facts per section, and the indicator table.
 */
export function formatExtraction(report: Pick<Report, 'meta' | 'sections' | 'facts' | 'relations' | 'indicators'>): string {
  const { meta, sections, facts, relations } = report;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out: string[] = [];
  out.push([meta.department, meta.year, meta.reportType].filter((x) => x !== null && x !== undefined).join(' · ') || '（未识别报告信息）');
  if (meta.title) out.push(`标题：${meta.title}`);
  if (meta.grade) out.push(`评价等级：${meta.grade.text}`);
  const prose = facts.filter((f) => f.source === 'prose');
  const tables = facts.filter((f) => f.source === 'table');
  out.push(`章节 ${sections.length} · 正文数字 ${prose.length} · 表格数字 ${tables.length} · 关系 ${relations.length}`);

  const section = (id: string | null) => ({
    prose: prose.filter((f) => f.location.section === id),
    tableCount: tables.filter((f) => f.location.section === id).length,
    relations: relations.filter((r) => r.location.section === id),
  });
  const emit = (id: string | null, indent: string) => {
    const s = section(id);
    for (const f of s.prose) out.push(factLine(f, indent));
    for (const r of s.relations) out.push(relationLine(r, byId, indent));
    if (s.tableCount) out.push(`${indent}（表格数字 ${s.tableCount} 个）`);
  };

  const before = section(null);
  if (before.prose.length || before.tableCount) {
    out.push('', '（标题前）');
    emit(null, '    ');
  }
  out.push('');
  for (const s of sections) {
    const indent = '  '.repeat(s.level - 1);
    out.push(`${indent}${heading(s)}`);
    emit(s.id, indent + '    ');
  }
  out.push(...indicatorLines(report.indicators));
  return out.join('\n') + '\n';
}

function heading(s: Section): string {
  const sep = /^[一二三四五六七八九十百]+$/u.test(s.number ?? '') ? '、' : /^\d+$/.test(s.number ?? '') ? '. ' : ' ';
  return `${s.number ?? ''}${sep}${s.title}  [${s.id}]`;
}
