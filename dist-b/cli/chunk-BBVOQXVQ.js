// dist/report/place.js
function placeOfHit(hit) {
  return {
    page: hit.page,
    section: hit.section ? [hit.section.number, hit.section.title].filter(Boolean).join(" ") : null,
    table: hit.kind === "table_row" ? hit.block : null,
    tableCaption: hit.tableCaption,
    row: hit.kind === "table_row" ? hit.row : null
  };
}
function describePlace(place) {
  const parts = [];
  if (place.page != null) parts.push(`p.${place.page}`);
  if (place.section) parts.push(oneLine(place.section));
  if (place.table != null) {
    const table = place.tableCaption ? `\u8868\u300C${oneLine(place.tableCaption)}\u300D` : `table #${place.table}`;
    const cell = [place.row != null ? `row ${place.row + 1}` : null, place.col != null ? `col ${place.col + 1}` : null].filter(Boolean).join(", ");
    parts.push(cell ? `${table} ${cell}` : table);
  }
  return parts.join(" \xB7 ");
}
function oneLine(s) {
  return s.replace(/\s+/g, " ").trim();
}
function sectionHeading(report, sectionId) {
  if (!sectionId) return null;
  const section = report.sections.find((s) => s.id === sectionId);
  if (!section) return null;
  const block = report.document.blocks[section.headingBlock];
  if (block?.kind === "paragraph" && block.text.trim() !== "") return oneLine(block.text);
  return [section.number, section.title].filter(Boolean).join(" ");
}
function tableCaption(report, tableBlock, row) {
  if (tableBlock == null) return null;
  const table = report.tables.find((t) => t.block === tableBlock);
  if (!table) return null;
  if (row != null) {
    const band = table.bands?.find((b) => row >= b.startRow && row < b.endRow);
    if (band?.caption) return band.caption;
  }
  return table.caption;
}
function placeOf(report, location) {
  return {
    page: location.page,
    section: sectionHeading(report, location.section),
    table: location.table,
    tableCaption: tableCaption(report, location.table, location.row),
    row: location.table != null ? location.row : null,
    col: location.table != null ? location.col : null
  };
}

export {
  placeOfHit,
  describePlace,
  tableCaption,
  placeOf
};
