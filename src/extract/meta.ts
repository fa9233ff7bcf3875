import { z } from 'zod';
import type { Document, Location, Meta, ParagraphBlock, Section } from '../model/index.js';
import { loadPatterns } from '../patterns/load.js';
import { sectionOfBlock } from '../segment/lookup.js';
import { matchHeading } from '../segment/headings.js';

const MetaFile = z.object({
  reportTypes: z.array(z.object({ regex: z.string(), type: z.string().min(1), comment: z.string() })),
  unitLabels: z.object({ comment: z.string(), regex: z.string() }),
  organisation: z.object({ comment: z.string(), regex: z.string() }),
  grade: z.object({ comment: z.string(), regex: z.string() }),
});
const FILE = loadPatterns('meta.json', MetaFile);
const REPORT_TYPES = FILE.reportTypes.map((t) => ({ regex: new RegExp(t.regex, 'u'), type: t.type }));
const UNIT_LABEL = new RegExp(FILE.unitLabels.regex, 'u');
const ORGANISATION = new RegExp(FILE.organisation.regex, 'u');
const GRADE = new RegExp(FILE.grade.regex, 'u');
const YEAR = /(\d{4})\s*年度?/u;
/** Title lines are short; a longer paragraph is body text. */
const TITLE_MAX = 50;

/**
 * Title, department (单位), year and report type from the title lines and signature:
 * “2023年度怀化市工业和信息化局 / 本级整体支出绩效自评报告” → 怀化市工业和信息化局, 2023,
 * 部门整体支出绩效自评报告; “上海市普陀区财政局 / 2024年度部门决算” → 上海市普陀区财政局,
 * 2024, 部门决算. The department falls back to a “预算主管部门：…”/“填报单位：…” line
 * and to the signature. Also the 评价等级 the conclusion states.
 */
export function extractMeta(doc: Document, sections: Section[]): Meta {
  const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const titleLines = titleBlock(paragraphs, sections);
  const title = titleLines.length ? titleLines.join('') : null;

  let reportType: string | null = null;
  let rest = title ?? '';
  for (const t of REPORT_TYPES) {
    const m = t.regex.exec(rest);
    if (m) {
      reportType = t.type;
      rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
      break;
    }
  }
  const y = YEAR.exec(rest) ?? YEAR.exec(title ?? '');
  const year = y ? Number.parseInt(y[1]!, 10) : null;
  rest = rest.replace(YEAR, '').trim();

  const fromTitle = organisation(rest);
  const department = fromTitle ?? unitFromLabels(paragraphs) ?? signature(paragraphs, sections);
  return { title, department, year, reportType, grade: grade(paragraphs, sections) };
}

/** Leading short paragraphs before the first heading or body paragraph (lines of a title block count one by one). */
function titleBlock(paragraphs: ParagraphBlock[], sections: Section[]): string[] {
  const firstHeading = sections[0]?.headingBlock ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (p.index >= firstHeading) break;
    const text = p.text.trim();
    if (/^目\s*录$/u.test(text)) break;
    if (UNIT_LABEL.test(text)) continue;
    if ([...text].length > TITLE_MAX || /[，。；：:]/.test(text) || matchHeading(text)) break;
    lines.push(...text.split('\n').map((l) => l.trim()).filter(Boolean));
    if (lines.length >= 4) break;
  }
  return lines;
}

/** A unit's name, with a trailing 本级 dropped, or null when the text is not one. */
function organisation(text: string): string | null {
  const t = text.replace(/\s+/g, '').replace(/本级$/u, '');
  return t && ORGANISATION.test(t) ? t : null;
}

function unitFromLabels(paragraphs: ParagraphBlock[]): string | null {
  for (const p of paragraphs) {
    const m = UNIT_LABEL.exec(p.text.trim());
    const name = m?.groups?.['name'] ? organisation(m.groups['name']) : null;
    if (name) return name;
  }
  return null;
}

/** The signature: a unit's name on its own line followed by a date line, after the report body. */
function signature(paragraphs: ParagraphBlock[], sections: Section[]): string | null {
  const firstAttachment = sections.find((s) => s.pattern === 'attachment')?.headingBlock ?? Number.POSITIVE_INFINITY;
  let found: string | null = null;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.index >= firstAttachment) break;
    const next = paragraphs[i + 1]!.text.trim();
    const name = organisation(p.text.trim());
    if (name && /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/u.test(next.replace(/\s+/g, ''))) found = name;
  }
  return found;
}

function grade(paragraphs: ParagraphBlock[], sections: Section[]): Meta['grade'] {
  for (const p of paragraphs) {
    const m = GRADE.exec(p.text);
    if (!m?.groups) continue;
    const start = m.index + m[0].length - m.groups['grade']!.length;
    const sentenceStart = Math.max(p.text.lastIndexOf('。', m.index) + 1, 0);
    const sentenceEnd = p.text.indexOf('。', m.index);
    const location: Location = {
      block: p.index,
      page: p.page,
      span: { start: p.span.start + start, end: p.span.start + start + m.groups['grade']!.length },
      section: sectionOfBlock(sections, p.index),
      table: null,
      row: null,
      col: null,
      quote: p.text.slice(sentenceStart, sentenceEnd === -1 ? p.text.length : sentenceEnd + 1).trim(),
    };
    return { text: m.groups['grade']!, location };
  }
  return null;
}
