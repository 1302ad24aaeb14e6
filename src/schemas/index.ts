/**
 * The registry of collections: folder, file format and schema of each. Registered explicitly so a
 * reader sees them all in one place; the loader, Astro's content config and the schema reference use it.
 */
import type { z } from 'zod';
import type { CollectionName } from './ids.ts';
import { actorSchema } from './actor.ts';
import { amendmentSchema } from './amendment.ts';
import { categorySchema } from './category.ts';
import { claimSchema } from './claim.ts';
import { frameworkSchema } from './framework.ts';
import { gaiActionSchema } from './gai-action.ts';
import { identifierListSchema } from './identifiers.ts';
import { handoffSchema } from './handoff.ts';
import { incidentSchema } from './incident.ts';
import { layerSchema } from './layer.ts';
import { llmopsSchema } from './llmops.ts';
import { phaseSchema } from './phase.ts';
import { provisionSchema } from './provision.ts';
import { referenceSchema } from './reference.ts';
import { scheduleSchema } from './schedule.ts';
import { stageSchema } from './stage.ts';
import { table3RowSchema } from './table3.ts';
import { tierSchema } from './tier.ts';

export interface CollectionSpec {
  /** `mdx`: YAML frontmatter plus an MDX body (rendered as the page). `yaml`: data only. */
  format: 'mdx' | 'yaml';
  schema: z.ZodType;
  /** What one entry is, for messages and the schema reference. */
  noun: string;
}

export const COLLECTIONS = {
  layers: { format: 'yaml', schema: layerSchema, noun: 'layer' },
  stages: { format: 'mdx', schema: stageSchema, noun: 'stage' },
  llmops: { format: 'mdx', schema: llmopsSchema, noun: 'LLMOps sub-stage' },
  categories: { format: 'mdx', schema: categorySchema, noun: 'governance category' },
  provisions: { format: 'mdx', schema: provisionSchema, noun: 'provision' },
  table3: { format: 'yaml', schema: table3RowSchema, noun: 'Table 3 row' },
  handoffs: { format: 'mdx', schema: handoffSchema, noun: 'governance handoff' },
  actors: { format: 'yaml', schema: actorSchema, noun: 'threat actor class' },
  tiers: { format: 'yaml', schema: tierSchema, noun: 'adoption tier' },
  frameworks: { format: 'yaml', schema: frameworkSchema, noun: 'compared framework' },
  incidents: { format: 'mdx', schema: incidentSchema, noun: 'incident' },
  references: { format: 'yaml', schema: referenceSchema, noun: 'reference' },
  claims: { format: 'yaml', schema: claimSchema, noun: 'claim' },
  identifiers: { format: 'yaml', schema: identifierListSchema, noun: 'pinned identifier list' },
  phases: { format: 'yaml', schema: phaseSchema, noun: 'phase of another lifecycle view' },
  schedules: { format: 'yaml', schema: scheduleSchema, noun: 'application schedule' },
  amendments: { format: 'yaml', schema: amendmentSchema, noun: 'amendment to an application schedule' },
  actions: { format: 'yaml', schema: gaiActionSchema, noun: 'AI 600-1 suggested action' },
} as const satisfies Record<CollectionName, CollectionSpec>;

/** The collections with a Markdown body, which Astro renders as the page's prose. */
export type ProseCollection = { [K in CollectionName]: (typeof COLLECTIONS)[K]['format'] extends 'mdx' ? K : never }[CollectionName];
export const PROSE_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter((c): c is ProseCollection => COLLECTIONS[c].format === 'mdx');

export type { CollectionName };
export { ID_EXAMPLES, ID_PATTERNS } from './ids.ts';
export * from './actor.ts';
export * from './amendment.ts';
export * from './category.ts';
export * from './claim.ts';
export * from './framework.ts';
export * from './gai-action.ts';
export * from './handoff.ts';
export * from './identifiers.ts';
export * from './incident.ts';
export * from './layer.ts';
export * from './llmops.ts';
export * from './phase.ts';
export * from './org.ts';
export * from './provision.ts';
export * from './reference.ts';
export * from './schedule.ts';
export * from './stage.ts';
export * from './table3.ts';
export * from './tier.ts';
