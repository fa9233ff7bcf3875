import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/reconcile/rules/index.js';

const ROOT = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/reconcile/rules/', ROOT))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const docs = readFileSync(new URL('docs/reconcile.md', ROOT), 'utf8');

describe('every rule is registered, documented and tested', () => {
  it('the registry holds exactly the rule files, each under its own id', () => {
    expect(Object.keys(rules).sort()).toEqual([...ruleFiles].sort());
    for (const [key, rule] of Object.entries(rules)) expect(rule.meta.id).toBe(key);
  });

  for (const id of ruleFiles) {
    describe(id, () => {
      const rule = rules[id as keyof typeof rules];

      it('has a one-line description and messages in Chinese and English', () => {
        expect(rule.meta.description).toMatch(/^\S.*\S$/);
        expect(rule.meta.description).not.toContain('\n');
        const messages = Object.values(rule.meta.messages) as { zh: string; en: string }[];
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(m.en).toMatch(/^[A-Z]/);
        }
      });

      it('is documented in docs/reconcile.md', () => {
        expect(docs).toContain(`### \`${id}\``);
      });

      it(`has tests in tests/reconcile/rules/${id}.test.ts`, () => {
        const test = new URL(`tests/reconcile/rules/${id}.test.ts`, ROOT);
        expect(existsSync(test)).toBe(true);
        expect(readFileSync(test, 'utf8')).toMatch(/ruleTester\(/);
      });
    });
  }
});
