import { z } from 'zod';
import { line } from './ids.ts';

/** A bibliography entry (`content/references/<key>.yaml`); bodies cite it with `:cite[key]`. */
export const referenceSchema = z.strictObject({
  /** The entry's number in the paper's bibliography, when it is one of the paper's references. */
  paperNumber: z.int().min(1).optional(),
  /** The full citation as text. */
  text: z.string().trim().min(1).max(600),
  year: z.int().min(1900).max(2100).optional(),
  /** DOI without the resolver prefix, e.g. "10.6028/NIST.AI.100-1". */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a DOI such as "10.6028/NIST.AI.100-1"' }).optional(),
  /** A stable address where the DOI is absent. */
  url: z.url().optional(),
  /** Where the paper's own reference list differs from the corrected citation above, what it says; shown with the entry. */
  paperSlip: line(300).optional(),
});
export type ReferenceData = z.infer<typeof referenceSchema>;
