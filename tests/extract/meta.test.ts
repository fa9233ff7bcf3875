import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import { Meta } from '../../src/model/index.js';
import { segment } from '../../src/segment/index.js';
import { SEEDS, report, textDocument } from '../corpus.js';

const metaOf = (lines: string[]) => {
  const doc = textDocument(lines);
  return extractMeta(doc, segment(doc));
};

describe.each(SEEDS)('meta — seed %s', (name) => {
  it('reads title, department, year, report type and grade', async () => {
    const { meta, document } = await report(name);
    expect(Meta.parse(meta)).toEqual(meta);
    expect(meta).toMatchObject({
      title: '2023年度怀化市工业和信息化局本级整体支出绩效自评报告',
      department: '怀化市工业和信息化局',
      year: 2023,
      reportType: '部门整体支出绩效自评报告',
    });
    expect(meta.grade?.text).toBe('优');
    const span = meta.grade!.location.span!;
    expect(document.text.slice(span.start, span.end)).toBe('优');
    expect(meta.grade!.location.quote).toContain('评价等级优');
  });
});

describe('meta — other reports', () => {
  it('reads the fixture of another department', async () => {
    const { meta } = await report('other-dept-2024.docx');
    expect(meta).toMatchObject({
      title: '某县农业农村局2024年度部门整体支出绩效自评报告',
      department: '某县农业农村局',
      year: 2024,
      reportType: '部门整体支出绩效自评报告',
    });
    expect(meta.grade?.text).toBe('良');
  });

  it('reads a 部门决算 title split over two lines', () => {
    expect(metaOf(['上海市普陀区财政局', '2024年度部门决算', '目 录', '第一部分 上海市普陀区财政局概况'])).toMatchObject({
      title: '上海市普陀区财政局2024年度部门决算',
      department: '上海市普陀区财政局',
      year: 2024,
      reportType: '部门决算',
    });
  });

  it('reads a 部门预算 whose title names no unit, from the 预算主管部门 line', () => {
    expect(metaOf(['上海市普陀区2026年区级部门预算', '预算主管部门：上海市普陀区司法局', '目 录', '一、部门主要职能'])).toMatchObject({
      title: '上海市普陀区2026年区级部门预算',
      department: '上海市普陀区司法局',
      year: 2026,
      reportType: '部门预算',
    });
  });

  it('falls back to the signature for the department', () => {
    expect(
      metaOf(['2023年度部门整体支出绩效自评报告', '一、基本情况', '本单位内设5个科室。', '某市统计局', '2024年5月10日']),
    ).toMatchObject({ department: '某市统计局', year: 2023, reportType: '部门整体支出绩效自评报告' });
  });

  it('says nothing it cannot read', () => {
    expect(metaOf(['根据有关规定，现将情况报告如下：', '一、基本情况'])).toEqual({
      title: null,
      department: null,
      year: null,
      reportType: null,
      grade: null,
    });
  });
});
