/**
 * ID patterns, defined once. Every collection names its entries with one of these, and every
 * cross-reference field reuses the same pattern, so a typo fails shape validation before the
 * cross-entry rules even run.
 */
import { z } from 'zod';

const id = (pattern: RegExp, example: string, what: string) =>
  z.string().regex(pattern, { error: `expected ${what} such as "${example}"` });

export const ID_PATTERNS = {
  layers: /^L[1-9]$/,
  stages: /^[1-9]\.[1-9][0-9]{0,2}$/,
  llmops: /^L\.[1-9][0-9]{0,2}$/,
  categories: /^G\.[1-9][0-9]?$/,
  provisions: /^(eu|nist|nist600|iso)-[a-z0-9]+(-[a-z0-9]+)*$/,
  handoffs: /^H[1-9][0-9]?$/,
  actors: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
  tiers: /^T[1-9]$/,
  frameworks: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
  incidents: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  references: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  claims: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  table3: /^G\.[1-9][0-9]?$/,
  identifiers: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  phases: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  schedules: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  amendments: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  actions: /^(GV|MP|MS|MG)-[1-9]\.[1-9][0-9]?-[0-9]{3}$/,
} as const;

export type CollectionName = keyof typeof ID_PATTERNS;

/** One valid ID per collection, for messages that show what an ID looks like. */
export const ID_EXAMPLES: Record<CollectionName, string> = {
  layers: 'L2',
  stages: '2.4',
  llmops: 'L.7',
  categories: 'G.5',
  provisions: 'eu-art-14',
  handoffs: 'H2',
  actors: 'end-user',
  tiers: 'T2',
  phases: 'sdlc-1-threat-modeling',
  frameworks: 'enisa',
  incidents: 'hf-malicious-models',
  references: 'wang2024rlhfpoison',
  claims: 'stages-total',
  table3: 'G.1',
  identifiers: 'mitre-atlas',
  schedules: 'eu-ai-act',
  amendments: 'eu-digital-omnibus-ai',
  actions: 'GV-1.1-001',
};

export const layerId = id(ID_PATTERNS.layers, ID_EXAMPLES.layers, 'a layer ID');
export const stageId = id(ID_PATTERNS.stages, ID_EXAMPLES.stages, 'a stage ID');
export const llmopsId = id(ID_PATTERNS.llmops, ID_EXAMPLES.llmops, 'an LLMOps sub-stage ID');
export const categoryId = id(ID_PATTERNS.categories, ID_EXAMPLES.categories, 'a governance category ID');
export const provisionId = id(ID_PATTERNS.provisions, ID_EXAMPLES.provisions, 'a provision ID');
export const handoffId = id(ID_PATTERNS.handoffs, ID_EXAMPLES.handoffs, 'a handoff ID');
export const actorId = id(ID_PATTERNS.actors, ID_EXAMPLES.actors, 'a threat actor class ID');
export const referenceId = id(ID_PATTERNS.references, ID_EXAMPLES.references, 'a reference key');
export const tierId = id(ID_PATTERNS.tiers, ID_EXAMPLES.tiers, 'an adoption tier ID');

/**
 * An organisation's internal control (overlay, `org/controls/<ID>.yaml`). Upper case only, so two files
 * can never name the same control in different case on a case-insensitive file system.
 */
export const CONTROL_ID_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
export const controlId = id(CONTROL_ID_PATTERN, 'EC-DATA-01', 'an internal control ID');

/** An ISO calendar date, `YYYY-MM-DD`; an unquoted YAML date that another parser reads as a Date is accepted too. */
export const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());

/** The key of a scope of application in a schedule (`content/schedules/`), e.g. "annex-iii-high-risk". */
export const scopeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a scope key such as "annex-iii-high-risk"' });

/** A one-line string: prose that fits in a table cell or a meta description. */
export const line = (max = 240) =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !s.includes('\n'), { error: 'must be a single line' });

/** The collections a unit ID (as tier guides write them) can name, tried in this order. */
export const UNIT_COLLECTIONS = ['stages', 'llmops', 'categories', 'handoffs', 'layers'] as const;
/** The collection a unit ID belongs to, by its shape; undefined when it has none of the shapes. */
export const unitCollection = (id: string) => UNIT_COLLECTIONS.find((c) => ID_PATTERNS[c].test(id));
