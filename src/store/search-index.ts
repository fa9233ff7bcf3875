import type { Database } from 'better-sqlite3';
/**
 * How the search index is filled from the stored rows: one INSERT … SELECT per kind of
 * searchable thing, tokenised in SQL by `gouji_tokens()` (registered from tokens.ts).
 * `@document` is one document's sha256, or NULL for every document (the migration that
 * builds the index for a file written before search existed).
 */
const WHERE = `(@document IS NULL OR document = @document)`;
const INSERT = `INSERT INTO search_rows (document, kind, block, "row", page, section, ref, text, tokens)`;

export const INDEX_DOCUMENT_SQL: readonly string[] = [
  // 段落 paragraphs
  `${INSERT}
   SELECT document, 'paragraph', block, NULL, page, section, NULL, text, gouji_tokens(text)
   FROM paragraphs WHERE ${WHERE} AND trim(text) <> '' ORDER BY document, block`,
  // 章节标题 section titles (number + title)
  `${INSERT}
   SELECT document, 'section', heading_block, NULL, page, id, id, trim(coalesce(number || ' ', '') || title), gouji_tokens(coalesce(number || ' ', '') || title)
   FROM sections WHERE ${WHERE} ORDER BY document, heading_block`,
  // 事实 fact labels with the figure as printed
  `${INSERT}
   SELECT document, 'fact', block, "row", page, section, id, raw_label || ' ' || value_raw,
          gouji_tokens(CASE WHEN label = raw_label THEN '' ELSE label || ' ' END || raw_label || ' ' || value_raw)
   FROM facts WHERE ${WHERE} ORDER BY document, id`,
  // 表格行 table rows: the cells of one grid row, left to right
  `${INSERT}
   SELECT document, 'table_row', table_block, "row", min(page), min(section), NULL, group_concat(text, ' | ' ORDER BY col),
          gouji_tokens(group_concat(text, ' ' ORDER BY col))
   FROM cells WHERE ${WHERE} AND trim(text) <> ''
   GROUP BY document, table_block, "row" ORDER BY document, table_block, "row"`,
];

/**
 * Adds one document's search_rows to the FTS5 index, in one statement once they are all
 * inserted (schema version 4 on; before, a trigger indexed each row as it was inserted).
 */
export const INDEX_SEARCH_ROWS_SQL = `INSERT INTO search (rowid, tokens) SELECT id, tokens FROM search_rows WHERE document = ? ORDER BY id`;

/** The SQL function registerSearchWriter() defines. */
export const SEARCH_WRITER_FUNCTION = 'gouji_schema_4_writer';

/**
 * Says, on a connection of this gouji, that its writer indexes search rows per report
 * (INDEX_SEARCH_ROWS_SQL). Schema 4's trigger on inserting a documents row requires it: an
 * older gouji (schema 3) that had the file open for writing when this one migrated it has no
 * such function, so its next write fails (“no such function”) instead of putting search rows
 * into search_rows that nothing indexes — rows FTS5 then takes for a corrupt index.
 */
export function registerSearchWriter(db: Database): void {
  db.function(SEARCH_WRITER_FUNCTION, { deterministic: true }, () => 1);
}

/** Removes one document's search rows; the delete trigger takes them out of the FTS5 index. */
export const UNINDEX_DOCUMENT_SQL = `DELETE FROM search_rows WHERE document = ?`;
