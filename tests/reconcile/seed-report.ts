/**
 * The seed report (corpus/huaihua-gxj-2023.txt) as extraction should deliver it, built by
 * hand: the figures, relations, 附件1 table and 附件2 indicator table reconcile reads.
 */
import { fact, indicator, place, relation, report, table } from './factories.js';
import type { ReconcileInput } from '../../src/reconcile/rule.js';

export function seedReport(): ReconcileInput {
  const y = { year: '2023' };
  const final = { year: '2023', kind: '决算数' };
  // 二（一）1-2
  const income = fact('预算收入', '2392.94万元', { block: 14, page: 2, section: 's2.1', dims: { ...y, kind: '预算数' }, quote: '2023年市工业和信息化局预算收入2392.94万元' });
  const spending = fact('决算支出', '3241.81万元', { block: 14, page: 2, section: 's2.1', dims: final, quote: '本年决算支出3241.81万元' });
  const execRate = fact('预算执行率', '135.42%', { block: 14, page: 2, section: 's2.1', quote: '预算执行率135.42%' });
  const spending2 = fact('决算支出', '3241.81万元', { block: 16, page: 2, section: 's2.1', dims: final });
  const basic = fact('基本支出', '2008.88万元', { block: 16, page: 2, section: 's2.1', dims: final });
  const project = fact('项目支出', '1232.93万元', { block: 16, page: 2, section: 's2.1', dims: final });
  const more = fact('较年初预算多', '848.86万元', { block: 16, page: 2, section: 's2.1', quote: '预算执行较年初预算多848.86万元' });
  // 二（二）1
  const basic2 = fact('基本支出', '2008.88万元', { block: 19, page: 2, section: 's2.2', dims: final });
  const wages = fact('工资福利支出', '1410.45万元', { block: 19, page: 2, section: 's2.2', dims: final });
  const goods = fact('商品和服务支出', '160.71万元', { block: 19, page: 2, section: 's2.2', dims: final });
  const transfers = fact('对个人和家庭的补助', '437.72万元', { block: 19, page: 2, section: 's2.2', dims: final });
  // 二（三）2
  const carBudget = fact('公务用车运行维护费', '21万元', { block: 24, page: 3, section: 's2.3', dims: { ...y, kind: '预算数' } });
  const carFinal = fact('公务用车运行维护费', '20.81万元', { block: 24, page: 3, section: 's2.3', dims: final });
  const less = fact('决算数比预算数少', '0.19万元', { block: 24, page: 3, section: 's2.3' });
  // 六（一）
  const selfScore = fact('自评得分', '99分', { block: 31, page: 4, section: 's6.1', quote: '自评得分99分，评价等级优' });
  // 附件1: 人员 and 三公经费
  const quota = fact('编制数', '95人', { cell: { table: 60, row: 1, col: 1 }, page: 8 });
  const actual = fact('实际在职人数', '92人', { cell: { table: 60, row: 1, col: 2 }, page: 8 });
  const control = fact('控制率', '96.84%', { cell: { table: 60, row: 1, col: 3 }, page: 8 });
  const cols = [
    { label: '2022年决算数', dims: { year: '2022', kind: '决算数' } },
    { label: '2023年预算数', dims: { year: '2023', kind: '预算数' } },
    { label: '2023年决算数', dims: final },
  ];
  const annex1 = table(61, cols, [
    { row: 3, label: '三公经费', cells: ['21.42', '27', '50.5'] },
    { row: 4, label: '1、公务用车购置和维护经费', parent: 3, cells: ['18.91', '21', '20.81'] },
    { row: 5, label: '其中：公车购置', parent: 4, role: 'breakdown', cells: ['0', '0', '0'] },
    { row: 6, label: '公车运行维护', parent: 4, role: 'breakdown', cells: ['18.91', '21', '20.81'] },
    { row: 7, label: '2、出国经费', parent: 3, cells: ['0', '0', '23.69'] },
    { row: 8, label: '3、公务接待', parent: 3, cells: ['2.51', '6', '6'] },
  ]);
  // 附件2 header: 年度资金总额 … 全年执行数 3241.81; 按支出性质分：基本支出：2008.88 / 项目支出：1232.93
  const annex2Total = fact('决算支出', '3241.81', { cell: { table: 62, row: 1, col: 4 }, page: 9, rawLabel: '全年执行数', unitHint: '万元', dims: { kind: '执行数' } });
  const annex2Basic = fact('基本支出', '2008.88', { cell: { table: 62, row: 4, col: 2 }, page: 9, quote: '其中：基本支出：2008.88', unitHint: '万元' });
  const annex2Project = fact('项目支出', '1232.93', { cell: { table: 62, row: 5, col: 2 }, page: 9, quote: '项目支出：1232.93', unitHint: '万元' });
  // 附件2 indicator table
  const OUT = '产出指标（50分)';
  const EFF = '效益指标（30分）';
  const SAT = '满意度指标（10分）';
  const indicators = [
    indicator({ level3: '预算执行率', weight: '10', score: '9', role: 'execution', row: 3 }),
    ...[5, 5, 5, 5, 5, 5, 5, 5, 10].map((w, i) => indicator({ level1: OUT, level1Weight: '50', level3: `产出${i + 1}`, weight: String(w), score: String(w), row: 20 + i })),
    ...[8, 8, 8, 6].map((w, i) => indicator({ level1: EFF, level1Weight: '30', level3: `效益${i + 1}`, weight: String(w), score: String(w), row: 31 + i })),
    indicator({ level1: SAT, level1Weight: '10', level3: '服务对象满意度', weight: '10', score: '10', row: 35 }),
    indicator({ role: 'total', weight: '100', score: '99', row: 36 }),
  ];
  return report({
    facts: [
      ...[income, spending, execRate, spending2, basic, project, more, basic2, wages, goods, transfers, carBudget, carFinal, less, selfScore],
      ...[quota, actual, control, annex2Total, annex2Basic, annex2Project],
    ],
    relations: [
      relation('rate', execRate, [spending, income], { name: '预算执行率' }),
      relation('sum', spending2, [basic, project], { name: '其中' }),
      relation('difference', more, [spending2, income], { name: '较年初预算多', sign: 1 }),
      relation('sum', basic2, [wages, goods, transfers], { name: '其中' }),
      relation('difference', less, [carFinal, carBudget], { name: '比…少', sign: -1 }),
      relation('rate', control, [actual, quota], { name: '控制率', source: 'table' }),
    ],
    tables: [annex1],
    indicators,
    meta: { grade: { text: '优', location: place({ block: 31, page: 4, section: 's6.1' }, '评价等级优') } },
  });
}
