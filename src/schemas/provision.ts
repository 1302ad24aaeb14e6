import { z } from 'zod';
import { categoryId, line, provisionId, scopeId, stageId } from './ids.ts';

export const FRAMEWORKS = ['nist-ai-rmf', 'nist-ai-600-1', 'eu-ai-act', 'iso-42001'] as const;
export type FrameworkKey = (typeof FRAMEWORKS)[number];

/** Display names of the governance instruments; one place so every page spells them the same way. */
export const FRAMEWORK_NAMES: Record<FrameworkKey, string> = {
  'nist-ai-rmf': 'NIST AI RMF 1.0',
  'nist-ai-600-1': 'NIST AI 600-1',
  'eu-ai-act': 'EU AI Act',
  'iso-42001': 'ISO/IEC 42001:2023',
};

/** Section 3: a provision either shapes decisions or produces evidence about them. */
export const KINDS = ['decision-shaping', 'evidence-producing'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Parties a provision can bind. EU AI Act roles are the operators of Art. 3(3)–(8) and the authorities the
 * articles address (`national-competent-authorities` includes market surveillance authorities, Art. 3(48));
 * NIST and ISO bind the adopting organisation.
 */
export const ROLES = ['provider', 'deployer', 'importer', 'distributor', 'authorised-representative', 'notified-body', 'gpai-provider', 'gpai-provider-systemic-risk', 'member-states', 'national-competent-authorities', 'commission', 'ai-office', 'adopting-organisation'] as const;
export type Role = (typeof ROLES)[number];

/** A governance provision (`content/provisions/<id>.mdx`, e.g. `eu-art-14.mdx`). The body paraphrases it. */
export const provisionSchema = z.strictObject({
  /** The instrument the provision belongs to. */
  framework: z.enum(FRAMEWORKS),
  /** Identifier as the instrument numbers it, e.g. "Art. 14", "GOVERN 1.1", "Cl. 6.1", "A.10.3". */
  reference: line(60),
  /** Short label shown in navigation and tables, e.g. "Human oversight" or "Risk culture" (ours where no short official title exists). */
  label: line(80),
  /**
   * Official title, verbatim (for NIST categories, the official outcome statement). Omitted for parts
   * that have no title of their own, such as Art. 53(1)(d) or a NIST subcategory, rather than invented.
   */
  title: line(800).optional(),
  /** The enclosing provision when this one is a part of another, e.g. Art. 53(1)(d) → Art. 53. */
  parent: provisionId.optional(),
  /** Who the provision binds. */
  binds: z.array(z.enum(ROLES)).min(1),
  /**
   * The scopes of application the provision falls under (keys of `content/schedules/<framework>.yaml` or
   * of an amendment's `adds`), several where it spans them, e.g. `[annex-iii-high-risk, annex-i-high-risk]`.
   * The date a page shows is derived from the schedule and its amendments, never typed. Required for a
   * framework with a schedule (the EU AI Act); empty for voluntary standards.
   */
  scopes: z.array(scopeId).default([]),
  /** Governance categories the provision belongs to (Table 3 rows, or Section 6.2 for Art. 47 and Annex IV). */
  categories: z.array(categoryId).min(1),
  /** Stages the provision maps to, each with a one-line rationale (at least one unless `organisationWide`). This mapping is our interpretation. */
  stages: z.array(z.strictObject({ stage: stageId, rationale: line(300) })).default([]),
  /**
   * Set, with the reason, when the provision is an organisation-wide duty that no lifecycle stage carries
   * (e.g. leadership commitment, AI literacy). Such a provision maps to no stage and is counted apart; a
   * provision with neither stages nor this field fails rule `provision-placed`.
   */
  organisationWide: line(400).optional(),
  /** Other words readers search for it by (practitioner terms, common short forms); indexed for search. */
  aliases: z.array(line(60)).default([]),
  /** Classification used by the structural asymmetry, under the paper's reading. */
  kind: z.enum(KINDS),
  /** Why the provision is classified so. */
  kindRationale: line(400),
  /** A defensible alternative classification, where the paper's reading is contested (facts §6d). */
  alternative: z.strictObject({ kind: z.enum(KINDS), rationale: line(400) }).optional(),
  /** How the paper's Table 3 or Section 6.2 glosses the provision, verbatim. */
  paperLabel: line(160).optional(),
  /** Where the paper's label or use differs from the official text (facts §6e). */
  correction: line(600).optional(),
  /** IDs this entry had in earlier releases; their short links and pages redirect here. */
  formerIds: z.array(provisionId).default([]),
});
export type ProvisionData = z.infer<typeof provisionSchema>;
