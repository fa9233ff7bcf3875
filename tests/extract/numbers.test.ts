import { describe, expect, it } from 'vitest';
import { findNumbers, makeNumber, notAmountSpans, parseNumber } from '../../src/extract/numbers.js';

const found = (text: string) => findNumbers(text).map((n) => `${n.number.raw}|${n.number.value}|${n.number.unit ?? ''}|${n.number.kind}${n.qualifier ? '|' + n.qualifier : ''}`);

describe('findNumbers — figures in running text', () => {
  it('reads amounts with units, decimals and the decimals printed', () => {
    const [n] = findNumbers('2023年市工业和信息化局预算收入2392.94万元，');
    expect(n!.number).toEqual({ raw: '2392.94万元', printed: '2392.94', value: '2392.94', decimals: 2, unit: '万元', kind: 'money', wanYuan: '2392.94' });
    expect(found('本年决算支出3241.81万元，预算执行率135.42%。')).toEqual(['3241.81万元|3241.81|万元|money', '135.42%|135.42|%|percent']);
  });

  it('keeps trailing zeros and converts 元 and 亿元 to 万元', () => {
    const [a, b, c] = findNumbers('人员经费6,543,210.00元，总投资突破30亿元，支出0.80万元');
    expect(a!.number).toMatchObject({ printed: '6543210.00', value: '6543210.00', decimals: 2, unit: '元', wanYuan: '654.321' });
    expect(b!.number).toMatchObject({ value: '30', unit: '亿元', wanYuan: '300000' });
    expect(b!.qualifier).toBe('突破');
    expect(c!.number).toMatchObject({ value: '0.80', decimals: 2 });
  });

  it('reads full-width digits, separators and signs, keeping the span in the original text', () => {
    const text = '收入２，３９２．９４万元，增长－１．５％';
    const ns = findNumbers(text);
    expect(ns.map((n) => [n.number.value, n.number.unit])).toEqual([
      ['2392.94', '万元'],
      ['-1.5', '%'],
    ]);
    expect(text.slice(ns[0]!.start, ns[0]!.end)).toBe('２，３９２．９４万元');
    expect(ns[0]!.number.raw).toBe('２，３９２．９４万元');
  });

  it('does not take the 逗号 of a sentence for a thousands separator', () => {
    expect(found('企业上云3565家，306家上平台')).toEqual(['3565家|3565|家|count', '306家|306|家|count']);
    expect(found('收入1，234万元')).toEqual(['1|1||plain', '234万元|234|万元|money']);
  });

  it('reads counts and scores: 个 家 人 次 名 项 分, 个百分点, 场次, 人次', () => {
    expect(found('内设17个科室，新增入规工业企业143家，编制人数95人，召开会议31次，招录6名，2项工作，自评得分99分')).toEqual([
      '17个|17|个|count',
      '143家|143|家|count',
      '95人|95|人|count',
      '31次|31|次|count',
      '6名|6|名|count',
      '2项|2|项|count',
      '99分|99|分|score',
    ]);
    expect(found('高出全省平均31.8个百分点，服务活动65场次，施工队伍112人次')).toEqual([
      '31.8个百分点|31.8|个百分点|percent',
      '65场次|65|场次|count',
      '112人次|112|人次|count',
    ]);
  });

  it('marks approximate figures and bounds: 余, 多, 以上, 突破, 约', () => {
    expect(found('80余次，2万余家，100多万元，95%以上，约5万元')).toEqual([
      '80余次|80|次|count|余',
      '2万余家|2|万家|count|余',
      '100多万元|100|万元|money|多',
      '95%|95|%|percent|以上',
      '5万元|5|万元|money|约',
    ]);
  });

  it('takes a minus sign, not a dash between figures', () => {
    expect(found('差额-0.19万元')).toEqual(['-0.19万元|-0.19|万元|money']);
  });
});

describe('findNumbers — what is not an amount', () => {
  const none = (text: string) => expect(findNumbers(text).map((n) => n.number.raw)).toEqual([]);

  it.each([
    ['dates', '2023年12月31日前完成，2024年6月28日，2023年7月，9月'],
    ['periods of the year', '1-12月，1-11月，1至6月'],
    ['document numbers', '《通知》（怀财绩〔2024〕46号），（怀财预﹝2023﹞6号），《条例》（国务院令738号）'],
    ['phone numbers', '联系电话：2731302，手机13812345678，0745-2731302'],
    ['slogans', '“4×4”现代化产业体系，“5+N”现代化产业新体系，“三送三解三优”'],
    ['year ranges', '产业链三年行动计划（2023年-2025年），2021-2025年'],
    ['years alone', '2023年，我局坚持…；2023年度'],
    ['list numbering', '1.贯彻落实；（2）预算资金下达后；目标1：对标对表；附件：1.基础数据表'],
    ['ranked and coded names', '19-20柔性引进工作补助，新增5G基站，“12·4国家宪法日”'],
    ['ordinals', '第四批，第1名'],
  ])('%s', (_what, text) => none(text));

  it('keeps the figures next to them', () => {
    expect(found('1-12月，全市规模工业增加值增长4.8%,连续7个月实现环比正增长')).toEqual(['4.8%|4.8|%|percent', '7个月|7|个月|count']);
    expect(found('新增5G基站1830个')).toEqual(['1830个|1830|个|count']);
    expect(found('19-20柔性引进工作补助（人才资源开发专项资金）8.01万元')).toEqual(['8.01万元|8.01|万元|money']);
  });

  it('reads a letter-spaced unit (“21,955.35 万 元”, justified PDF text) as that unit', () => {
    expect(found('预 算 总 计 21,955.35 万 元 ， 增长 21.95 %')).toEqual(['21,955.35 万 元|21955.35|万元|money', '21.95 %|21.95|%|percent']);
    // a number letter-spaced digit by digit is not read as its last digit in 万元
    expect(found('收 入 预 算 1 6 , 4 1 0 . 7 1 万 元 ，').filter((f) => f.endsWith('money'))).toEqual([]);
  });

  it('says why a span is not an amount', () => {
    const spans = notAmountSpans('（怀财绩〔2024〕46号）');
    expect(spans.map((s) => s.id)).toContain('document-number');
  });
});

describe('parseNumber / makeNumber (unchanged contract for table cells)', () => {
  it('parses a cell', () => {
    expect(parseNumber('2,392.94')).toMatchObject({ value: '2392.94', unit: null });
    expect(parseNumber('21', '万元')).toMatchObject({ value: '21', unit: '万元', wanYuan: '21' });
    expect(parseNumber('2023年')).toBeNull();
    expect(makeNumber('-0.19万元', '-', '0', '19', '万元')).toMatchObject({ value: '-0.19', printed: '-0.19' });
  });
});
