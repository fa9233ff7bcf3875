import type { Document, Fact, Relation, Section } from '../../model/index.js';
import { dimensionOfFact, scopeIn, WHOLE_FUNDS_SCOPE } from '../key.js';
import { isStatement, locate, placeFacts, topSection } from '../relations.js';
import { itemOf } from './shares.js';

/**
 * Shares of a whole the words name — “占“三公”经费的18.85%”, “占本年支出合计的99.94%”,
 * “占本年支出预算53.59%” — linked once the tables are read and every fact has its key
 * (src/extract/index.ts runs this after assignKeys): the whole is the figure with that name
 * anywhere before the share in the prose or anywhere in the tables (the 三公 table's
 * “三公”经费 小计, a 收支总表's 本年支出合计).
 *
 * A name is compared by its core (`nameCore`): without quotes, years, 本年/上年, 预算数/决算数
 * and fund words (一般公共预算, 财政拨款 …: a scope the whole's words name must be the
 * figure's), and with a department's own name in front allowed (“省检察院本年支出预算合计”
 * is the 本年支出合计). When every figure of that name the report states agrees, the words
 * leave no doubt and the share becomes a certain `rate` (占比) over it; when they disagree,
 * the nearest earlier prose figure of the same top-level section is taken, `inferred`.
 * A certain link replaces the `share-of-list` reading and an inferred link of the share.
 */
export function linkNamedWholes(doc: Document, sections: Section[], proseFacts: Fact[], tableFacts: readonly Fact[], relations: readonly Relation[]): Relation[] {
  const paragraphs = placeFacts(doc, sections, proseFacts);
  const all = paragraphs.flatMap((p) => p.facts);
  const added: Array<Omit<Relation, 'id' | 'source'>> = [];
  const replaced = new Set<string>();
  for (const p of paragraphs) {
    for (const r of p.facts) {
      const item = itemOf(r, p);
      if (!item || item.named === '') continue;
      const own = relations.filter((x) => x.kind === 'rate' && x.result === r.fact.id);
      if (own.some((x) => (x.formula ?? 'ratio') === 'ratio' && !x.inferred)) continue;
      const name = nameCore(item.named);
      if (name.core === '') continue;
      const fits = (f: Fact) => f.id !== item.part.fact.id && fitsWhole(f, name, item.part.fact);
      const anyScope = {
        earlier: all.filter((g) => g.order < item.part.order && !isStatement(g.fact) && fits(g.fact)),
        cells: tableFacts.filter(fits),
      };
      // a whole named without a fund word is the figure of all funds when the report states one
      // (本年支出合计, not the 财政拨款 table's 支出合计); else the one figure of its name (the 三公
      // table captioned 一般公共预算)
      const unscoped = (f: Fact) => name.scope !== null || [null, WHOLE_FUNDS_SCOPE].includes(f.key?.scope ?? null);
      const plain = { earlier: anyScope.earlier.filter((g) => unscoped(g.fact)), cells: anyScope.cells.filter(unscoped) };
      const { earlier, cells } = plain.earlier.length + plain.cells.length > 0 ? plain : anyScope;
      const candidates = [...earlier.map((g) => g.fact), ...cells];
      if (candidates.length === 0) continue;
      const agree = candidates.every((f) => sameAmount(f, candidates[0]!));
      const top = topSection(r.fact.location.section);
      const near = earlier.filter((g) => top !== null && topSection(g.fact.location.section) === top);
      // one figure by that name: the nearest statement of it (prose before, else the table)
      const whole: Fact | undefined = agree ? (earlier.at(-1)?.fact ?? cells[0]) : near.at(-1)?.fact;
      if (!whole) continue;
      if (!agree && own.length > 0) continue; // the share already has its reading; an inferred one adds nothing
      for (const x of own) replaced.add(x.id);
      added.push({
        kind: 'rate',
        name: '占比',
        result: r.fact.id,
        operands: [(whole.source === 'table' ? printedInRow(item.part.fact, whole, tableFacts) : undefined)?.id ?? item.part.fact.id, whole.id],
        partial: false,
        sign: null,
        inferred: !agree,
        formula: 'ratio',
        location: locate(p, item.part.start, r.end, sections),
      });
    }
  }
  if (added.length === 0) return [...relations];
  const taken = new Set(relations.map((x) => x.id));
  let n = relations.length;
  const nextId = (): string => {
    while (taken.has(`pr${++n}`));
    return `pr${n}`;
  };
  return [...relations.filter((x) => !replaced.has(x.id)), ...added.map((x) => ({ id: nextId(), source: 'prose' as const, ...x }))];
}

/**
 * The part as the whole's table prints it: the cell of the whole's row with the part's name (its
 * 支出 dropped: 因公出国（境）费支出 is the 因公出国（境）费 column) and the same amount, printed with
 * more decimals — “110万元” in the prose is the table's 110.00, so the share is checked against
 * the figure the report computed it from, not against every value that rounds to 110.
 */
function printedInRow(part: Fact, whole: Fact, tableFacts: readonly Fact[]): Fact | undefined {
  const name = nameCore((part.rawLabel || part.label).replace(/支出$/u, '')).core;
  const twins = tableFacts.filter(
    (f) =>
      f.location.table === whole.location.table &&
      f.location.row === whole.location.row &&
      f.id !== whole.id &&
      nameCore(f.label).core === name &&
      sameAmount(f, part) &&
      f.number.decimals > part.number.decimals,
  );
  return twins.length === 1 ? twins[0] : undefined;
}

/** What a name says once the words that only place it are taken out. */
interface NameCore {
  core: string;
  /** 上年 when the name says so; else the current year is meant. */
  lastYear: boolean;
  scope: string | null;
}

const QUOTES = /[“”"‘’'「」『』\s]/gu;
const YEAR = /\d{4}年度?/gu;
const LAST_YEAR = /上年度?|上一年度?|去年/u;
const PERIOD = /本年度?|当年|今年|上年度?|上一年度?|去年|全年|年初/gu;
const BASIS = /预算数|决算数|执行数|预算|决算/gu;
/** Fund words (patterns/scopes.json), taken out before 预算/决算 so that 一般公共预算 stays whole. */
const FUNDS = /一般公共预算|政府性基金预算?|国有资本经营预算?|财政专户管理资金|财政拨款/gu;
/** The end of a department's own name in front of a measure: “省检察院本年支出合计”. */
const OWN_NAME = /(?:院|局|厅|委员会|委|办公室|办|本部门|本单位|本级)$/u;

export function nameCore(words: string): NameCore {
  const text = words.replace(QUOTES, '').replace(/的$/u, '');
  const scope = scopeIn(text);
  const core = text.replace(YEAR, '').replace(FUNDS, '').replace(PERIOD, '').replace(BASIS, '');
  return { core, lastYear: LAST_YEAR.test(text), scope };
}

/** Whether a figure is the named whole: its name's core, period and scope, of the part's dimension and year. */
function fitsWhole(f: Fact, name: NameCore, part: Fact): boolean {
  if (f.number.kind === 'percent' || f.dims['direction'] !== undefined) return false;
  const dim = dimensionOfFact(f);
  const partDim = dimensionOfFact(part);
  if (dim !== partDim && dim !== 'plain' && partDim !== 'plain') return false;
  const words = f.source === 'table' ? f.label : f.rawLabel || f.label;
  const its = nameCore(words);
  if (its.core !== name.core && !(its.core.endsWith(name.core) && OWN_NAME.test(its.core.slice(0, its.core.length - name.core.length)))) return false;
  const key = f.key;
  const lastYear = its.lastYear || key?.period === '上年';
  if (lastYear !== name.lastYear) return false;
  if (name.scope !== null && (key?.scope ?? its.scope) !== name.scope) return false;
  const year = key?.year ?? f.dims['year'] ?? null;
  const partYear = part.key?.year ?? part.dims['year'] ?? null;
  if (year !== null && partYear !== null && year !== partYear) return false;
  const basis = key?.basis ?? null;
  const partBasis = part.key?.basis ?? null;
  return basis === null || partBasis === null || basis === partBasis;
}

function sameAmount(a: Fact, b: Fact): boolean {
  if (a.number.wanYuan !== null && b.number.wanYuan !== null) return a.number.wanYuan === b.number.wanYuan || trimZeros(a.number.wanYuan) === trimZeros(b.number.wanYuan);
  return trimZeros(a.number.value) === trimZeros(b.number.value);
}

/** “833.60” and “833.6” are one amount (decimal strings, compared as printed digits). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/u, '').replace(/\.$/u, '') : s;
}
