#!/usr/bin/env python3
"""Writes the hand-made .docx fixtures under corpus/ (python3 standard library only).

corpus/other-dept-2024.docx — a 部门整体支出绩效自评报告 of another department, worded
unlike the seed: “第一部分” / “一、” headings with an irregular “4、”, amounts in 元 with
thousands separators (one in full-width digits), 全年执行数, 占全年支出的x%, 同比下降,
比预算数少, （含上年结转…）, a signature and a grade. Run: python3 scripts/make-fixtures.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""


def paragraph(text, bold=False):
    props = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document(paragraphs):
    body = ''.join(paragraph(t, b) for t, b in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr/></w:body></w:document>')


def write_docx(path, paragraphs):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOC_RELS)
        z.writestr('word/document.xml', document(paragraphs))


H = True  # bold heading
OTHER_DEPT = [
    ('某县农业农村局', H),
    ('2024年度部门整体支出绩效自评报告', H),
    ('按照《某县财政局关于做好2024年度部门整体支出绩效自评工作的通知》（某财绩〔2025〕3号）要求，现将我局2024年1-12月部门整体支出绩效自评情况报告如下。', False),
    ('第一部分 部门基本情况', H),
    ('一、机构设置', H),
    ('本局内设８个股室，下属事业单位3个。', False),
    ('二、人员情况', H),
    ('年末编制人数45人，实有人数43人。', False),
    ('三、主要职责', H),
    ('1．贯彻执行国家和省、市有关农业农村工作的方针政策和法律法规；拟订全县农业农村发展规划并组织实施，推进“1+N”产业发展格局。', False),
    ('2．统筹研究和组织实施“三农”工作的发展战略、中长期规划、重大政策；组织起草农业农村有关规范性文件。', False),
    ('3．负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；指导粮食等农产品生产。', False),
    ('第二部分 部门整体支出情况', H),
    ('一、收支概况', H),
    ('2024年度年初预算收入12,345,678.90元，全年执行数11,876,543.21元，预算执行率96.20%。全年执行数较上年同比下降5.22%。', False),
    ('二、支出结构', H),
    ('全年支出11,876,543.21元，其中：基本支出8,123,456.78元，占全年支出的68.40%；项目支出3,753,086.43元，占全年支出的31.60%。', False),
    ('基本支出包括：人员经费6,543,210.00元，公用经费1,580,246.78元。', False),
    ('项目支出主要用于高标准农田建设1,200,000.00元、动物防疫经费356,000.00元及农技推广等。', False),
    ('三、项目资金管理', H),
    ('全年争取上级农业发展专项资金2,000,000元（含上年结转300,000元），已拨付1,850,000元，拨付率92.50%。', False),
    ('4、“三公”经费', H),
    ('“三公”经费预算数50,000元，全年支出45,600元，比预算数少4,400元。其中：公务接待费12,600元，公务用车运行维护费33,000元，因公出国（境）费0元。', False),
    ('五、绩效评价结论', H),
    ('经综合评价，本局2024年度部门整体支出绩效自评得分为88.5分，评价等级为“良”。联系电话：0739-1234567。', False),
    ('某县农业农村局', False),
    ('2025年3月15日', False),
]


if __name__ == '__main__':
    out = os.path.normpath(os.path.join(ROOT, 'other-dept-2024.docx'))
    write_docx(out, OTHER_DEPT)
    print(out)
