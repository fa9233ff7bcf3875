import type { Furniture } from '../../model/index.js';
import { isPageNumber } from './layout-patterns.js';
import { compact } from './text-normalize.js';
import type { Line, PageLayout } from './types.js';
import { median } from './types.js';

/** Share of the page height, at the top and at the foot, where running headers and footers sit. */
const BAND = 0.1;
/** A page number (“—9—”) may sit a little further in (above a table drawn down to the foot band). */
const PAGE_NUMBER_BAND = 0.15;
/** A repeated header/footer sits at the same height on each page, within this many units. */
const SAME_PLACE = 5;

interface Candidate {
  line: Line;
  band: 'top' | 'bottom';
  key: string;
  /** Distance from the page's top (headers) or foot (footers). */
  place: number;
}

/** A line found to be furniture, and which kind. */
export interface FurnitureLine {
  line: Line;
  kind: Furniture['kind'];
}

/**
 * Page furniture: running headers, footers and page numbers. Only the outermost lines of a
 * page are candidates — those in the top or bottom tenth (a page number: the top or bottom
 * 15%) with no body text or table beyond them. A candidate is furniture when it is a page number (“— 3 —”, “第 3 页”, a bare number)
 * or when the same text (digits aside) recurs at the same place on other pages — the same
 * distance from the top of the page (headers) or from its foot (footers). Returns the
 * furniture and removes those lines from the pages.
 */
export function takeFurniture(pages: PageLayout[]): Furniture[] {
  const byPage = new Map(pages.map((p) => [p.page, p]));
  return findFurniture(pages).map(({ line, kind }) => ({ page: line.page, kind, text: line.text, bbox: byPage.get(line.page)!.toPdfBox(line) }));
}

/**
 * The furniture decision on its own (no PDF boxes), shared with the reader of PDF text dumps
 * (src/convert/text/pdf-dump.ts), whose pages are laid out in character cells. `minBand`: the
 * top and foot bands are at least this tall (a dump's short page still has its header line).
 * Removes the furniture lines from the pages.
 */
export function findFurniture(pages: PageLayout[], options: { minBand?: number } = {}): FurnitureLine[] {
  const candidates: Candidate[] = [];
  for (const p of pages) {
    const band = Math.max(p.height * BAND, options.minBand ?? 0);
    const numberBand = Math.max(p.height * PAGE_NUMBER_BAND, options.minBand ?? 0);
    const lines = [...p.lines].sort((a, b) => a.top - b.top);
    const tableTop = Math.min(Infinity, ...p.tables.map((t) => t.top));
    const tableBottom = Math.max(-Infinity, ...p.tables.map((t) => t.bottom));
    for (const line of lines) {
      if ((line.bottom > band && !(line.bottom <= numberBand && isPageNumber(line.text))) || line.bottom > tableTop) break;
      candidates.push({ line, band: 'top', key: keyOf(line.text), place: line.top });
    }
    for (const line of [...lines].reverse()) {
      if ((line.top < p.height - band && !(line.top >= p.height - numberBand && isPageNumber(line.text))) || line.top < tableBottom) break;
      if (candidates.some((c) => c.line === line)) break;
      candidates.push({ line, band: 'bottom', key: keyOf(line.text), place: p.height - line.top });
    }
  }

  const furniture: FurnitureLine[] = [];
  const taken = new Set<Line>();
  const total = pages.length;
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.band}|${c.key}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const c of candidates) {
    const pageNumber = isPageNumber(c.line.text);
    let repeated = false;
    if (!pageNumber && c.key.length > 0) {
      const group = groups.get(`${c.band}|${c.key}`)!;
      const y = median(group.map((g) => g.place));
      const samePlace = group.filter((g) => Math.abs(g.place - y) <= SAME_PLACE);
      const pagesWith = new Set(samePlace.map((g) => g.line.page)).size;
      repeated = Math.abs(c.place - y) <= SAME_PLACE && pagesWith >= 2 && pagesWith >= Math.ceil(0.3 * total);
    }
    if (!pageNumber && !repeated) continue;
    taken.add(c.line);
    furniture.push({ line: c.line, kind: pageNumber ? 'page-number' : c.band === 'top' ? 'header' : 'footer' });
  }
  for (const p of pages) p.lines = p.lines.filter((l) => !taken.has(l));
  return furniture.sort((a, b) => a.line.page - b.line.page);
}

/** Header/footer identity: the text without spaces, any run of digits counting as the same. */
function keyOf(text: string): string {
  return compact(text).replace(/[0-9０-９]+/gu, '#');
}
