// dist/patterns/load.js
import { readFileSync } from "node:fs";
import { z } from "zod";
var PATTERNS_DIR = new URL("../../patterns/", import.meta.url);
function loadPatterns(file, schema) {
  const raw = JSON.parse(readFileSync(new URL(file, PATTERNS_DIR), "utf8"));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`patterns/${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
var RegexString = z.string().refine(
  (s) => {
    try {
      new RegExp(s, "u");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" }
);

export {
  loadPatterns,
  RegexString
};
