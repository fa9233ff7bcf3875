import chardet from 'chardet';
import iconv from 'iconv-lite';
const s = '一、部門基本情況\n本部門2023年度預算收入1,234.56萬元，決算支出1,100.00萬元，執行率89.1%。\n';
const simp = '一、部门基本情况\n本部门2023年度预算收入1,234.56万元，决算支出1,100.00万元，执行率89.1%。\n';
for (const [name, buf] of [['big5', iconv.encode(s, 'big5')], ['gbk', iconv.encode(simp, 'gbk')], ['gb-trad', iconv.encode(s, 'gbk')], ['utf16le', Buffer.from(simp, 'utf16le')], ['utf8', Buffer.from(simp)]]) {
  console.log(name, JSON.stringify(chardet.analyse(buf).slice(0, 3)));
}
console.log(new TextDecoder('big5').decode(iconv.encode(s, 'big5')));
