import type { Model } from '../model/model.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Rule } from './rule.ts';

/**
 * The sizes the paper fixes. A missing or extra file is caught here instead of silently changing
 * every count on the site. A fork that deliberately extends the model changes these numbers.
 */
export const EXPECTED_COUNTS = {
  layers: 4, // Section 4: Data, Model, Distribution, Application
  stages: 32, // Section 4: 6 + 9 + 5 + 12
  additionalStages: 13, // Section 7: 4 subsumed + 6 omitted + 3 emerging
  llmops: 12, // Section 5, Table 2
  categories: 9, // Section 6.1
  handoffs: 3, // Section 6.2
} as const;

export function countsOf(m: Model): Record<keyof typeof EXPECTED_COUNTS, number> {
  return {
    layers: m.layers.length,
    stages: m.stages.length,
    additionalStages: m.stages.filter((s) => s.data.novelty !== 'refined').length,
    llmops: m.llmops.length,
    categories: m.categories.length,
    handoffs: m.handoffs.length,
  };
}

/** The collection each count is taken from: a count is not checked while a file of that collection cannot be read. */
const COLLECTION: Record<keyof typeof EXPECTED_COUNTS, CollectionName> = {
  layers: 'layers',
  stages: 'stages',
  additionalStages: 'stages',
  llmops: 'llmops',
  categories: 'categories',
  handoffs: 'handoffs',
};

const FOLDER: Record<keyof typeof EXPECTED_COUNTS, string> = {
  layers: 'content/layers',
  stages: 'content/stages',
  additionalStages: 'content/stages (novelty ≠ refined)',
  llmops: 'content/llmops',
  categories: 'content/categories',
  handoffs: 'content/handoffs',
};

export const expectedCounts: Rule = {
  name: 'expected-counts',
  description: 'The model has 4 layers, 32 stages (13 additional), 12 LLMOps sub-stages, 9 categories and 3 handoffs (a count waits while a file of its collection cannot be read).',
  check: (m) => {
    const found = countsOf(m);
    return (Object.keys(EXPECTED_COUNTS) as (keyof typeof EXPECTED_COUNTS)[])
      .filter((k) => found[k] !== EXPECTED_COUNTS[k] && m.unreadable[COLLECTION[k]].size === 0)
      .map((k) => ({ file: FOLDER[k], message: `expected ${EXPECTED_COUNTS[k]} ${k === 'additionalStages' ? 'additional stages' : 'entries'}; found ${found[k]}` }));
  },
};
