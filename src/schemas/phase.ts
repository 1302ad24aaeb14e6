import { z } from 'zod';
import { categoryId, line, llmopsId, referenceId, stageId } from './ids.ts';

/**
 * A phase of another lifecycle view (`content/phases/<id>.yaml`): the practitioner articles describe the
 * lifecycle in six or seven phases. Each phase maps to the stages that cover it, so readers who know
 * those views find their way into the model.
 */
export const phaseSchema = z.strictObject({
  /** The article that defines the phase (a reference key); phases of one source form one view. */
  source: referenceId,
  /** Position of the phase in its source's list, from 1. */
  order: z.int().min(1),
  /** The phase's name as the source gives it. */
  name: line(100),
  /** What the phase covers, in our words. */
  summary: line(400),
  /** Stages that cover the phase, each with the reason. */
  stages: z.array(z.strictObject({ stage: stageId, note: line(240) })).min(1),
  /** LLMOps sub-stages the phase relies on, each with the reason. */
  llmops: z.array(z.strictObject({ id: llmopsId, note: line(240) })).default([]),
  /** Governance categories, for phases that are about governance rather than a pipeline step. */
  categories: z.array(categoryId).default([]),
  /** What the phase leaves out or lumps together that the model separates, where there is something to say. */
  gap: line(400).optional(),
});
export type PhaseData = z.infer<typeof phaseSchema>;
