import type { Format, Warning } from '../model/index.js';

/** What each file-name extension promises (the name is never trusted, but a mismatch is worth saying). */
const PROMISED: Record<string, Format> = { docx: 'docx', pdf: 'pdf', htm: 'html', html: 'html' };

/**
 * A warning when the file's name says one format and its bytes are another — typically a
 * “.docx” that is a saved error page or a text export. The file is still read by its bytes.
 */
export function extensionWarning(path: string | null | undefined, format: Format): Warning | null {
  if (!path) return null;
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const promised = ext ? PROMISED[ext] : undefined;
  if (!promised || promised === format) return null;
  const what = format === 'html' ? 'an HTML page (perhaps a saved error or login page)' : format === 'text' ? 'plain text' : `a ${format} file`;
  return {
    code: 'extension-mismatch',
    message: `the file name says .${ext} but its bytes are ${what}; gouji read it as ${format} — check that this is the report and not a download that went wrong`,
    location: null,
  };
}
