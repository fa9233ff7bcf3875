#!/usr/bin/env python3
"""Writes corpus/other-tables-2024.docx: a made-up 某县农业农村局 2024 report whose tables are
laid out unlike the seed's (used by tests/extract/tables.test.ts and indicators.test.ts).

- 收入决算表 in 元 with thousands separators, columns 项目 | 行次 | 金额, the 合计 row at the TOP;
- 支出决算表 in 万元 with a two-row header (项目 and 2024年预算数 merged down, 2024年决算数
  spanning 合计 | 基本支出 | 项目支出), （一）/1. numbering, indented items, 合计 at the bottom;
- 预算执行 row with the columns in another order (执行率 before 分值);
- 绩效指标 table ordered 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因,
  with vMerge'd level cells and a gridSpan'd 总分 row, split into two tables (no header on the second);
- 财政拨款收入支出决算总表 side by side (收入 | 支出 with 行次), 总计 = 本年收入合计 + 结转和结余;
- 支出决算表 with 科目编码 split over 类 | 款 | 项 columns giving the hierarchy.

Run from the repository root: python3 scripts/make-table-fixture.py
"""
import zipfile
from xml.sax.saxutils import escape

OUT = 'corpus/other-tables-2024.docx'
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def run(text, bold=False):
    parts = text.split('\n')
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    body = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f'<w:r>{rpr}{body}</w:r>'


def para(text, bold=False):
    return f'<w:p>{run(text, bold)}</w:p>'


def cell(spec):
    """spec: text, or dict(text=, span=n, vmerge='restart'|'continue')."""
    if isinstance(spec, str):
        spec = {'text': spec}
    props = ''
    if spec.get('span', 1) > 1:
        props += f'<w:gridSpan w:val="{spec["span"]}"/>'
    if spec.get('vmerge') == 'restart':
        props += '<w:vMerge w:val="restart"/>'
    elif spec.get('vmerge') == 'continue':
        props += '<w:vMerge/>'
    text = spec.get('text', '')
    content = para(text) if text else '<w:p/>'
    return f'<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>'


def table(rows, cols):
    grid = ''.join('<w:gridCol w:w="1500"/>' for _ in range(cols))
    body = ''.join('<w:tr>' + ''.join(cell(c) for c in row) + '</w:tr>' for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


R = lambda text: {'text': text, 'vmerge': 'restart'}
C = {'vmerge': 'continue'}

income = table([
    ['项目', '行次', '金额'],
    ['本年收入合计', '1', '5,234,567.89'],
    ['一、财政拨款收入', '2', '4,800,000.00'],
    ['    其中：一般公共预算财政拨款', '3', '4,500,000.00'],
    ['          政府性基金预算财政拨款', '4', '300,000.00'],
    ['二、事业收入', '5', '234,567.89'],
    ['三、其他收入', '6', '200,000.00'],
], 3)

spending = table([
    [R('项目'), R('2024年预算数'), {'text': '2024年决算数', 'span': 3}],
    [C, C, '合计', '基本支出', '项目支出'],
    ['（一）一般公共服务支出', '120.00', '118.50', '80.00', '38.50'],
    ['  1.行政运行', '80.00', '80.00', '80.00', ''],
    ['  2.一般行政管理事务', '40.00', '38.50', '', '38.50'],
    ['（二）农林水支出', '480.50', '461.80', '302.10', '159.70'],
    ['  1.农业农村', '400.50', '390.00', '302.10', '87.90'],
    ['  2.巩固脱贫攻坚成果衔接乡村振兴', '80.00', '71.80', '', '71.80'],
    ['（三）社会保障和就业支出', '20.00', '18.00', '18.00', '-'],
    ['合计', '620.50', '598.30', '400.10', '198.20'],
], 5)

execution = table([
    ['项目', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
    ['资金总额', '600.00', '620.50', '598.30', '96.42%', '10', '9.64'],
], 7)

# Split in two, as a table broken over a page comes out of some readers: the second part has
# no header and starts under a merged 一级指标 cell.
indicators = table([
    ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因'],
    [R('产出指标'), R('数量指标'), '新建高标准农田面积', '20', '≥5000亩', '5200亩', '20', ''],
    [C, C, '培训农民人数', '10', '≥800人', '760人', '9', '受天气影响部分培训延期'],
], 8) + table([
    ['', '质量指标', '项目验收合格率', '10', '100%', '100%', '10', ''],
    [C, '时效指标', '资金拨付及时率', '10', '≥95%', '98%', '10', ''],
    [R('效益指标\n（30分）'), '社会效益指标', '带动农户增收', '20', '明显', '明显', '18', '部分项目尚未见效'],
    [C, '可持续影响指标', '农田设施持续发挥作用', '10', '长期', '长期', '10', ''],
    ['满意度指标', '服务对象满意度指标', '农户满意度', '10', '≥90%', '93%', '10', ''],
    [{'text': '总分', 'span': 3}, '100', '', '', '96.64', ''],
], 8)

# Side by side, as 财政拨款收入支出决算总表 prints it: 收入 on the left, 支出 (with 行次) on the right,
# 本年收入合计 / 本年支出合计, then 结转和结余, then 总计 = 合计 + 结转和结余.
overview = table([
    [{'text': '收入', 'span': 2}, {'text': '支出', 'span': 3}],
    ['项目', '决算数', '项目', '行次', '决算数'],
    ['一、一般公共预算财政拨款', '580.00', '一、一般公共服务支出', '1', '118.50'],
    ['二、政府性基金预算财政拨款', '18.30', '二、农林水支出', '2', '461.80'],
    ['', '', '三、社会保障和就业支出', '3', '18.00'],
    ['本年收入合计', '598.30', '本年支出合计', '4', '598.30'],
    ['年初财政拨款结转和结余', '12.00', '年末财政拨款结转和结余', '5', '12.00'],
    ['总计', '610.30', '总计', '6', '610.30'],
], 5)

# 功能分类 with 科目编码 split over 类 | 款 | 项: the codes give the hierarchy, 合计 first.
by_function = table([
    [{'text': '科目编码', 'span': 3}, R('科目名称'), R('合计'), R('基本支出'), R('项目支出')],
    ['类', '款', '项', C, C, C, C],
    ['', '', '', '合计', '598.30', '400.10', '198.20'],
    ['201', '', '', '一般公共服务支出', '118.50', '80.00', '38.50'],
    ['201', '01', '', '人大事务', '118.50', '80.00', '38.50'],
    ['201', '01', '01', '行政运行', '80.00', '80.00', ''],
    ['201', '01', '02', '一般行政管理事务', '38.50', '', '38.50'],
    ['213', '', '', '农林水支出', '461.80', '302.10', '159.70'],
    ['213', '01', '', '农业农村', '390.00', '302.10', '87.90'],
    ['213', '01', '04', '事业运行', '302.10', '302.10', ''],
    ['213', '01', '99', '其他农业农村支出', '87.90', '', '87.90'],
    ['213', '05', '', '巩固脱贫攻坚成果衔接乡村振兴', '71.80', '', '71.80'],
    ['208', '', '', '社会保障和就业支出', '18.00', '18.00', ''],
    ['208', '05', '', '行政事业单位养老支出', '18.00', '18.00', ''],
    ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '18.00', '18.00', ''],
    ['208', '99', '', '其他社会保障和就业支出', '', '', ''],
], 7)

body = ''.join([
    para('某县农业农村局2024年度部门决算及绩效自评报告', bold=True),
    para('一、收入决算表', bold=True),
    para('单位：元'),
    income,
    para('二、支出决算表', bold=True),
    para('金额单位：万元'),
    spending,
    para('三、部门整体支出绩效自评表', bold=True),
    para('预算执行情况（万元）'),
    execution,
    para('绩效指标完成情况'),
    indicators,
    para('四、财政拨款收入支出决算总表', bold=True),
    para('单位：万元'),
    overview,
    para('五、一般公共预算财政拨款支出决算表', bold=True),
    para('单位：万元'),
    by_function,
    para('说明：本表为测试用虚构数据。'),
])

document = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:document xmlns:w="{W}"><w:body>{body}'
    f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
)
content_types = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)
rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)

with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
    # Fixed timestamps so the fixture's bytes do not change from run to run.
    for name, data in [('[Content_Types].xml', content_types), ('_rels/.rels', rels), ('word/document.xml', document)]:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
print('wrote', OUT)
