import { z } from 'zod';
import { line, llmopsId, provisionId, referenceId, stageId } from './ids.ts';

const threatKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected the key of a threat on the stage page, such as "reward-poisoning"' });

/**
 * What kind of event an incident entry records: `incident`, an event that happened in the wild (an attack,
 * a compromise, an exposure or a failure in production); `disclosure`, a vulnerability found and disclosed
 * (usually with its fix) with no exploitation reported; `demonstration`, a researcher's proof of concept of
 * an attack technique.
 */
export const INCIDENT_KINDS = ['incident', 'disclosure', 'demonstration'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A publicly documented incident, vulnerability disclosure or research demonstration (`content/incidents/<id>.mdx`). */
export const incidentSchema = z.strictObject({
  name: line(100),
  /** When it happened or was disclosed, as precise as the sources allow, e.g. "Feb 2024". */
  date: line(80),
  /** ISO date used for ordering (first day of the period when only the month is known). */
  // Astro's YAML parser turns an unquoted date into a Date; ours keeps the string. Accept both.
  sortDate: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()),
  /** `incident` happened in the wild; `disclosure` is a vulnerability disclosed with no reported exploitation; `demonstration` is a researcher's proof of concept. */
  kind: z.enum(INCIDENT_KINDS),
  /** One or two sentences in our own words. */
  summary: line(400),
  /**
   * Stages the incident maps to, each with the reason; `primary` where the trust boundary was breached.
   * `threats` names the threats on that stage's page the incident realises, which leads to the controls
   * that answer them.
   */
  stages: z.array(z.strictObject({
    stage: stageId,
    role: z.enum(['primary', 'related']),
    note: line(200),
    threats: z.array(threatKey).default([]),
  })).min(1),
  /** LLMOps sub-stages involved, each with the reason. */
  llmops: z.array(z.strictObject({ id: llmopsId, note: line(200) })).default([]),
  /** The stage where it should have been caught, and the check that would have caught it. */
  caughtAt: z.strictObject({ stage: stageId, how: line(300) }),
  /** Provisions whose evidence was missing or would have exposed the problem, and what that evidence is. */
  missingEvidence: z.array(z.strictObject({ provision: provisionId, evidence: line(300) })).min(1),
  /** Sources, as bibliography keys. */
  sources: z.array(referenceId).min(1),
  /** MITRE ATLAS case-study ID, where one exists (e.g. "AML.CS0009"). */
  atlasCaseStudy: z.string().regex(/^AML\.CS\d{4}$/, { error: 'expected an ATLAS case-study ID such as "AML.CS0009"' }).optional(),
  /** How the paper maps it (Section 7), where the paper discusses it. */
  paperMapping: line(300).optional(),
});
export type IncidentData = z.infer<typeof incidentSchema>;
