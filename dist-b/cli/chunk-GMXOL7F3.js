import {
  Dataset
} from "./chunk-CET4UNNV.js";
import {
  stringOption
} from "./chunk-YXODN45O.js";

// dist/cli/dataset-option.js
import { existsSync } from "node:fs";
var DEFAULT_DB = "gouji.db";
var dbOption = { db: { type: "string" } };
function openDatasetForReading(values) {
  const path = stringOption(values, "db") ?? DEFAULT_DB;
  if (!existsSync(path)) throw new Error(`no dataset at ${path} \u2014 build one with \`gouji ingest <files or folders>\`, or pass --db FILE`);
  return Dataset.open({ path, readonly: true });
}

export {
  dbOption,
  openDatasetForReading
};
