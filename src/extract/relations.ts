import type { Document, Fact, Relation, Section } from '../model/index.js';

/** Arithmetic statements in prose (其中/分别为/较上年/执行率/含…) over the prose facts. */
export function extractProseRelations(_doc: Document, _sections: Section[], _facts: Fact[]): Relation[] {
  return []; // issue #3
}
