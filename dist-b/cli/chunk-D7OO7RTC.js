import {
  TooComplexError,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/convert/html-blocks.js
import * as cheerio from "cheerio";
var PARAGRAPH_TAGS = /* @__PURE__ */ new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "caption", "dt", "dd"]);
var DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, head";
function appendHtml(html, builder, limits = resolveLimits()) {
  checkMarkupDepth(html, limits.maxNesting);
  const $ = cheerio.load(html);
  $(DROP_TAGS).remove();
  const root = $("body").length ? $("body")[0] : $.root()[0];
  checkNesting(root, limits.maxNesting);
  walk($, root.children, builder);
}
var CONTAINER_TAGS = /<(\/?)(div|table|section|article|blockquote|ul|ol|span|font|center|form|fieldset|nav|main|aside|header|footer)\b[^>]*?(\/?)>/gi;
function checkMarkupDepth(html, maxNesting) {
  let depth = 0;
  for (const m of html.matchAll(CONTAINER_TAGS)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3]) depth++;
    if (depth > maxNesting) {
      throw new TooComplexError(`the markup is nested more than ${maxNesting} elements deep \u2014 over the maxNesting limit; raise maxNesting to read it`);
    }
  }
}
function checkNesting(root, maxNesting) {
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (depth > maxNesting) {
      throw new TooComplexError(`the markup is nested more than ${maxNesting} elements deep \u2014 over the maxNesting limit; raise maxNesting to read it`);
    }
    const children = node.children;
    if (children) {
      for (const child of children) if (child.type === "tag") stack.push([child, depth + 1]);
    }
  }
}
function walk($, nodes, builder) {
  let inline = "";
  const flush = () => {
    const text = clean(inline);
    if (text) builder.addParagraph(text);
    inline = "";
  };
  for (const node of nodes) {
    if (node.type === "text") {
      inline += node.data;
      continue;
    }
    if (node.type !== "tag") continue;
    const el = node;
    const tag = el.tagName.toLowerCase();
    if (tag === "table") {
      flush();
      builder.addTable(tableCells($, el, builder));
    } else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      const text = clean(blockText($, el));
      const bold = text !== "" && isBold($, el, text);
      for (const line of text.split("\n")) if (line.trim()) builder.addParagraph(line, bold ? { bold: true } : {});
    } else if (tag === "br") {
      flush();
    } else if (isInline(tag)) {
      inline += blockText($, el);
    } else {
      flush();
      walk($, el.children, builder);
    }
  }
  flush();
}
function isInline(tag) {
  return ["span", "a", "strong", "b", "em", "i", "u", "sup", "sub", "font", "small", "big", "code", "label"].includes(tag);
}
function blockText($, el) {
  let out = "";
  for (const child of el.children) {
    if (child.type === "text") out += child.data;
    else if (child.type === "tag") {
      const c = child;
      const tag = c.tagName.toLowerCase();
      if (tag === "br") out += "\n";
      else if (PARAGRAPH_TAGS.has(tag) || tag === "div" || tag === "tr" || tag === "table") {
        const inner = blockText($, c);
        if (inner.trim()) out += (out && !out.endsWith("\n") ? "\n" : "") + inner;
      } else if (tag === "td" || tag === "th") {
        out += (out && !out.endsWith("\n") ? "	" : "") + blockText($, c);
      } else out += blockText($, c);
    }
  }
  return out;
}
function clean(text) {
  return text.replace(/\u00a0/g, " ").split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "").join("\n");
}
function isBold($, el, text) {
  if (/^h[1-6]$/i.test(el.tagName)) return true;
  const strong = $(el).find("strong, b").text().replace(/\s+/g, "");
  return strong.length > 0 && strong === text.replace(/\s+/g, "");
}
function tableCells($, table, builder) {
  const cells = [];
  const taken = [];
  rowsOf(table).forEach((tr, r) => {
    let col = 0;
    for (const td of tr.children) {
      if (td.type !== "tag") continue;
      const tag = td.tagName.toLowerCase();
      if (tag !== "td" && tag !== "th") continue;
      while (taken[r]?.[col]) col++;
      const rowSpan = span($(td).attr("rowspan"));
      const colSpan = span($(td).attr("colspan"));
      builder.takeCells(rowSpan * colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = taken[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) line[col + dc] = true;
      }
      cells.push({ row: r, col, rowSpan, colSpan, text: clean(blockText($, td)), placed: true });
      col += colSpan;
    }
  });
  return cells;
}
function rowsOf(table) {
  const rows = [];
  for (const child of table.children) {
    if (child.type !== "tag") continue;
    const el = child;
    const tag = el.tagName.toLowerCase();
    if (tag === "tr") rows.push(el);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") {
      for (const tr of el.children) if (tr.type === "tag" && tr.tagName.toLowerCase() === "tr") rows.push(tr);
    }
  }
  return rows;
}
function span(attr) {
  const n = attr && /^\d{1,4}$/.test(attr.trim()) ? Number.parseInt(attr, 10) : 1;
  return n >= 1 && n <= 1e3 ? n : 1;
}

export {
  appendHtml
};
