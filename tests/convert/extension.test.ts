import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extensionWarning } from '../../src/convert/extension.js';
import { corpusBytes } from '../helpers/corpus.js';

describe('a file whose name says one format and whose bytes say another', () => {
  it('gets a warning on its report when a “.docx” is a saved HTML page or text', async () => {
    const page = new TextEncoder().encode('<!doctype html><html><body><p>404 Not Found</p><p>预算收入100万元。</p></body></html>');
    const r = await analyze(page, { path: 'downloads/2023年部门决算.docx' });
    expect(r.source.format).toBe('html');
    expect(r.warnings[0]).toMatchObject({ code: 'extension-mismatch' });
    expect(r.warnings[0]!.message).toContain('.docx');
    expect(r.warnings[0]!.message).toContain('HTML');
    const text = await analyze(new TextEncoder().encode('预算收入100万元。'), { path: 'a.DOCX' });
    expect(text.warnings.map((w) => w.code)).toContain('extension-mismatch');
  });

  it('says nothing when name and bytes agree, or the name promises nothing', async () => {
    const docx = await analyze(corpusBytes('huaihua-gxj-2023.docx'), { path: 'corpus/huaihua-gxj-2023.docx' });
    expect(docx.warnings.map((w) => w.code)).not.toContain('extension-mismatch');
    expect(extensionWarning('corpus/huaihua-gxj-2023.txt', 'text')).toBeNull();
    expect(extensionWarning('notes', 'text')).toBeNull();
    expect(extensionWarning(null, 'html')).toBeNull();
    expect(extensionWarning('a.pdf', 'text')).toMatchObject({ code: 'extension-mismatch' });
  });
});
