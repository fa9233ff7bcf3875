// dist/segment/lookup.js
function sectionOfBlock(sections, block) {
  let best = null;
  for (const s of sections) {
    const inside = block === s.headingBlock || block >= s.blockStart && block < s.blockEnd;
    if (inside && (!best || s.level > best.level)) best = s;
  }
  return best?.id ?? null;
}

// dist/text/half-width.js
function toHalfWidth(s) {
  return s.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\uff0b\uff05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 65248));
}

export {
  sectionOfBlock,
  toHalfWidth
};
