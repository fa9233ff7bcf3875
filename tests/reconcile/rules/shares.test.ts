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

// “因公出国（境）费100.00万元，占“三公”经费的20.00%；公务用车…300.00万元，占…60.50%；公务接待费…100.00万元，占…19.50%”
const abroad = fact('因公出国（境）费', '100.00万元', { block: 90 });
const cars = fact('公务用车购置及运行费', '300.00万元', { block: 90 });
const hosting = fact('公务接待费', '100.00万元', { block: 90 });
const ofList = (a: string, b: string, c: string) => {
  const s = [fact('因公出国（境）费占比', a, { block: 90 }), fact('公务用车购置及运行费占比', b, { block: 90 }), fact('公务接待费占比', c, { block: 90 })];
  const parts = [abroad, cars, hosting];
  return report({
    facts: [...parts, ...s],
    relations: [
      ...s.map((x, i) => relation('rate', x, [parts[i]!, ...parts.filter((_, j) => j !== i)], { name: '占比', formula: 'share-of-list' })),
      relation('shares', s[0]!, s, { name: '占比合计', id: 'r-group' }),
    ],
  });
};

ruleTester(shares, {
  valid: [
    { name: '42.53 + 49.40 + 8.07 = 100.00', input: list() },
    { name: 'shares of a list with no whole, each its figure over the list’s sum', input: ofList('20.00%', '60.00%', '20.00%'), checks: 4 },
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
      name: 'share of a list with no whole: 300 ÷ 500 = 60%, printed 60.50% while the shares make 100%',
      input: ofList('20.00%', '60.50%', '19.50%'),
      findings: [
        { messageId: 'shareOfList', severity: 'error', stated: '60.50', expected: '60.00' },
        { messageId: 'shareOfList', severity: 'error', stated: '19.50', expected: '20.00' },
      ],
    },
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
