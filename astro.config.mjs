// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { activeOverlay, DEFAULT_CONTENT_ROOT, internalBuild, internalLabel, INTERNAL_ROBOTS, loadModel, overlaySource, shortAliases } from './src/model/index.ts';
import { sidebar } from './src/site/sidebar.ts';
import { baseLinks } from './src/site/base-links.ts';
import { citationDirective } from './src/site/citations.ts';
import { securityHeadersIntegration } from './src/site/integration.ts';
import { redirectsIntegration } from './src/site/redirects.ts';
import { ogPrerenderIntegration, spawnDrawingProcesses } from './src/site/og-integration.ts';
import { imageJobs } from './src/site/image-jobs.ts';
import { siteConfig } from './src/site/config.ts';
import { shareModelWithBuild } from './src/site/model.ts';
import { outputReuseIntegration } from './src/site/output-reuse.ts';
import { liveContentIntegration } from './src/site/live-content.ts';
import { readReleaseRecord } from './src/site/release-record.ts';
import { versionsIntegration } from './src/site/versions.ts';
import { latestSiteOf } from './src/site/latest-site.ts';
import { frontmatterFromCore } from './src/site/prose-loader.ts';
import { dataFilesIntegration } from './src/site/data-files.ts';

// A build's images are drawn in background processes (src/site/og-integration.ts). They start first thing,
// idle until the images are listed, so that they load and warm up the renderer while the content is read.
const drawingProcesses = process.argv.includes('build') ? spawnDrawingProcesses() : undefined;

// Validates all content before anything is built: an invalid entry stops the build here, with the
// file, the field, what was expected and what was found (Astro itself only logs dangling references).
const model = loadModel();
// The organisation overlay, when one is in use (content/org/ or ORG_ROOT, unless PUBLIC_BUILD is set), is
// checked against the model the same way: an unknown stage, provision or control stops the build here.
const overlay = activeOverlay(model);
// A build that carries organisation data is internal, with no setting to forget (src/model/internal.ts):
// noindex everywhere, a robots.txt that disallows all, and an "Internal" marker in the header, in print and
// on the social cards. Only PUBLIC_BUILD=1, which leaves the organisation data out, gives a public build.
const internal = internalBuild(model);

// Forks rebrand and re-host through content/site.yaml (BASE_PATH and SITE_URL override it) without editing this file.
const config = siteConfig();
const base = config.basePath;
const site = config.siteUrl;
const prefix = base.replace(/\/$/, '');

// Every page carries its identifiers and aliases in a `keywords` meta field (src/model/search.ts).
// Weighting it above the title makes "RLHF" find 2.4 Alignment before a page that merely has RLHF in its
// name; a high term similarity makes "L.1" prefer the exact identifier to L.12; ignoring page length keeps
// long stage pages from losing to short pages that merely mention a term.
const pagefind = { ranking: { metaWeights: { keywords: 10, title: 5 }, termSimilarity: 30, pageLength: 0 } };

/**
 * Starlight hands its validated `pagefind` options to the search UI through a virtual module, and its
 * schema has no room for the UI's debounce, which defaults to 300 ms before any result appears. This
 * plugin answers that module first, with the same options and a short debounce.
 */
const searchUiOptions = {
  name: 'llmsl:search-ui-options',
  enforce: /** @type {const} */ ('pre'),
  resolveId: (/** @type {string} */ id) => (id === 'virtual:starlight/pagefind-config' ? '\0llmsl:pagefind-config' : undefined),
  load: (/** @type {string} */ id) => (id === '\0llmsl:pagefind-config' ? `export const pagefindUserConfig = ${JSON.stringify({ ...pagefind, debounceTimeoutMs: 40 })};` : undefined),
};

export default defineConfig({
  base,
  site,
  trailingSlash: 'always',
  // Four pages at a time: rendering a page waits on file writes, which this overlaps (routes 2.8 s → 2.0 s
  // here; eight measured no better). Output is unchanged: the rebuild test compares two builds byte for byte.
  build: { concurrency: 4 },
  // Astro 7 defaults to 'jsx', which drops the space between inline elements in generated prose and tables.
  compressHTML: true,
  // Bodies are MDX (the mdx integration below reads this processor too); `:cite[key]` becomes the Cite component.
  markdown: { processor: satteri({ mdastPlugins: [citationDirective(base)], hastPlugins: [baseLinks(base)], features: { directive: true } }) },
  // Astro writes over the previous output instead of emptying the folder first; the output-reuse
  // integration (last below) removes what this build did not write, so the result is the same.
  // The MDX compiler gets the bodies without their frontmatter, which the core has read (src/site/prose-loader.ts).
  vite: { plugins: [searchUiOptions, frontmatterFromCore([DEFAULT_CONTENT_ROOT, overlaySource()?.root])], build: { emptyOutDir: false } },
  integrations: [
    // A build renders its pages in this process: they use the model validated above rather than reading
    // the content again. The dev server loads its own, afresh after every edit (src/site/live-content.ts).
    { name: 'llmsl:share-model', hooks: { 'astro:config:setup': ({ command }) => { if (command === 'build') shareModelWithBuild(model); } } },
    liveContentIntegration(),
    starlight({
      title: config.title,
      description: config.description,
      ...(config.logo ? { logo: { src: config.logo.src, alt: config.logo.alt } } : {}),
      ...(config.editLinkBase ? { editLink: { baseUrl: config.editLinkBase } } : {}),
      favicon: '/favicon.svg',
      markdown: { processedDirs: ['./content/'] },
      sidebar: sidebar(model, config.sections, { coverage: overlay !== undefined, organisation: overlay?.organisation.data.name, orgPages: overlay?.pages.map((p) => ({ id: p.id, title: p.data.title })) }),
      customCss: ['./src/styles/site.css'],
      // Open Graph image meta for every page (Starlight emits none), and robots meta in an internal build.
      routeMiddleware: './src/routeData.ts',
      // The footer names the content version and links the changelog, the versions and this page in the latest release.
      // The "Internal" marker: beside the site title on screen, above the content in print. Public builds keep
      // Starlight's own title and banner, so their output does not change. (One `components` object: two would override.)
      components: {
        Footer: './src/components/Footer.astro',
        ...(internal ? { SiteTitle: './src/components/InternalSiteTitle.astro', Banner: './src/components/InternalBanner.astro' } : {}),
      },
      // The accent colour of the configuration is a generated stylesheet (src/pages/theme.css.ts). The index-table
      // filters' stylesheet (src/site/filters.ts) is linked by the tables that have filters, not by every page.
      head: [
        ...(config.accentColour ? [{ tag: /** @type {const} */ ('link'), attrs: { rel: 'stylesheet', href: `${prefix}/theme.css` } }] : []),
      ],
      lastUpdated: false,
      // Plain code blocks: Expressive Code adds a script and markup (div in code) that HTML validators reject.
      expressiveCode: false,
      pagefind,
    }),
    // Entry bodies are MDX: compiled once per change into modules that render the body components
    // (src/components/mdx/). Listed here, Starlight does not add its own; `optimize` turns the static
    // parts of a body into HTML strings at compile time instead of one component call per element.
    mdx({ optimize: true }),
    // Short aliases trainers can type, e.g. /s/2.4/ → /stages/2-4-alignment/, and former addresses. Astro
    // prefixes a redirect's source with the base but not its destination, so the destination carries it.
    redirectsIntegration(shortAliases(model).map(({ from, to }) => ({ from, to: `${prefix}/${to}` })), { base, site, ...(internal ? { robots: INTERNAL_ROBOTS } : {}) }),
    // Every release on record, frozen, at /v/<version>/ (after Starlight, so the search index leaves the copies out;
    // before the security headers, so the policy allows the copies' own inline scripts).
    versionsIntegration({ root: process.cwd(), base, site, version: config.contentVersion, releases: () => readReleaseRecord(), latest: () => latestSiteOf(model) }),
    // The data exports (JSON, CSV, JSON Schemas, OSCAL, Navigator layers, STIX, the workbook) as plain files.
    dataFilesIntegration(),
    securityHeadersIntegration({ base, nginxDir: process.env.NGINX_CONF_DIR || './deploy/nginx/generated', internal }),
    // Draws the social cards and figure downloads in a second process while the pages render, and writes them after.
    // Last, so that the search index and the other finishing steps run while the drawing ends.
    ogPrerenderIntegration(() => imageJobs(model, config.title, overlay?.organisation.data.name, internal && internalLabel(internal), overlay?.pages), drawingProcesses),
    // Last: once everything is written, deletes what the previous build left that this one did not write.
    outputReuseIntegration(),
  ],
});
