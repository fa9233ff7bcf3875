import { z } from 'zod';
import { Location } from './location.js';
import { NumberValue } from './number.js';

/** One row of the 绩效指标 table (一级/二级/三级指标 … 分值 得分 偏差原因). */
export const IndicatorRow = z.object({
  id: z.string(),
  /** 一级指标 / 二级指标 / 三级指标, merged cells inherited. */
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  level3: z.string().nullable(),
  /** Weight the 一级指标 cell states for its group (“产出指标（50分）” → 50); null when none. */
  level1Weight: NumberValue.nullable().optional(),
  /** 年度指标值 */
  target: z.string().nullable(),
  /** 实际完成值 */
  actual: z.string().nullable(),
  /** 分值 */
  weight: NumberValue.nullable(),
  /** 得分 */
  score: NumberValue.nullable(),
  /** 偏差原因分析及改进措施 */
  note: z.string().nullable(),
  /** indicator: a scored row; execution: 预算执行率 row; total: 总分/合计 row. */
  role: z.enum(['indicator', 'execution', 'total']),
  location: Location,
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;
