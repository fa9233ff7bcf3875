import type { Edge } from './types.js';

/** pdf.js operator codes this module reads (pdfjs-dist 5.x `OPS`). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  setGState: number;
  setFillTransparent: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js 5 path buffer codes (`DrawOPS`): a constructPath op carries one Float32Array of these. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

type Matrix = [number, number, number, number, number, number];

/** The graphics state the scan follows (written out field by field where copied: `{ ...state, x }` is a slow path in V8, once per operator). */
interface GState {
  ctm: Matrix;
  /** Fill is white or fully transparent: a background, not a rule. */
  fillInvisible: boolean;
}

/** m ∘ n: the matrix that applies n first, then m (pdf.js `Util.transform(m, n)`; `cm` is ctm ∘ m). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A point on the page in top-left space, from the viewport transform. */
type ToPage = (x: number, y: number) => [number, number];

export interface RulingScan {
  edges: Edge[];
  /** Images painted on the page (a scanned page is one big image). */
  images: number;
}

/** Thickest filled rectangle still read as a line rather than a shaded area. */
const MAX_RULE_THICKNESS = 3;

/**
 * Reads the ruling lines a page draws from its operator list: stroked line segments and
 * rectangles, and thin filled rectangles (WPS and many exporters draw cell borders as filled
 * 0.5–1 pt bars). Larger filled areas add their four sides — shaded cells still bound cells —
 * unless they are white or transparent (cell backgrounds) or cover most of the page.
 * Coordinates go through the CTM (save/restore/transform, form XObjects) and the viewport.
 */
export function scanRulings(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpCodes,
  imageOps: ReadonlySet<number>,
  toPage: ToPage,
  pageArea: number,
): RulingScan {
  const edges: Edge[] = [];
  let images = 0;
  let state: GState = { ctm: [1, 0, 0, 1, 0, 0], fillInvisible: false };
  const stack: GState[] = [];
  const formStack: GState[] = [];

  const addSegment = (ax: number, ay: number, bx: number, by: number): void => {
    const [x0, y0] = toPage(...apply(state.ctm, ax, ay));
    const [x1, y1] = toPage(...apply(state.ctm, bx, by));
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dx < 0.5 && dy < 0.5) return;
    if (dy <= 1 && dx > dy * 20) edges.push({ dir: 'h', pos: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (dx <= 1 && dy > dx * 20) edges.push({ dir: 'v', pos: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };

  /** The page-space bounding box of a subpath's points. */
  const pageBox = (pts: Array<[number, number]>): { x0: number; x1: number; top: number; bottom: number } => {
    const page = pts.map(([x, y]) => toPage(...apply(state.ctm, x, y)));
    const xs = page.map((p) => p[0]);
    const ys = page.map((p) => p[1]);
    return { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  };

  /** A filled shape no thicker than a rule is a rule along its long side; false if it is thicker. */
  const addBar = ({ x0, x1, top, bottom }: { x0: number; x1: number; top: number; bottom: number }): boolean => {
    const w = x1 - x0;
    const h = bottom - top;
    if (h <= MAX_RULE_THICKNESS && w > h) edges.push({ dir: 'h', pos: (top + bottom) / 2, from: x0, to: x1 });
    else if (w <= MAX_RULE_THICKNESS && h > w) edges.push({ dir: 'v', pos: (x0 + x1) / 2, from: top, to: bottom });
    else return false;
    return true;
  };

  const addRect = (pts: Array<[number, number]>, filled: boolean): void => {
    const box = pageBox(pts);
    const { x0, x1, top, bottom } = box;
    const w = x1 - x0;
    const h = bottom - top;
    if (filled) {
      if (state.fillInvisible) return;
      if (addBar(box)) return;
      if (w * h > 0.5 * pageArea) return;
    }
    edges.push({ dir: 'h', pos: top, from: x0, to: x1 }, { dir: 'h', pos: bottom, from: x0, to: x1 });
    edges.push({ dir: 'v', pos: x0, from: top, to: bottom }, { dir: 'v', pos: x1, from: top, to: bottom });
  };

  const readPath = (path: Float32Array, paint: number): void => {
    const filled = paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
    const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
    if (!filled && !stroked) return;
    // Split into subpaths; a subpath of 4 axis-aligned sides is a rectangle.
    let sub: Array<[number, number]> = [];
    let curved = false;
    const flush = (closed: boolean): void => {
      if (sub.length >= 2) {
        const rect = asRectangle(sub);
        if (rect && !curved && (filled || closed || sub.length >= 5)) addRect(rect, filled && !stroked);
        // A filled border side with mitred ends (a thin trapezoid, one end cut at 45° where it
        // meets the next side — how some report exporters draw each cell border) is a bar too.
        else if (filled && !stroked && !curved) {
          if (!state.fillInvisible) addBar(pageBox(sub));
        } else if (stroked && !curved) {
          for (let i = 1; i < sub.length; i++) addSegment(sub[i - 1]![0], sub[i - 1]![1], sub[i]![0], sub[i]![1]);
          if (closed) addSegment(sub[sub.length - 1]![0], sub[sub.length - 1]![1], sub[0]![0], sub[0]![1]);
        }
      }
      sub = [];
      curved = false;
    };
    let i = 0;
    while (i < path.length) {
      const code = path[i]!;
      if (code === MOVE) {
        flush(false);
        sub.push([path[i + 1]!, path[i + 2]!]);
        i += 3;
      } else if (code === LINE) {
        sub.push([path[i + 1]!, path[i + 2]!]);
        i += 3;
      } else if (code === CURVE) {
        curved = true;
        sub.push([path[i + 5]!, path[i + 6]!]);
        i += 7;
      } else if (code === QUAD) {
        curved = true;
        sub.push([path[i + 3]!, path[i + 4]!]);
        i += 5;
      } else if (code === CLOSE) {
        flush(true);
        i += 1;
      } else {
        break; // unknown code: stop reading this path rather than misread it
      }
    }
    flush(false);
  };

  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    const args = argsArray[k] as unknown[] | null;
    if (fn === ops.save) {
      stack.push(state);
      state = { ctm: state.ctm, fillInvisible: state.fillInvisible };
    } else if (fn === ops.restore) {
      state = stack.pop() ?? state;
    } else if (fn === ops.transform && args) {
      state = { ctm: multiply(state.ctm, args as unknown as Matrix), fillInvisible: state.fillInvisible };
    } else if (fn === ops.paintFormXObjectBegin && args) {
      formStack.push(state);
      const m = args[0] as ArrayLike<number> | null;
      if (m && m.length === 6) state = { ctm: multiply(state.ctm, Array.from(m) as Matrix), fillInvisible: state.fillInvisible };
    } else if (fn === ops.paintFormXObjectEnd) {
      state = formStack.pop() ?? state;
    } else if (fn === ops.setFillRGBColor && args) {
      const color = typeof args[0] === 'string' ? args[0].toLowerCase() : '';
      state = { ctm: state.ctm, fillInvisible: color === '#ffffff' };
    } else if (fn === ops.setFillTransparent) {
      state = { ctm: state.ctm, fillInvisible: true };
    } else if (fn === ops.setGState && args) {
      const entries = args[0] as Array<[string, unknown]> | undefined;
      for (const [key, value] of entries ?? []) {
        if (key === 'ca' && value === 0) state = { ctm: state.ctm, fillInvisible: true };
      }
    } else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = args[1] as Array<Float32Array | null> | undefined;
      const path = data?.[0];
      if (path) readPath(path, paint);
    } else if (imageOps.has(fn)) {
      images++;
    }
  }
  return { edges, images };
}

/** The corners of an axis-aligned rectangle, or null when the subpath is something else. */
function asRectangle(pts: Array<[number, number]>): Array<[number, number]> | null {
  let p = pts;
  if (p.length === 5 && Math.abs(p[0]![0] - p[4]![0]) < 0.01 && Math.abs(p[0]![1] - p[4]![1]) < 0.01) p = p.slice(0, 4);
  if (p.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % 4]!;
    const horizontal = Math.abs(a[1] - b[1]) < 0.01;
    const vertical = Math.abs(a[0] - b[0]) < 0.01;
    if (!horizontal && !vertical) return null;
  }
  return p;
}
