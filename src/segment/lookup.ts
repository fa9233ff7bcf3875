import type { Section } from '../model/index.js';

/** Id of the innermost section governing a block, or null before the first heading. */
export function sectionOfBlock(sections: readonly Section[], block: number): string | null {
  let best: Section | null = null;
  for (const s of sections) {
    const inside = block === s.headingBlock || (block >= s.blockStart && block < s.blockEnd);
    if (inside && (!best || s.level > best.level)) best = s;
  }
  return best?.id ?? null;
}
