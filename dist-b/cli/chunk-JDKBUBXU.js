import {
  sniff
} from "./chunk-G6WCJDOP.js";
import {
  EmptyFileError,
  EncryptedError,
  GoujiError,
  InternalError,
  NotAFileError,
  NotFoundError,
  TimeoutError,
  TooLargeError,
  UnreadableError,
  UnsupportedFormatError,
  isStackOverflow,
  oneLine,
  resolveLimits,
  tooDeep
} from "./chunk-AGPICMRN.js";

// dist/analyze.js
import { createHash } from "node:crypto";

// dist/convert/index.js
async function convert(bytes, limits) {
  const read = await readDocument(bytes, limits);
  const { simplifyDocument } = await import("./traditional-V4RTFANW.js");
  const simplified = simplifyDocument(read.document);
  if (!simplified) return read;
  return {
    ...read,
    document: simplified.document,
    warnings: [
      ...read.warnings,
      {
        code: "traditional-characters",
        message: `the report is written in traditional characters; ${simplified.changed} were normalised to simplified (\u842C\u2192\u4E07, \u6C7A\u2192\u51B3 \u2026) so that its labels and units are understood \u2014 quotes show the simplified text`
      }
    ]
  };
}
function readerFor(bytes, limits) {
  if (bytes.length === 0) throw new EmptyFileError("the file is empty (0 bytes)");
  if (bytes.length > limits.maxInputBytes) {
    throw new TooLargeError(
      `the file has ${bytes.length} bytes, over the ${limits.maxInputBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`
    );
  }
  const kind = sniff(bytes);
  if (isOleCompound(bytes)) {
    throw containsUtf16(bytes, "EncryptionInfo") ? new EncryptedError("the Office file is password-protected; remove the password in Word/WPS and save it again as .docx") : new UnsupportedFormatError("the file is a legacy Word .doc (OLE compound file); save it as .docx or PDF");
  }
  switch (kind) {
    case "zip":
    case "pdf":
    case "html":
    case "text":
      return kind === "zip" ? "docx" : kind;
    case "json":
      throw new UnsupportedFormatError("the file is JSON data, not a report \u2014 gouji reads .docx, .pdf, text and HTML reports");
    default:
      throw new UnsupportedFormatError(
        "the file is binary but neither a .docx (zip) nor a PDF \u2014 an image, a legacy .doc or another format; save it as .docx or PDF"
      );
  }
}
async function readDocument(bytes, limits) {
  switch (readerFor(bytes, limits)) {
    case "docx":
      return { format: "docx", document: await (await import("./docx-BSWJMDZX.js")).readDocx(bytes, limits), warnings: [] };
    case "pdf":
      return { format: "pdf", document: await (await import("./pdf-W3E2SRV2.js")).readPdf(bytes, limits), warnings: [] };
    case "html": {
      const { decodeBytes, decodeWarnings } = await import("./decode-AWXOD6IZ.js");
      const decoded = decodeBytes(bytes, { html: true });
      return { format: "html", document: (await import("./text-3LY2URQR.js")).readHtml(decoded.text, limits), warnings: decodeWarnings(decoded) };
    }
    case "text": {
      const { decodeBytes, decodeWarnings } = await import("./decode-AWXOD6IZ.js");
      const decoded = decodeBytes(bytes);
      return { format: "text", document: (await import("./text-3LY2URQR.js")).readText(decoded.text, limits), warnings: decodeWarnings(decoded) };
    }
  }
}
function isOleCompound(bytes) {
  const ole = [208, 207, 17, 224, 161, 177, 26, 225];
  return ole.every((b, i) => bytes[i] === b);
}
function containsUtf16(bytes, word) {
  const needle = Buffer.from(word, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

// dist/read-input.js
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
async function readInput(path, maxBytes) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (!info.isFile()) throw new NotAFileError(notAFile(info));
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fsError(path, error);
  }
  try {
    const again = await handle.stat();
    if (!again.isFile()) throw new NotAFileError(notAFile(again));
    const cap = maxBytes + 1;
    const buffer = Buffer.allocUnsafeSlow(Math.min(cap, Math.max(again.size, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (; ; ) {
      if (length === chunk.length) {
        if (chunk.length >= cap) break;
        const bigger = Buffer.allocUnsafeSlow(Math.min(cap, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(null, maxBytes);
    return length === chunk.length ? new Uint8Array(chunk.buffer, chunk.byteOffset, length) : new Uint8Array(chunk.subarray(0, length));
  } catch (error) {
    if (error.kind) throw error;
    throw fsError(path, error);
  } finally {
    await handle.close();
  }
}
function tooLarge(size, maxBytes) {
  return new TooLargeError(
    `the file has ${size === null ? "more than " + maxBytes : size} bytes, over the ${maxBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`
  );
}
function notAFile(info) {
  const what = info.isDirectory() ? "a folder" : info.isFIFO() ? "a named pipe (FIFO)" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : "a special file";
  return `it is ${what}, not a file \u2014 give the path of a report (.docx, .pdf, text or HTML)${info.isDirectory() ? "; gouji ingest reads folders" : ""}`;
}
function fsError(path, error) {
  const code = error?.code;
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new NotFoundError("no such file (check the path)", { cause: error });
    case "EISDIR":
      return new NotAFileError("it is a folder, not a file \u2014 gouji ingest reads folders", { cause: error });
    case "EACCES":
    case "EPERM":
      return new UnreadableError("permission denied: gouji may not read this file (check its permissions)", { cause: error });
    case "ELOOP":
      return new UnreadableError("the path is a loop of symbolic links that never reaches a file", { cause: error });
    case "ENAMETOOLONG":
      return new NotFoundError("the path is too long to name a file", { cause: error });
    default:
      return new UnreadableError(`the file could not be read (${code ?? detail})`, { cause: error });
  }
}

// dist/analyze.js
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function analyze(bytes, options = {}, times) {
  const limits = resolveLimits(options.limits);
  const start = performance.now();
  const converted = await stage("convert", () => withTimeout(convert(bytes, limits), limits.timeoutMs));
  const converting = performance.now() - start;
  if (times) times.convert += converting;
  const { analyzeConverted } = await import("./pipeline-NRYLCAU5.js");
  return analyzeConverted(bytes, converted, options, times, start + converting);
}
async function stage(name, run) {
  try {
    return await run();
  } catch (error) {
    throw asTyped(error, name);
  }
}
function runStage(name, run) {
  try {
    return run();
  } catch (error) {
    throw asTyped(error, name);
  }
}
function asTyped(error, name) {
  if (error instanceof GoujiError) return error;
  if (isStackOverflow(error)) return tooDeep(error);
  return new InternalError(name, describe(error), { cause: error });
}
function describe(error) {
  if (isZodError(error)) {
    const issue = error.issues[0];
    return issue ? `the Report does not validate at ${issue.path.join(".") || "(root)"}: ${issue.message}` : "the Report does not validate";
  }
  return oneLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
async function analyzeFile(path, options = {}) {
  let bytes = null;
  try {
    const limits = resolveLimits(options.limits);
    bytes = await readInput(path, limits.maxInputBytes);
    return { ok: true, report: await analyze(bytes, { ...options, path }) };
  } catch (error) {
    return { ok: false, path, sha256: bytes ? sha256(bytes) : null, bytes: bytes?.length ?? null, error: toFileError(error) };
  }
}
function isZodError(error) {
  return error instanceof Error && error.name === "ZodError" && Array.isArray(error.issues);
}
function toFileError(error, where = "report") {
  return asTyped(error, where).toJSON();
}
async function withTimeout(work, ms) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`reading took longer than ${ms} ms (raise timeoutMs / --timeout)`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export {
  readerFor,
  readInput,
  sha256,
  runStage,
  analyzeFile,
  toFileError
};
