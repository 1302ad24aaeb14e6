import { z } from 'zod';
import { line } from './ids.ts';

/** A core pipeline layer (`content/layers/L<n>.yaml`). */
export const layerSchema = z.strictObject({
  /** Display name, e.g. "Data". */
  name: line(40),
  /** Position in the pipeline, 1 = most upstream. Determines the order of layers everywhere. */
  order: z.int().min(1),
  /** One sentence: what the layer produces. Used in tables and meta descriptions. */
  summary: line(),
  /** Band used by the structural asymmetry: development-facing (upstream) or deployment-facing (downstream). */
  band: z.enum(['upstream', 'downstream']),
});
export type LayerData = z.infer<typeof layerSchema>;
