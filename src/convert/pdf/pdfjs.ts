import { createRequire } from 'node:module';
import path from 'node:path';

/** The pdf.js legacy build (the one that runs in Node), loaded once on first use. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loaded: Promise<PdfJs> | undefined;
/** pdf.js's worker code (no type declarations shipped). */
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Loads pdf.js and its worker code (run in this thread: pdf.js's “fake worker”, which it finds
 * on `globalThis.pdfjsWorker`), then puts back the engine's own `Array.prototype.push`. The
 * legacy build's core-js replaces `push` for the whole thread on V8 ≤ 12.1 (Node 20) to throw
 * on lengths beyond 2^53 − 1 — a case no report reaches — with a JavaScript version that was
 * 15% of the CPU time of reading PDFs, and slowed everything else in the thread (reconcile,
 * the .docx reader) once a PDF had been read. Reports are byte-identical either way.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const worker: unknown = await import(WORKER);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
      return pdfjs;
    } finally {
      Object.defineProperty(Array.prototype, 'push', push);
    }
  })();
  return loaded;
}

let folders: { cMapUrl: string; standardFontDataUrl: string } | undefined;

/**
 * Filesystem folders of the installed pdfjs-dist, each ending in “/” as pdf.js wants them:
 * the packed CMaps (Adobe-GB1 and friends: CID fonts in Chinese reports need them to map
 * glyphs to text) and the standard font data.
 */
export function pdfJsFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!folders) {
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
    folders = {
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    };
  }
  return folders;
}

/**
 * Starts loading a PDF with the options gouji always uses: a copy of the bytes (pdf.js takes
 * ownership of, and may transfer, the buffer it is given), the packed CMaps and standard
 * fonts, no eval, no system fonts, errors-only logging — no glyph outlines: with
 * `disableFontFace` pdf.js compiles the outline of every glyph shown (and keeps each font's
 * parsed glyphs for the whole document: 4 MB a page on a CJK budget) so that a canvas could
 * draw text as paths; gouji draws nothing, so font faces stay enabled and the loader that
 * would install them in a web page does nothing here — and no images: pdf.js
 * decodes every image it meets while building a page's operator list (a scanned page is tens
 * of MB of pixels), and gouji reads only text and ruling lines, so images are dropped before
 * they are decoded (`maxImageSize: 0`) and their paint operators never appear. Only
 * `{ images: true }` keeps them, for telling a scan from an empty page. The benchmarks open
 * PDFs the same way, so their bare pdf.js baseline does the same work.
 */
export async function openPdf(bytes: Uint8Array, { images = false }: { images?: boolean } = {}): Promise<ReturnType<PdfJs['getDocument']>> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    maxImageSize: images ? -1 : 0,
    data: new Uint8Array(bytes),
    ...pdfJsFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // Font faces are for a web page's document.fonts; Node has none. Without this the loader
  // fails on each font and asks the worker for the outlines after all (same text either way).
  task.promise.then(
    () => {
      const loader = (task as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
      if (loader && typeof loader.bind === 'function') loader.bind = async (): Promise<void> => undefined;
    },
    () => undefined,
  );
  return task;
}
