// dist/convert/detect.js
var PDF = [37, 80, 68, 70, 45];
var ZIP = [80, 75, 3, 4];
function startsWith(bytes, magic, at = 0) {
  return magic.every((b, i) => bytes[at + i] === b);
}
function sniff(bytes) {
  if (startsWith(bytes, ZIP)) return "zip";
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) {
    if (startsWith(head, PDF, i)) return "pdf";
  }
  const utf16 = guessUtf16(bytes);
  if (!utf16 && looksBinary(bytes.subarray(0, 8192))) return "binary";
  const start = new TextDecoder(utf16 ?? "utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (/^[[{]\s*["{[\]}\d-]/.test(start) && isJson(bytes)) return "json";
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<table|<meta|<p[\s>]|<div)/.test(start)) return "html";
  return "text";
}
function looksBinary(head) {
  if (head.length >= 2 && (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255)) {
    return false;
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || b > 13 && b < 32 && b !== 27) control++;
  }
  return head.length > 0 && control / head.length > 0.02;
}
function isJson(bytes) {
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}
function guessUtf16(all) {
  const bytes = all.subarray(0, 8192 - Math.min(all.length, 8192) % 2);
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  const pairs = bytes.length / 2;
  if (evenZero + oddZero === 0 && isUtf8(bytes)) return null;
  if (oddZero > 0 && evenZero <= 0.02 * pairs && oddZero > evenZero) return textLike(bytes, true) > 0.9 ? "utf-16le" : null;
  if (evenZero > 0 && oddZero <= 0.02 * pairs && evenZero > oddZero) return textLike(bytes, false) > 0.9 ? "utf-16be" : null;
  if (evenZero + oddZero > 0) return null;
  const le = textLike(bytes, true);
  const be = textLike(bytes, false);
  if (le > 0.95 && le > be) return "utf-16le";
  if (be > 0.95 && be > le) return "utf-16be";
  return null;
}
function textLike(bytes, littleEndian) {
  let good = 0;
  const units = bytes.length >> 1;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1];
    if (u >= 32 && u < 127 || u === 9 || u === 10 || u === 13) good++;
    else if (u >= 19968 && u <= 40959 || u >= 12288 && u <= 12351 || u >= 65280 && u <= 65519 || u >= 8192 && u <= 8303) good++;
  }
  return units > 0 ? good / units : 0;
}
function isUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    return true;
  } catch {
    return false;
  }
}

export {
  sniff,
  guessUtf16
};
