/**
 * Astro collections: only the ones whose MDX bodies Astro compiles, plus Starlight's own docs.
 * Data comes from the core (`src/model/`), which has already validated every file, frontmatter included,
 * when `astro.config.mjs` loaded the model; pages use these collections only to render bodies. So the
 * prose collections carry no schema: Astro would validate the frontmatter a second time and derive a
 * JSON Schema from it on every build. This file imports nothing of the core but two paths
 * (`overlay-source.ts`): Astro runs it through Vite's module runner before each build, and importing the
 * schemas and the overlay module used to pull the whole validator through that runner (about 0.4 s).
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import type { ProseCollection } from './schemas/index.ts';
import { overlaySource, PAGES_DIR } from './model/overlay-source.ts';
import { proseLoader } from './site/prose-loader.ts';

/** Same root as the core's loader (src/model/load.ts): `content/`, or CONTENT_ROOT for forks and fixtures. */
const root = process.env.CONTENT_ROOT ?? './content';

/**
 * Starlight's docs schema, built once for the pages we render with <StarlightPage>. Starlight rebuilds the
 * whole docs schema for every such page to validate its props (about 1.5 ms each; a few hundred ms per
 * build here, where most pages are generated). Its `image` helper for those pages is always the same
 * check, so one schema serves them all; it is told apart by the message it gives. Any other caller (the
 * content layer, whose `image` resolves paths relative to each entry) gets a schema of its own, as before.
 */
const starlightDocs = docsSchema();
type SchemaContext = Parameters<typeof starlightDocs>[0];
let pageSchema: ReturnType<typeof starlightDocs> | undefined;
const isStarlightPageContext = (context: SchemaContext) => String(context.image).includes('<StarlightPage>');
const docs = (context: SchemaContext) => (isStarlightPageContext(context) ? (pageSchema ??= starlightDocs(context)) : starlightDocs(context));

// The file name is the ID (`2.4.mdx` → "2.4"; Astro's glob loader would slugify it to "24"), and the entries
// carry no data: the core has parsed and validated the frontmatter (src/site/prose-loader.ts).
const prose = (name: ProseCollection) => defineCollection({ loader: proseLoader(`${root}/${name}`) });

/**
 * A fork's own pages (`<overlay>/pages/*.mdx`), compiled like the bodies above. The core has validated them
 * with the overlay (src/model/overlay.ts); without an overlay (or with PUBLIC_BUILD) the collection is empty.
 */
const org = overlaySource();
const orgPages = defineCollection({
  loader: org ? proseLoader(`${org.root}/${PAGES_DIR}`) : { name: 'no-org-pages', load: async ({ store }) => store.clear() },
});

export const collections = {
  orgPages,
  docs: defineCollection({ loader: docsLoader(), schema: docs }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  stages: prose('stages'),
  llmops: prose('llmops'),
  categories: prose('categories'),
  provisions: prose('provisions'),
  handoffs: prose('handoffs'),
  incidents: prose('incidents'),
};
