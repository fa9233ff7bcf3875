// dist/errors/gouji-error.js
var ERROR_KINDS = [
  "unsupported_format",
  "corrupt_file",
  "encrypted",
  "no_text_layer",
  "too_large",
  "timeout",
  "empty_file",
  "not_found",
  "not_a_file",
  "unreadable",
  "too_complex",
  "internal_error"
];
var STAGES = ["read", "convert", "segment", "extract", "reconcile", "report", "worker"];
function isErrorKind(value) {
  return ERROR_KINDS.includes(value);
}
function isStage(value) {
  return STAGES.includes(value);
}
var GoujiError = class extends Error {
  transient = false;
  constructor(message, options) {
    super(message.replace(/\s*[\r\n]+\s*/g, " ").trim(), options);
    this.name = new.target.name;
  }
  toJSON() {
    return { kind: this.kind, message: this.message, transient: this.transient };
  }
};
function isGoujiError(e) {
  return e instanceof GoujiError;
}

// dist/errors/index.js
var UnsupportedFormatError = class extends GoujiError {
  kind = "unsupported_format";
};
var CorruptFileError = class extends GoujiError {
  kind = "corrupt_file";
};
var EncryptedError = class extends GoujiError {
  kind = "encrypted";
};
var NoTextLayerError = class extends GoujiError {
  kind = "no_text_layer";
};
var TooLargeError = class extends GoujiError {
  kind = "too_large";
};
var TimeoutError = class extends GoujiError {
  kind = "timeout";
  transient = true;
};
var EmptyFileError = class extends GoujiError {
  kind = "empty_file";
};
var NotFoundError = class extends GoujiError {
  kind = "not_found";
};
var NotAFileError = class extends GoujiError {
  kind = "not_a_file";
};
var UnreadableError = class extends GoujiError {
  kind = "unreadable";
};
var TooComplexError = class extends GoujiError {
  kind = "too_complex";
};
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack size/i.test(error.message);
}
function tooDeep(cause) {
  return new TooComplexError("the file is nested too deeply to read (tables in tables, elements in elements) \u2014 over what gouji can follow", { cause });
}
var InternalError = class extends GoujiError {
  kind = "internal_error";
  stage;
  /** Trying again after gouji is fixed may succeed: an ingest re-run retries the file. */
  transient = true;
  constructor(stage, detail, options) {
    super(`a bug in gouji (${stage} stage): ${oneLine(detail)} \u2014 please report it with the file`, options);
    this.stage = stage;
  }
  toJSON() {
    return { ...super.toJSON(), stage: this.stage };
  }
};
function oneLine(text) {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// dist/convert/limits.js
var MiB = 1024 * 1024;
var DEFAULT_LIMITS = Object.freeze({
  maxInputBytes: 100 * MiB,
  maxUnzippedBytes: 256 * MiB,
  maxZipEntries: 1e4,
  maxPages: 2e3,
  timeoutMs: 12e4,
  maxCells: 25e4,
  maxBlocks: 2e5,
  maxNesting: 256,
  maxFactsPerBlock: 5e3,
  maxLineLength: 2e5,
  maxHeapMb: 1024
});
function resolveLimits(input = {}) {
  if (input === null || typeof input !== "object") throw new RangeError(`invalid limits: expected an object, got ${input === null ? "null" : typeof input}`);
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS)) {
    const value = input[key];
    if (value === void 0) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`invalid limit ${key}: ${typeof value === "number" ? value : typeof value} (use a positive whole number)`);
    }
    limits[key] = value;
  }
  return limits;
}

export {
  isErrorKind,
  isStage,
  GoujiError,
  isGoujiError,
  UnsupportedFormatError,
  CorruptFileError,
  EncryptedError,
  NoTextLayerError,
  TooLargeError,
  TimeoutError,
  EmptyFileError,
  NotFoundError,
  NotAFileError,
  UnreadableError,
  TooComplexError,
  isStackOverflow,
  tooDeep,
  InternalError,
  oneLine,
  DEFAULT_LIMITS,
  resolveLimits
};
