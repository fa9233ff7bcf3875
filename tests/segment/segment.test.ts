import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/convert/document-builder.js';
import { segment } from '../../src/segment/index.js';
import { sectionOfBlock } from '../../src/segment/lookup.js';
import { SEEDS, report, textDocument } from '../corpus.js';

const outline = (sections: { id: string; parent: string | null; level: number; number: string | null; title: string; pattern: string }[]) =>
  sections.map((s) => ({ id: s.id, parent: s.parent, level: s.level, number: s.number, title: s.title, pattern: s.pattern }));

describe.each(SEEDS)('segment — seed %s', (name) => {
  it('finds the nine top-level sections 一 … 九 in order, with 8、 as the eighth', async () => {
    const { sections } = await report(name);
    const top = sections.filter((s) => s.level === 1 && s.pattern !== 'attachment');
    expect(top.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '8', '九']);
    expect(top.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']);
    expect(top[7]).toMatchObject({ title: '下一步改进措施', level: 1, parent: null });
    expect(top[0]!.title).toBe('部门、单位基本情况');
  });

  it('puts “（3） 主要职能职责” third under 一, among （一）（二）（四）', async () => {
    const { sections } = await report(name);
    const under1 = sections.filter((s) => s.parent === 's1');
    expect(under1.map((s) => [s.number, s.title])).toEqual([
      ['（一）', '机构设置情况'],
      ['（二）', '人员编制情况'],
      ['（3）', '主要职能职责'],
      ['（四）', '绩效目标设定情况'],
    ]);
    expect(under1[2]).toMatchObject({ id: 's1.3', level: 2 });
  });

  it('keeps the 16 numbered duties and the （1）…（7） paragraphs as list items, not sections', async () => {
    const { sections, document } = await report(name);
    const duties = sections.find((s) => s.id === 's1.3')!;
    expect(sections.filter((s) => s.parent === 's1.3')).toEqual([]);
    // The duties are the blocks the section governs.
    const texts = document.blocks.slice(duties.blockStart, duties.blockEnd).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toHaveLength(16);
    expect(texts[0]).toMatch(/^1\.贯彻落实/);
    expect(texts[15]).toMatch(/^16\.负责全市电力行政执法工作/);
    expect(sections.filter((s) => s.parent === 's6.2.2')).toEqual([]);
    expect(sections.filter((s) => s.parent === 's2.1.3')).toEqual([]);
  });

  it('builds the level-3 sections of 二 and 六', async () => {
    const { sections } = await report(name);
    expect(sections.filter((s) => s.level === 3).map((s) => `${s.id} ${s.number} ${s.title}`)).toEqual([
      's2.1.1 1 预算执行情况',
      's2.1.2 2 预算使用情况',
      's2.1.3 3 预算管理情况',
      's2.2.1 1 基本支出情况',
      's2.2.2 2 项目支出情况',
      's6.2.1 1 综合评价指标分析',
      's6.2.2 2 绩效目标完成情况及绩效情况',
    ]);
  });

  it('finds 附件1 and 附件2 with their titles, and the tables inside them', async () => {
    const { sections, document } = await report(name);
    const att = sections.filter((s) => s.pattern === 'attachment');
    expect(att.map((s) => [s.id, s.number, s.title, s.level])).toEqual([
      ['a1', '附件1', '部门整体支出绩效评价基础数据表', 1],
      ['a2', '附件2', '整体支出绩效自评表', 1],
    ]);
    const tables = document.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(sectionOfBlock(sections, t.index)).toMatch(/^a[12]$/);
    // “附件：1.部门整体支出绩效评价基础数据表” above the signature is not an attachment.
    expect(sections.find((s) => s.id === 's9')!.blockEnd).toBe(att[0]!.headingBlock);
  });

  it('gives each section the blocks up to the next heading at its level or above', async () => {
    const { sections, document } = await report(name);
    for (const s of sections) {
      expect(s.blockStart).toBe(s.headingBlock + 1);
      expect(s.blockEnd).toBeGreaterThanOrEqual(s.blockStart);
      const next = sections.find((t) => t.headingBlock > s.headingBlock && t.level <= s.level);
      expect(s.blockEnd).toBe(next?.headingBlock ?? document.blocks.length);
    }
  });
});

describe('segment — the .docx and the .txt of the seed', () => {
  it('give the same tree', async () => {
    const [docx, txt] = await Promise.all(SEEDS.map(report));
    expect(outline(docx!.sections)).toEqual(outline(txt!.sections));
  });
});

describe('segment — another department (corpus/other-dept-2024.docx)', () => {
  it('nests 一、 under 第一部分 / 第二部分 and places the irregular 4、 fourth', async () => {
    const { sections } = await report('other-dept-2024.docx');
    expect(sections.map((s) => `${s.id} ${s.number} ${s.title}`)).toEqual([
      's1 第一部分 部门基本情况',
      's1.1 一 机构设置',
      's1.2 二 人员情况',
      's1.3 三 主要职责',
      's2 第二部分 部门整体支出情况',
      's2.1 一 收支概况',
      's2.2 二 支出结构',
      's2.3 三 项目资金管理',
      's2.4 4 “三公”经费',
      's2.5 五 绩效评价结论',
    ]);
    expect(sections.find((s) => s.id === 's2.4')).toMatchObject({ level: 2, parent: 's2', pattern: 'arabic-dot' });
  });
});

describe('segment — rules', () => {
  it('tells a numbered heading from a numbered sentence', () => {
    const sections = segment(
      textDocument([
        '一、基本情况',
        '1.预算执行情况',
        '本年预算收入100万元。',
        '1.对所有资金实行全过程管理，督促各预算资金执行进度；提高预算资金使用效益。',
        '2.预算资金下达后，及时制定实施方案，明确使用内容和范围，对预算执行中存在的问题进行逐项分析。',
        '2.预算使用情况',
        '二、绩效情况',
      ]),
    );
    expect(sections.map((s) => `${s.id} ${s.number} ${s.title}`)).toEqual(['s1 一 基本情况', 's1.1 1 预算执行情况', 's1.2 2 预算使用情况', 's2 二 绩效情况']);
  });

  it('continues a run of short list items instead of opening sections', () => {
    const sections = segment(
      textDocument([
        '一、主要职能',
        '（一）贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策；研究拟订本区财政发展战略、规划、政策和改革方案并组织实施。',
        '（二）承担政府各项财政收支管理的责任；负责政府财政资金和财政专户管理；负责编制年度财政预决算并组织执行。',
        '（三）完成区委、区政府交办的其他任务。',
        '二、机构设置',
      ]),
    );
    expect(sections.map((s) => s.number)).toEqual(['一', '二']);
  });

  it('reads Arabic for Chinese numerals (and the reverse) by the number each level expects', () => {
    const sections = segment(textDocument(['一、甲', '（一）子一', '（2）子二', '（三）子三', '二、乙', '三、丙', '4、丁', '五、戊']));
    expect(sections.map((s) => `${s.id}:${s.level}:${s.number}`)).toEqual([
      's1:1:一',
      's1.1:2:（一）',
      's1.2:2:（2）',
      's1.3:2:（三）',
      's2:1:二',
      's3:1:三',
      's4:1:4',
      's5:1:五',
    ]);
  });

  it('skips a table of contents and takes a title from the next line', () => {
    const sections = segment(
      textDocument(['上海市某某局', '2024年度部门决算', '目 录', '第一部分 某某局概况', '一、主要职能', '第二部分 部门决算表', '第一部分', '某某局概况', '一、主要职能', '本局是主管…的部门。', '第二部分', '部门决算表']),
    );
    expect(sections.map((s) => `${s.id} ${s.number} ${s.title} (${s.headingBlock})`)).toEqual([
      's1 第一部分 某某局概况 (6)',
      's1.1 一 主要职能 (8)',
      's2 第二部分 部门决算表 (10)',
    ]);
  });

  it('ends a table of contents at running text when the body does not repeat it', () => {
    const sections = segment(
      textDocument([
        '目 录',
        '一、部门主要职能 ……………… 3',
        '二、部门机构设置 ……………… 5',
        '上海市某某区司法局主要职能',
        '上海市某某区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：',
        '（一）贯彻执行国家和本市有关司法行政工作的法律、法规、规章和方针、政策，制定本区司法行政工作规划、年度计划并组织实施。',
        '一、预算编制说明',
      ]),
    );
    expect(sections.map((s) => `${s.number} ${s.title}`)).toEqual(['一 预算编制说明']);
  });

  it('drops TOC lines with dot leaders', () => {
    const sections = segment(textDocument(['一、部门主要职能 ……………… 3', '二、部门机构设置 ……………… 5', '一、部门主要职能', '正文。']));
    expect(sections.map((s) => s.headingBlock)).toEqual([2]);
  });

  it('opens no level for a new style that starts mid-way, unless the paragraph is bold', () => {
    const build = (bold: boolean) => {
      const b = new DocumentBuilder();
      b.addParagraph('一、主要职能', { bold: true });
      b.addParagraph('（六）完成区委交办的其他任务。', { bold });
      return b.build(null);
    };
    expect(segment(build(false)).map((s) => s.number)).toEqual(['一']);
    expect(segment(build(true)).map((s) => s.number)).toEqual(['一', '（六）']);
  });

  it('uses bold only to admit a longer title', () => {
    const long = '（一）关于本部门二〇二四年度预算绩效管理工作开展情况及其主要做法与成效和存在问题的总体说明与分析';
    const build = (bold: boolean) => {
      const b = new DocumentBuilder();
      b.addParagraph('一、概况', { bold: true });
      b.addParagraph(long, { bold });
      return b.build(null);
    };
    expect(segment(build(false)).map((s) => s.number)).toEqual(['一']);
    expect(segment(build(true)).map((s) => s.number)).toEqual(['一', '（一）']);
  });
});
