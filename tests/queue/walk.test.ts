import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MissingInputError, walkInputs } from '../../src/queue/walk.js';

const root = mkdtempSync(join(tmpdir(), 'gouji-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(rel: string, text = rel): string {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('walkInputs', () => {
  it('lists files in a stable order, skips dot names, follows links once and survives link loops', async () => {
    const a = file('in/b.txt');
    const b = file('in/a/2023.docx');
    const c = file('in/a/z.pdf');
    file('in/.DS_Store');
    file('in/.git/config');
    file('in/a/.~lock.report.docx#');
    symlinkSync(join(root, 'in'), join(root, 'in/a/loop')); // a link back up: a loop
    symlinkSync(a, join(root, 'in/a/same-as-b.txt')); // a second name for b.txt
    const outside = file('elsewhere/x.txt');
    symlinkSync(join(root, 'elsewhere'), join(root, 'in/linked'));
    symlinkSync(join(root, 'gone'), join(root, 'in/broken'));

    const result = await walkInputs([join(root, 'in')]);
    expect(result.files).toEqual([b, join(root, 'in/a/same-as-b.txt'), c, join(root, 'in/linked/x.txt')]);
    expect(result.files).not.toContain(a); // listed once, under the name met first
    expect(result.unreadable).toEqual([{ path: join(root, 'in/broken'), message: expect.stringMatching(/broken link/) }]);
    expect(outside).toBeTruthy();
  });

  it('takes a file given by name even when it starts with a dot, and each input once', async () => {
    const hidden = file('given/.hidden.txt');
    const result = await walkInputs([hidden, join(root, 'given'), hidden]);
    expect(result.files).toEqual([hidden]);
  });

  it('turns a missing input into MissingInputError (a usage error, not a file failure)', async () => {
    await expect(walkInputs([join(root, 'nope')])).rejects.toBeInstanceOf(MissingInputError);
  });
});
