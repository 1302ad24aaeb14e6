import { z } from 'zod';
import { line, provisionId, stageId } from './ids.ts';

/**
 * The AI actor tasks AI 600-1 assigns its suggested actions to, as its Appendix A names them (spellings
 * normalised: the extraction has "End- Users", "Operation and\nMonitoring" and "AI Actors: AI Design").
 */
export const AI_ACTOR_TASKS = [
  'AI Deployment', 'AI Design', 'AI Development', 'AI Impact Assessment', 'Affected Individuals and Communities',
  'Domain Experts', 'End-Users', 'Governance and Oversight', 'Human Factors', 'Operation and Monitoring',
  'Procurement', 'TEVV', 'Third-party entities',
] as const;

/**
 * One suggested action of NIST AI 600-1 (`content/actions/<ID>.yaml`, e.g. `GV-1.1-001.yaml`). The action
 * serves one AI RMF subcategory and bears on the stages that subcategory maps to, unless `stages` narrows it.
 */
export const gaiActionSchema = z.strictObject({
  /** The AI RMF subcategory the action serves (a provision ID such as `nist-govern-1-1`); its ID prefix names it. */
  subcategory: provisionId,
  /** The suggested action, verbatim from AI 600-1 (a US government work), extraction defects normalised. */
  action: line(1200),
  /** The GAI risks (AI 600-1 §2) the action addresses: IDs of `nist-ai-600-1` provisions. */
  risks: z.array(provisionId).min(1),
  /**
   * Risk labels the publication prints for this action that are not one of its twelve GAI risks (GV-1.4-002
   * lists "Civil Rights violations"), kept verbatim rather than dropped or forced onto a risk.
   */
  otherRisks: z.array(line(80)).default([]),
  /** The AI actor tasks the action is for. */
  tasks: z.array(z.enum(AI_ACTOR_TASKS)).min(1),
  /** Where the action bears on fewer stages than its subcategory: those stages, each with the reason. */
  stages: z.array(z.strictObject({ stage: stageId, rationale: line(300) })).default([]),
});
export type GaiActionData = z.infer<typeof gaiActionSchema>;
