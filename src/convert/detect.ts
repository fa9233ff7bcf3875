import type { Format } from '../model/index.js';
import { guessUtf16 } from './utf16.js';

export type Sniffed = Format | 'zip' | 'binary' | 'json';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * Sniffs the format from the bytes, never the file name. A zip is only a .docx if it
 * holds word/document.xml (checked later by the docx reader, which sees the directory);
 * here a zip is reported as 'zip'. PDFs may carry junk before "%PDF-" (up to 1 KiB).
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP)) return 'zip';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) {
    if (startsWith(head, PDF, i)) return 'pdf';
  }
  const utf16 = guessUtf16(bytes); // UTF-16 without a BOM has NULs in it: text, not binary
  if (!utf16 && looksBinary(bytes.subarray(0, 8192))) return 'binary';
  const start = new TextDecoder(utf16 ?? 'utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (/^[[{]\s*["{[\]}\d-]/.test(start) && isJson(bytes)) return 'json';
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<table|<meta|<p[\s>]|<div)/.test(start)) return 'html';
  return 'text';
}

/** Text (UTF-8, UTF-16 with BOM, GB18030) has no NULs and few control bytes. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return false; // UTF-16 BOM
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return head.length > 0 && control / head.length > 0.02;
}

/** Data files (JSON) are text but not reports; gouji's own outputs are JSON. */
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}
