import shares from '../../../src/reconcile/rules/shares.js';
import { fact, relation, report } from '../factories.js';
import { ruleTester } from '../rule-tester.js';

// “基本支出10403.11万元，占42.53%；项目支出12081.46万元，占49.40%；单位预留机动经费1973.86万元，占8.07%”
const basic = fact('基本支出占比', '42.53%', { block: 62, quote: '基本支出10403.11万元，占42.53%' });
const project = fact('项目支出占比', '49.40%', { block: 63 });
const reserve = fact('单位预留机动经费占比', '8.07%', { block: 64 });
const list = (items = [basic, project, reserve], init: { partial?: boolean; inferred?: boolean } = {}) => {
  const [first] = items;
  return report({ facts: items, relations: [relation('shares', first!, items, { name: '占比合计', ...init })] });
};
const at = (label: string, printed: string) => fact(label, printed, { block: 70 });

// the same list with each share checked against its figure (rate covers it)
const total = fact('支出合计', '2940.05万元', { block: 80 });
const general = fact('一般公共服务支出', '2106.66万元', { block: 80 });
const social = fact('社会保障和就业支出', '833.39万元', { block: 80 });
const generalShare = fact('一般公共服务支出占比', '71.73%', { block: 80 });
const socialShare = fact('社会保障和就业支出占比', '28.35%', { block: 80 });

ruleTester(shares, {
  valid: [
    { name: '42.53 + 49.40 + 8.07 = 100.00', input: list() },
    { name: 'three thirds: 33.33 × 3 = 99.99 makes 100 under rounding', input: list([at('a', '33.33%'), at('b', '33.33%'), at('c', '33.33%')]) },
    { name: 'a partial list that stays under 100%', input: list([at('a', '20%'), at('b', '30%')], { partial: true }) },
    {
      name: 'a list whose one share is wrong is left to rate',
      checks: 0,
      input: report({
        facts: [total, general, social, generalShare, socialShare],
        relations: [
          relation('rate', generalShare, [general, total], { name: '占比', formula: 'ratio' }),
          relation('shares', total, [generalShare, socialShare], { name: '占比合计' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '42.53 + 49.47 + 8.07 = 100.07 ≠ 100',
      input: list([basic, fact('项目支出占比', '49.47%', { block: 63 }), reserve]),
      findings: [
        {
          messageId: 'notWhole',
          severity: 'error',
          stated: '100',
          expected: '100.07',
          difference: '+0.07',
          values: ['42.53', '49.47', '8.07'],
          formula: '42.53% + 49.47% + 8.07% = 100.07% ≠ 100%',
          where: { block: 62, quote: '基本支出10403.11万元，占42.53%' },
        },
      ],
    },
    { name: 'a partial list over 100%', input: list([at('a', '60%'), at('b', '50%')], { partial: true }), findings: [{ messageId: 'overWhole', severity: 'error' }] },
    { name: 'a list read over several paragraphs (inferred) is a warning', input: list([basic, at('x', '50%'), reserve], { inferred: true }), findings: [{ messageId: 'notWhole', severity: 'warning' }] },
  ],
});
