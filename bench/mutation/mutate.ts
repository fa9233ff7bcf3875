/**
 * The generalised mutation test (issue #9): change one checkable figure of a real report at a
 * time and see what gouji says. A checkable figure is one that takes part in a check that
 * ties on the original (an `info` finding with --all). The change keeps the figure's length
 * (its first digit is replaced), so every span of the Document stays valid, and the rest of
 * the pipeline (segment → extract → reconcile) runs on the changed Document. Ideal outcome:
 * exactly one new error finding, and it names the changed figure (src/reconcile/cascade.ts
 * keeps the others as following from it).
 */
import type { Converted } from '../../src/convert/index.js';
import type { Document, Finding, FindingValue, Report } from '../../src/model/index.js';
import { analyzeConverted } from '../../src/pipeline.js';
import { figurePlace } from '../../src/reconcile/cascade.js';

export interface Mutation {
  /** The figure as printed, and what it was changed to. */
  from: string;
  to: string;
  place: string;
  label: string;
  /** Error findings the original did not have. */
  newErrors: Finding[];
  /** Of those, the ones with a value at the changed figure. */
  naming: Finding[];
  /** Exactly one new error, and it names the changed figure. */
  ok: boolean;
}

const DIGIT = /[0-9０-９]/u;

/** The first digit of a printed figure replaced by another non-zero one (“2008.88” → “7008.88”). */
export function changeFirstDigit(raw: string): string | null {
  const at = raw.search(DIGIT);
  if (at < 0) return null;
  const ch = raw[at]!;
  const full = ch >= '０';
  const d = full ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48;
  const next = d === 0 ? 5 : ((d + 4) % 9) + 1;
  const out = full ? String.fromCharCode(0xff10 + next) : String(next);
  return raw.slice(0, at) + out + raw.slice(at + 1);
}

/** Where the figure's characters are: the paragraph or cell holding them, and their offset in it. */
function locate(doc: Document, v: FindingValue): { set: (to: string) => void; raw: string } | null {
  const l = v.location;
  const block = doc.blocks[l.table ?? l.block];
  if (!block || !l.span) return null;
  if (block.kind === 'table') {
    const cell = block.cells.find((c) => c.row === l.row && c.col === l.col);
    if (!cell) return null;
    const at = cell.text.indexOf(v.value.replace(/^-/, ''));
    if (at < 0) return null;
    const raw = v.value.replace(/^-/, '');
    return {
      raw,
      set: (to) => {
        cell.text = cell.text.slice(0, at) + to + cell.text.slice(at + raw.length);
        const docAt = cell.span.start + at;
        if (doc.text.slice(docAt, docAt + raw.length) === raw) doc.text = doc.text.slice(0, docAt) + to + doc.text.slice(docAt + raw.length);
      },
    };
  }
  const at = l.span.start - block.span.start;
  const len = l.span.end - l.span.start;
  const raw = block.text.slice(at, at + len);
  if (!DIGIT.test(raw)) return null;
  return {
    raw,
    set: (to) => {
      block.text = block.text.slice(0, at) + to + block.text.slice(at + raw.length);
      doc.text = doc.text.slice(0, l.span!.start) + to + doc.text.slice(l.span!.start + raw.length);
    },
  };
}

const findingKey = (f: Finding): string => `${f.rule}|${f.values.map(figurePlace).sort().join(',')}`;

/** The checkable figures of a report analysed with `all`: every figure of a check that ties. */
export function checkableFigures(original: Report): FindingValue[] {
  const seen = new Map<string, FindingValue>();
  for (const f of original.findings) {
    if (f.severity !== 'info' || f.follows) continue;
    for (const v of f.values) if (!seen.has(figurePlace(v))) seen.set(figurePlace(v), v);
  }
  return [...seen.values()];
}

/** Mutates each of `figures` in turn (all of them when not given) and reports what gouji said. */
export function mutateEach(bytes: Uint8Array, converted: Converted, original: Report, figures = checkableFigures(original)): Mutation[] {
  const before = new Set(original.findings.filter((f) => f.severity === 'error').map(findingKey));
  const out: Mutation[] = [];
  for (const v of figures) {
    const document = structuredClone(converted.document);
    const spot = locate(document, v);
    if (!spot) continue;
    const to = changeFirstDigit(spot.raw);
    if (!to || to === spot.raw) continue;
    spot.set(to);
    const report = analyzeConverted(bytes, { ...converted, document }, { path: original.source.path });
    const place = figurePlace(v);
    const newErrors = report.findings.filter((f) => f.severity === 'error' && !before.has(findingKey(f)));
    const naming = newErrors.filter((f) => f.values.some((x) => figurePlace(x) === place));
    out.push({ from: spot.raw, to, place, label: v.label, newErrors, naming, ok: newErrors.length === 1 && naming.length === 1 });
  }
  return out;
}
