"""The hand audit behind corpus/truth/: per report, the verified inconsistencies (each
recomputed with exact decimals and rounding intervals after opening the page) and the
baseline's error findings grouped by the cause of the false alarm (finding indices into
the baseline Report's `findings`). Read by build_truth.py.
"""
BASELINE_COMMIT = '8eba73ddb8760b117135cddaacbbf6c6d873dae3'
AUDIT_DATE = '2026-11-29'
B = '/tmp/base/'
JS = 'wide/ae86jack+open-budget/pdf_files/jszwfw/'
CITY = 'wide/calinchow-del+renwu/预算数据/'

# What every 预算/决算 audit below covered besides gouji's findings.
STD = ['收支总表 both sides', '合计 = 基本支出 + 项目支出', '类 = Σ款 = Σ项 by 功能分类科目编码 (scripts/truth/audit_pdf.py)',
       '三公经费 = 出国 + 公务用车(购置+运行) + 公务接待', 'shares and year-on-year rates in the prose']

STUB_ROW = '栏次 row (column numbers 1, 2, 3 … under the headers, “**” in the code columns) read as amounts'
TOTALS_ROW = '收支预算总表: 收入合计 / 支出合计 taken as the sum of the 上年结转结余 / 结转下年 row alone (本年收入合计 / 本年支出合计 is the other part)'
SUB_ROW = '三公 table: a 其中 row (公务用车购置费 / 运行费 under 公务用车购置及运行费) taken as the parent of its sibling'

MEET = ('“全年计划召开全体会议1次，常委会议4次，主席会议12次。其中专题议政性常委会议2次，主席专题协商会议2次”: each 其中 item is a subset '
        'of a different total (常委会议 ⊇ 2, 主席会议 ⊇ 2) — a subset, not a split of 主席会议')

# Causes seen again and again; the notes say what was misread.
PROC = '政府采购预算表: every leaf row repeats 分散自行组织/政府集中采购 (and its 经济科目) — unrelated purchases paired as one figure'
PROC_SUM = '政府采购预算表 hierarchy misread (leaf rows taken as parents, groups summed over the wrong rows); the printed totals tie'
FUNC_COL = '收支预算总表: cells of different 功能分类 rows (and the 支出用途 side) keyed only by the column header 金额'

SEED_CHECKED = ['预算执行率 in the prose', '自评表 执行率 = 全年执行数 ÷ 全年预算数', '得分 ≤ 分值', '其中 lists in the prose']

SPECS = [
    dict(
        slug='seed-huaihua-gxj-2023-docx', baseline='/tmp/aud/seed.json', path='huaihua-gxj-2023.docx', root='project',
        title='2023年度怀化市工业和信息化局本级整体支出绩效自评报告', genre='自评', checked=SEED_CHECKED,
        errors=[
            dict(id='rate-135.42', page=None, statedIn='prose', kind='rate', stated='135.42', operands=['3241.81', '2392.94'],
                 arithmetic='3241.81 ÷ 2392.94 ∈ [135.4734%, 135.4744%] ∌ 135.42% ± 0.005',
                 note='预算执行率 in the prose: 决算支出 ÷ 预算收入 is 135.47%'),
            dict(id='self-eval-rate', page=None, statedIn='table', kind='rate', stated='135.42', operands=['3241.81'],
                 arithmetic='全年执行数 3241.81 ÷ 全年预算数 3241.81 = 100.00% ∌ 135.42%',
                 note='自评表 年度资金总额 row: 执行率 135.42% with 全年预算数 = 全年执行数'),
        ],
    ),
    dict(
        slug='seed-huaihua-gxj-2023-pdf', baseline='/tmp/aud/seedpdf.json', path='huaihua-gxj-2023.pdf', root='project',
        title='2023年度怀化市工业和信息化局本级整体支出绩效自评报告 (PDF print of the seed)', genre='自评', checked=SEED_CHECKED,
        errors=[
            dict(id='rate-135.42', page=3, statedIn='prose', kind='rate', stated='135.42', operands=['3241.81', '2392.94'],
                 arithmetic='3241.81 ÷ 2392.94 ∈ [135.4734%, 135.4744%] ∌ 135.42% ± 0.005',
                 note='预算执行率 in the prose: 决算支出 ÷ 预算收入 is 135.47%'),
            dict(id='self-eval-rate', page=11, statedIn='table', kind='rate', stated='135.42', operands=['3241.81'],
                 arithmetic='全年执行数 3241.81 ÷ 全年预算数 3241.81 = 100.00% ∌ 135.42%',
                 note='自评表 年度资金总额 row: 执行率 135.42% with 全年预算数 = 全年执行数'),
        ],
    ),
    dict(
        slug='real-putuo-finance-2024-final', baseline=B + 'd98bdf46.json', path='real/putuo-finance-2024-final-accounts.pdf', root='shared',
        title='上海市普陀区财政局2024年度部门决算', genre='决算', checked=STD,
        errors=[
            dict(id='share-71.73', page=21, statedIn='prose', kind='share', stated='71.73', operands=['2106.66', '2940.05'],
                 arithmetic='2106.66 ÷ 2940.05 ∈ [71.6536%, 71.6542%] ∌ 71.73% ± 0.005',
                 note='一般公共服务支出（类）2106.66万元，占71.73% of 一般公共预算财政拨款支出 2940.05 (the other shares 11.11/2.07/15.16 tie)'),
            dict(id='fiscal-total-0.3', page=21, statedIn='prose', kind='same-figure', stated='0.3', operands=['2961.68'],
                 arithmetic='prose 0.3万元 vs 财政拨款收入支出决算总表 总计 2,961.68 (p13): not the same figure under any rounding',
                 note='“财政拨款收入支出总计0.3万元” while the 财政拨款收入支出决算总表 (p13) says 总计 2,961.68'),
        ],
        notes=['Baseline warnings (not scored): same-figure pairs 收入合计 2946.25 / 总计 2995.39 of the 收入支出决算总表 (全部资金) with 2940.05 / 2961.68 of the 财政拨款收入支出决算总表 — wrong scope.',
               '社会保障和就业支出 is 326.71 in the 收支总表 (p6) and 326.72 in the detail tables: the intervals [326.705, 326.715] and [326.715, 326.725] touch, so not labelled.'],
    ),
    dict(
        slug='js-npc-2017-budget', baseline=B + 'a13be339.json', path=JS + '江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf', root='shared',
        title='江苏省人大常委会办公厅2017年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='share-abroad', page=28, statedIn='prose', kind='share', stated='8.75', operands=['222.5', '833.6'],
                 arithmetic='222.5 ÷ 833.60 ∈ [26.6853%, 26.6976%] ∌ 8.75% ± 0.005',
                 note='“因公出国（境）费支出222.5万元，占“三公”经费的8.75%”: 三公 is 833.60 (p20 table: 222.50 + 183.60 + 427.50); 8.75% is 222.5 ÷ 2542.60, the total with 会议费 and 培训费'),
            dict(id='share-cars', page=28, statedIn='prose', kind='share', stated='7.22', operands=['183.6', '833.6'],
                 arithmetic='183.6 ÷ 833.60 ∈ [22.0188%, 22.0311%] ∌ 7.22% ± 0.005',
                 note='公务用车购置及运行费 183.6万元 占“三公”经费的7.22% (÷ 2542.60, wrong base)'),
            dict(id='share-reception', page=28, statedIn='prose', kind='share', stated='16.81', operands=['427.5', '833.6'],
                 arithmetic='427.5 ÷ 833.60 ∈ [51.2773%, 51.2899%] ∌ 16.81% ± 0.005',
                 note='公务接待费 427.5万元 占“三公”经费的16.81% (÷ 2542.60, wrong base)'),
            dict(id='shares-of-sangong-sum', page=28, statedIn='prose', kind='share', stated='8.75', operands=['7.22', '16.81'],
                 arithmetic='8.75% + 7.22% + 16.81% = 32.78% (± 0.015) ≠ 100%: the three parts of “三公”经费 cannot make 32.78% of it',
                 note='the three shares of 三公经费 as a list (the same wrong base as share-abroad/cars/reception, seen from the whole)'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3, 7, 9], 'misread-structure', PROC_SUM),
            ([4, 5, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 'same-row-label', PROC),
            ([21], 'change-as-level', '“增加基本支出844.15万元” (a change) paired with the level 基本支出 7666.68'),
        ],
    ),
    dict(
        slug='js-npc-2019-tables', baseline=B + '8cac2392.json', path=JS + '江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf', root='shared',
        title='江苏省人大常委会办公厅2019年部门预算公开表', genre='预算', checked=STD,
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3, 4, 8, 9], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-procuratorate-2017-budget', baseline=B + 'b6743845.json', path=JS + '江苏省人民检察院/2017年省检察院部门预算.pdf', root='shared',
        title='江苏省人民检察院2017年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='yoy-129.97', page=22, statedIn='prose', kind='year-on-year', stated='129.97', operands=['3401.59', '6032.55'],
                 arithmetic='3401.59 ÷ (6032.55 − 3401.59 = 2630.96) ∈ [129.2901%, 129.2915%] ∌ 129.97% ± 0.005',
                 note='机关运行经费 6032.55万元，比2016年增加3401.59万元，增长129.97%'),
            dict(id='share-reception', page=22, statedIn='prose', kind='share', stated='26.72', operands=['156.55', '584.35'],
                 arithmetic='156.55 ÷ 584.35 ∈ [26.7894%, 26.7915%] ∌ 26.72% ± 0.005',
                 note='公务接待费 156.55万元，占“三公”经费的26.72%; 三公 584.35 = 110.00 + 317.80 + 156.55 (p16 table)'),
            dict(id='share-abroad', page=22, statedIn='prose', kind='share', stated='18.85', operands=['110', '584.35'],
                 arithmetic='110.00 ÷ 584.35 ∈ [18.8233%, 18.8254%] ∌ 18.85% ± 0.005',
                 note='因公出国（境）费 110万元 (110.00 in the p16 table)，占“三公”经费的18.85%; with the prose’s “110” alone (±0.5) it would pass'),
            dict(id='share-cars', page=22, statedIn='prose', kind='share', stated='54.43', operands=['317.8', '584.35'],
                 arithmetic='317.8 ÷ 584.35 ∈ [54.3762%, 54.3942%] ∌ 54.43% ± 0.005',
                 note='公务用车购置及运行费 317.8万元，占“三公”经费的54.43%'),
        ],
        groups=[
            ([0], 'unit-mix', '“行政政法人员编制496人，机构设置包括23个内设机构、2个下属事业单位和2个派出机构”: persons summed with bodies'),
            ([1, 2, 3], 'same-row-label', FUNC_COL),
            ([4], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ([5, 6, 19, 20], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-npc-2018-budget', baseline=B + 'e1e3ffeb.json', path=JS + '江苏省人大办公厅/省人大办公厅2018预算公开.pdf', root='shared',
        title='江苏省人大常委会办公厅2018年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='share-reserve', page=22, statedIn='prose', kind='share', stated='10.61', operands=['1685.72', '15897.44'], slight=True,
                 arithmetic='1685.72 ÷ 15897.44 ∈ [10.6037%, 10.6038%] ∌ 10.61% ± 0.005',
                 note='单位预留机动经费1685.72万元，占10.61% of 支出预算合计 15897.44 (10.60%); the three shares were made to total 100% (49.55 + 39.84 + 10.61)'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3, 6, 8], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-procuratorate-2018-budget', baseline=B + '170a658f.json', path=JS + '江苏省人民检察院/2018年省检察院部门预算公开.pdf', root='shared',
        title='江苏省人民检察院2018年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='yoy-21.95', page=23, statedIn='prose', kind='year-on-year', stated='21.95', operands=['3958.67', '21955.35'],
                 arithmetic='3958.67 ÷ (21955.35 − 3958.67 = 17996.68) ∈ [21.9966%, 21.9967%] ∌ 21.95% ± 0.005',
                 note='收、支预算总计 21,955.35万元，各增加3,958.67万元，增长21.95% (17996.68 is the 2017 total)'),
            dict(id='fiscal-change-twice', page=25, statedIn='prose', kind='same-figure', stated='3958.98', operands=['3959.28'],
                 arithmetic='21940.96 − 3958.98 = 17981.98 vs 21940.96 − 3959.28 = 17981.68: one 上年 figure stated two ways',
                 note='p25/p26/p28: 财政拨款收、支总计 21,940.96 “增加3,958.98万元”; p23: 一般公共预算收入 (= all 财政拨款) 21,940.96 “增加3,959.28万元”'),
            dict(id='share-fiscal-income', page=25, statedIn='prose', kind='share', stated='99.94', operands=['21940.96', '21955.35'], slight=True,
                 arithmetic='21940.96 ÷ 21955.35 ∈ [99.93443%, 99.93449%] ∌ 99.94% ± 0.005', note='一般公共预算收入 21,940.96万元，占99.94% (99.93%)'),
            dict(id='share-other-income', page=25, statedIn='prose', kind='share', stated='0.06', operands=['14.39', '21955.35'], slight=True,
                 arithmetic='14.39 ÷ 21955.35 ∈ [0.06552%, 0.06556%] ∌ 0.06% ± 0.005', note='其他资金 14.39万元，占0.06% (0.07%)'),
            dict(id='share-basic', page=25, statedIn='prose', kind='share', stated='63.75', operands=['13994.31', '21955.35'],
                 arithmetic='13994.31 ÷ 21955.35 ∈ [63.73984%, 63.73989%] ∌ 63.75% ± 0.005', note='基本支出 13,994.31万元，占63.75% (63.74%)'),
            dict(id='share-reserve', page=25, statedIn='prose', kind='share', stated='10.87', operands=['2388.04', '21955.35'], slight=True,
                 arithmetic='2388.04 ÷ 21955.35 ∈ [10.87677%, 10.87682%] ∌ 10.87% ± 0.005', note='单位预留机动经费 2,388.04万元，占10.87% (10.88%)'),
            dict(id='share-fiscal-spend', page=26, statedIn='prose', kind='share', stated='99.94', operands=['21940.96', '21955.35'], slight=True,
                 arithmetic='21940.96 ÷ 21955.35 ∈ [99.93443%, 99.93449%] ∌ 99.94% ± 0.005', note='财政拨款预算支出 21,940.96万元，占本年支出合计的99.94%'),
            dict(id='yoy-36.58', page=26, statedIn='prose', kind='year-on-year', stated='36.58', operands=['2915.22', '10883.36'], slight=True,
                 arithmetic='2915.22 ÷ (10883.36 − 2915.22 = 7968.14) ∈ [36.5858%, 36.5861%] ∌ 36.58% ± 0.005', note='行政运行（项）10,883.36万元，增加2,915.22万元，增长36.58% (36.59%, truncated)'),
            dict(id='yoy-0.06', page=26, statedIn='prose', kind='year-on-year', stated='0.06', operands=['21.8', '3666'],
                 arithmetic='21.8 ÷ (3666 − 21.8 = 3644.2) ∈ [0.5967%, 0.5997%] ∌ 0.06% ± 0.005', note='一般行政管理事务（项）3,666万元，增加21.8万元，增长0.06% (0.60%)'),
            dict(id='yoy-0.66', page=26, statedIn='prose', kind='year-on-year', stated='0.66', operands=['134', '1895'],
                 arithmetic='134 ÷ (1895 + 134 = 2029) ∈ [6.5764%, 6.6321%] ∌ 0.66% ± 0.005', note='检察监督支出（项）1,895万元，减少134万元，降幅0.66% (6.60%)'),
            dict(id='yoy-9.1', page=24, statedIn='prose', kind='year-on-year', stated='9.1', operands=['184.96', '1836.22'], slight=True,
                 arithmetic='184.96 ÷ (1836.22 + 184.96 = 2021.18) ∈ [9.1508%, 9.1514%] ∌ 9.1% ± 0.05', note='社会保障和就业支出 1,836.22万元，减少184.96万元，降幅9.1% (9.2%, truncated)'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ([4, 5, 14, 16], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-procuratorate-2019-budget', baseline=B + '74a8b51e.json', path=JS + '江苏省人民检察院/2019年度部门预算公开.pdf', root='shared',
        title='江苏省人民检察院2019年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='yoy-10.06', page=25, statedIn='prose', kind='year-on-year', stated='10.06', operands=['2214.39', '24169.74'],
                 arithmetic='2214.39 ÷ (24169.74 − 2214.39 = 21955.35) ∈ [10.08587%, 10.08592%] ∌ 10.06% ± 0.005',
                 note='收、支预算总计 24,169.74万元，各增加2214.39万元，增长10.06% (10.09%)'),
            dict(id='yoy-10.15-p25', page=25, statedIn='prose', kind='year-on-year', stated='10.15', operands=['2228.78', '24169.74'], slight=True,
                 arithmetic='2228.78 ÷ (24169.74 − 2228.78 = 21940.96) ∈ [10.15809%, 10.15814%] ∌ 10.15% ± 0.005',
                 note='一般公共预算收入 24,169.74万元，增加2228.78万元，增长10.15% (10.16%, truncated)'),
            dict(id='yoy-10.15-p27', page=27, statedIn='prose', kind='year-on-year', stated='10.15', operands=['2228.78', '24169.74'], slight=True,
                 arithmetic='2228.78 ÷ 21940.96 ∈ [10.15809%, 10.15814%] ∌ 10.15% ± 0.005', note='财政拨款收、支总计 / 财政拨款支出 增长10.15% (twice on p27)'),
            dict(id='yoy-10.15-p29', page=29, statedIn='prose', kind='year-on-year', stated='10.15', operands=['2228.78', '24169.74'], slight=True,
                 arithmetic='2228.78 ÷ 21940.96 ∈ [10.15809%, 10.15814%] ∌ 10.15% ± 0.005', note='一般公共预算财政拨款支出 增长10.15%'),
            dict(id='yoy-13.22-project', page=26, statedIn='prose', kind='year-on-year', stated='13.22', operands=['1237.7', '4335.3'],
                 arithmetic='1237.7 ÷ (4335.3 + 1237.7 = 5573.0) ∈ [22.2076%, 22.2102%] ∌ 13.22% ± 0.005',
                 note='项目支出 4335.3万元，减少1237.7万元，减少13.22% — the 基本支出 line’s rate (1849.73 ÷ 13994.31 = 13.22%) copied; 22.21%'),
            dict(id='share-65.56', page=26, statedIn='prose', kind='share', stated='65.56', operands=['15844.04', '24169.74'], slight=True,
                 arithmetic='15844.04 ÷ 24169.74 ∈ [65.55316%, 65.55321%] ∌ 65.56% ± 0.005', note='基本支出 15,844.04万元，占65.56% (65.55%)'),
            dict(id='yoy-35.77', page=27, statedIn='prose', kind='year-on-year', stated='35.77', operands=['1311.6', '2354.4'], slight=True,
                 arithmetic='1311.6 ÷ (2354.4 + 1311.6 = 3666.0), at least 1311.55 ÷ 3666.05 = 35.7761% > 35.775%',
                 note='一般行政管理事务（项）2354.4万元，减少1311.6万元，减少35.77% (35.78%, truncated)'),
            dict(id='yoy-34.38', page=29, statedIn='prose', kind='year-on-year', stated='34.38', operands=['368.97', '1442.74'],
                 arithmetic='368.97 ÷ (1442.74 − 368.97 = 1073.77) ∈ [34.3613%, 34.3629%] ∌ 34.38% ± 0.005',
                 note='住房公积金（项）1442.74万元，增加368.97万元，增加34.38% (34.36%)'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3, 4, 10, 11], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-party-office-2017-text', baseline=B + 'e63ff0c4.json', path=JS + '江苏省委办公厅/江苏省委办公厅2017年部门预算.pdf', root='shared',
        title='中共江苏省委办公厅2017年部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose', '三公经费 shares'],
        errors=[
            dict(id='yoy-1.66', page=8, statedIn='prose', kind='year-on-year', stated='1.66', operands=['101.48', '6106.99'],
                 arithmetic='101.48 ÷ (6106.99 − 101.48 = 6005.51) ∈ [1.68977%, 1.68980%] ∌ 1.66% ± 0.005',
                 note='行政运行（项）支出6106.99万元，增加101.48万元，增长1.66% (1.69%)'),
        ],
    ),
    dict(
        slug='js-party-office-2017-tables', baseline=B + '770b04a3.json', path=JS + '江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf', root='shared',
        title='中共江苏省委办公厅2017年预算公开表格', genre='预算', checked=STD[:4],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-high-court-2017-budget', baseline=B + 'e1ae9d1e.json', path=JS + '江苏省高级人民法院/省法院2017年度部门预算公开.pdf', root='shared',
        title='江苏省高级人民法院2017年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='share-0.64', page=20, statedIn='prose', kind='share', stated='0.64', operands=['182.92', '28849.38'], slight=True,
                 arithmetic='182.92 ÷ 28849.38 ∈ [0.63404%, 0.63406%] ∌ 0.64% ± 0.005', note='单位预留机动经费182.92万元，占0.64% (0.63%; the shares were made to total 100%)'),
            dict(id='yoy-79.05', page=22, statedIn='prose', kind='year-on-year', stated='79.05', operands=['865.57', '1959.99'],
                 arithmetic='865.57 ÷ (1959.99 − 865.57 = 1094.42) ∈ [79.0882%, 79.0906%] ∌ 79.05% ± 0.005', note='提租补贴（项）1959.99万元，增加865.57万元，增长79.05% (79.09%)'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-high-court-2018-budget', baseline=B + 'e576cde8.json', path=JS + '江苏省高级人民法院/省法院2018年度部门预算公开.pdf', root='shared',
        title='江苏省高级人民法院2018年度部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='yoy-5.95', page=19, statedIn='prose', kind='year-on-year', stated='5.95', operands=['392.92', '6049.97'],
                 arithmetic='392.92 ÷ (6049.97 + 392.92 = 6442.89) ∈ [6.0984%, 6.0986%] ∌ 5.95% ± 0.005',
                 note='一般行政事务管理（项）6049.97万元，减少392.92万元，减少5.95%. The 2017 report has 6432.89 for this 项: 382.92 ÷ 6432.89 = 5.95%, so the printed change 392.92 is the wrong figure'),
        ],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='city-chongqing-commerce-2026', baseline=B + '437a6d98.json', path=CITY + '004_重庆/2026年重庆市商务委员会部门预算.pdf', root='shared',
        title='重庆市商务委员会2026年部门预算', genre='预算', checked=STD[:2] + ['三公经费 = 出国 + 公务用车 + 公务接待 (p4 prose)', '政府采购 breakdowns in the prose'],
        groups=[
            ([0], 'two-breakdowns-summed', '“政府采购预算总额6,546.82万元：货物1,267.79、工程465.53、服务4,813.5；其中一般公共预算拨款政府采购5,499.84万元：货物564.79、工程121.55、服务4,813.5” — both breakdowns tie; the second list was run into the first'),
            ([1, 2, 4, 5, 6, 7], 'misread-structure', 'table continued on the next page (表三 p12→p13, 表六 p19→p20→p21): the children printed on the next page were not collected'),
            ([3], 'misread-structure', '财政拨款收支总体情况表: the 本年收入 row (99,320.55) read as 收入合计 and paired with 收入合计 143,368.57 (= 本年收入 + 上年结转 44,048.03)'),
            ('rest', 'same-row-label', '项目绩效目标表: cells keyed by the comparison sign “≥”, “主管部门” or the department name paired across unrelated indicators'),
        ],
        notes=['pdftotext and pdf.js both see the decimals of this PDF as separate text runs (“174,900” / “.64”).'],
    ),
    dict(
        slug='city-guangzhou-gov-office-2026', baseline=B + '9e734363.json', path=CITY + '005_广州/2026年广州市人民政府办公厅部门预算.pdf', root='shared',
        title='广州市人民政府办公厅2026年部门预算', genre='预算', checked=STD,
        groups=[
            ([0, 6], 'misread-structure', '收支总体情况表 (two side-by-side lists): a row label fused with the previous cell (“0.00七、文化旅游体育与传媒支出”) and taken as the total of the rows below'),
            ([1, 2, 3, 4], 'misread-structure', 'p9: rows of a 功能分类 table read as one prose sentence; cells of other rows paired with 住房保障支出 4,735.85'),
            ([5], 'misread-number', 'the 科目编码 22102 read as an amount of 住房保障支出'),
            ([7], 'misread-structure', '决算支出 16,410.71 taken as the total of the 债务付息支出 and 转移性支出 rows'),
            ([8, 9, 11, 13, 14], 'misread-structure', '合计 summed over every row of a coded table: 类, 款 and 项 added together (the 科目编码 levels ignored)'),
            ([15, 16], 'misread-structure', '三公 table: the 其中 rows （二）公务用车 and （三）公务接待费 taken as children of （一）因公出国（境）支出'),
            ([10, 12] + list(range(17, 33)), 'wrong-scope', '合计 rows of different tables or columns paired (基本支出 14,913.65, 项目支出 1,497.06, 政府性基金 0.00 vs the whole 16,410.71)'),
            ([33], 'other', '三公 226.86 = 215.6 + 0 + 11.26: the list’s third item (公务接待费11.26万元, p25 after a parenthesis) was not collected'),
        ],
    ),
    dict(
        slug='city-suzhou-audit-2026', baseline=B + '4c382145.json', path=CITY + '006_苏州/2026年苏州市审计局部门预算.pdf', root='shared',
        title='苏州市审计局2026年度部门预算', genre='预算', checked=STD,
        groups=[
            ([0], 'misread-structure', '三公经费、会议费、培训费表: 会议费 and 培训费 columns taken as parts of “三公”经费合计 10.00 (= 0 + 0 + 10.00)'),
            ([1], 'misread-number', '栏次 row (1, 2, 3 — column numbers of an empty table) read as amounts'),
            ([2, 3], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', '政府采购支出表: rows repeating the unit name 苏州市审计局 / 集中采购 / 分散采购 paired as one figure'),
        ],
    ),
    dict(
        slug='real-putuo-justice-2026-budget', baseline=B + '14f1e15c.json', path='real/putuo-justice-2026-dept-budget.pdf', root='shared',
        title='上海市普陀区司法局2026年区级部门预算', genre='预算', checked=STD + ['each 项 in the 说明: 预算安排 vs 上年执行数 and the stated rate; the heading figure against the body'],
        errors=[
            dict(id='yoy-17.62-other-justice', page=9, foundSince='bbb0d9e', statedIn='prose', kind='year-on-year', stated='17.62', operands=['43269.3', '3845.49'],
                 arithmetic='(3845.49 − 43269.3) ÷ 43269.3 = −91.11% (a fall), stated 增加17.62%',
                 note='其他司法支出（99项）: 执行数 43269.3万元 → 预算安排 3845.49万元 “增加17.62%”; with 3269.3 the rate would be 17.62%, so 43269.3 is a mistyped figure'),
            dict(id='yoy-17.66-annuity', page=9, foundSince='bbb0d9e', statedIn='prose', kind='year-on-year', stated='17.66', operands=['77.99', '91.97'],
                 arithmetic='(91.97 − 77.99) ÷ 77.99 ∈ [17.9164%, 17.9345%] ∌ 17.66% ± 0.005',
                 note='职业年金缴费支出（06项）: 77.99 → 91.97 “增加17.66%” — the rate of the line above (156.34 → 183.95) copied; 17.93%'),
            dict(id='housing-fund-201.50', page=9, foundSince='bbb0d9e', statedIn='prose', kind='same-figure', stated='201.5', operands=['208.8', '198.34'],
                 arithmetic='heading 208.8万元 (table 2,087,959.00元) vs body “2026年预算安排201.50万元”; (208.8 − 198.34) ÷ 198.34 = 5.27% as stated, (201.50 − 198.34) ÷ 198.34 = 1.59%',
                 note='住房公积金（01项）: the item is 208.8万元 in its heading and 201.50万元 in its own sentence; the stated 增加5.27% fits 208.8'),
        ],
    ),
    dict(
        slug='real-final-accounts-template-2024', baseline=B + '10acd8e9.json', path='real/final-accounts-template-2024.pdf', root='shared',
        title='上海市XX局2024年度部门决算 (template, placeholder text and no figures)', genre='决算', checked=['every table and the prose: no figures to check (placeholders)'],
        notes=['A template: the tables are empty and the prose has X placeholders, so there is nothing to check; gouji reports nothing, as it should.'],
    ),
    dict(
        slug='city-shanghai-hrss-exam-2026', baseline=B + 'db02f988.json', path=CITY + '001_上海/2026年上海市人力资源和社会保障局_部门预算.pdf', root='shared',
        title='上海市职业能力考试院2026年单位预算 (上海市人力资源和社会保障局 second-level unit; figures in 元)', genre='预算', checked=STD,
        notes=['Amounts in 元 printed with one separator only (“120258,600”); 收支总表, 类 = Σ款 = Σ项 and 三公 (81.60 = 10.00 + 70.60 + 1.00) tie.'],
    ),
    dict(
        slug='city-beijing-hrss-2026', baseline=B + '1671a5a8.json', path=CITY + '002_北京/2026年北京市人力资源和社会保障局部门预算.pdf', root='shared',
        title='北京市人力资源和社会保障局2026年部门预算 (说明; the tables are images)', genre='预算', checked=['收入 = 财政拨款 + 其他资金 + 上年结转结余 (prose)', '支出 = 基本 + 项目 (prose)', 'shares and year-on-year rates in the prose'],
        errors=[
            dict(id='spend-total', page=7, statedIn='prose', kind='sum', stated='134133.33', operands=['70692.09', '61213.81'],
                 arithmetic='70692.09 + 61213.81 = 131905.90 (± 0.01) ≠ 134133.33: short by 2227.43',
                 note='“2026年支出预算134133.33万元” split into 基本支出 70692.09 (占53.59%) and 项目支出 61213.81 (占46.41%): the shares make 100% of 131905.90, not of the stated 134133.33 (70692.09 ÷ 134133.33 = 52.70%)'),
        ],
    ),
    dict(
        slug='city-fuzhou-police-unit-2026', baseline=B + 'a3de6734.json', path=CITY + '017_福州/2026年福州市公安局部门预算.pdf', root='shared',
        title='福州市公安局治安管理支队2026年单位预算', genre='预算', checked=STD,
        groups=[
            ([0, 1], 'misread-structure', TOTALS_ROW),
            ([2], 'misread-structure', SUB_ROW),
            ([3], 'change-as-level', '“比上年增加129.07万元…主要原因是公共安全支出增加114.4万元。其中：基本支出2507.88万元、项目支出288.26万元” — the 其中 list (of 支出预算 2796.14) attached to the change 114.4'),
        ],
        notes=['p26: 收入/支出预算 2796.14 “比上年增加129.07万元” while 一般公共预算拨款支出 2796.14 “比上年增加166.68万元”: the two 上年 figures may differ in scope, so not labelled.'],
    ),
    dict(
        slug='city-quanzhou-gov-office-2026', baseline=B + '18ba1a9b.json', path=CITY + '021_泉州/2026年泉州市人民政府办公室部门预算.pdf', root='shared',
        title='泉州市人民政府办公室2026年部门预算', genre='预算', checked=STD,
        groups=[
            ([0, 1], 'misread-structure', TOTALS_ROW),
            ([2], 'misread-structure', SUB_ROW),
            ([3], 'wrong-scope', '部门整体支出绩效目标表 (资金总额 8200.95 = 项目 2285.57 + 基本 5915.38) paired with the budget’s 项目支出 9269.43 (of 15184.81, all funds)'),
        ],
    ),
    dict(
        slug='city-changsha-petitions-2026', baseline=B + '58b21d84.json', path=CITY + '015_长沙/2026年长沙市信访局部门预算.pdf', root='shared',
        title='长沙市信访局2026年部门预算', genre='预算', checked=STD,
        groups=[
            ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 21], 'misread-number', STUB_ROW),
            ([16, 17], 'misread-structure', 'table continued on the next page (一般公共预算基本支出情况表 p18→p19): 商品和服务支出 171.78 = 33.00 + the 8 rows on p19'),
            ([19, 20], 'misread-structure', '三公 table: the 其中：公务用车运行费 column (5.00) added as one more part of 小计 8.00 = 3.00 + 5.00'),
        ],
    ),
    dict(
        slug='city-wuxi-transport-2026', baseline=B + 'b66a37b3.json', path=CITY + '014_无锡/2026年无锡市交通运输局部门预算.pdf', root='shared',
        title='无锡市交通运输局（本级）2026年度单位预算', genre='预算', checked=STD,
        errors=[
            dict(id='share-3.32', page=33, statedIn='prose', kind='share', stated='3.32', operands=['32640', '984760.87'], slight=True,
                 arithmetic='32640 ÷ 984760.87 ∈ [3.31451%, 3.31452%] ∌ 3.32% ± 0.005',
                 note='本年国有资本经营预算收入32,640万元，占3.32% of 收入预算合计 984,760.87 (3.31%; the shares were made to total 100%)'),
        ],
        groups=[
            ([0], 'misread-structure', '三公经费、会议费、培训费表: 会议费 and 培训费 columns taken as parts of “三公”经费合计 2.02'),
            ([1, 2, 3], 'misread-number', STUB_ROW),
            ([4, 5], 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', '政府采购支出表: rows repeating the unit name 无锡市交通运输局（本级） / 集中采购 paired as one figure'),
        ],
    ),
    dict(
        slug='city-hangzhou-police-2026', baseline=B + '4c120730.json', path=CITY + '008_杭州/2026年杭州市公安局部门预算.pdf', root='shared',
        title='杭州市公安局2026年部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='sangong-units-total', page=29, statedIn='table', kind='sum', stated='4112.82', foundSince='c04082d',
                 operands=['887.56', '1960.35', '534.40', '140.04', '140.94', '127.50', '11.07', '42.72', '124.24'],
                 arithmetic='887.56 + 1960.35 + 534.40 + 140.04 + 140.94 + 127.50 + 11.07 + 42.72 + 124.24 = 3968.82 (± 0.045) ≠ 4112.82: short by 144.00',
                 note='表7 “三公”经费预算表: the 合计 row (4,112.82, also in the prose p10) is 144.00 more than its nine unit rows; the 购置费 and 接待费 columns tie, the 运行维护费 column does not (a unit missing from the table, or a wrong 合计)'),
            dict(id='sangong-units-cars', page=29, statedIn='table', kind='sum', stated='4011.89', foundSince='c04082d',
                 operands=['827.56', '1945.35', '531.40', '131.45', '132.90', '125.50', '10.80', '42.45', '120.48'],
                 arithmetic='Σ units = 3867.89 (± 0.045) ≠ 4011.89: short by 144.00', note='表7 公务用车购置及运行费 小计 column: 合计 vs the unit rows'),
            dict(id='sangong-units-running', page=29, statedIn='table', kind='sum', stated='2987.2', foundSince='c04082d',
                 operands=['724.60', '1350.60', '355.00', '104.20', '90.00', '106.60', '10.80', '23.60', '77.80'],
                 arithmetic='Σ units = 2843.20 (± 0.045) ≠ 2987.20: short by 144.00', note='表7 公务用车运行维护费 column: 合计 vs the unit rows (where the 144.00 is missing)'),
            dict(id='share-61.9', page=6, statedIn='prose', kind='share', stated='61.9', operands=['250110.65', '404415.23'], slight=True,
                 arithmetic='250110.65 ÷ 404415.23 ∈ [61.84499%, 61.84500%] ∌ 61.9% ± 0.05',
                 note='人员支出250,110.65万元，占61.9% of 支出预算 404,415.23 (61.8%; with 11.8% and 26.3% the shares were made to total 100%)'),
        ],
        groups=[
            ([0, 13, 14], 'misread-structure', '收支预算总表 with the 类/款/项 tree in one column: 支出总计 summed over every level (and the 款 that repeats its 类 name)'),
            ([1, 2, 3, 10, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31], 'misread-number', STUB_ROW),
            ([4, 5, 6, 7, 8, 9], 'same-row-label', '收入预算总表: the 部门 row 杭州市公安局 (404,415.23) and the 本级 unit row whose name wraps to “杭州市公安 / 局” (113,529.06) paired as one figure'),
            ([11, 12], 'misread-structure', '支出预算总表: 总计 = 人员支出 + 日常公用支出 + 项目支出 (325,711.11 = 218,837.59 + 47,791.08 + 59,082.44); the 基本支出 columns under a two-level header were not taken as parts'),
            ({'rule': 'sum'}, 'misread-structure', '项目支出预算表: 总计 = 一般公共预算 + 政府性基金 + … + 单位资金; only the 单位资金 column taken as a part'),
            ('rest', 'same-row-label', '项目支出预算表: projects of different units with the same name (日常保障运行, 执法办案) paired as one figure'),
        ],
    ),
    dict(
        slug='city-xian-gov-office-2026', baseline=B + '7d805c0e.json', path=CITY + '020_西安/2026年西安市人民政府办公厅部门预算.pdf', root='shared',
        title='西安市人民政府办公厅2026年部门预算 (tables in 元)', genre='预算', checked=STD,
        groups=[
            ([0], 'clause-overrun', '“人员编制211人，其中行政编制132人，事业编制79人；实有人员214人…”: the 其中 list (132 + 79 = 211) run past “；” into 实有人员'),
            ([1, 2], 'clause-overrun', '“当年预算收入9,216.51万元，其中：一般公共预算拨款9,216.51万元…；本部门当年预算支出9,216.51万元”: the 收入 list run past “；” into the 支出 sentence'),
            ([3, 4], 'same-row-label', '绩效目标表: cells keyed by the text “不晚于2026年5月31日” paired across indicators'),
            ([5, 6, 7, 8, 9], 'misread-structure', 'table continued on the next page (表6 p25→p26: 309/310 资本性支出 and 30399 are on p26); 合计 92,165,133.99 ties with them'),
            ([10, 12, 13], 'misread-structure', '合计 summed over every level of a coded list (单位 114 + 114001 + 通用项目 + its projects …; 全额 + unit rows)'),
            ([11], 'same-row-label', '专项业务经费支出表: parent 援藏资金 14,200,000 and child 援藏资金 7,100,000 paired as one figure'),
            ([15, 16, 17, 18, 19, 20, 21, 22], 'same-row-label', '政府采购预算表: the 全额 / 114001 rows of different 科目 paired as one figure'),
            ([14] + list(range(23, 35)), 'wrong-scope', '合计 rows of different tables paired (政府采购 4,186,460.00, 三公 table 442,400.00 … vs the 一般公共预算 合计 92,165,133.99)'),
            ([35], 'misread-number', 'the 单位编码 114 read as a 合计'),
        ],
    ),
    dict(
        slug='js-party-office-2019-text', baseline=B + '3aec8d66.json', path=JS + '江苏省委办公厅/江苏省委办公厅2019年度部门预算公开文件.pdf', root='shared',
        title='中共江苏省委办公厅2019年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose', '三公经费 shares', '基本支出 = 人员经费 + 公用经费'],
        errors=[
            dict(id='yoy-16.07', page=9, statedIn='prose', kind='year-on-year', stated='16.07', operands=['1297.83', '9370.12'], slight=True,
                 arithmetic='1297.83 ÷ (9370.12 − 1297.83 = 8072.29) ∈ [16.0775%, 16.0777%] ∌ 16.07% ± 0.005',
                 note='行政运行（项）支出9370.12万元，增加1297.83万元，增长16.07% (16.08%, truncated)'),
            dict(id='yoy-30', page=8, statedIn='prose', kind='year-on-year', stated='30', operands=['878.93', '3894.09'], slight=True,
                 arithmetic='878.93 ÷ (3894.09 − 878.93 = 3015.16) ∈ [29.1501%, 29.1506%] ∌ 30% ± 0.5',
                 note='住房保障（类）支出3894.09万元，增加878.93万元，增长30% (29%)'),
        ],
    ),
    dict(
        slug='js-cppcc-2017-text', baseline=B + 'a9fff3d9.json', path=JS + '江苏省政协办公厅/江苏省政协办公厅2017年度部门预算.pdf', root='shared',
        title='江苏省政协办公厅2017年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose', '三公经费 shares'],
        groups=[([0], 'other', MEET)],
        extra_false_alarms=[
            dict(page=6, statedIn='prose', stated='5.77', figures=['8648.07', '498.72'], cause='wrong-scope', rule='growth', afterBaseline=True,
                 note='(audited on main at bbb0d9e) “2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%”: 8648.07 is the 2016 figure, so 498.72 ÷ 8648.07 = 5.77% ties; it was taken as this year’s'),
        ],
    ),
    dict(
        slug='js-cppcc-2018-text', baseline=B + '035015bf.json', path=JS + '江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf', root='shared',
        title='江苏省政协办公厅2018年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose', '三公经费 shares'],
        errors=[
            dict(id='yoy-66.69', page=15, statedIn='prose', kind='year-on-year', stated='66.69', operands=['2233.13', '1115.85'], slight=True,
                 arithmetic='2233.13 ÷ (1115.85 + 2233.13 = 3348.98) ∈ [66.6806%, 66.6812%] ∌ 66.69% ± 0.005',
                 note='机关运行经费1,115.85万元，减少2,233.13万元，下降66.69% (66.68%)'),
        ],
        groups=[([0], 'other', MEET)],
    ),
    dict(
        slug='city-zhuhai-commerce-2026', baseline=B + '39a04c5b.json', path=CITY + '077_珠海/2026年珠海市商务局部门预算.pdf', root='shared',
        title='珠海市商务局2026年部门预算', genre='预算', checked=STD,
        groups=[
            ([0], 'misread-structure', '收支总体情况表 (two side-by-side lists): a row label fused with the previous cell (“0.00七、文化旅游体育与传媒支出”) and taken as the total of the rows below'),
            ([5, 10, 15, 20], 'misread-number', '科目编码 (20805, 21011, 21502, 21606) read as amounts of the 类 above'),
            ([i for i in range(1, 21) if i % 5 != 0], 'misread-structure', 'a 功能分类 table read as prose: cells of other rows/columns (0.00) paired with the 类 figure of the 收支总体情况表'),
            ([21], 'misread-structure', '支出总计 46,402.33 taken as the sum of the 结转下年 row alone'),
            ([22, 24, 26, 28, 29], 'misread-structure', '合计 summed over every row of a coded table: 类, 款 and 项 added together'),
            ([30, 31], 'misread-structure', '三公 table: the 其中 rows （二）公务用车 and （三）公务接待费 taken as children of （一）因公出国（境）支出'),
            ([23, 25, 27] + list(range(32, 48)), 'wrong-scope', '合计 rows of different tables paired (一般公共预算 46,402.33, 基本支出 7,517.32/7,519.44, 项目 38,885.01/58,788.54, 政府性基金 0.00 … vs the whole 66,307.98)'),
            (list(range(48, 63)), 'same-row-label', '项目支出表: project and unit names wrapping over two or three lines; rows keyed by a fragment (“拱北海关出境“货兼”, 珠海市贸易服务中心) paired across projects and columns'),
            ([63], 'other', '三公 19.84 = 13.2 + 0 + 6.64: the list’s third item (公务接待费6.64万元, after a parenthesis) was not collected'),
        ],
    ),
    dict(
        slug='city-foshan-rail-2019-final', baseline=B + 'b6bd01cb.json', path=CITY + '022_佛山/2026年佛山市交通运输局部门预算.pdf', root='shared',
        title='佛山市轨道交通局2019年度部门决算 (filed under 2026年佛山市交通运输局部门预算)', genre='决算', checked=STD,
        groups=[
            ([63, 64], 'misread-structure', '一般公共预算财政拨款基本支出决算表 continued on the next page (人员经费 | 公用经费 side by side, p17→p18, p19→p20): 302 商品和服务支出 94.65 = the 13 rows on p17 + the 14 on p18 (94.66, within rounding)'),
            ('rest', 'misread-number', STUB_ROW + ' (every 决算 table of this report has one)'),
        ],
        extra_false_alarms=[
            dict(page=6, statedIn='table', stated='1668.14', figures=['1531.04', '60.87'], cause='misread-structure', rule='sum', afterBaseline=True,
                 note='(audited on main at c04082d) 收入支出决算总表 continued over p5→p6: 决算支出 1668.14 = 76.23 (rows on p5) + 1591.91 (rows on p6); only the p6 rows were taken'),
            dict(page=13, statedIn='table', stated='1668.14', figures=['1531.04', '60.87'], cause='misread-structure', rule='sum', afterBaseline=True,
                 note='(audited on main at c04082d) 财政拨款收入支出决算总表 continued over p12→p13: 决算支出 1668.14 = 76.23 + 1591.91; only the p13 rows were taken (合计 and 一般公共预算财政拨款 columns)'),
            dict(page=13, statedIn='table', stated='1668.14', figures=['0'], cause='misread-structure', rule='sum', afterBaseline=True,
                 note='(audited on main at c04082d) 财政拨款收入支出决算总表: 收入合计 1668.14 taken as the sum of the 年初财政拨款结转和结余 rows (0.00) without the 本年收入 rows'),
        ],
        notes=['“比年初预算数增加1668.14万元，增长0%” (last year 0, “因此增长率为0%”) is an undefined rate stated as 0%, explained in the text: not labelled.',
               '“绩效自评…共涉及资金940.15万元，占一般公共预算项目支出总额的100%” while 项目支出 决算 is 921.75: the 940.15 is likely a budget figure, scope unclear: not labelled.'],
    ),
    dict(
        slug='city-huzhou-health-2026', baseline=B + '9f0c6b38.json', path=CITY + '079_湖州/2026年湖州市卫生健康委员会部门预算.pdf', root='shared',
        title='湖州市卫生健康委员会2026年部门预算', genre='预算', checked=STD,
        errors=[
            dict(id='yoy-23.9', page=8, statedIn='prose', kind='year-on-year', stated='23.9', operands=['11688.70', '37018.75'], slight=True,
                 arithmetic='11688.70 ÷ (37018.75 + 11688.70 = 48707.45) ∈ [23.99779%, 23.99781%] ∌ 23.9% ± 0.05',
                 note='一般公共预算当年拨款37018.75万元，比上年执行数减少11688.70万元，下降23.9% (24.0%, truncated; also on p7 without the amounts)'),
        ],
        groups=[
            ([0], 'clause-overrun', '“财政拨款收支总预算64618.75万元。收入包括：…政府性基金当年拨款收入27600.00万元；支出包括：科学技术支出1140.61万元…”: the 支出 list (which ties: 64618.76) attached to the last 收入 item'),
            ([1], 'same-row-label', '款 20699 其他科学技术支出 (129.84) and 项 2069999 其他科学技术支出 (122.34) share a name'),
            ([2, 45], 'misread-structure', '收支预算总表 with the 类/款/项 tree in one column: 支出总计 summed over every level'),
            ([12, 13, 14], 'same-row-label', '收入预算总表: the 部门 row and the 本级 unit row, both named 湖州市卫生健康委员会, paired as one figure'),
            ([17, 22, 27, 30, 31, 32, 33, 34, 35, 36, 38, 40, 41, 42], 'misread-structure', '支出预算总表: 总计 = 人员支出 + 公用经费 + 项目支出; the 基本支出 columns under a two-level header were not taken as parts'),
            ([21, 23, 24, 26, 28, 29, 37, 39, 53, 54, 55, 56, 57, 60, 61, 62, 63, 70, 71], 'misread-structure', 'table continued on the next page (表03 p29→p30→p31, 表05 p36→p37, 基本支出表): the children printed there were not collected; with them every 类/款 ties'),
            (list(range(88, 102)) + [103], 'same-row-label', '项目支出表: projects of different units with the same name (医院能力建设, 公共卫生事务, 公立医院改革与高质量发展示范项目 …) paired as one figure'),
            ('rest', 'misread-number', STUB_ROW),
        ],
        notes=['p7 lists the 支出 by 功能分类 without 其他支出 15000.00 (the five listed make 500313.35 of 515313.35); “包括” with an item left out, not labelled.'],
    ),
    dict(
        slug='js-npc-2019-text', baseline=B + '1d5771d5.json', path=JS + '江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf', root='shared',
        title='江苏省人大常委会办公厅2019年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose (scripts/truth/audit_pdf.py and by eye)', '三公经费 shares against the three items'],
    ),
    dict(
        slug='js-party-office-2018-text', baseline=B + '42bbc519.json', path=JS + '江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf', root='shared',
        title='中共江苏省委办公厅2018年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose (scripts/truth/audit_pdf.py and by eye)', '三公经费 shares against the three items'],
    ),
    dict(
        slug='js-cppcc-2019-text', baseline=B + '035fffc8.json', path=JS + '江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf', root='shared',
        title='江苏省政协办公厅2019年度部门预算 (说明)', genre='预算', checked=['shares and year-on-year rates in the prose (scripts/truth/audit_pdf.py and by eye)', '三公经费 shares against the three items'],
    ),
    dict(
        slug='js-high-court-2019-budget', baseline=B + '461ecb73.json', path=JS + '江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf', root='shared',
        title='江苏省高级人民法院2019年度部门预算', genre='预算', checked=STD,
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([45], 'other', '“政府采购预算总金额为5227.59万元。其中拟采购货物支出1637.72万元；拟采购工程支出530万元；拟采购服务支出 / 3059.87万元” — the third item (its figure on the next page) was not collected; 1637.72 + 530 + 3059.87 = 5227.59'),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-cppcc-2017-tables', baseline=B + 'f1056dc6.json', path=JS + '江苏省政协办公厅/2017年度部门预算公开表.pdf', root='shared',
        title='江苏省政协办公厅2017年度部门预算公开表', genre='预算', checked=STD[:4] + ['政府采购预算表: leaves = 货物 / 服务 subtotals, 货物 + 服务 = 合计 (/tmp/aud/proc.py)'],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-cppcc-2018-tables', baseline=B + '69323ac0.json', path=JS + '江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf', root='shared',
        title='江苏省政协办公厅2018年度部门预算公开表', genre='预算', checked=STD[:4] + ['政府采购预算表: leaves = 货物 / 服务 subtotals, 货物 + 服务 = 合计 (/tmp/aud/proc.py)'],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-cppcc-2019-tables', baseline=B + 'aac13d54.json', path=JS + '江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf', root='shared',
        title='江苏省政协办公厅2019年预算公开表', genre='预算', checked=STD[:4] + ['政府采购预算表: leaves = 货物 / 服务 subtotals, 货物 + 服务 = 合计 (/tmp/aud/proc.py)'],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ([3], 'same-row-label', '收入预算总表: 小计 rows of different income kinds paired'),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-party-office-2018-tables', baseline=B + '969044ee.json', path=JS + '江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf', root='shared',
        title='中共江苏省委办公厅2018年度部门预算公开表', genre='预算', checked=STD[:4] + ['政府采购预算表: leaves = 货物 / 服务 subtotals, 货物 + 服务 = 合计 (/tmp/aud/proc.py)'],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='js-party-office-2019-tables', baseline=B + '5eb5da47.json', path=JS + '江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf', root='shared',
        title='中共江苏省委办公厅2019年度部门预算公开表格', genre='预算', checked=STD[:4] + ['政府采购预算表: leaves = 货物 / 服务 subtotals, 货物 + 服务 = 合计 (/tmp/aud/proc.py)'],
        groups=[
            ([0, 1, 2], 'same-row-label', FUNC_COL),
            ({'rule': 'sum'}, 'misread-structure', PROC_SUM),
            ('rest', 'same-row-label', PROC),
        ],
    ),
    dict(
        slug='city-yantai-hrss-2026', baseline=B + '8998bb5c.json', path=CITY + '025_烟台/2026年烟台市人力资源和社会保障局部门预算.pdf', root='shared',
        title='烟台市人力资源和社会保障局2026年部门预算', genre='预算', checked=STD[:4] + ['rates in the prose (委托业务费 2920.59 → 2042.55, 下降30%)', 'the 收入/支出 change breakdowns (p33)'],
        groups=[
            ([14, 15, 24, 25], 'misread-structure', 'a row whose name wraps to a second line (2080599 其他行政事业单位养老支 / 出 3.72) not taken as a part: 103158.58 = 141.92 + 360.15 + 795.53 + 67.27 + 101790.00 + 3.72'),
            ([92, 93], 'sign-ignored', '“收入预算减少13,469.96万元，其中…减少13,135.16、减少239.8、减少15、上级补助收入增加113、减少193” and “支出预算减少13,469.96万元，其中基本支出增加116.16万元，项目支出减少13,586.12万元”: the 增加 items count with the other sign; both tie'),
            ({'rule': 'same-figure', 'table': 133}, 'same-row-label', '项目支出表: project category rows 其他运转类 / 特定目标类 repeated for every project, paired as one figure'),
            ({'rule': 'same-figure', 'table': 172}, 'same-row-label', '项目绩效目标表: indicators with the same name (支出规模, 领取养老金人数, 年度预算资金总额) in different projects paired'),
            ('rest', 'misread-structure', 'tables continued on the next page (公开表2–8: 科目 rows and 经济分类 rows over 2–4 pages; the 项目支出表 over several pages): the parts printed there were not collected'),
        ],
    ),
]
