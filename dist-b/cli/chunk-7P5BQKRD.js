import {
  intOption
} from "./chunk-YXODN45O.js";
import {
  DEFAULT_LIMITS
} from "./chunk-AGPICMRN.js";

// dist/cli/limit-options.js
var FLAGS = {
  "max-bytes": "maxInputBytes",
  timeout: "timeoutMs",
  "max-cells": "maxCells",
  "max-blocks": "maxBlocks",
  "max-nesting": "maxNesting",
  "max-facts-per-block": "maxFactsPerBlock",
  "max-line-length": "maxLineLength",
  "max-heap-mb": "maxHeapMb"
};
var DEFAULTS = DEFAULT_LIMITS;
var limitOptions = Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: "string" }]));
var LIMITS_USAGE = [
  `  --max-cells N           table grid cells per document, spans counted (default ${DEFAULTS.maxCells})`,
  `  --max-blocks N          paragraphs and tables per document (default ${DEFAULTS.maxBlocks})`,
  `  --max-nesting N         depth of nested markup (default ${DEFAULTS.maxNesting})`,
  `  --max-facts-per-block N figures in one paragraph or cell (default ${DEFAULTS.maxFactsPerBlock})`,
  `  --max-line-length N     characters in one paragraph or cell (default ${DEFAULTS.maxLineLength})`,
  `  --max-heap-mb N         heap of the thread reading a file, MiB (default ${DEFAULTS.maxHeapMb})`
].join("\n");
function limitValues(values) {
  const limits = {};
  for (const [flag, field] of Object.entries(FLAGS)) {
    const n = intOption(values, flag);
    if (n !== void 0) limits[field] = n;
  }
  return limits;
}

export {
  limitOptions,
  LIMITS_USAGE,
  limitValues
};
