/**
 * Search keywords per page, indexed by Pagefind in a heavily weighted `keywords` meta field.
 *
 * Pagefind drops punctuation inside words, so "1.4" is indexed as "14", the same token as the 14 of
 * "Art. 14", and "L.1" as "l1", the same as the layer "L1". A reader who types a bare identifier means
 * the unit that carries it, so a unit's own identifier is repeated (term frequency decides between
 * otherwise equal matches), while a provision keeps its prefix ("Art.", "GOVERN", "A.") and wins as
 * soon as the prefix is typed.
 */
import type { Model } from './model.ts';
import type { Routed } from './urls.ts';

/** Stages are what bare numbers usually mean ("1.1"), so they repeat their ID most. */
const EMPHASIS = { stages: 6, llmops: 3, categories: 3 } as const;
const repeat = (s: string, n: number) => Array.from({ length: n }, () => s);

export function searchKeywords(m: Model, collection: Routed, id: string): string[] {
  switch (collection) {
    case 'stages': {
      const s = m.byId.stages.get(id)!;
      return [...repeat(id, EMPHASIS.stages), `Stage ${id}`, ...s.data.aliases];
    }
    case 'llmops':
      return [...repeat(id, EMPHASIS.llmops), `LLMOps ${id}`];
    case 'categories':
      return [...repeat(id, EMPHASIS.categories), `Category ${id}`];
    case 'handoffs':
      return [id, `Handoff ${id.slice(1)}`];
    case 'layers':
      return [id, `Layer ${m.byId.layers.get(id)!.data.order}`];
    case 'provisions': {
      const p = m.byId.provisions.get(id)!;
      return [p.data.reference, p.data.label];
    }
    default:
      return [];
  }
}
