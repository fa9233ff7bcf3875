import { z } from 'zod';
import { DecimalString } from '../model/index.js';
import { loadPatterns } from './load.js';

/** patterns/identities.json: domain identities by canonical label. */
export const IdentitiesFile = z.object({
  identities: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case id'),
        /** The identity in words, shown in findings. */
        name: z.string().min(1),
        comment: z.string().optional(),
        /** Canonical labels any of which is the total. */
        total: z.array(z.string().min(1)).min(1),
        /** Each part: the canonical labels any of which stands for it. */
        parts: z.array(z.array(z.string().min(1)).min(1)).min(2),
        /** Parts the report leaves out are read as absent (the check is then uncertain). */
        omittable: z.boolean().default(false),
      }),
    )
    .min(1),
});
export type Identity = z.infer<typeof IdentitiesFile>['identities'][number];

/** patterns/grades.json: the score band of each 评价等级. */
export const GradesFile = z.object({
  fullScore: DecimalString,
  bands: z
    .array(
      z.object({
        grade: z.string().min(1),
        synonyms: z.array(z.string().min(1)).default([]),
        /** Lowest score of the band, inclusive; null = no lower bound. */
        min: DecimalString.nullable(),
        /** Score the band stops below, exclusive; null = no upper bound. */
        max: DecimalString.nullable(),
      }),
    )
    .min(1),
});
export type Grades = z.infer<typeof GradesFile>;
export type GradeBand = Grades['bands'][number];

let identities: Identity[] | undefined;
let grades: Grades | undefined;

export function loadIdentities(): Identity[] {
  identities ??= loadPatterns('identities.json', IdentitiesFile).identities;
  return identities;
}

export function loadGrades(): Grades {
  grades ??= loadPatterns('grades.json', GradesFile);
  return grades;
}
