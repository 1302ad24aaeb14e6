/**
 * Stable page paths, relative to the site base (no leading slash, trailing slash). Pages, the sidebar,
 * redirects and exports all take paths from here, so a path is defined once.
 */
import type { Model } from './model.ts';

export const slugify = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const idSlug = (id: string) => slugify(id.replace(/\./g, '-'));

export const SECTION = {
  layers: 'layers',
  stages: 'stages',
  llmops: 'llmops',
  categories: 'governance',
  provisions: 'provisions',
  handoffs: 'handoffs',
  actors: 'actors',
  frameworks: 'frameworks',
  incidents: 'incidents',
} as const;
export type Routed = keyof typeof SECTION;

/** The page of one entry, e.g. `stages/2-4-alignment/`. Names are in the path for readers; the short alias is ID-only. */
export function pathOf(m: Model, collection: Routed, id: string): string {
  const e = m.byId[collection].get(id) as { data: { name?: string } } | undefined;
  if (!e) throw new Error(`pathOf: no ${collection} entry "${id}"`);
  const named = collection === 'provisions' || collection === 'actors' || collection === 'frameworks' || collection === 'incidents';
  const slug = named ? id : `${idSlug(id)}-${slugify(e.data.name ?? '')}`;
  return `${SECTION[collection]}/${slug}/`;
}

export const indexPathOf = (collection: Routed) => `${SECTION[collection]}/`;
/** Anchors of a stage page's guidance: a threat by its key, a control by its position (from 1). */
export const threatAnchor = (key: string) => `threat-${key}`;
export const controlAnchor = (n: number) => `control-${n}`;
export const referencePath = (id: string) => `references/#${id}`;
/** How a citation of a reference reads in the text: the paper's reference number, or else its key. */
export function citationLabel(m: Model, id: string): string | undefined {
  const ref = m.byId.references.get(id);
  return ref && (ref.data.paperNumber ? String(ref.data.paperNumber) : id);
}
export const PAGES = {
  home: '',
  crosswalk: 'crosswalk/',
  figures: 'figures/',
  asymmetry: 'asymmetry/',
  claims: 'claims/',
  references: 'references/',
  matrices: 'matrices/',
  adoption: 'adoption/',
  table3: 'table3/',
  /** Only built when an organisation overlay is in use. */
  coverage: 'coverage/',
  /** The computed crosswalk between the governance frameworks. */
  frameworkCrosswalk: 'frameworks/crosswalk/',
} as const;

/** A governance framework's landing page (its table of contents placed in the lifecycle), e.g. `frameworks/eu-ai-act/`. */
export const governanceFrameworkPath = (framework: string) => `frameworks/${framework}/`;

/** A fork's own page (`<overlay>/pages/<id>.mdx`), only built when the overlay is in use. */
export const orgPagePath = (id: string) => `org/${id}/`;

/**
 * Short aliases trainers can type: `/s/<ID>/` for every stage, sub-stage, category, handoff and
 * provision (ID namespaces do not collide), plus a lower-case form where it differs; and for renamed
 * entries, their former short links and former pages.
 */
export function shortAliases(m: Model): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  const add = (collection: Routed, id: string) => {
    const to = pathOf(m, collection, id);
    out.push({ from: `s/${id}/`, to });
    if (id.toLowerCase() !== id) out.push({ from: `s/${id.toLowerCase()}/`, to });
  };
  for (const s of m.stages) add('stages', s.id);
  for (const l of m.llmops) add('llmops', l.id);
  for (const g of m.categories) add('categories', g.id);
  for (const h of m.handoffs) add('handoffs', h.id);
  for (const p of m.provisions) add('provisions', p.id);
  for (const l of m.layers) add('layers', l.id);
  // Renamed entries keep their old short links and old pages, as redirects to the current page.
  const renamed = (collection: 'stages' | 'llmops' | 'categories' | 'handoffs' | 'provisions') =>
    (m[collection] as { id: string; data: { name?: string; formerIds: string[] } }[]).flatMap((e) =>
      e.data.formerIds.map((old) => ({ collection, old, name: e.data.name ?? '', to: pathOf(m, collection, e.id) })));
  for (const r of [...renamed('stages'), ...renamed('llmops'), ...renamed('categories'), ...renamed('handoffs'), ...renamed('provisions')]) {
    out.push({ from: `s/${r.old}/`, to: r.to });
    if (r.old.toLowerCase() !== r.old) out.push({ from: `s/${r.old.toLowerCase()}/`, to: r.to });
    const oldPage = r.collection === 'provisions' ? `${SECTION.provisions}/${r.old}/` : `${SECTION[r.collection]}/${idSlug(r.old)}-${slugify(r.name)}/`;
    if (oldPage !== r.to) out.push({ from: oldPage, to: r.to });
  }
  return out;
}

/** The last path segment of an entry page, i.e. the route parameter of `src/pages/<section>/[slug].astro`. */
export const slugOf = (m: Model, collection: Routed, id: string) => pathOf(m, collection, id).split('/')[1];

/**
 * Where any entry is shown, with a label for links: its own page for routed collections, an anchor on the
 * page that lists it otherwise (tiers on the adoption page, phases on the crosswalk, Table 3 rows).
 */
export function locate(m: Model, collection: string, id: string): { path: string; label: string } | undefined {
  if (collection in SECTION) {
    const c = collection as Routed;
    const e = m.byId[c].get(id) as { data: { name?: string; label?: string; reference?: string } } | undefined;
    if (!e) return undefined;
    const label = c === 'provisions' ? `${e.data.reference} ${e.data.label}` : c === 'actors' || c === 'frameworks' || c === 'incidents' ? e.data.name ?? id : `${id} ${e.data.name}`;
    return { path: pathOf(m, c, id), label };
  }
  if (collection === 'tiers') {
    const t = m.byId.tiers.get(id);
    return t && { path: `${PAGES.adoption}#${id.toLowerCase()}`, label: `Tier ${t.data.level}: ${t.data.name}` };
  }
  if (collection === 'phases') {
    const p = m.byId.phases.get(id);
    return p && { path: `${PAGES.crosswalk}#${id}`, label: `Crosswalk: ${p.data.name}` };
  }
  if (collection === 'table3') return m.byId.table3.has(id) ? { path: `${PAGES.table3}#${id.toLowerCase().replace('.', '-')}`, label: `Table 3, row ${id}` } : undefined;
  return undefined;
}
