import { describe, expect, it } from 'vitest';
import { rowMarker } from '../../../src/extract/table/text.js';

describe('rowMarker: numbering and 其中 of a row label', () => {
  it('reads numbering, then 其中', () => {
    expect(rowMarker('（二）公务用车购置及运行维护支出')).toMatchObject({ numbering: '（二）', breakdown: false, label: '公务用车购置及运行维护支出' });
    expect(rowMarker('其中：基本支出')).toMatchObject({ style: null, breakdown: true, label: '基本支出' });
  });

  it('reads the numbering that follows a 其中 (“其中：（一）因公出国（境）支出”)', () => {
    const m = rowMarker('其中：（一）因公出国（境）支出');
    expect(m).toMatchObject({ numbering: '（一）', breakdown: true, label: '因公出国（境）支出' });
    expect(m.style).toBe(rowMarker('（二）公务用车购置及运行维护支出').style);
  });
});
