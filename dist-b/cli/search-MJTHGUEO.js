import {
  SEARCH_MARK,
  collapseReportFiles,
  search
} from "./chunk-STUK7FIT.js";
import {
  describePlace,
  placeOfHit
} from "./chunk-BBVOQXVQ.js";
import {
  dbOption,
  openDatasetForReading
} from "./chunk-GMXOL7F3.js";
import "./chunk-CET4UNNV.js";
import "./chunk-JEGOT6EK.js";
import {
  terminalJson,
  terminalLine,
  terminalTextKeeping
} from "./chunk-JMF6DTYE.js";
import {
  UsageError,
  choiceOption,
  intOption,
  stringOption
} from "./chunk-YXODN45O.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";

// dist/cli/commands/search.js
import { basename } from "node:path";
var KIND_NAMES = { paragraph: "paragraph", section: "heading", fact: "fact", table_row: "table" };
function place(hit) {
  const where = describePlace(placeOfHit(hit));
  return hit.kind === "table_row" ? where : [where, KIND_NAMES[hit.kind]].filter(Boolean).join(" \xB7 ");
}
function documentLine(hit) {
  const d = hit.document;
  const about = [d.department, d.year, d.title ?? d.reportType].filter((x) => x !== null && x !== void 0 && x !== "").join(" ");
  return [d.path ?? d.sha256.slice(0, 12), about].filter(Boolean).join("  ");
}
var searchCommand = {
  name: "search",
  usage: `gouji search "<query>" [options]

Searches paragraphs, section titles, fact labels and table rows of every report in the
dataset. The query is cut into words the way the reports were (nodejieba); every word
must occur. Figures are whole words: 2392.94 also finds "2,392.94", 135.42% finds the
percentage. Spaces separate terms. Matches are marked \u27E6like this\u27E7 (bold on a terminal);
rows are counted from 1. The same text in several files of one report (its .docx, .pdf,
text dump) is one hit \u201Calso in\u201D the others (--format json lists every file's hit). Hits are ranked (bm25), best first; older versions
of a re-ingested path are left out.

Options:
  --department D       only departments whose name contains D
  --year Y             only reports of year Y
  --limit N            at most N hits (default 20)
  --format table|json  output format (default table)
  --db FILE            the dataset (default gouji.db)

Example:
  $ gouji search \u667A\u6167\u6000\u5316 --limit 2
   1  corpus/huaihua-gxj-2023.docx  \u6000\u5316\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40 2023 \u2026
      \u9644\u4EF61 \xB7 \u8868\u300C\u90E8\u95E8\u6574\u4F53\u652F\u51FA\u7EE9\u6548\u8BC4\u4EF7\u57FA\u7840\u6570\u636E\u8868\u300D row 36
      \u27E6\u667A\u6167\u6000\u5316\u27E7\u5DE5\u4F5C\u7ECF\u8D39 | 30 | 30
   2  corpus/huaihua-gxj-2023.docx  \u6000\u5316\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40 2023 \u2026
      2 \u9884\u7B97\u4F7F\u7528\u60C5\u51B5 \xB7 paragraph
      \u2026\u9879\u76EE\u652F\u51FA1232.93\u4E07\u5143\uFF08\u542B\u27E6\u667A\u6167\u6000\u5316\u27E7\u4EE3\u5EFA\u5E02\u76F4\u5355\u4F4D\u4FE1\u606F\u5316\u5EFA\u8BBE\u9879\u76EE\uFF09\uFF1B\u4E3B\u8981\u7528\u4E8E\u529E\u516C\u8BBE\u5907\u2026

  $ gouji search 2392.94 --format json`,
  options: {
    department: { type: "string" },
    year: { type: "string" },
    limit: { type: "string" },
    format: { type: "string" },
    ...dbOption
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("search needs a query, e.g. gouji search \u667A\u6167\u6000\u5316");
    const query = positionals.join(" ");
    const format = choiceOption(values, "format", ["table", "json"], "table");
    const options = {
      department: stringOption(values, "department"),
      year: intOption(values, "year"),
      limit: intOption(values, "limit") ?? 20,
      // Bold red on a terminal; otherwise ⟦ ⟧, which the reports themselves do not use (they write 【】).
      mark: format === "table" && io.isTTY ? { open: "\x1B[1;31m", close: "\x1B[0m" } : SEARCH_MARK
    };
    const dataset = openDatasetForReading(values);
    try {
      const hits = search(dataset, query, options);
      if (format === "json") {
        io.stdout(terminalJson(JSON.stringify(hits, null, 2)) + "\n");
        return 0;
      }
      if (hits.length === 0) {
        io.stdout(`no hits for "${terminalLine(query)}"
`);
        return 0;
      }
      const shown = collapseReportFiles(dataset, search(dataset, query, { ...options, limit: options.limit * 3 })).slice(0, options.limit);
      const width = String(shown.length).length + 1;
      const indent = " ".repeat(width + 2);
      const line = (text) => terminalTextKeeping(text.replace(/[\r\n\t]+/g, " "), [options.mark.open, options.mark.close]);
      const also = (paths) => paths.length ? `  (also in ${paths.map((p) => basename(p)).join(", ")})` : "";
      io.stdout(
        shown.map(({ hit: h, alsoIn }) => `${String(h.rank).padStart(width)}  ${line(documentLine(h) + also(alsoIn))}
${indent}${line(place(h))}
${indent}${line(h.snippet)}
`).join("")
      );
      return 0;
    } finally {
      dataset.close();
    }
  }
};
export {
  searchCommand
};
