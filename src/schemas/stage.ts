import { z } from 'zod';
import { actorId, categoryId, layerId, line, llmopsId, referenceId, stageId } from './ids.ts';

/**
 * How a stage relates to existing lifecycle frameworks (paper, Section 7).
 * `refined` stages refine categories existing frameworks already have; the other three classes are
 * the paper's 13 additional stages.
 */
export const NOVELTY = ['refined', 'subsumed', 'omitted', 'emerging'] as const;
export type Novelty = (typeof NOVELTY)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case key such as "label-flipping"' });
/** A mapping to an entry of a pinned identifier list: the ID, its official name, and why it applies here. */
const mapping = z.strictObject({ id: line(40), name: line(120), why: line(300) });

/** Practitioner guidance for a stage (issue 4): what can go wrong, what to do, what to keep. */
export const guidanceSchema = z.strictObject({
  /** At least three threats, each naming who attacks what, and how, with a source. */
  threats: z.array(z.strictObject({
    /** Key other fields refer to, unique within the stage. */
    key: kebab,
    title: line(100),
    actor: actorId,
    artifact: line(120),
    how: line(400),
    sources: z.array(referenceId).min(1),
  })).min(3),
  /** Concrete controls, each answering one or more of the threats above. */
  controls: z.array(z.strictObject({
    title: line(100),
    /** What to do, with which kind of tool or standard. */
    what: line(500),
    answers: z.array(kebab).min(1),
  })).min(3),
  /** Records that must travel with the artefact version so an audit can prove the stage was done. */
  evidence: z.array(z.strictObject({ record: line(200), why: line(300) })).min(2),
  /** The residual risk an organisation inherits when it does not analyse this stage separately. */
  ifSkipped: line(600),
  /** STRIDE adapted to AI: the categories that apply here, one line each. */
  stride: z.strictObject({
    spoofing: line(300).optional(),
    tampering: line(300).optional(),
    repudiation: line(300).optional(),
    informationDisclosure: line(300).optional(),
    denialOfService: line(300).optional(),
    elevationOfPrivilege: line(300).optional(),
  }).refine((s) => Object.keys(s).length > 0, { error: 'expected at least one STRIDE category' }),
  /** OWASP Top 10 for LLM Applications 2025 entries (pinned list `owasp-llm-2025`). */
  owasp: z.array(mapping).default([]),
  /** OWASP Top 10 for Agentic Applications entries (pinned list `owasp-agentic-2026`). */
  agentic: z.array(mapping).default([]),
  /** MITRE ATLAS techniques (pinned list `mitre-atlas`). */
  atlas: z.array(mapping).default([]),
}).refine((g) => g.owasp.length + g.atlas.length > 0, { error: 'expected at least one OWASP LLM Top 10 or MITRE ATLAS mapping', path: ['owasp'] });
export type Guidance = z.infer<typeof guidanceSchema>;

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
  /** Threats, controls, evidence to keep, residual risk, STRIDE and framework mappings: the practitioner guidance. */
  guidance: guidanceSchema,
  /** IDs this entry had in earlier releases; their short links and pages redirect here. */
  formerIds: z.array(stageId).default([]),
});
export type StageData = z.infer<typeof stageSchema>;
