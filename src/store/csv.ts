/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (Chinese intact) only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled;
 * null → empty. Text is neutralised against formula injection first (see neutralizeFormula).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'object' ? JSON.stringify(value) : `${value as string | number | boolean | bigint}`;
  const s = typeof value === 'number' || typeof value === 'bigint' ? raw : neutralizeFormula(raw);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A plain printed figure (−12.5, +3, 1,234.56, 98.5%): Excel reads it as a number, never as a formula. */
const PLAIN_FIGURE = /^[+-]?\d[\d,]*(?:\.\d+)?%?$/;

/**
 * CSV injection (OWASP “CSV Injection”): a cell that starts with = + - @, a tab or a CR is
 * run as a formula by Excel / LibreOffice (`=HYPERLINK(…)`, `@SUM(…)`, DDE). Such text gets a
 * leading `'`, which spreadsheets show as text; plain figures (“-12.5”) are left as they are.
 * The raw text stays in the JSON / JSONL exports and in the dataset.
 */
export function neutralizeFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_FIGURE.test(text)) return text;
  return `'${text}`;
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Parses RFC 4180 CSV (a leading BOM is skipped) into records of strings — for tests and round trips. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CRLF ends a record; handled at the \n
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
