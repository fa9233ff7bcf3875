import {
  appendHtml
} from "./chunk-D7OO7RTC.js";
import {
  DocumentBuilder
} from "./chunk-3CMWOVOF.js";
import {
  CorruptFileError,
  TooLargeError,
  UnsupportedFormatError,
  isStackOverflow,
  tooDeep
} from "./chunk-AGPICMRN.js";

// dist/convert/docx.js
import mammoth from "mammoth";

// dist/convert/zip-guard.js
import yauzl from "yauzl";
async function checkZip(bytes, limits) {
  const zip = await openZip(bytes);
  const names = /* @__PURE__ */ new Set();
  let declared = 0;
  let inflated = 0;
  const tooLarge = (n) => new TooLargeError(
    n > limits.maxUnzippedBytes ? `the .docx would unpack to more than ${limits.maxUnzippedBytes} bytes (${n}+ so far) \u2014 refused as a possible zip bomb (raise maxUnzippedBytes if it is genuine)` : `a part of the .docx unpacks to more bytes than its zip header declares \u2014 refused as a possible zip bomb`
  );
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new TooLargeError(`the zip holds ${zip.entryCount} entries, over the ${limits.maxZipEntries}-entry limit`);
    }
    for (; ; ) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      names.add(entry.fileName);
      if (entry.fileName.endsWith("/")) continue;
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnzippedBytes) throw tooLarge(declared);
      inflated = await drain(zip, entry, inflated, limits.maxUnzippedBytes, tooLarge);
    }
  } finally {
    zip.close();
  }
  return names;
}
function openZip(bytes) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(new CorruptFileError(`the file starts like a .docx (zip) but its archive is broken: ${err?.message ?? "unreadable"} \u2014 it may be truncated; export it again`));
      else resolve(zip);
    });
  });
}
function nextEntry(zip) {
  return new Promise((resolve, reject) => {
    const onEntry = (entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err) => {
      cleanup();
      reject(corrupt(err));
    };
    const cleanup = () => {
      zip.off("entry", onEntry);
      zip.off("end", onEnd);
      zip.off("error", onError);
    };
    zip.on("entry", onEntry);
    zip.on("end", onEnd);
    zip.on("error", onError);
    zip.readEntry();
  });
}
function drain(zip, entry, sofar, limit, tooLarge) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        if (err && /encrypt/i.test(err.message)) {
          reject(new UnsupportedFormatError("the zip is password-protected; it is not a readable .docx"));
        } else reject(corrupt(err ?? new Error("unreadable entry")));
        return;
      }
      let total = sofar;
      stream.on("data", (chunk) => {
        total += chunk.length;
        if (total > limit) {
          stream.destroy();
          reject(tooLarge(total));
        }
      });
      stream.on(
        "error",
        (e) => (
          // yauzl checks each entry against its declared size as it inflates
          reject(/too many bytes/i.test(e.message) ? tooLarge(total) : corrupt(e))
        )
      );
      stream.on("end", () => resolve(total));
    });
  });
}
function corrupt(err) {
  return new CorruptFileError(`the .docx archive is damaged: ${err.message} \u2014 it may be truncated; export it again`, { cause: err });
}

// dist/convert/docx.js
async function readDocx(bytes, limits) {
  const names = await checkZip(bytes, limits);
  if (!names.has("word/document.xml")) {
    const what = names.has("xl/workbook.xml") ? "an Excel workbook" : names.has("ppt/presentation.xml") ? "a PowerPoint deck" : "a zip archive";
    throw new UnsupportedFormatError(`the file is ${what}, not a Word .docx (no word/document.xml inside)`);
  }
  let html;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) }
    );
    html = result.value;
  } catch (error) {
    if (isStackOverflow(error)) throw tooDeep(error);
    const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    throw new CorruptFileError(`the .docx could not be parsed (${why.slice(0, 200)}) \u2014 its XML is malformed; open and re-save it in Word or WPS`, { cause: error });
  }
  const builder = new DocumentBuilder(limits);
  appendHtml(html, builder, limits);
  return builder.build(null);
}
export {
  readDocx
};
