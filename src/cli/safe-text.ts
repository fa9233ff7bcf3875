/**
 * Text from a file on its way to a terminal: control characters are shown, not obeyed. ESC
 * (colours, cursor moves, OSC 8 links, OSC 52 clipboard writes), the other C0/C1 controls, DEL
 * and the bidirectional overrides (which reorder what a reader sees) become visible escapes
 * like `\x1B` and `\u202E`.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
}

/** Multi-line text (a report summary, a table): newlines and tabs kept, other controls escaped. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** One line (a file name, an error message, a cell): newlines, CR and tabs escaped too, so it cannot forge another line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escape);
}

/** terminalText() that keeps gouji's own markers (the search highlight) and escapes everything else. */
export function terminalTextKeeping(text: string, own: readonly string[]): string {
  const marks = own.filter((m) => m !== '');
  if (marks.length === 0) return terminalText(text);
  const pattern = new RegExp(marks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    out += terminalText(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + terminalText(text.slice(at));
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal obeys — C1 controls
 * (U+0080–U+009F: U+009B is a CSI) and the bidi overrides — written as \u escapes: the same
 * JSON value, harmless to print.
 */
export function terminalJson(json: string): string {
  return json.replace(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
