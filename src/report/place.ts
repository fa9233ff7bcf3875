import type { Location, Report } from '../model/index.js';
import type { SearchHit } from '../store/search.js';

/**
 * Where something is, in the words a person uses to find it in the printed report: page,
 * section heading, table caption (表题), row and column counted from 1. Internal block ids
 * appear only for a table without a caption.
 */
export interface Place {
  page?: number | null;
  /** The section heading as printed, e.g. “1.预算执行情况”. */
  section?: string | null;
  /** Block index of the table (when the place is a table cell). */
  table?: number | null;
  tableCaption?: string | null;
  /** 0-based grid row / column (as stored); shown 1-based. */
  row?: number | null;
  col?: number | null;
}

/** Where a search hit is: its page, section heading as printed, and for a table row the 表题 and row. */
export function placeOfHit(hit: SearchHit): Place {
  return {
    page: hit.page,
    section: hit.section ? (hit.section.heading ?? [hit.section.number, hit.section.title].filter(Boolean).join(' ')) : null,
    table: hit.kind === 'table_row' ? hit.block : null,
    tableCaption: hit.tableCaption,
    row: hit.kind === 'table_row' ? hit.row : null,
  };
}

/** “p.3 · 1.预算执行情况 · 表「整体支出绩效自评表」 row 3, col 7” */
export function describePlace(place: Place): string {
  const parts: string[] = [];
  if (place.page != null) parts.push(`p.${place.page}`);
  if (place.section) parts.push(oneLine(place.section));
  if (place.table != null) {
    const table = place.tableCaption ? `表「${oneLine(place.tableCaption)}」` : `table #${place.table}`;
    const cell = [place.row != null ? `row ${place.row + 1}` : null, place.col != null ? `col ${place.col + 1}` : null].filter(Boolean).join(', ');
    parts.push(cell ? `${table} ${cell}` : table);
  }
  return parts.join(' · ');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What naming a place needs from a Report: its section tree, its blocks (headings) and its tables (表题). */
export type PlaceSource = Pick<Report, 'sections' | 'document' | 'tables'>;

/** The heading of a section as printed (its heading block's text), or number + title. */
export function sectionHeading(report: PlaceSource, sectionId: string | null | undefined): string | null {
  if (!sectionId) return null;
  const section = report.sections.find((s) => s.id === sectionId);
  if (!section) return null;
  const block = report.document.blocks[section.headingBlock];
  if (block?.kind === 'paragraph' && block.text.trim() !== '') return oneLine(block.text);
  return [section.number, section.title].filter(Boolean).join(' ');
}

/** The caption of a table block: the caption of the header band holding `row`, else the table's. */
export function tableCaption(report: PlaceSource, tableBlock: number | null | undefined, row?: number | null): string | null {
  if (tableBlock == null) return null;
  const table = report.tables.find((t) => t.block === tableBlock);
  if (!table) return null;
  if (row != null) {
    const band = table.bands?.find((b) => row >= b.startRow && row < b.endRow);
    if (band?.caption) return band.caption;
  }
  return table.caption;
}

/** A Location of `report` as a Place. */
export function placeOf(report: PlaceSource, location: Location): Place {
  return {
    page: location.page,
    section: sectionHeading(report, location.section),
    table: location.table,
    tableCaption: tableCaption(report, location.table, location.row),
    row: location.table != null ? location.row : null,
    col: location.table != null ? location.col : null,
  };
}
