import type { Document } from '../model/index.js';
import { CorruptFileError, EmptyFileError, EncryptedError, isGoujiError, NoTextLayerError, type GoujiError, TimeoutError, TooLargeError } from '../errors/index.js';
import { DocumentBuilder } from './document-builder.js';
import type { ReadLimits } from './limits.js';
import { findAlignedTables } from './pdf/aligned-tables.js';
import { fillGrids } from './pdf/cells.js';
import { mergeContinuedTables } from './pdf/continuation.js';
import { textAreas } from './pdf/split-rows.js';
import { takeFurniture } from './pdf/furniture.js';
import { findGrids } from './pdf/grid.js';
import { buildLines } from './pdf/lines.js';
import { MIN_TEXT_CHARS, readPageContent } from './pdf/page-reader.js';
import { buildFlow } from './pdf/paragraphs.js';
import { loadPdfJs, openPdf, type PdfDocument } from './pdf/pdfjs.js';
import type { PageLayout } from './pdf/types.js';
import { union } from './pdf/types.js';

/** Text-less pages whose operator list is read to learn whether they are pictures (scans). */
const IMAGE_PROBES = 3;

/**
 * PDF → Document (issue #5). pdf.js reads each page's text layer and drawing operators; glyph
 * runs become lines, lines become paragraphs in reading order; ruling lines become table grids
 * whose cells take the text inside them; tables drawn without lines are found by alignment;
 * running headers, footers and page numbers become furniture; a table continued on the next
 * page is one table. Every block carries its page and a bbox in PDF user space.
 */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits): Promise<Document> {
  const deadline = Date.now() + limits.timeoutMs;
  const pdfjs = await loadPdfJs();
  const task = await openPdf(bytes);
  let doc: PdfDocument | undefined;
  try {
    doc = await withDeadline(task.promise, deadline, limits);
    if (doc.numPages > limits.maxPages) {
      throw new TooLargeError(
        `the PDF has ${doc.numPages} pages, over the ${limits.maxPages}-page limit (raise maxPages / --max-pages to read it)`,
      );
    }
    const layouts: PageLayout[] = [];
    let chars = 0;
    let textPages = 0;
    /** Text-less pages to look at for images should the file turn out to be (almost) text-less. */
    const probes: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw timeout(limits, n - 1, doc.numPages);
      const page = await withDeadline(doc.getPage(n), deadline, limits);
      try {
        const content = await withDeadline(readPageContent(pdfjs, page, n, probes.length < IMAGE_PROBES), deadline, limits);
        if (content.chars < MIN_TEXT_CHARS && probes.length < IMAGE_PROBES) probes.push(n);
        chars += content.chars;
        if (content.chars >= MIN_TEXT_CHARS) textPages++;
        const grids = findGrids(content.edges);
        const { tables, rest } = fillGrids(grids, content.runs, n);
        const aligned = findAlignedTables(buildLines(rest, n), n);
        layouts.push({
          page: n,
          width: content.width,
          height: content.height,
          lines: aligned.rest,
          tables: [...tables, ...aligned.tables],
          toPdfBox: content.toPdfBox,
        });
      } finally {
        page.cleanup();
      }
    }
    // A scan: (almost) no page has text, and the text-less pages checked are pictures.
    if (textPages === 0 || textPages < 0.2 * doc.numPages) {
      if (await paintsImages(bytes, probes, deadline, limits)) {
        throw new NoTextLayerError(
          `the PDF has no text layer: ${doc.numPages - textPages} of ${doc.numPages} pages have no text (${chars} characters in all) and are images — it is a scan; run OCR on it (e.g. ocrmypdf) and read the OCR'd PDF`,
        );
      }
      if (chars === 0) throw new EmptyFileError(`the PDF has ${doc.numPages} page(s) but no text at all`);
    }
    return toDocument(layouts, doc.numPages, limits);
  } catch (error) {
    throw asGoujiError(error);
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else await task.destroy().catch(() => undefined);
  }
}

/**
 * Whether any of these pages paints an image: the PDF is opened again, this time with images
 * (the first reading dropped them undecoded), and only these pages' operator lists are read —
 * only for a file that is (almost) text-less, to tell a scan from an empty PDF.
 */
async function paintsImages(bytes: Uint8Array, pages: readonly number[], deadline: number, limits: ReadLimits): Promise<boolean> {
  if (pages.length === 0) return false;
  const pdfjs = await loadPdfJs();
  const task = await openPdf(bytes, { images: true });
  let doc: PdfDocument | undefined;
  try {
    doc = await withDeadline(task.promise, deadline, limits);
    for (const n of pages) {
      const page = await withDeadline(doc.getPage(n), deadline, limits);
      try {
        if ((await withDeadline(readPageContent(pdfjs, page, n, true), deadline, limits)).images > 0) return true;
      } finally {
        page.cleanup();
      }
    }
    return false;
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else await task.destroy().catch(() => undefined);
  }
}

function toDocument(layouts: PageLayout[], pages: number, limits: ReadLimits): Document {
  const builder = new DocumentBuilder(limits);
  const furniture = takeFurniture(layouts);
  const byPage = new Map(layouts.map((l) => [l.page, l]));
  const blocks = mergeContinuedTables(buildFlow(layouts), textAreas(layouts));
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const first = block.lines[0]!;
      const onFirstPage = block.lines.filter((l) => l.page === first.page);
      builder.addParagraph(block.text, {
        page: first.page,
        bbox: byPage.get(first.page)!.toPdfBox(union(onFirstPage)),
        bold: block.bold,
      });
    } else {
      const t = block.table;
      builder.addTable(
        t.cells.map((c) => ({
          row: c.row,
          col: c.col,
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          text: c.text,
          page: c.page,
          bbox: byPage.get(c.page)!.toPdfBox(c.box),
        })),
        { page: t.page, pageEnd: t.pageEnd, bbox: byPage.get(t.page)!.toPdfBox(t) },
      );
    }
  }
  for (const f of furniture) builder.addFurniture(f);
  return builder.build(pages);
}

function timeout(limits: ReadLimits, done: number, total: number): TimeoutError {
  return new TimeoutError(
    `reading the PDF took longer than ${limits.timeoutMs} ms (${done} of ${total} pages read); raise timeoutMs / --timeout to allow more time`,
  );
}

/**
 * Races a pdf.js promise against the file's deadline. The losing promise may still reject
 * later (destroying the document aborts it): that rejection is expected and swallowed.
 */
async function withDeadline<T>(promise: Promise<T>, deadline: number, limits: ReadLimits): Promise<T> {
  promise.catch(() => undefined);
  const left = deadline - Date.now();
  if (left <= 0) throw timeout(limits, 0, 0);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`reading the PDF took longer than ${limits.timeoutMs} ms; raise timeoutMs / --timeout to allow more time`)), left);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** pdf.js failures → typed errors a person can act on. */
function asGoujiError(error: unknown): GoujiError {
  if (isGoujiError(error)) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new EncryptedError('the PDF is password-protected; open it with the password and save an unprotected copy (or print it to PDF) to read it', { cause: error });
  }
  if (name === 'InvalidPDFException') {
    return new CorruptFileError(`the PDF is damaged or truncated (${message}); download it again or re-save it from the original program`, { cause: error });
  }
  return new CorruptFileError(`the PDF could not be read (${message.slice(0, 200)}); it may be damaged — download it again or re-save it`, { cause: error });
}
