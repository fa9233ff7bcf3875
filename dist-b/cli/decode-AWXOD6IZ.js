import {
  MAX_BAD_UTF8,
  declaredCharset,
  decodeBytes,
  decodeText,
  decodeWarnings
} from "./chunk-QSN26QK5.js";
import {
  guessUtf16
} from "./chunk-G6WCJDOP.js";
export {
  MAX_BAD_UTF8,
  declaredCharset,
  decodeBytes,
  decodeText,
  decodeWarnings,
  guessUtf16
};
