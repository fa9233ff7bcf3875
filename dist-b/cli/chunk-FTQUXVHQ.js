// dist/store/query.js
var SEVERITIES = { error: ["error"], warning: ["error", "warning"], info: ["error", "warning", "info"] };
var DOCUMENT_WHERE = `(@department IS NULL OR instr(d.department, @department) > 0)
  AND (@year IS NULL OR d.year = @year)
  AND (@allVersions = 1 OR d.superseded = 0)`;
function documentParams(q) {
  return { department: q.department ?? null, year: q.year ?? null, allVersions: q.allVersions ? 1 : 0 };
}
function findingIdentity(r) {
  return JSON.stringify([r.report_key ?? r.document, r.rule, r.formula, r.stated, r.expected, r.difference, r.values.map((v) => [v.value, v.label])]);
}
function queryFindings(dataset, q = {}) {
  const severities = SEVERITIES[q.severity ?? "info"];
  const rows = dataset.db.prepare(
    `SELECT f.document, d.path, d.title, d.department, d.year, d.report_key, d.format, f.seq, f.rule, f.severity, f.message_zh, f.message_en,
              f.formula, f.stated, f.expected, f.difference, f.page, f.block, f.section, s.title AS section_title, h.text AS section_heading,
              f.table_block, t.caption AS table_caption, f."row", f.col, f."values"
       FROM findings f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       LEFT JOIN paragraphs h ON h.document = f.document AND h.block = s.heading_block
       LEFT JOIN tables t ON t.document = f.document AND t.table_block = f.table_block
       WHERE ${DOCUMENT_WHERE}
         AND f.severity IN (SELECT value FROM json_each(@severities))
         AND (@rule IS NULL OR f.rule = @rule)
       ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                d.department, d.year, coalesce(d.report_key, d.sha256),
                CASE d.format WHEN 'docx' THEN 0 WHEN 'pdf' THEN 1 WHEN 'html' THEN 2 WHEN 'text' THEN 3 ELSE 9 END,
                d.path, f.document, f.seq`
  ).all({ ...documentParams(q), severities: JSON.stringify(severities), rule: q.rule ?? null });
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const occurrences = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const row = {
      ...r,
      section_heading: r.section_heading?.replace(/\s+/g, " ").trim() ?? null,
      values: JSON.parse(r.values),
      files: []
    };
    const file = { document: r.document, path: r.path, format: r.format, page: r.page };
    const identity = findingIdentity(row);
    const n = (occurrences.get(`${r.document}|${identity}`) ?? 0) + 1;
    occurrences.set(`${r.document}|${identity}`, n);
    const key = q.perFile ? `${r.document}:${r.seq}` : `${identity}#${n}`;
    const first = seen.get(key);
    if (first) {
      if (!first.files.some((f) => f.document === file.document)) first.files.push(file);
      continue;
    }
    row.files.push(file);
    seen.set(key, row);
    out.push(row);
  }
  return out;
}
function queryFacts(dataset, q = {}) {
  const rows = dataset.db.prepare(
    `SELECT f.document, d.path, d.department, d.year, f.id, f.label, f.raw_label, f.value_printed, f.value_exact, f.unit, f.kind,
              f.wan_yuan, f.source, f.dims, f.page, f.block, f.section, s.title AS section_title, h.text AS section_heading,
              f.table_block, t.caption AS table_caption, f."row", f.col, f.quote
       FROM facts f
       JOIN documents d ON d.sha256 = f.document
       LEFT JOIN sections s ON s.document = f.document AND s.id = f.section
       LEFT JOIN paragraphs h ON h.document = f.document AND h.block = s.heading_block
       LEFT JOIN tables t ON t.document = f.document AND t.table_block = f.table_block
       WHERE ${DOCUMENT_WHERE}
         AND (@label IS NULL OR f.label = @label OR instr(f.raw_label, @label) > 0)
       ORDER BY d.department, d.year, d.path, f.document, f.block, f."row", f.col, f.span_start, f.id
       LIMIT @limit`
  ).all({ ...documentParams(q), label: q.label ?? null, limit: q.limit ?? -1 });
  return rows.map((r) => ({ ...r, section_heading: r.section_heading?.replace(/\s+/g, " ").trim() ?? null, dims: JSON.parse(r.dims) }));
}

export {
  queryFindings,
  queryFacts
};
