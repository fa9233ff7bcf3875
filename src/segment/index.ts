import type { Document, Section } from '../model/index.js';

/** Builds the section tree from heading patterns (patterns/headings.json). */
export function segment(_doc: Document): Section[] {
  return []; // filled in by the segmentation issue (#3)
}
