import { extract } from '../../../src/extract/index.js';
import type { Fact, Relation } from '../../../src/model/index.js';
import { analyze } from '../../../src/analyze.js';
import { segment } from '../../../src/segment/index.js';
import { textDocument } from '../../corpus.js';

/** Facts and prose relations of a short text, one paragraph per line (the whole extract stage: wholes named in prose are linked after the tables). */
export function read(lines: string[]): { facts: Fact[]; relations: Relation[] } {
  const doc = textDocument(lines);
  const { facts, relations } = extract(doc, segment(doc));
  return { facts, relations: relations.filter((r) => r.source === 'prose') };
}

/** “rate change-over-base: 1.87 <- 2995.39 | 56.95 (sign -1, inferred)” — the relations of some kinds, by printed values. */
export function relationsOf(lines: string[], keep: (r: Relation) => boolean): string[] {
  const { facts, relations } = read(lines);
  const v = (id: string) => facts.find((f) => f.id === id)?.number.printed ?? `(${id})`;
  return relations.filter(keep).map((r) => {
    const flags = [r.partial ? 'partial' : '', r.sign ? `sign ${r.sign}` : '', r.inferred ? 'inferred' : ''].filter(Boolean).join(', ');
    const head = `${r.kind}${r.formula && r.formula !== 'ratio' ? ` ${r.formula}` : ''}`;
    return `${head}: ${r.result ? v(r.result) : '—'} <- ${r.operands.map(v).join(' | ')}${flags ? ` (${flags})` : ''}`;
  });
}

/** The error and warning findings of a short text through analyze(), as “severity rule messageId: formula”. */
export async function findingsOf(lines: string[]): Promise<string[]> {
  const rep = await analyze(new TextEncoder().encode(lines.join('\n')), { path: 'short.txt' });
  return rep.findings.map((f) => `${f.severity} ${f.rule} ${f.messageId}: ${f.formula}`);
}
