import { isBoldFont } from './layout-patterns.js';
import type { PdfJs, PdfPage } from './pdfjs.js';
import { scanRulings } from './rulings.js';
import { normalizeRunText } from './text-normalize.js';
import type { Box, Edge, Run } from './types.js';

/** What pdf.js gives us about one page, in top-left page space. */
export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  edges: Edge[];
  /** Images painted on the page; 0 unless the document was opened with images (openPdf). */
  images: number;
  /** Non-blank characters in the text layer. */
  chars: number;
  toPdfBox: (box: Box) => [number, number, number, number] | null;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Pages with fewer characters than this have no real text layer. */
export const MIN_TEXT_CHARS = 10;

/**
 * Reads one page: the text layer (getTextContent) as glyph runs, and — when the page has text,
 * or when the caller still needs to know whether text-less pages are pictures — the operator
 * list for ruling lines and images. Runs get their box from the item's transform through the
 * viewport, and “bold” from the font's name (the font objects are there once the operator list
 * is built).
 */
export async function readPageContent(pdfjs: PdfJs, page: PdfPage, pageNumber: number, wantOperatorsWithoutText: boolean): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const text = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const items = (text.items as unknown[]).filter((i): i is TextItemLike => typeof (i as TextItemLike).str === 'string');
  const chars = items.reduce((n, i) => n + i.str.replace(/\s/gu, '').length, 0);

  let edges: Edge[] = [];
  let images = 0;
  if (chars >= MIN_TEXT_CHARS || wantOperatorsWithoutText) {
    const list = await page.getOperatorList();
    const OPS = pdfjs.OPS;
    const imageOps = new Set<number>([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageMaskXObject,
      OPS.paintImageXObjectRepeat,
      OPS.paintInlineImageXObjectGroup,
      OPS.paintImageMaskXObjectGroup,
      OPS.paintImageMaskXObjectRepeat,
    ]);
    const toPage = (x: number, y: number): [number, number] => {
      const [px, py] = viewport.convertToViewportPoint(x, y) as [number, number];
      return [px, py];
    };
    const scan = scanRulings(list.fnArray, list.argsArray, OPS, imageOps, toPage, viewport.width * viewport.height);
    edges = scan.edges.filter((e) => finite(e.pos, e.from, e.to));
    images = scan.images;
  }

  const boldByFont = new Map<string, boolean>();
  const bold = (fontName: string): boolean => {
    let b = boldByFont.get(fontName);
    if (b === undefined) {
      let name: string | undefined;
      try {
        if (page.commonObjs.has(fontName)) name = (page.commonObjs.get(fontName) as { name?: string } | null)?.name;
      } catch {
        name = undefined;
      }
      b = isBoldFont(name);
      boldByFont.set(fontName, b);
    }
    return b;
  };

  const runs: Run[] = [];
  for (const item of items) {
    const str = normalizeRunText(item.str);
    if (!str.trim()) continue;
    const tx = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(tx[2]!, tx[3]!);
    if (!(size > 0.5)) continue;
    const len = Math.hypot(tx[0]!, tx[1]!) || 1;
    const ux = tx[0]! / len;
    const uy = tx[1]! / len;
    const x = tx[4]!;
    const y = tx[5]!;
    const w = item.width * viewport.scale;
    const vertical = Math.abs(uy) > Math.abs(ux);
    let box: Box;
    if (!vertical && ux > 0) {
      box = { x0: x, x1: x + w, top: y - 0.85 * size, bottom: y + 0.15 * size };
    } else {
      // Rotated text: the box spanned by the baseline and the glyph height across it.
      const ex = x + ux * w;
      const ey = y + uy * w;
      const px = uy * size;
      const py = -ux * size;
      const xs = [x, ex, x + px, ex + px];
      const ys = [y, ey, y + py, ey + py];
      box = { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    }
    const baseline = vertical ? box.top : y;
    // A damaged PDF can put NaN or Infinity into a text matrix: such a run has no place on the page.
    if (!finite(box.x0, box.x1, box.top, box.bottom, baseline)) continue;
    // fields written out, not `...box` (a slow path in V8, once per glyph run)
    runs.push({ x0: box.x0, x1: box.x1, top: box.top, bottom: box.bottom, text: str, size, baseline, bold: bold(item.fontName), vertical });
  }

  return {
    page: pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs,
    edges,
    images,
    chars,
    toPdfBox: (b: Box) => {
      const [ax, ay] = viewport.convertToPdfPoint(b.x0, b.top) as [number, number];
      const [bx, by] = viewport.convertToPdfPoint(b.x1, b.bottom) as [number, number];
      const box: [number, number, number, number] = [round(Math.min(ax, bx)), round(Math.min(ay, by)), round(Math.max(ax, bx)), round(Math.max(ay, by))];
      return finite(...box) ? box : null;
    },
  };
}

function finite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
