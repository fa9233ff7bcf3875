import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/index.js';
import type { Outcome } from '../../src/reconcile/check.js';
import { fillMessage, runRules, severityOf } from '../../src/reconcile/engine.js';
import { defineRule } from '../../src/reconcile/rule.js';
import { fact, report } from './factories.js';

/** A rule that reports one draft per fact, with the outcome named in the fact's label. */
const echo = (id: string, uncertain = false) =>
  defineRule({
    meta: {
      id,
      description: 'test rule',
      messages: { said: { zh: '{{formula}}：{{stated}} → {{expected}}（{{difference}}）', en: '{{formula}}: {{stated}} → {{expected}} ({{difference}})' } },
    },
    check(ctx) {
      for (const f of ctx.input.facts) {
        const t = ctx.term(f, 'result');
        ctx.report({
          messageId: 'said',
          outcome: f.label as Outcome,
          uncertain,
          formula: `${id} ${f.label}`,
          stated: f.number.value,
          expected: { value: '1', interval: null },
          difference: '0',
          terms: [t],
          refs: [f.id],
        });
      }
    },
  });

const facts = (): Fact[] => [
  fact('ties', '1万元', { block: 1 }),
  fact('loose', '2万元', { block: 3 }),
  fact('fails', '3万元', { block: 5 }),
  fact('fails', '4万元', { block: 2 }),
];

describe('severity', () => {
  it('error: impossible under any rounding; warning: loosest reading only, or an uncertain relation; info: ties', () => {
    expect(severityOf('fails')).toBe('error');
    expect(severityOf('fails', true)).toBe('warning');
    expect(severityOf('loose')).toBe('warning');
    expect(severityOf('ties')).toBe('info');
  });
});

describe('runRules', () => {
  it('keeps info only with `all`, orders by severity then document position, fills messages', () => {
    const input = report({ facts: facts() });
    const plain = runRules([echo('a')], input);
    expect(plain.map((f) => [f.severity, f.values[0]!.value])).toEqual([
      ['error', '4'],
      ['error', '3'],
      ['warning', '2'],
    ]);
    expect(plain[0]!.message).toEqual({ zh: 'a fails：4 → 1（0）', en: 'a fails: 4 → 1 (0)' });
    expect(plain[0]).toMatchObject({ rule: 'a', messageId: 'said', refs: [expect.any(String)] });
    const all = runRules([echo('a')], input, { all: true });
    expect(all.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'info']);
  });

  it('an uncertain relation that fails is a warning', () => {
    const findings = runRules([echo('u', true)], report({ facts: facts() }));
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('turns rules off by id', () => {
    const input = report({ facts: facts() });
    expect(runRules([echo('a'), echo('b')], input, { rules: { a: false } }).every((f) => f.rule === 'b')).toBe(true);
    expect(runRules([echo('a')], input, { rules: { a: false } })).toEqual([]);
  });

  it('reports the same figures found by two rules once: the more severe, else the earlier rule', () => {
    const input = report({ facts: facts() });
    const both = runRules([echo('first'), echo('second')], input);
    expect(both.map((f) => f.rule)).toEqual(['first', 'first', 'first']);
    const lenient = runRules([echo('lenient', true), echo('strict')], input);
    expect(lenient.map((f) => `${f.rule}:${f.severity}`)).toEqual(['strict:error', 'strict:error', 'lenient:warning']);
  });

  it('fails loudly on a rule bug: an unknown message id or a missing placeholder', () => {
    const bad = defineRule({
      meta: { id: 'bad', description: 'x', messages: { m: { zh: '{{nope}}', en: '' } } },
      check(ctx) {
        const f = ctx.input.facts[0]!;
        ctx.report({ messageId: 'm', outcome: 'fails', formula: '', stated: null, expected: null, difference: null, terms: [ctx.term(f, 'x')] });
      },
    });
    expect(() => runRules([bad], report({ facts: facts() }))).toThrow(/no data for \{\{nope\}\}/);
    const broken = defineRule({ meta: { id: 'broken', description: 'x', messages: { m: { zh: '', en: '' } } }, check: () => { throw new Error('boom'); } });
    expect(() => runRules([broken], report())).toThrow('reconcile rule broken failed: boom');
    expect(() => fillMessage('r', 'm', { zh: '{{a}}', en: '{{ a }}' }, { a: '1' })).not.toThrow();
  });
});
