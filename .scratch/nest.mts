import { analyze } from '../src/analyze.ts';
const n = Number(process.argv[2]); const maxNesting = Number(process.argv[3] ?? 256);
const cases: Record<string, string> = {
  div: '<html><body>' + '<div>'.repeat(n) + '<p>收入1.00万元</p>' + '</div>'.repeat(n) + '</body></html>',
  table: '<html><body>' + '<table><tr><td>'.repeat(n) + '1.00' + '</td></tr></table>'.repeat(n) + '</body></html>',
  span: '<html><body>' + `<table>${'<tr><td rowspan="1000" colspan="1000">1</td></tr>'.repeat(10)}</table>`.repeat(10) + '</body></html>',
};
for (const [k, v] of Object.entries(cases)) {
  const t = performance.now();
  try { const r = await analyze(Buffer.from(v), { limits: { maxNesting } }); console.log(k, 'ok', r.document.blocks.length); }
  catch (e) { console.log(k, (e as any).kind ?? (e as Error).name, (e as Error).message.slice(0, 120)); }
  console.log('  ', Math.round(performance.now() - t), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
}
