import { z } from 'zod';
import { line, llmopsId, referenceId, stageId } from './ids';

/** A publicly documented incident or research demonstration (`content/incidents/<id>.mdx`). */
export const incidentSchema = z.strictObject({
  name: line(100),
  /** When it happened or was disclosed, as precise as the sources allow, e.g. "Feb 2024". */
  date: line(80),
  /** ISO date used for ordering (first day of the period when only the month is known). */
  // Astro's YAML parser turns an unquoted date into a Date; ours keeps the string. Accept both.
  sortDate: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()),
  /** `incident` happened in the wild; `demonstration` is a researcher's proof of concept. */
  kind: z.enum(['incident', 'demonstration']),
  /** One or two sentences in our own words. */
  summary: line(400),
  /** Stages the incident maps to; `primary` where the trust boundary was breached. */
  stages: z.array(z.strictObject({ stage: stageId, role: z.enum(['primary', 'related']), note: line(200).optional() })).min(1),
  llmops: z.array(llmopsId).default([]),
  /** Sources, as bibliography keys. */
  sources: z.array(referenceId).min(1),
  /** How the paper maps it (Section 7), where the paper discusses it. */
  paperMapping: line(300).optional(),
});
export type IncidentData = z.infer<typeof incidentSchema>;
