import { z } from 'zod';
import { loadPatterns, RegexString } from '../../patterns/load.js';

/** patterns/prose-claims.json: the words of year-on-year rates, direction claims and shares. */
const ClaimsFile = z.object({
  growth: z.object({
    comment: z.string(),
    increase: z.array(z.string().min(1)).min(1),
    decrease: z.array(z.string().min(1)).min(1),
    tail: RegexString,
    gap: RegexString,
  }),
  compare: z.object({
    comment: z.string(),
    claims: z.array(z.object({ regex: RegexString, sign: z.union([z.literal(1), z.literal(-1), z.null()]) })).min(1),
    final: RegexString,
    budget: RegexString,
  }),
  shares: z.object({ comment: z.string(), bare: RegexString, named: RegexString }),
});

export const CLAIMS = loadPatterns('prose-claims.json', ClaimsFile);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

/** “…下降”, “…增长了”, “…增幅为” ending the words before a percentage: the rate's direction. */
const RATE_VERB = new RegExp(`(?<verb>${alt([...CLAIMS.growth.increase, ...CLAIMS.growth.decrease])})${CLAIMS.growth.tail}\\s*$`, 'u');

/**
 * The direction a rate's words give (增长 = 1, 下降 = −1) and where the verb starts in
 * `words`, or null when the words end in no rate verb.
 */
export function rateVerb(words: string): { sign: 1 | -1; at: number } | null {
  const m = RATE_VERB.exec(words);
  if (!m?.groups) return null;
  return { sign: CLAIMS.growth.decrease.includes(m.groups['verb']!) ? -1 : 1, at: m.index };
}

/** Text between a stated change and its rate holds nothing else (“减少229.49万元，下降4.45%”). */
export const RATE_GAP = new RegExp(CLAIMS.growth.gap, 'u');
