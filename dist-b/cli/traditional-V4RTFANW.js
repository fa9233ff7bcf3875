import {
  loadPatterns
} from "./chunk-4WWM7HSQ.js";

// dist/text/traditional.js
import { z } from "zod";
var TraditionalFile = z.object({
  map: z.record(z.string().length(1), z.string().length(1))
});
var SIMPLIFIED = new Map(Object.entries(loadPatterns("traditional.json", TraditionalFile).map));
var TRADITIONAL_SHARE = 0.05;
var MIN_TRADITIONAL = 5;
var HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
function countTraditional(text) {
  let han = 0;
  let traditional = 0;
  for (const m of text.matchAll(HAN)) {
    han++;
    if (SIMPLIFIED.has(m[0])) traditional++;
  }
  return { han, traditional };
}
function isTraditional(text) {
  const { han, traditional } = countTraditional(text);
  return traditional >= MIN_TRADITIONAL && traditional >= TRADITIONAL_SHARE * han;
}
function toSimplified(text) {
  return text.replace(HAN, (ch) => SIMPLIFIED.get(ch) ?? ch);
}
function simplifyDocument(doc) {
  const { traditional } = countTraditional(doc.text);
  if (!isTraditional(doc.text)) return null;
  return {
    changed: traditional,
    document: {
      ...doc,
      text: toSimplified(doc.text),
      blocks: doc.blocks.map(
        (b) => b.kind === "paragraph" ? { ...b, text: toSimplified(b.text) } : { ...b, cells: b.cells.map((c) => ({ ...c, text: toSimplified(c.text) })) }
      ),
      furniture: doc.furniture.map((f) => ({ ...f, text: toSimplified(f.text) }))
    }
  };
}
export {
  TRADITIONAL_SHARE,
  countTraditional,
  isTraditional,
  simplifyDocument,
  toSimplified
};
