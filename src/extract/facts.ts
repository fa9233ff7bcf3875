import type { Document, Fact, Section, Warning } from '../model/index.js';

/** Facts stated in paragraphs (label + number + span). Fact ids start with "p". */
export function extractProseFacts(_doc: Document, _sections: Section[]): { facts: Fact[]; warnings: Warning[] } {
  return { facts: [], warnings: [] }; // issue #3
}
