import { z } from 'zod';
import { actorId, categoryId, layerId, line, llmopsId } from './ids';

/**
 * How a stage relates to existing lifecycle frameworks (paper, Section 7).
 * `refined` stages refine categories existing frameworks already have; the other three classes are
 * the paper's 13 additional stages.
 */
export const NOVELTY = ['refined', 'subsumed', 'omitted', 'emerging'] as const;
export type Novelty = (typeof NOVELTY)[number];

/** A core pipeline stage (`content/stages/<id>.mdx`, e.g. `2.4.mdx`). The MDX body is the guidance. */
export const stageSchema = z.strictObject({
  /** Stage name as the paper writes it, e.g. "Alignment". */
  name: line(80),
  /** The layer the stage belongs to; must agree with the first digit of the ID. */
  layer: layerId,
  /** `refined`, or the class of additional stage: `subsumed`, `omitted` or `emerging`. */
  novelty: z.enum(NOVELTY),
  /** One sentence saying what happens at this stage. Used in tables and meta descriptions. */
  summary: line(),
  /** The three attack-surface dimensions of the paper's organising principle (Section 3). */
  attackSurface: z.strictObject({
    /** Threat actor classes with access to the stage (IDs from `content/actors/`). */
    actors: z.array(actorId).min(1),
    /** Artifacts exposed at the stage, short noun phrases. */
    artifacts: z.array(line(120)).min(1),
    /** How the artifacts are reached: privilege level and authentication boundary. */
    access: line(300),
  }),
  /** Adoption tier at which an organisation first analyses this stage separately (see `content/tiers/`). */
  tier: z.int().min(1).max(9),
  /** LLMOps sub-stages that operate on this stage. The sub-stage pages show the reverse links. */
  llmops: z.array(llmopsId).default([]),
  /** Governance categories relevant to this stage. Must include the category of every provision mapped here. */
  categories: z.array(categoryId).min(1),
  /** Other names people search for, e.g. "RLHF" for Alignment. */
  aliases: z.array(line(60)).default([]),
});
export type StageData = z.infer<typeof stageSchema>;
