import { z } from 'zod';
import { line, referenceId } from './ids.ts';
import { ROLES } from './provision.ts';

/** A pinned official identifier list (`content/identifiers/<list>.yaml`). */
export const identifierListSchema = z.strictObject({
  /** The list's official name. */
  name: line(120),
  /** Edition or release the IDs and names are taken from. */
  edition: line(120),
  /** Where the list comes from (a reference key). */
  source: referenceId,
  /** Each item's name, verbatim; NIST AI RMF category and subcategory names are whole outcome statements (MAP 1.1 runs to some 560 characters), hence the length. */
  items: z.array(z.strictObject({
    id: line(40),
    name: line(800),
    /**
     * EU AI Act articles: the reviewed table of whom the article binds, each role with the paragraph that
     * binds it and, where the article itself says it, a short phrase of the official text naming it (a test
     * checks the phrase against the text). Provisions citing the article must bind exactly these roles
     * (a part of the article, some of them): rule `binds-names-addressees`.
     */
    binds: z.array(z.strictObject({ role: z.enum(ROLES), at: line(120), words: line(200).optional() })).min(1).optional(),
    /** EU AI Act articles: roles the article names without binding them (recipients, powers), with why. */
    named: z.array(z.strictObject({ role: z.enum(ROLES), why: line(300) })).optional(),
  })).min(1),
});
export type IdentifierListData = z.infer<typeof identifierListSchema>;
