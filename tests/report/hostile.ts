/**
 * A report whose text carries markup and script, in a file whose name carries markup: what a
 * page must show as text and never run. The first line is prose, so the bytes read as text
 * (an HTML page would have its tags parsed away by the HTML reader, not kept as text).
 */
export const HOSTILE_NAME = `<img src=x onerror="window.__pwned='name'">报告.txt`;

export const HOSTILE_TEXT = [
  '2023年度某县测试局部门整体支出绩效自评报告',
  '一、部门基本情况',
  `<script>window.__pwned='script'</script><img src=x onerror="window.__pwned='img'">`,
  '二、预算执行情况',
  '2023年预算收入100.00万元，决算支出90.00万元，预算执行率95.00%。</p><script>window.__pwned="close"</script>',
  '<a href="javascript:window.__pwned=1">链接</a> " onmouseover="window.__pwned=2" \'',
].join('\n');
