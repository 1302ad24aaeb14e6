/**
 * The sidebar, built from the model. It lists collection indexes and the four layers, not every entry:
 * a sidebar that lists every stage and provision grows every page of the site with the content.
 * Entry pages are reached through the layer and index pages, and stage pages link their neighbours.
 */
import { indexPathOf, orgPagePath, pathOf, PAGES, type Model } from '../model/index.ts';
import type { Section } from '../schemas/site-config.ts';

type Item = { label: string; link: string } | { label: string; items: Item[]; collapsed?: boolean };
const link = (label: string, path: string): Item => ({ label, link: `/${path}` });

/**
 * The sidebar. `sections` (from the site configuration) chooses which optional groups appear;
 * `coverage` says whether an organisation overlay is in use, so the coverage report exists.
 */
export function sidebar(m: Model, sections: readonly Section[], opts: { coverage?: boolean; orgPages?: { id: string; title: string }[]; organisation?: string } = {}): Item[] {
  const show = (s: Section, items: Item[]) => (sections.includes(s) ? items : []);
  return [
    link('Home', PAGES.home),
    {
      label: 'Core pipeline',
      items: [link('All stages', indexPathOf('stages')), ...m.layers.map((l) => link(`${l.id} ${l.data.name}`, pathOf(m, 'layers', l.id)))],
    },
    { label: 'LLMOps pillar', items: [link('Sub-stages', indexPathOf('llmops'))] },
    {
      label: 'Governance pillar',
      items: [
        link('Categories', indexPathOf('categories')),
        link('Provisions', indexPathOf('provisions')),
        // One link, not one per framework: the sidebar is on every page. The crosswalk and the provision
        // index link each framework's page.
        link('Frameworks and crosswalk', PAGES.frameworkCrosswalk),
        link('Handoffs', indexPathOf('handoffs')),
        link('Table 3 as printed', PAGES.table3),
      ],
    },
    ...show('analysis', [{
      label: 'Analysis',
      items: [
        link('Structural asymmetry', PAGES.asymmetry),
        link('Claims ledger', PAGES.claims),
        link('Figures', PAGES.figures),
        link('Crosswalk from other views', PAGES.crosswalk),
        link('Cross-reference tables', PAGES.matrices),
        link('Compared frameworks', indexPathOf('frameworks')),
      ],
    }]),
    ...show('threats', [{
      label: 'Threats and adoption',
      items: [link('Threat actor classes', indexPathOf('actors')), link('Incidents', indexPathOf('incidents')), link('Adoption tiers', PAGES.adoption)],
    }]),
    ...(opts.coverage ? [link('Organisation coverage', PAGES.coverage)] : []),
    // A fork's own pages, in their own group named after the organisation.
    ...(opts.orgPages?.length ? [{ label: opts.organisation ?? 'Organisation', items: opts.orgPages.map((p) => link(p.title, orgPagePath(p.id))) }] : []),
    ...show('references', [link('References', PAGES.references)]),
    ...show('data', [{ label: 'Data and forks', items: [link('Data exports', 'data/'), link('Schema reference', 'schema/'), link('Changelog', 'changelog/'), link('Versions', 'versions/'), link('Hosting an internal fork', 'hosting/')] }]),
    ...show('about', [link('About', 'about')]),
  ];
}
