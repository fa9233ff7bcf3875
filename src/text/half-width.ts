/** Full-width digits, signs and separators to half-width (０-９ ， ． － ＋ ％). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\uff0b\uff05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
