import {
  guessUtf16
} from "./chunk-G6WCJDOP.js";

// dist/convert/decode.js
import chardet from "chardet";
var MAX_BAD_UTF8 = 16;
var LEGACY_CHINESE = /* @__PURE__ */ new Map([
  ["GB18030", "gb18030"],
  ["Big5", "big5"]
]);
function decodeBytes(bytes, options = {}) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return { ...lossy("utf-8", bytes.subarray(3)), how: "bom" };
  if (bytes[0] === 255 && bytes[1] === 254) return { ...lossy("utf-16le", bytes.subarray(2)), how: "bom" };
  if (bytes[0] === 254 && bytes[1] === 255) return { ...lossy("utf-16be", bytes.subarray(2)), how: "bom" };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ...lossy(utf16, bytes), how: "utf-16 without bom" };
  if (options.html) {
    const declared = declaredCharset(bytes);
    if (declared && declared !== "utf-8") return { ...lossy(declared, bytes), how: "meta charset" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", replaced: 0, how: "utf-8" };
  } catch {
  }
  const asUtf8 = lossy("utf-8", bytes);
  if (asUtf8.replaced <= MAX_BAD_UTF8 && multibyteSequences(bytes) >= 4 * asUtf8.replaced) return { ...asUtf8, how: "utf-8" };
  const detected = detect(bytes);
  return { ...lossy(detected, bytes), how: "detected" };
}
function decodeText(bytes, options = {}) {
  return decodeBytes(bytes, options).text;
}
function decodeWarnings(decoded) {
  const warnings = [];
  if (decoded.replaced > 0) {
    warnings.push({
      code: "encoding-invalid-bytes",
      message: `${decoded.replaced} byte sequence(s) are not valid ${decoded.encoding} and were replaced by U+FFFD; the rest of the file was read as ${decoded.encoding}`
    });
  }
  if (decoded.how === "detected" || decoded.how === "utf-16 without bom") {
    warnings.push({ code: "encoding-guessed", message: `the file declares no encoding; it was read as ${decoded.encoding} (${decoded.how})` });
  }
  return warnings;
}
function lossy(encoding, bytes) {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) replaced++;
  if (encoding === "utf-8") replaced -= countSubsequence(bytes, [239, 191, 189]);
  return { text, encoding, replaced: Math.max(0, replaced) };
}
function countSubsequence(bytes, needle) {
  let n = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) if (bytes[i] === needle[0] && bytes[i + 1] === needle[1] && bytes[i + 2] === needle[2]) n++;
  return n;
}
function multibyteSequences(bytes) {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const need = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
    if (need === 0) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) ok = false;
    if (ok) {
      n++;
      i += need;
    }
  }
  return n;
}
function declaredCharset(bytes) {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
}
function detect(bytes) {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const candidates = chardet.analyse(sample);
  const chinese = candidates.find((c) => LEGACY_CHINESE.has(c.name) && c.confidence >= 50);
  if (chinese) return LEGACY_CHINESE.get(chinese.name);
  for (const c of candidates) {
    if (c.confidence < 50 || c.name === "UTF-8" || c.name === "ASCII") continue;
    try {
      return new TextDecoder(c.name.toLowerCase()).encoding;
    } catch {
      continue;
    }
  }
  return "gb18030";
}

export {
  MAX_BAD_UTF8,
  decodeBytes,
  decodeText,
  decodeWarnings,
  declaredCharset
};
