import type { Document, Meta, Section } from '../model/index.js';

/** Title, department (单位), year and report type from the title lines and signature. */
export function extractMeta(_doc: Document, _sections: Section[]): Meta {
  return { title: null, department: null, year: null, reportType: null }; // issue #3
}
