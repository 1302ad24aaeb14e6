import { z } from 'zod';
import { line } from './ids.ts';

/** A threat actor class (`content/actors/<id>.yaml`, Section 3). */
export const actorSchema = z.strictObject({
  name: line(60),
  /** Sub-classes share a group: the paper splits supply-chain intermediaries in two. */
  group: line(60).optional(),
  /** Position in listings (the paper's order). */
  order: z.int().min(1),
  /** Whether the class holds legitimate access to the system or its artifacts. */
  legitimateAccess: z.boolean(),
  /** One or two sentences: how this class reaches the system. */
  description: line(400),
  /** Examples the paper gives. */
  examples: z.array(line(80)).min(1),
  /** The kind of mitigation that applies to this class. */
  mitigations: line(300),
});
export type ActorData = z.infer<typeof actorSchema>;
