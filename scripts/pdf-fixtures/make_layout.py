"""Writes the synthetic layout fixtures under corpus/pdf-layout/ (run from the repo root):

- dept-accounts-3p.pdf: a made-up 示例区文化和旅游局 决算说明 over three pages with a running
  header, “— N —” page numbers, first-line indents, a paragraph continued over a page break,
  a line drawn glyph by glyph, a ruled table (stroked lines on page 2, thin filled rectangles
  on page 3) that continues on page 3 under its repeated two header rows, a wrapped cell,
  merged header cells, and a table drawn without any lines.
- page-x-of-y.pdf: two pages with a running header at the top right and “第 N 页 共 2 页” footers.
"""

from __future__ import annotations

import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from minipdf import Document, Page, text_width  # noqa: E402

LEFT, RIGHT = 81.5, 513.5
TOP, BOTTOM = 760.0, 90.0
SIZE, LEADING = 12.0, 20.0


def wrap(s: str, first_indent: float, size: float = SIZE, width: float = RIGHT - LEFT) -> list[tuple[float, str]]:
    """Greedy wrap that never breaks inside a number or Latin word, as Word does;
    returns (x, line) pairs, the first line indented."""
    lines: list[tuple[float, str]] = []
    cur, x0 = "", LEFT + first_indent
    for token in re.findall(r"[0-9A-Za-z.,%-]+|.", s):
        avail = RIGHT - x0
        if text_width(cur + token.rstrip(), size) > avail + 0.01 and cur:
            lines.append((x0, cur.rstrip()))
            cur, x0 = "", LEFT
            token = token.lstrip()
        cur += token
    if cur:
        lines.append((x0, cur))
    return lines


def furniture(page: Page, n: int) -> None:
    page.text_center((LEFT + RIGHT) / 2, 800, "示例区文化和旅游局2024年度部门决算", 9)
    page.line(LEFT, 794, RIGHT, 794, 0.5)
    page.text_center((LEFT + RIGHT) / 2, 50, f"— {n} —", 10.5)


class Flow:
    """Lays paragraphs top-down over pages, starting new pages as needed."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.page = doc.add_page()
        furniture(self.page, 1)
        self.y = TOP

    def new_page(self) -> None:
        self.page = self.doc.add_page()
        furniture(self.page, len(self.doc.pages))
        self.y = TOP

    def heading(self, s: str, size: float = SIZE, center: bool = False) -> None:
        if center:
            self.page.text_center((LEFT + RIGHT) / 2, self.y, s, size, bold=True)
        else:
            self.page.text(LEFT, self.y, s, size, bold=True)
        self.y -= LEADING + (size - SIZE)

    def paragraph(self, s: str, per_glyph: bool = False) -> None:
        lines = wrap(s, 2 * SIZE)
        for i, (x, line) in enumerate(lines):
            if self.y < BOTTOM:
                self.new_page()
            # Justified like Word: every line but the last is spread to the right margin.
            last = i == len(lines) - 1
            spacing = 0.0 if last or len(line) < 2 else (RIGHT - x - text_width(line, SIZE)) / (len(line) - 1)
            if per_glyph:
                cx = x
                for ch in line:
                    self.page.text(cx, self.y, ch, SIZE)
                    cx += text_width(ch, SIZE) + spacing
            else:
                self.page.text(x, self.y, line, SIZE, spacing=spacing)
            self.y -= LEADING


COLS = [LEFT, 231.5, 297.5, 447.5, RIGHT]
CELL = 10.5
HEADER = [
    [("收入", 0, 2), ("支出", 2, 2)],
    [("项目", 0, 1), ("决算数", 1, 1), ("项目", 2, 1), ("决算数", 3, 1)],
]
BODY = [
    ("一、一般公共预算财政拨款收入", "2,380.50", "一、一般公共服务支出", "156.20"),
    ("二、政府性基金预算财政拨款收入", "", "二、公共安全支出", "3.10"),
    ("三、国有资本经营预算财政拨款收入", "", "三、教育支出", "12.00"),
    ("四、上级补助收入", "", "四、科学技术支出", "8.45"),
    ("五、事业收入", "", "五、文化旅游体育与传媒支出", "2,461.06"),
    ("六、经营收入", "", "六、社会保障和就业支出", "326.71"),
    ("七、附属单位上缴收入", "", "七、卫生健康支出", "60.99"),
    ("八、其他收入", "12.44", "八、节能环保支出", ""),
    ("", "", "九、城乡社区支出", "25.30"),
    ("", "", "十、农林水支出", ""),
    ("", "", "十一、交通运输支出", ""),
    ("", "", "十二、资源勘探工业信息等支出", ""),
    ("", "", "十三、商业服务业等支出", ""),
    ("", "", "十四、金融支出", ""),
    ("", "", "十五、援助其他地区支出", ""),
    ("", "", "十六、自然资源海洋气象等支出", ""),
    ("", "", "十七、住房保障支出", "188.00"),
    ("", "", "十八、粮油物资储备支出", ""),
    ("", "", "十九、灾害防治及应急管理支出", ""),
    ("", "", "二十、其他支出", ""),
    ("本年收入合计", "2,392.94", "本年支出合计", "3,241.81"),
    ("年初结转和结余", "900.00", "年末结转和结余", "51.13"),
    ("总计", "3,292.94", "总计", "3,292.94"),
]


def cell_lines(s: str, width: float) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if text_width(cur + ch, CELL) > width - 8:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


def row_height(row: tuple) -> float:
    n = max(1, len(cell_lines(row[0], COLS[1] - COLS[0])), len(cell_lines(row[2], COLS[3] - COLS[2])))
    return 22.0 + (n - 1) * 14.0


def rows_that_fit(y_top: float, rows: list) -> int:
    y = y_top - 22.0 * len(HEADER)
    for i, row in enumerate(rows):
        y -= row_height(row)
        if y < BOTTOM - 20:
            return i
    return len(rows)


def draw_table(page: Page, y_top: float, rows: list, filled: bool) -> float:
    """Draws header + rows from y_top down; returns the y of the bottom rule."""
    def hline(y: float, x0: float, x1: float) -> None:
        if filled:
            page.fill_rect(x0, y - 0.5, x1 - x0, 1.0)
        else:
            page.line(x0, y, x1, y, 0.75)

    def vline(x: float, y0: float, y1: float) -> None:
        if filled:
            page.fill_rect(x - 0.5, y1, 1.0, y0 - y1)
        else:
            page.line(x, y0, x, y1, 0.75)

    y = y_top
    hline(y, COLS[0], COLS[-1])
    for r, header in enumerate(HEADER):
        h = 22.0
        for text, c, span in header:
            x0, x1 = COLS[c], COLS[c + span]
            page.text_center((x0 + x1) / 2, y - 15, text, CELL)
        for c in range(len(COLS)):
            if r == 0 and c in (1, 3):
                continue  # merged header cells: no rule between 项目 and 决算数
            vline(COLS[c], y, y - h)
        y -= h
        hline(y, COLS[0], COLS[-1])
    for row in rows:
        wrapped = [cell_lines(row[0], COLS[1] - COLS[0]), cell_lines(row[2], COLS[3] - COLS[2])]
        h = row_height(row)
        for side, col in ((0, 0), (1, 2)):
            for i, piece in enumerate(wrapped[side]):
                page.text(COLS[col] + 4, y - 15 - i * 14.0, piece, CELL)
        for num, col in ((row[1], 1), (row[3], 3)):
            if num:
                page.text_right(COLS[col + 1] - 4, y - 15, num, CELL)
        for c in range(len(COLS)):
            vline(COLS[c], y, y - h)
        y -= h
        hline(y, COLS[0], COLS[-1])
    return y


def make_dept_accounts(path: str) -> None:
    doc = Document()
    flow = Flow(doc)
    flow.heading("示例区文化和旅游局决算情况说明", 16, center=True)
    flow.y -= 8
    flow.heading("一、收入支出决算总体情况说明")
    flow.paragraph(
        "示例区文化和旅游局2024年度收入支出总计3,292.94万元。与2023年度相比，收入支出总计增加848.86万元，"
        "增长34.72%。主要原因：新增文化惠民专项资金和公共文化设施维护经费。"
    )
    flow.heading("二、收入决算情况说明")
    flow.paragraph(
        "本年收入合计2,392.94万元，其中：财政拨款收入2,380.50万元，占99.48%；其他收入12.44万元，占0.52%。",
        per_glyph=True,
    )
    flow.heading("三、支出决算情况说明")
    items = [
        "公共图书馆免费开放经费12.50万元", "文化馆站免费开放经费8.80万元", "非物质文化遗产保护经费36.20万元",
        "公共场所Wi-Fi 6覆盖工程45.00万元", "文物保护单位日常养护经费23.75万元", "群众文化活动经费18.60万元",
        "旅游公共服务设施维护经费31.40万元", "文艺创作扶持资金20.00万元", "体育场馆运行补助56.30万元",
        "全民健身活动经费14.90万元", "广播电视公共服务经费27.35万元", "文化市场综合执法经费9.80万元",
        "旅游宣传推广经费40.00万元", "智慧文旅平台运维经费66.00万元", "博物馆陈列更新经费52.10万元",
        "古籍保护与数字化经费19.95万元", "乡村文化振兴专项经费88.00万元", "节庆活动组织经费25.00万元",
        "文化人才培训经费7.60万元", "档案数字化加工经费11.25万元", "公共文化云平台建设经费120.00万元",
        "红色文化资源调查经费16.40万元", "文旅消费券发放经费200.00万元", "景区安全隐患整治经费35.80万元",
        "文化志愿服务经费6.50万元", "少儿阅读推广经费9.10万元", "全域旅游规划编制经费48.00万元",
        "历史建筑测绘建档经费22.40万元", "流动图书车运行经费13.30万元", "演艺惠民补贴经费60.00万元",
        "美术馆展览策划经费17.20万元", "社区文化中心设备更新经费43.60万元", "青少年体育训练补助29.90万元",
        "文化遗产日宣传经费4.80万元", "旅游统计监测经费10.70万元", "影视拍摄服务保障经费15.00万元",
        "城市书房运营补贴38.50万元", "戏曲进校园经费12.00万元", "文旅行业安全培训经费5.40万元",
        "老旧体育设施改造经费74.30万元", "民俗文化节组织经费21.80万元", "数字博物馆建设经费97.60万元",
    ]
    flow.paragraph(
        "本部门主要职能是：贯彻执行国家和本市有关文化、旅游、文物、广播电视和体育工作的法律、法规、规章和方针、政策；"
        "统筹推进本区公共文化服务体系建设，组织实施重大文化惠民工程；负责本区旅游市场培育、旅游公共服务和行业监管；"
        "承担本区文物保护、非物质文化遗产保护传承和博物馆管理工作；指导群众体育和全民健身活动，管理区属体育场馆。"
    )
    flow.paragraph(
        "本年支出合计3,241.81万元，其中：基本支出2,008.88万元，占61.97%；项目支出1,232.93万元，占38.03%。"
        "项目支出主要用于：" + "、".join(items) + "等。"
    )
    flow.paragraph(
        "基本支出中，人员经费1,856.42万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
        "职业年金缴费、职工基本医疗保险缴费、住房公积金和退休费；公用经费152.46万元，主要包括办公费、印刷费、"
        "水电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费"
        "和其他交通费用。项目支出中，政府采购金额合计486.30万元，其中货物采购52.80万元、服务采购433.50万元。"
    )
    flow.heading("四、收入支出决算总表")
    flow.page.text_right(RIGHT, flow.y + 4, "单位：万元", CELL)
    flow.y -= 6
    # The table fills page 2 and continues on page 3 under its repeated header rows.
    page2_rows = rows_that_fit(flow.y, BODY)
    draw_table(flow.page, flow.y, BODY[:page2_rows], filled=False)
    flow.new_page()
    bottom = draw_table(flow.page, TOP + 10, BODY[page2_rows:], filled=True)
    flow.y = bottom - 30
    flow.heading("五、人员情况")
    flow.paragraph("2024年末本部门编制数与实有人数如下表所示，人员控制率总体保持在合理区间。")
    flow.y -= 6
    aligned = [
        ("单位名称", "编制数", "实有人数", "控制率"),
        ("示例区文化和旅游局（本级）", "45", "43", "95.56%"),
        ("示例区图书馆", "30", "28", "93.33%"),
        ("示例区文化馆", "20", "20", "100.00%"),
        ("合计", "95", "91", "95.79%"),
    ]
    for i, (name, a, b, c) in enumerate(aligned):
        flow.page.text(LEFT, flow.y, name, CELL)
        if i == 0:
            for s, right in ((a, 345.0), (b, 425.0), (c, RIGHT)):
                flow.page.text_right(right, flow.y, s, CELL)
        else:
            for s, right in ((a, 345.0), (b, 425.0), (c, RIGHT)):
                flow.page.text_right(right, flow.y, s, CELL)
        flow.y -= 18
    flow.y -= 10
    flow.paragraph("以上数据均为决算数，合计数与分项数之和的尾差系四舍五入所致。")
    doc.write(path)


def make_page_x_of_y(path: str) -> None:
    doc = Document()
    paragraphs = [
        "示例区图书馆是示例区文化和旅游局所属公益一类事业单位，主要承担公共图书借阅、数字阅读推广和古籍保护等职能。",
        "2024年度本馆收入预算1,086.40万元，其中：财政拨款收入1,080.00万元，其他收入6.40万元。支出预算1,086.40万元，"
        "其中：基本支出702.15万元，项目支出384.25万元。",
        "本馆2024年共接待读者86.5万人次，外借图书42.3万册次，举办阅读推广活动312场。",
    ]
    for n in (1, 2):
        page = doc.add_page()
        page.text_right(RIGHT, 805, "示例区图书馆2024年度部门预算", 9)
        page.text_center((LEFT + RIGHT) / 2, 45, f"第 {n} 页 共 2 页", 9)
        y = TOP
        page.text(LEFT, y, f"{'一' if n == 1 else '二'}、{'单位概况' if n == 1 else '预算安排'}", SIZE, bold=True)
        y -= LEADING
        for s in (paragraphs[:2] if n == 1 else paragraphs[2:]):
            for x, line in wrap(s, 2 * SIZE):
                page.text(x, y, line, SIZE)
                y -= LEADING
    doc.write(path)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "corpus/pdf-layout"
    os.makedirs(out, exist_ok=True)
    make_dept_accounts(os.path.join(out, "dept-accounts-3p.pdf"))
    make_page_x_of_y(os.path.join(out, "page-x-of-y.pdf"))
