/**
 * The organisation overlay: an optional folder (`content/org/` by default) in which an adopting
 * organisation records how it applies the model. It sits beside the public collections and never edits
 * them, so a fork can take upstream updates without merge conflicts. The folder holds
 * `organisation.yaml` and one `controls/<ID>.yaml` per internal control; IDs in these files are checked
 * against the model by `src/rules/overlay.ts`. Field reference for authors: `examples/org/README.md`.
 */
import { z } from 'zod';
import { controlId, handoffId, line, llmopsId, provisionId, stageId, tierId } from './ids.ts';

/** How far an internal control is in place. Only `implemented` counts a stage as covered. */
export const CONTROL_STATUS = ['implemented', 'partial', 'planned', 'not-implemented'] as const;
export type ControlStatus = (typeof CONTROL_STATUS)[number];

/** `organisation.yaml`: who the organisation is, the tier it adopts, what it skips and who owns each handoff. */
export const organisationSchema = z.strictObject({
  /** The organisation's name as the coverage pages show it. */
  name: line(120),
  /** The adoption tier the organisation works at (an ID from `content/tiers/`, e.g. `T2`); sets which stages are in scope. */
  tier: tierId,
  /**
   * Stages the organisation knowingly does not analyse, each with the reason. A skipped stage shows as
   * `skipped` with its residual risk, whatever controls map to it. Skipping a stage the tier leaves out anyway is allowed.
   */
  skips: z.array(z.strictObject({
    /** A stage ID of the model, e.g. `4.9`. */
    stage: stageId,
    /** Why the stage is skipped, in one line (e.g. "We run a single model; no routing between models"). */
    reason: line(400),
  })).default([]),
  /** Who receives each governance handoff, and which of its evidence they actually receive. A handoff left out receives nothing. */
  handoffs: z.array(z.strictObject({
    /** A handoff ID of the model, e.g. `H1`. */
    handoff: handoffId,
    /** The role or team accountable for receiving the handoff. */
    owner: line(120),
    /** Evidence artifacts received, each spelled exactly as in the handoff's `evidence[].artifact` list. */
    receives: z.array(line(120)).default([]),
    /** Where the received evidence is kept (a system, a folder, a register). */
    evidenceLocation: line(240),
    /** Internal controls that gate or check the handoff (IDs of files in `controls/`). */
    controls: z.array(controlId).default([]),
  })).default([]),
});
export type OrganisationData = z.infer<typeof organisationSchema>;

/** `controls/<ID>.yaml`: one internal control and the parts of the model it addresses. */
export const controlSchema = z.strictObject({
  /** Short name of the control, e.g. "Dataset intake review". */
  title: line(120),
  /** The role or team accountable for the control. */
  owner: line(120),
  /** Where the evidence that the control operates is kept. */
  evidenceLocation: line(240),
  /** `implemented`, `partial`, `planned` or `not-implemented`. */
  status: z.enum(CONTROL_STATUS),
  /** Core pipeline stages the control addresses (stage IDs). */
  stages: z.array(stageId).default([]),
  /** LLMOps sub-stages the control addresses (IDs such as `L.7`). */
  llmops: z.array(llmopsId).default([]),
  /** Governance provisions the control helps meet (provision IDs such as `eu-art-10`). */
  provisions: z.array(provisionId).default([]),
  /** Anything a reviewer should know, in one line: scope limits, dates, exceptions. */
  notes: line(600).optional(),
}).refine((c) => c.stages.length + c.llmops.length + c.provisions.length > 0, {
  error: 'expected at least one stage, LLMOps sub-stage or provision that the control addresses; found none',
  path: ['stages'],
});
export type ControlData = z.infer<typeof controlSchema>;

/** The file name of a fork's own page, `pages/<id>.mdx`: lower-case words joined by hyphens, e.g. `release-procedure`. */
export const ORG_PAGE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `pages/<id>.mdx`: a page of the fork's own (its release procedure, its AI policy), shown in the sidebar's
 * organisation group at `org/<id>/`. The frontmatter holds these fields; the body is MDX with the same body
 * components and checks as the model's entries (src/schemas/body-components.ts).
 */
export const orgPageSchema = z.strictObject({
  /** The page title, shown as its heading, in the sidebar and on its social card. */
  title: line(120),
  /** One sentence on what the page is for: the page's meta description. */
  description: line(300),
  /** Position in the sidebar group, lowest first; pages with the same order sort by title. */
  order: z.number().int().min(0).default(0),
});
export type OrgPageData = z.infer<typeof orgPageSchema>;
