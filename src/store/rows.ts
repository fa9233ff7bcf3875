import type { Location, NumberValue, Report } from '../model/index.js';
import { sectionOfBlock } from '../segment/lookup.js';

/** A row ready for a named-parameter INSERT; values are SQLite-storable. */
export type Row = Record<string, string | number | null>;

/** The rows of one Report, table by table (documents and reports are written separately). */
export interface ReportRows {
  sections: Row[];
  paragraphs: Row[];
  cells: Row[];
  facts: Row[];
  relations: Row[];
  tables: Row[];
  table_rows: Row[];
  indicators: Row[];
  findings: Row[];
  finding_values: Row[];
  warnings: Row[];
}

function locationColumns(l: Location): Row {
  return {
    page: l.page,
    block: l.block,
    section: l.section,
    table_block: l.table,
    row: l.row,
    col: l.col,
    span_start: l.span?.start ?? null,
    span_end: l.span?.end ?? null,
    quote: l.quote,
  };
}

const bool = (b: boolean | undefined): number => (b ? 1 : 0);

/** Exact decimal as TEXT (never REAL): amounts keep every printed digit. */
const exact = (n: NumberValue | null): string | null => n?.value ?? null;

/** Maps a Report onto the dataset's tables; `document` is its sha256 on every row. */
export function reportRows(report: Report): ReportRows {
  const document = report.source.sha256;
  const { blocks } = report.document;
  const sectionOf = (block: number): string | null => sectionOfBlock(report.sections, block);

  const rows: ReportRows = {
    sections: report.sections.map((s) => ({
      document,
      id: s.id,
      parent: s.parent,
      level: s.level,
      number: s.number,
      title: s.title,
      heading_block: s.headingBlock,
      block_start: s.blockStart,
      block_end: s.blockEnd,
      page: blocks[s.headingBlock]?.page ?? null,
      pattern: s.pattern,
    })),
    paragraphs: [],
    cells: [],
    facts: report.facts.map((f) => ({
      document,
      id: f.id,
      label: f.label,
      raw_label: f.rawLabel,
      value_raw: f.number.raw,
      value_printed: f.number.printed,
      value_exact: f.number.value,
      decimals: f.number.decimals,
      unit: f.number.unit,
      kind: f.number.kind,
      wan_yuan: f.number.wanYuan,
      source: f.source,
      dims: JSON.stringify(sortKeys(f.dims)),
      ...locationColumns(f.location),
    })),
    relations: report.relations.map((r) => ({
      document,
      id: r.id,
      kind: r.kind,
      name: r.name,
      result: r.result,
      operands: JSON.stringify(r.operands),
      partial: bool(r.partial),
      sign: r.sign,
      source: r.source,
      inferred: bool(r.inferred),
      formula: r.formula ?? null,
      ...locationColumns(r.location),
    })),
    tables: report.tables.map((t) => ({
      document,
      id: t.id,
      table_block: t.block,
      caption: t.caption,
      unit: t.unit,
      section: t.section,
      header_rows: t.headerRows,
      header_cols: t.headerCols,
      columns: JSON.stringify(t.columns),
    })),
    table_rows: report.tables.flatMap((t) =>
      t.rows.map((r) => ({
        document,
        table_id: t.id,
        table_block: t.block,
        row: r.row,
        // side-by-side tables (收入 | 支出) share grid rows: one record per segment
        segment: r.segment ?? 0,
        label: r.label,
        numbering: r.numbering,
        level: r.level,
        parent: r.parent,
        role: r.role,
        values: JSON.stringify(
          r.values.map((v) => ({ col: v.col, text: v.text, value: v.number?.value ?? null, unit: v.number?.unit ?? null, fact: v.fact })),
        ),
      })),
    ),
    indicators: report.indicators.map((i) => ({
      document,
      id: i.id,
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      level1_weight: exact(i.level1Weight ?? null),
      target: i.target,
      actual: i.actual,
      weight: exact(i.weight),
      score: exact(i.score),
      note: i.note,
      role: i.role,
      ...locationColumns(i.location),
    })),
    findings: report.findings.map((f, seq) => {
      const first = f.values[0]?.location;
      return {
        document,
        seq,
        rule: f.rule,
        severity: f.severity,
        message_id: f.messageId,
        message_zh: f.message.zh,
        message_en: f.message.en,
        formula: f.formula,
        stated: f.stated,
        expected: f.expected?.value ?? null,
        expected_low: f.expected?.interval?.low ?? null,
        expected_high: f.expected?.interval?.high ?? null,
        difference: f.difference,
        values: JSON.stringify(f.values),
        refs: JSON.stringify(f.refs),
        page: first?.page ?? null,
        block: first?.block ?? null,
        section: first?.section ?? null,
        table_block: first?.table ?? null,
        row: first?.row ?? null,
        col: first?.col ?? null,
      };
    }),
    finding_values: report.findings.flatMap((f, finding) =>
      f.values.map((v, seq) => ({
        document,
        finding,
        seq,
        value: v.value,
        label: v.label,
        unit: v.unit,
        role: v.role ?? null,
        ...locationColumns(v.location),
      })),
    ),
    warnings: report.warnings.map((w, seq) => ({
      document,
      seq,
      code: w.code,
      message: w.message,
      page: w.location?.page ?? null,
      block: w.location?.block ?? null,
      section: w.location?.section ?? null,
    })),
  };

  for (const b of blocks) {
    const section = sectionOf(b.index);
    if (b.kind === 'paragraph') {
      rows.paragraphs.push({
        document,
        block: b.index,
        page: b.page,
        section,
        bold: bool(b.bold),
        span_start: b.span.start,
        span_end: b.span.end,
        text: b.text,
      });
    } else {
      for (const c of b.cells) {
        rows.cells.push({
          document,
          table_block: b.index,
          row: c.row,
          col: c.col,
          row_span: c.rowSpan,
          col_span: c.colSpan,
          page: c.page ?? b.page,
          section,
          text: c.text,
        });
      }
    }
  }
  return rows;
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
