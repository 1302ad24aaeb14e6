import { z } from 'zod';
import { line, referenceId } from './ids.ts';

/** A row of the paper's Table 1: a lifecycle or security framework compared against the four gaps. */
export const frameworkSchema = z.strictObject({
  /** Name as Table 1 prints it, e.g. "ENISA". */
  name: line(80),
  /** Bibliography key; absent only for the paper's own row. */
  reference: referenceId.optional(),
  /** True for the "This work" row. */
  isThisWork: z.boolean().default(false),
  /** Row position in Table 1. */
  order: z.int().min(1),
  /** What the framework is, in one or two sentences of our own. */
  summary: line(400),
  /** Table 1 columns, as printed. */
  granularity: line(80),
  securityStages: z.enum(['No', 'Partial', 'Yes']),
  securityStagesNote: line(80).optional(),
  evidenceBase: z.enum(['Theoretical', 'Empirical', 'Mixed']),
  governanceLinkage: z.enum(['None', 'Partial', 'Explicit']),
  endToEnd: z.boolean(),
  endToEndNote: line(80).optional(),
});
export type FrameworkData = z.infer<typeof frameworkSchema>;
