import { z } from 'zod';
import { NumberKind } from '../model/index.js';
import { loadPatterns } from '../patterns/load.js';

/** The units of patterns/units.json: 万元 元 亿元 % 分 人 人次 … with what each measures. */
const UnitsFile = z.object({
  units: z.array(
    z.object({
      unit: z.string().min(1),
      kind: NumberKind,
      factorToWanYuan: z.string().optional(),
      canonical: z.string().optional(),
      /** What the unit measures (money, persons, person-times, area, …); see patterns/units.json. */
      dimension: z.string().min(1),
    }),
  ),
});

const UNITS = loadPatterns('units.json', UnitsFile).units;
/** Longest unit first, so 万元 wins over 元 and 场次 over 次. */
export const UNIT_NAMES = UNITS.map((u) => u.unit).sort((a, b) => b.length - a.length);
export const UNIT_BY_NAME = new Map(UNITS.map((u) => [u.unit, u]));

/** A unit as written → its canonical name, its kind and its factor to 万元 (money only). */
export function unitInfo(unit: string | null): { unit: string | null; kind: NumberKind; factorToWanYuan: string | null } {
  if (!unit) return { unit: null, kind: 'plain', factorToWanYuan: null };
  const info = UNIT_BY_NAME.get(unit);
  if (!info) return { unit, kind: 'plain', factorToWanYuan: null };
  return { unit: info.canonical ?? info.unit, kind: info.kind, factorToWanYuan: info.factorToWanYuan ?? null };
}

/**
 * What a figure in `unit` measures: `money` for 万元/元/亿元, `percent`, `score`, or the
 * counted thing (`persons` 人/名, `person-times` 人次, `batches` 批次, `area` 平方米 …);
 * null for a bare figure or an unknown unit.
 */
export function dimensionOf(unit: string | null): string | null {
  if (!unit) return null;
  return UNIT_BY_NAME.get(unit)?.dimension ?? null;
}
