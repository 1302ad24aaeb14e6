/**
 * Astro collections: only the ones whose Markdown bodies Astro renders, plus Starlight's own docs.
 * Data comes from the core (`src/model/`), which has already validated every file with the same
 * schemas when `astro.config.mjs` loaded the model; pages use these collections only to render bodies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { COLLECTIONS } from './schemas/index';

/** Same root as the core's loader (src/model/load.ts): `content/`, or CONTENT_ROOT for forks and fixtures. */
const root = process.env.CONTENT_ROOT ?? './content';

const prose = (name: 'stages' | 'llmops' | 'categories' | 'provisions' | 'handoffs' | 'incidents') =>
  defineCollection({
    // The file name is the ID (`2.4.md` → "2.4"); Astro's default would slugify it to "24". Each folder's
    // README.md is for authors, not an entry (the core reads the folders the same way).
    loader: glob({ base: `${root}/${name}`, pattern: ['*.md', '!README.md'], generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: COLLECTIONS[name].schema,
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  stages: prose('stages'),
  llmops: prose('llmops'),
  categories: prose('categories'),
  provisions: prose('provisions'),
  handoffs: prose('handoffs'),
  incidents: prose('incidents'),
};
