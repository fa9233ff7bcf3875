import JSZip from 'jszip';

/** Replaces the n-th (0-based) occurrence of `from` in a string; throws if there is none. */
export function replaceNth(text: string, from: string, to: string, n: number): string {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(from, at + 1);
    if (at === -1) throw new Error(`occurrence ${n} of "${from}" not found`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A text report with one figure changed; only whole figures match (“56.5” is not inside “656.57”). */
export function mutateText(bytes: Uint8Array, from: string, to: string, n: number): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = [...text.matchAll(new RegExp(`(?<![\\d.])${escaped}(?![\\d])`, 'g'))];
  const hit = whole[n];
  if (!hit || hit.index === undefined) throw new Error(`occurrence ${n} of "${from}" not found`);
  return new TextEncoder().encode(text.slice(0, hit.index) + to + text.slice(hit.index + from.length));
}

/** A real .docx with one figure changed inside word/document.xml (runs hold whole figures). */
export async function mutateDocx(bytes: Uint8Array, from: string, to: string, n: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', replaceNth(xml, `>${from}<`, `>${to}<`, n));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
