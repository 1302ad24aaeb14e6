import { z } from 'zod';
import { line, provisionId } from './ids.ts';
import { FRAMEWORKS } from './provision.ts';

/**
 * How a Table 3 citation names its provisions, which decides how counting conventions treat it:
 * `single` one provision; `range` a numbered range ("MEASURE 1–2", "Arts. 16–17", "GOVERN (all 6)");
 * `list` a group of named items under one label ("GenAI 600-1: hallucination and bias");
 * `unspecific` a citation naming no numbered provision ("ISO: PDCA cycle"), which no convention counts.
 */
export const CITATION_FORMS = ['single', 'range', 'list', 'unspecific'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** One row of the paper's Table 3, exactly as printed (`content/table3/G.<n>.yaml`; the file name is the category). */
export const table3RowSchema = z.strictObject({
  /** The row's "Layer" column as printed, e.g. "L2/L3" or "Cross". */
  layerLabel: line(20),
  /** The row's citations, in the printed order. */
  citations: z.array(z.strictObject({
    /** Label as printed, e.g. "Arts. 16–17". */
    label: line(60),
    /** The paper's gloss after the colon, verbatim, e.g. "provider QMS". */
    gloss: line(120).optional(),
    framework: z.enum(FRAMEWORKS),
    form: z.enum(CITATION_FORMS),
    /** Provisions the citation names. Empty only for `unspecific`. */
    provisions: z.array(provisionId),
    /** For `unspecific` citations: why no provision is named. */
    note: line(300).optional(),
  })).min(1),
});
export type Table3RowData = z.infer<typeof table3RowSchema>;
