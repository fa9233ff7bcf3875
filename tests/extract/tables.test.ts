import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators.js';
import { parseCell } from '../../src/extract/table/cell.js';
import { extractTables } from '../../src/extract/tables.js';
import { Report, type Cell, type Document, type Fact, type Relation, type Table } from '../../src/model/index.js';
import { analyzedCorpus } from '../helpers/analyzed.js';
import { corpusPath } from '../helpers/corpus.js';

interface GoldenFact {
  table: number;
  row: number;
  col: number;
  quote: string;
  label: string;
  rawLabel: string;
  value: string;
  unit: string | null;
  dims: Record<string, string>;
}
interface Golden {
  facts: GoldenFact[];
  notFacts: { table: number; row: number; col: number; quote: string; reason: string }[];
}
const golden = JSON.parse(readFileSync(corpusPath('expected/huaihua-gxj-2023.table-facts.json'), 'utf8')) as Golden;

let docx: Report;
let text: Report;
let other: Report;
beforeAll(async () => {
  [docx, text, other] = await Promise.all([
    analyzedCorpus('huaihua-gxj-2023.docx'),
    analyzedCorpus('huaihua-gxj-2023.txt'),
    analyzedCorpus('other-tables-2024.docx'),
  ]);
});

const tableFacts = (r: Report) => r.facts.filter((f) => f.source === 'table');
/** Table number (0-based, reading order) of a table block. */
const tableNo = (r: Report, block: number) => r.document.blocks.filter((b) => b.kind === 'table').findIndex((b) => b.index === block);
const what = (f: Pick<Fact, 'label' | 'rawLabel' | 'dims'> & { value: string; unit: string | null }) =>
  JSON.stringify([f.label, f.rawLabel, f.value, f.unit, Object.entries(f.dims).sort()]);
const factWhat = (f: Fact) => what({ ...f, value: f.number.value, unit: f.number.unit });
const byQuote = (r: Report, label: string, dims: Record<string, string>) =>
  tableFacts(r).find((f) => f.label === label && Object.entries(dims).every(([k, v]) => (f.dims as Record<string, string | undefined>)[k] === v));
const relationOf = (r: Report, resultId: string, kind: Relation['kind'] = 'sum') =>
  r.relations.filter((x) => x.result === resultId && x.kind === kind);
const factById = (r: Report, id: string) => r.facts.find((f) => f.id === id)!;

describe('table facts of the seed report', () => {
  it('match the hand-checked golden file: value, unit, label, dims, cell', () => {
    const got = tableFacts(docx).map((f) => ({
      table: tableNo(docx, f.location.table!),
      row: f.location.row,
      col: f.location.col,
      quote: f.location.quote,
      label: f.label,
      rawLabel: f.rawLabel,
      value: f.number.value,
      unit: f.number.unit,
      dims: f.dims,
    }));
    expect(got).toEqual(golden.facts);
  });

  it('cover every table cell holding a digit: a fact, or listed with the reason it is not one', () => {
    const covered = new Set([...golden.facts, ...golden.notFacts].map((c) => `${c.table}-${c.row}-${c.col}`));
    const tables = docx.document.blocks.filter((b) => b.kind === 'table');
    const withDigits = tables.flatMap((b, i) => b.cells.filter((c) => /[0-9０-９]/.test(c.text)).map((c) => `${i}-${c.row}-${c.col}`));
    expect(withDigits.filter((k) => !covered.has(k))).toEqual([]);
    expect(new Set(golden.notFacts.map((n) => n.reason))).toEqual(new Set(['header', 'label', 'narrative', 'date']));
  });

  it('are the same from the text dump (merged cells empty, adjacent tables run together)', () => {
    const fromDocx = tableFacts(docx).map(factWhat).sort();
    const fromText = tableFacts(text).map(factWhat).sort();
    expect(fromText).toEqual(fromDocx);
    expect(fromText).toEqual(golden.facts.map(what).sort());
  });

  it('carry their provenance: table cell, character span of the quote, section', () => {
    for (const report of [docx, text]) {
      const ids = new Set<string>();
      for (const f of tableFacts(report)) {
        expect(f.id).toMatch(/^t\d+-\d+-\d+$/);
        expect(ids.has(f.id)).toBe(false);
        ids.add(f.id);
        const { location: at } = f;
        expect(at.table).toBe(at.block);
        const block = report.document.blocks[at.block]!;
        expect(block.kind).toBe('table');
        const cell = block.kind === 'table' ? block.cells.find((c) => c.row === at.row && c.col === at.col) : undefined;
        expect(cell?.text).toBe(at.quote);
        expect(report.document.text.slice(at.span!.start, at.span!.end)).toBe(at.quote);
        expect(at).toHaveProperty('section');
      }
    }
  });

  it('read a labelled cell “其中：一般公共预算：3233.51” with the unit of its table and its group', () => {
    const f = byQuote(docx, '一般公共预算', {})!;
    expect(f).toMatchObject({ rawLabel: '其中：一般公共预算', dims: { group: '按收入性质分' } });
    expect(f.number).toMatchObject({ value: '3233.51', unit: '万元', kind: 'money' });
  });

  it('label a figure by its row and column: 三公经费 / 2023年决算数 = 50.5', () => {
    const f = byQuote(docx, '三公经费', { year: '2023', kind: '决算数' })!;
    expect(f.number.value).toBe('50.5');
    expect(f.rawLabel).toBe('三公经费 / 2023年决算数');
  });

  it('keep comparison cells as facts with dims.comparator (≤3241.81, =100%, 95%以上)', () => {
    const comparators = tableFacts(docx)
      .filter((f) => f.dims.comparator)
      .map((f) => `${f.location.quote}:${f.dims.comparator}`);
    expect(comparators).toEqual(['=100%:=', '≤3241.81:≤', '=3241.81:=', '95%以上:≥', '95%以上:≥']);
  });
});

describe('typed tables of the seed report', () => {
  const table = (r: Report, n: number): Table => r.tables[n]!;

  it('split 附件1 into header bands that re-define the columns', () => {
    const t = table(docx, 0);
    expect(t.caption).toBe('部门整体支出绩效评价基础数据表');
    expect(t.bands!.map((b) => b.headerRows)).toEqual([[0], [2]]);
    expect(t.bands![1]!.columns.slice(1).map((c) => c.dims)).toEqual([
      { year: '2022', kind: '决算数' },
      { year: '2023', kind: '预算数' },
      { year: '2023', kind: '决算数' },
    ]);
    expect(t.bands!.every((b) => JSON.stringify(b.labelCols) === '[0]')).toBe(true);
    // Nothing above or in the table says what unit its money is in: left null, not guessed.
    expect(t.bands!.map((b) => b.unit)).toEqual([null, null]);
  });

  it('find the unit in a header (“年度预算申请（万元）”) and in column headers (“（㎡）”, 分值 → 分)', () => {
    expect(table(docx, 2).unit).toBe('万元');
    expect(table(docx, 1).columns.map((c) => c.unit).slice(0, 5)).toEqual(['㎡', '㎡', null, '万元', '万元']);
    expect(table(docx, 3).columns.find((c) => c.label === '分值')?.unit).toBe('分');
  });

  it('build the row hierarchy from numbering, 其中 and the figures, the same from .docx and text', () => {
    for (const r of [docx, text]) {
      const rows = table(r, 0).rows.filter((x) => x.role !== 'header');
      const shape = rows.map((x) => `${'  '.repeat(x.level)}${x.numbering ?? ''}${x.label}${x.role === 'breakdown' ? ' (其中)' : ''}`);
      expect(shape.slice(1, 10)).toEqual([
        '三公经费',
        '  1、公务用车购置和维护经费',
        '    公车购置 (其中)',
        '    公车运行维护',
        '  2、出国经费',
        '  3、公务接待',
        '项目支出',
        '  1、业务工作经费',
        '    节能监察工作经费',
      ]);
      const at = (label: string) => rows.find((x) => x.label === label)!;
      expect(at('市级专项资金（一个专项一行）').level).toBe(1);
      expect(at('智能交通一期').parent).toBe(at('市级专项资金（一个专项一行）').row);
      // “……” closes 4、; 公用经费 and the rows after its 其中 list are top-level again.
      expect(['公用经费', '政府采购金额', '部门基本支出预算调整'].map((l) => at(l).level)).toEqual([0, 0, 0]);
      expect(at('会议费、培训费').parent).toBe(at('公用经费').row);
    }
  });

  it('start a new band where a text dump ran two tables together (repeated header, caption row)', () => {
    const bands = table(text, 0).bands!;
    expect(bands.map((b) => b.caption)).toEqual([null, null, '楼堂馆所控制情况']);
    const indicatorTable = text.tables.find((t) => t.bands!.filter((b) => b.columns.some((c) => c.label === '三级指标')).length === 2);
    expect(indicatorTable).toBeDefined();
  });

  it('validate against the Report schema', () => {
    for (const r of [docx, text, other]) expect(() => Report.parse(r)).not.toThrow();
  });
});

describe('table relations of the seed report', () => {
  const idOf = (r: Report, label: string, dims: Record<string, string>) => byQuote(r, label, dims)!.id;

  it('sum a parent row over its numbered children, per column', () => {
    for (const [year, kind] of [['2022', '决算数'], ['2023', '预算数'], ['2023', '决算数']] as const) {
      const dims = { year, kind };
      const [rel] = relationOf(docx, idOf(docx, '三公经费', dims));
      expect(rel).toMatchObject({ kind: 'sum', name: '分项', partial: false, source: 'table' });
      expect(rel!.operands.map((id) => factById(docx, id).label)).toEqual(['公务用车购置及运行维护费', '因公出国（境）费', '公务接待费']);
    }
    const [projects] = relationOf(docx, idOf(docx, '项目支出', { year: '2023', kind: '决算数' }));
    expect(projects!.operands.map((id) => factById(docx, id).number.value)).toEqual(['147.2', '1085.73']);
    expect(projects!.absent).toBe(2); // 2、运行维护经费 and 4、… have no figures: absent, not 0
  });

  it('mark a 其中 breakdown partial', () => {
    const [rel] = relationOf(docx, idOf(docx, '公用经费', { year: '2023', kind: '决算数' }));
    expect(rel).toMatchObject({ name: '其中', partial: true });
    expect(rel!.operands.map((id) => factById(docx, id).label)).toEqual(['办公费', '水费、电费、差旅费', '会议费、培训费']);
  });

  it('state the rates with operands named by the headers (控制率, 执行率 = 全年执行数 ÷ 全年预算数)', () => {
    const [control] = relationOf(docx, idOf(docx, '控制率', {}), 'rate');
    expect(control!.operands.map((id) => factById(docx, id).number.value)).toEqual(['92', '95']);
    const [execution] = relationOf(docx, idOf(docx, '年度资金总额', { column: '执行率' }), 'rate');
    expect(execution!.operands.map((id) => factById(docx, id).dims.kind)).toEqual(['全年执行数', '全年预算数']);
  });

  it('ties where the seed ties: every non-partial 分项 sum holds exactly', () => {
    for (const rel of docx.relations.filter((x) => x.source === 'table' && x.kind === 'sum' && x.name === '分项')) {
      const sum = rel.operands.reduce((acc, id) => acc.plus(factById(docx, id).number.value), new Decimal(0));
      expect(sum.eq(factById(docx, rel.result).number.value), rel.id).toBe(true);
    }
  });

  it('are the same from the text dump', () => {
    const shape = (r: Report) =>
      r.relations
        .filter((x) => x.source === 'table')
        .map((x) => [x.kind, x.name, x.partial, factWhat(factById(r, x.result)), x.operands.map((id) => factWhat(factById(r, id)))].join('|'))
        .sort();
    expect(shape(text)).toEqual(shape(docx));
  });
});

describe('a table laid out differently (corpus/other-tables-2024.docx)', () => {
  it('reads 元 with thousands separators and a 合计 row printed first', () => {
    const income = other.tables[0]!;
    expect(income.unit).toBe('元');
    expect(income.columns.map((c) => c.kind)).toEqual(['label', 'index', 'value']);
    const total = byQuote(other, '收入合计', {})!; // 本年收入合计 → 收入合计 (patterns/labels.json)
    expect(total.number).toMatchObject({ value: '5234567.89', unit: '元', wanYuan: '523.456789' });
    const [rel] = relationOf(other, total.id);
    expect(rel).toMatchObject({ name: '合计', partial: false });
    expect(rel!.operands.map((id) => factById(other, id).label)).toEqual(['财政拨款收入', '事业收入', '其他收入']);
    // 行次 is a row number, not a figure.
    expect(tableFacts(other).some((f) => f.location.table === income.block && f.location.col === 1)).toBe(false);
  });

  it('reads a two-row header (merged cells) into year/kind/column dims and sums the 合计 column', () => {
    const spending = other.tables[1]!;
    expect(spending.headerRows).toBe(2);
    expect(spending.columns.slice(1).map((c) => c.dims)).toEqual([
      { year: '2024', kind: '预算数' },
      { year: '2024', kind: '决算数', column: '合计' },
      { year: '2024', kind: '决算数', column: '基本支出' },
      { year: '2024', kind: '决算数', column: '项目支出' },
    ]);
    const farming = byQuote(other, '农林水支出', { column: '合计' })!;
    const cols = other.relations.find((x) => x.result === farming.id && x.id.endsWith('-cols'))!;
    expect(cols.operands.map((id) => factById(other, id).number.value)).toEqual(['302.10', '159.70']);
    const children = relationOf(other, farming.id).find((x) => x.name === '分项')!;
    expect(children.operands.map((id) => factById(other, id).label)).toEqual(['农业农村', '巩固脱贫攻坚成果衔接乡村振兴']);
    const total = relationOf(other, byQuote(other, '合计', { column: '项目支出' })!.id).find((x) => x.name === '合计')!;
    expect(total.absent).toBe(1); // （三）社会保障和就业支出 says “-”
  });

  it('reads a side-by-side 收入 | 支出 table as two tables, and 总计 as 合计 + 结转和结余', () => {
    const overview = other.tables.find((t) => t.caption?.includes('收入支出决算总表'))!;
    expect(overview.bands![0]!.segments!.map((s) => s.labelCols)).toEqual([[0], [2]]);
    const rows = overview.rows.filter((r) => r.role !== 'header');
    expect(rows.filter((r) => r.row === 2).map((r) => [r.segment, r.label])).toEqual([
      [0, '一般公共预算财政拨款'],
      [1, '一般公共服务支出'],
    ]);
    const grand = tableFacts(other).filter((f) => f.location.table === overview.block && f.label === '总计');
    expect(grand).toHaveLength(2);
    for (const g of grand) {
      const [rel] = relationOf(other, g.id);
      expect(rel!.name).toBe('总计');
      expect(rel!.operands.map((id) => factById(other, id).label)).toEqual(
        // 本年支出合计 is a synonym of 决算支出 (patterns/labels.json)
        g.location.col === 1 ? ['收入合计', '年初财政拨款结转和结余'] : ['决算支出', '年末财政拨款结转和结余'],
      );
    }
    // 行次 on the right is a row number, not a figure; the right-hand 合计 adds three rows.
    const spent = relationOf(other, byQuote(other, '决算支出', {})!.id)[0]!;
    expect(spent.operands.map((id) => factById(other, id).number.value)).toEqual(['118.50', '461.80', '18.00']);
  });

  it('builds the hierarchy of a 功能分类 table from its 科目编码 (类 | 款 | 项)', () => {
    const table = other.tables.find((t) => t.caption?.includes('支出决算表') && t.columns.some((c) => c.kind === 'code'))!;
    expect(table.columns.map((c) => c.kind)).toEqual(['code', 'code', 'code', 'label', 'value', 'value', 'value']);
    const shape = table.rows.filter((r) => r.role !== 'header').map((r) => `${r.level}:${r.label}`);
    expect(shape.slice(0, 6)).toEqual(['0:合计', '0:一般公共服务支出', '1:人大事务', '2:行政运行', '2:一般行政管理事务', '0:农林水支出']);
    const total = tableFacts(other).find((f) => f.location.table === table.block && f.label === '合计' && f.dims.column === '合计')!;
    const byRows = relationOf(other, total.id).find((r) => r.name === '合计' && !r.id.endsWith('-cols'))!;
    expect(byRows.operands.map((id) => factById(other, id).label)).toEqual(['一般公共服务支出', '农林水支出', '社会保障和就业支出']);
    // Codes are not figures; they name the row in dims.code, and the title gives the kind.
    expect(tableFacts(other).some((f) => f.location.table === table.block && f.location.col! < 3)).toBe(false);
    expect(table.rows.flatMap((r) => r.values).filter((v) => v.col < 3 && v.number !== null)).toEqual([]);
    const running = tableFacts(other).find((f) => f.location.table === table.block && f.label === '事业运行')!;
    expect(running.dims).toEqual({ kind: '决算数', column: '合计', code: '2130104' });
    // A coded row without figures stays as it is (its codes are not moved into the value columns).
    const empty = table.rows.find((r) => r.label === '其他社会保障和就业支出')!;
    expect(empty.values.every((v) => v.fact === null && v.number === null)).toBe(true);
    expect(other.warnings.filter((w) => w.code === 'table-row-realigned')).toEqual([]);
  });

  it('gives no error findings: the fixture ties, and reconcile reads these relations as meant', () => {
    expect(other.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('ties everywhere (the fixture is consistent): every sum relation holds exactly', () => {
    for (const rel of other.relations.filter((x) => x.kind === 'sum')) {
      const sum = rel.operands.reduce((acc, id) => acc.plus(factById(other, id).number.value), new Decimal(0));
      expect(sum.eq(factById(other, rel.result).number.value), rel.id).toBe(true);
    }
  });
});

describe('parseCell', () => {
  it.each([
    ['——', { kind: 'placeholder' }],
    ['-', { kind: 'placeholder' }],
    ['', { kind: 'empty' }],
    ['1,234.50', { kind: 'number' }],
    ['≤3241.81', { kind: 'comparison', comparator: '≤' }],
    ['＝100%', { kind: 'comparison', comparator: '=' }],
    ['95%以上', { kind: 'comparison', comparator: '≥' }],
    ['其中：一般公共预算：3233.51', { kind: 'labelled', label: '一般公共预算', rawLabel: '其中：一般公共预算' }],
    ['产出\n指标\n（50分)', { kind: 'labelled', label: '产出指标' }],
    ['（1）', { kind: 'text' }],
    ['完成省定任务的260%', { kind: 'text' }],
    ['2023年12月31日前', { kind: 'text' }],
  ])('%s', (cell, expected) => {
    expect(parseCell(cell, '万元')).toMatchObject(expected);
  });

  it('gives a labelled cell the unit it is told, not the unit of the column it starts in', () => {
    const v = parseCell('其中：基本支出：2008.88', '分', '万元');
    expect(v.kind === 'labelled' && v.number.unit).toBe('万元');
  });
});

describe('odd tables', () => {
  /** A Document holding one table written as rows of cell texts. */
  const docOf = (rows: string[][]): Document => {
    let text = '';
    const cells: Cell[] = [];
    rows.forEach((row, r) =>
      row.forEach((t, c) => {
        cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, text: t, span: { start: text.length, end: text.length + t.length } });
        text += t + (c === row.length - 1 ? '\n' : '\t');
      }),
    );
    const cols = Math.max(0, ...rows.map((r) => r.length));
    return { text, pages: null, furniture: [], blocks: [{ kind: 'table', index: 0, page: null, span: { start: 0, end: text.length }, rows: rows.length, cols, cells }] };
  };

  it.each([
    ['one text cell', [['说明']]],
    ['only empty cells', [['', ''], ['', '']]],
    ['a header and nothing else', [['项目', '金额']]],
    ['ragged rows', [['项目', '2023年决算数', '2023年预算数'], ['合计', '5'], ['一、A', '3', '4', '9'], ['二、B']]],
    ['figures only', [['1', '2'], ['3', '4']]],
  ])('%s: no crash, and every fact points at its cell', (_name, rows) => {
    const doc = docOf(rows);
    const out = extractTables(doc, []);
    expect(out.tables).toHaveLength(1);
    for (const f of out.facts) expect(doc.text.slice(f.location.span!.start, f.location.span!.end)).toBe(f.location.quote);
    expect(extractIndicators(doc, [], out.tables)).toEqual([]);
  });
});
