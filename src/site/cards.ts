/**
 * The social card of every page: what the Open Graph image of a page shows, keyed by the page's path.
 * The OG endpoint draws one image per card, and the route middleware (src/routeData.ts) refuses to
 * render a page without a card, so no page ships without its image.
 */
import { FRAMEWORKS, FRAMEWORK_NAMES } from '../schemas/index.ts';
import { governanceFrameworkPath, indexPathOf, orgPagePath, pathOf, PAGES, SECTION, slugOf, type Model, type Routed } from '../model/index.ts';
import type { CardContent } from '../og/tree.ts';
import { INCIDENT_KIND_CARD } from './labels.ts';
import { layerColour } from './palette.ts';

export interface Card extends Omit<CardContent, 'site'> {
  /** Page path relative to the base, as in src/model/urls.ts ("" for home). */
  path: string;
  /** The page's title exactly as the page sets it; the middleware checks they agree. */
  title: string;
}

const NEUTRAL = { label: 'LLM Security Lifecycle', fill: '#1e293b', text: '#f8fafc' };
const GOVERNANCE = { label: 'Governance pillar', fill: '#334155', text: '#f8fafc' };
const LLMOPS = { label: 'LLMOps pillar', fill: '#334155', text: '#f8fafc' };

/** Titles of the pages that are not about one entry. The pages set the same titles; the middleware checks it. */
export const PAGE_TITLES: Record<string, string> = {
  [PAGES.asymmetry]: 'Structural asymmetry',
  [PAGES.claims]: 'Claims ledger',
  [PAGES.references]: 'References',
  [PAGES.matrices]: 'Cross-reference tables',
  [PAGES.adoption]: 'Adoption tiers',
  [PAGES.table3]: 'Table 3 as printed',
  'data/': 'Data exports',
  'figures/': 'Figures',
  'crosswalk/': 'Crosswalk from other lifecycle views',
  [PAGES.frameworkCrosswalk]: 'Framework crosswalk',
  'schema/': 'Schema reference',
  'changelog/': 'Changelog',
  'versions/': 'Versions',
  'hosting/': 'Hosting an internal fork',
  'about/': 'About this knowledge base',
  '404/': '404',
};
export const INDEX_TITLES: Record<Routed, string> = {
  layers: 'Layers',
  stages: 'Stages',
  llmops: 'LLMOps sub-stages',
  categories: 'Governance categories',
  provisions: 'Provisions',
  handoffs: 'Governance handoffs',
  actors: 'Threat actor classes',
  frameworks: 'Compared frameworks (Table 1)',
  incidents: 'Incidents',
};

/**
 * The card of each page of the site, in a stable order. `organisation` is the name in the overlay, when one
 * is in use: the coverage report is then a page too, and so is each of the fork's own pages (`orgPages`).
 */
/** What a card needs of a fork's own page. */
export interface OrgPageCard { id: string; data: { title: string } }

export function socialCards(m: Model, siteTitle: string, organisation?: string, orgPages: readonly OrgPageCard[] = []): Card[] {
  const band = (layerId: string | undefined) => {
    const l = layerId ? m.byId.layers.get(layerId) : undefined;
    if (!l) return NEUTRAL;
    const c = layerColour(m, l.id);
    return { label: `${l.id} ${l.data.name} layer`, fill: c.fill, text: c.text };
  };
  const stageLayer = (stageId: string | undefined) => (stageId ? m.byId.stages.get(stageId)?.data.layer : undefined);
  const entry = (collection: Routed, id: string, title: string, c: Omit<Card, 'path' | 'title'>): Card => ({ path: pathOf(m, collection, id), title, ...c });
  return [
    { path: PAGES.home, title: siteTitle, name: siteTitle, kind: 'Knowledge base', band: NEUTRAL },
    ...(Object.keys(SECTION) as Routed[]).map((c) => ({ path: indexPathOf(c), title: INDEX_TITLES[c], name: INDEX_TITLES[c], kind: 'Index', band: NEUTRAL })),
    ...Object.entries(PAGE_TITLES).map(([path, title]) => ({ path, title, name: title === '404' ? 'Page not found' : title, kind: title === '404' ? 'Error' : 'Analysis', band: NEUTRAL })),
    ...(organisation ? [{ path: PAGES.coverage, title: `Coverage: ${organisation}`, name: `Coverage: ${organisation}`, kind: 'Coverage report', band: NEUTRAL }] : []),
    ...orgPages.map((p) => ({ path: orgPagePath(p.id), title: p.data.title, name: p.data.title, kind: organisation ?? 'Organisation page', band: NEUTRAL })),
    ...m.layers.map((l) => entry('layers', l.id, `${l.id} ${l.data.name} layer`, { id: l.id, name: `${l.data.name} layer`, kind: 'Layer', band: band(l.id) })),
    ...m.stages.map((s) => entry('stages', s.id, `${s.id} ${s.data.name}`, { id: s.id, name: s.data.name, kind: s.data.novelty === 'refined' ? 'Stage' : 'Additional stage', band: band(s.data.layer) })),
    { path: 'cards/', title: 'Stage cards', name: 'Stage cards', kind: 'Printable deck', band: NEUTRAL },
    ...m.stages.map((s) => ({ path: `cards/${slugOf(m, 'stages', s.id)}/`, title: `Stage card: ${s.id} ${s.data.name}`, id: s.id, name: s.data.name, kind: 'Printable stage card', band: band(s.data.layer) })),
    ...m.llmops.map((l) => entry('llmops', l.id, `${l.id} ${l.data.name}`, { id: l.id, name: l.data.name, kind: 'LLMOps sub-stage', band: LLMOPS })),
    ...m.categories.map((g) => entry('categories', g.id, `${g.id} ${g.data.name}`, { id: g.id, name: g.data.name, kind: 'Governance category', band: GOVERNANCE })),
    ...m.provisions.map((p) => entry('provisions', p.id, `${p.data.reference} ${p.data.label}`, { id: p.data.reference, name: p.data.label, kind: `Provision · ${FRAMEWORK_NAMES[p.data.framework]}`, band: GOVERNANCE })),
    ...m.handoffs.map((x) => entry('handoffs', x.id, `${x.id} ${x.data.name}`, { id: x.id, name: x.data.name, kind: 'Governance handoff', band: band(x.data.from) })),
    ...m.actors.map((a) => entry('actors', a.id, a.data.name, { name: a.data.name, kind: 'Threat actor class', band: NEUTRAL })),
    ...m.frameworks.map((f) => entry('frameworks', f.id, f.data.name, { name: f.data.name, kind: 'Compared framework', band: NEUTRAL })),
    ...FRAMEWORKS.map((f) => ({ path: governanceFrameworkPath(f), title: FRAMEWORK_NAMES[f], name: FRAMEWORK_NAMES[f], kind: 'Governance framework', band: GOVERNANCE })),
    ...m.incidents.map((x) => entry('incidents', x.id, x.data.name, {
      name: x.data.name,
      kind: INCIDENT_KIND_CARD[x.data.kind],
      band: band(stageLayer(x.data.stages.find((s) => s.role === 'primary')?.stage)),
    })),
  ];
}

/** Where a page's card image is, relative to the base: `og/stages/2-4-alignment.png`, `og/index.png` for home. */
export const ogImagePath = (pagePath: string) => `og/${pagePath === '' ? 'index' : pagePath.replace(/\/$/, '')}.png`;
