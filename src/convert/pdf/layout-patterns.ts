import { z } from 'zod';
import { loadPatterns } from '../../patterns/load.js';

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const PdfLayoutFile = z.object({
  /** A line that is only a page number (“— 3 —”, “第 3 页 共 12 页”). */
  pageNumbers: z.array(regex).min(1),
  /** Font names whose text counts as bold (黑体, 小标宋, …-Bold). */
  boldFonts: z.array(regex).min(1),
});

const file = loadPatterns('pdf-layout.json', PdfLayoutFile);
const PAGE_NUMBER = file.pageNumbers.map((s) => new RegExp(s, 'iu'));
const BOLD_FONT = file.boldFonts.map((s) => new RegExp(s, 'iu'));

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && PAGE_NUMBER.some((re) => re.test(t));
}

/** Font name as embedded (subset prefix “ABCDEF+” removed before matching). */
export function isBoldFont(name: string | undefined): boolean {
  if (!name) return false;
  const bare = name.replace(/^[A-Z]{6}\+/, '');
  return BOLD_FONT.some((re) => re.test(bare));
}
