/**
 * What the props of body components (src/schemas/body-components.ts) name, resolved against the model:
 * an entry by its bare ID, and a list or range of stages. The validation rule and the components use
 * the same functions, so a body that validates renders what it names.
 */
import type { Model } from './model.ts';
import { compareDotted } from './model.ts';

/** The collections a unit link can point to (every ID is unique within its collection). */
export const LINKABLE = ['stages', 'llmops', 'categories', 'provisions', 'handoffs', 'incidents'] as const;
export type Linkable = (typeof LINKABLE)[number];

/** Every entry with this ID, in the order of LINKABLE (more than one means the ID is ambiguous). */
export const entriesWithId = (m: Model, id: string): { collection: Linkable; id: string }[] =>
  LINKABLE.filter((c) => m.byId[c].has(id)).map((collection) => ({ collection, id }));

/**
 * Stage IDs written `2.6, 2.7`, `2.6 4.1` or as a range within one layer, `2.6–2.9` (en dash or hyphen).
 * Returns the stages in pipeline order and what did not resolve, as written.
 */
export function stagesNamed(m: Model, text: string): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const range = /^(\d+)\.(\d+)[–-](\d+)\.(\d+)$/.exec(token);
    if (range) {
      const [, layer, from, layerTo, to] = range;
      const inRange = m.stages.filter((s) => {
        const [l, n] = s.id.split('.');
        return l === layer && Number(n) >= Number(from) && Number(n) <= Number(to);
      });
      if (layer !== layerTo || !m.byId.stages.has(`${layer}.${from}`) || !m.byId.stages.has(`${layerTo}.${to}`) || inRange.length === 0) unknown.push(token);
      else ids.push(...inRange.map((s) => s.id));
    } else if (m.byId.stages.has(token)) ids.push(token);
    else unknown.push(token);
  }
  return { ids: [...new Set(ids)].sort(compareDotted), unknown };
}
