import { z } from 'zod';
import { line, llmopsId, stageId } from './ids.ts';

/** Table 2 marks: ✓ = named function, ~ = implicit treatment, blank = absent. */
export const COVERAGE = ['named', 'implicit', 'absent'] as const;
export type Coverage = (typeof COVERAGE)[number];

/** The synthesis phase a sub-stage was derived in, as the paper's Table 2 states it. */
export const PHASES = ['consensus', 'elevation', 'gap-closure'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The three primary LLMOps sources of Table 2, keyed by the column letter, with their reference keys.
 * Fixed by the paper; a fork that adds a source adds a column here and in every entry.
 */
export const LLMOPS_SOURCES = { D: 'diazdearcaya2024', S: 'sinha2024', P: 'pahune2025' } as const;

/** An LLMOps sub-stage (`content/llmops/L.<n>.mdx`). Stages it supports are listed on the stages. */
export const llmopsSchema = z.strictObject({
  /** Name as in Table 2, e.g. "Human Feedback Integration". */
  name: line(80),
  /** One sentence: the operational function. */
  summary: line(),
  /** Coverage of the function in each primary source (Table 2 columns D, S, P). */
  coverage: z.strictObject({ D: z.enum(COVERAGE), S: z.enum(COVERAGE), P: z.enum(COVERAGE) }),
  /** Phase as the paper's Table 2 states it. The core also derives the phase from `coverage`. */
  phase: z.enum(PHASES),
  /** Sub-stages a compromise of this one reaches next, and how (Section 5's cascade, made explicit). */
  cascadesTo: z.array(z.strictObject({ id: llmopsId, how: line(300) })).default([]),
  /** The feedback loop this sub-stage orchestrates, from a downstream stage back to an upstream one. */
  loop: z.strictObject({ from: stageId, to: stageId, how: line(300) }).optional(),
  /** IDs this entry had in earlier releases; their short links and pages redirect here. */
  formerIds: z.array(llmopsId).default([]),
});
export type LlmopsData = z.infer<typeof llmopsSchema>;
