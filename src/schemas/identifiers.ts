import { z } from 'zod';
import { line, referenceId } from './ids.ts';

/** A pinned official identifier list (`content/identifiers/<list>.yaml`). */
export const identifierListSchema = z.strictObject({
  /** The list's official name. */
  name: line(120),
  /** Edition or release the IDs and names are taken from. */
  edition: line(120),
  /** Where the list comes from (a reference key). */
  source: referenceId,
  /** Each item's name, verbatim; NIST AI RMF category names are whole outcome statements, hence the length. */
  items: z.array(z.strictObject({ id: line(40), name: line(400) })).min(1),
});
export type IdentifierListData = z.infer<typeof identifierListSchema>;
