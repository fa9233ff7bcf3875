import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/cli/display-path.js';

describe('displayPath', () => {
  const cwd = resolve('/home/you/gouji');
  it('shows a file inside the current folder relative to it', () => {
    expect(displayPath(join(cwd, 'corpus', 'huaihua-gxj-2023.docx'), cwd)).toBe('corpus/huaihua-gxj-2023.docx');
  });
  it('keeps a file elsewhere, a path already relative, and the folder itself as they are', () => {
    expect(displayPath(resolve('/data/2023/财政局.docx'), cwd)).toBe(resolve('/data/2023/财政局.docx'));
    expect(displayPath(resolve('/home/you/gouji-other/a.pdf'), cwd)).toBe(resolve('/home/you/gouji-other/a.pdf'));
    expect(displayPath('corpus/a.pdf', cwd)).toBe('corpus/a.pdf');
    expect(displayPath(cwd, cwd)).toBe(cwd);
  });
  it('shows a file in a folder whose name starts with “..” relative too (it is inside)', () => {
    expect(displayPath(join(cwd, '..data', 'a.pdf'), cwd)).toBe('..data/a.pdf');
    expect(displayPath(join(cwd, '...', 'a.pdf'), cwd)).toBe('.../a.pdf');
    expect(displayPath(resolve(cwd, '..', 'a.pdf'), cwd)).toBe(resolve(cwd, '..', 'a.pdf'));
  });
});
