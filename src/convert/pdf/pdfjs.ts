import { createRequire } from 'node:module';
import path from 'node:path';

/** The pdf.js legacy build (the one that runs in Node), loaded once on first use. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loaded: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
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
 * fonts, no eval, no font faces or system fonts, errors-only logging. The benchmarks open
 * PDFs the same way, so their bare pdf.js baseline does the same work.
 */
export async function openPdf(bytes: Uint8Array): Promise<ReturnType<PdfJs['getDocument']>> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfJsFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}
