/**
 * The model as an OSCAL 1.1.2 catalog (stages, governance categories and LLMOps sub-stages as controls)
 * and as profiles selecting some of its stages, for GRC tools that read OSCAL.
 * Pure and deterministic: the content version and the last-modified time are parameters, and every UUID
 * is name-based, so two builds of the same content give the same bytes.
 */
import { FRAMEWORK_NAMES } from '../schemas/index.ts';
import type { Category, Llmops, Model, Stage } from './model.ts';
import { URL_NAMESPACE, uuidV5 } from './uuid.ts';
import { provisionsOfStage } from './xref.ts';

/** Namespace of our own prop and part names; OSCAL requires one for names it does not define. */
export const OSCAL_NS = 'https://llm-security-lifecycle.example/ns';
/** The OSCAL release the output follows, and whose schemas (`src/schemas/oscal/`) the tests validate it against. */
export const OSCAL_VERSION = '1.1.2';
/** Namespace of every UUID we mint: itself name-based, from our namespace URI. */
const UUID_NAMESPACE = uuidV5(URL_NAMESPACE, OSCAL_NS);
const TITLE = 'LLM Security Lifecycle';

export interface OscalProp { name: string; value: string; ns?: string }
export interface OscalLink { href: string; rel?: string; text?: string }
export interface OscalPart { id?: string; name: string; ns?: string; title?: string; props?: OscalProp[]; prose?: string; parts?: OscalPart[]; links?: OscalLink[] }
export interface OscalControl { id: string; class?: string; title: string; props?: OscalProp[]; links?: OscalLink[]; parts?: OscalPart[] }
export interface OscalGroup { id: string; class?: string; title: string; props?: OscalProp[]; parts?: OscalPart[]; controls?: OscalControl[] }
export interface OscalMetadata { title: string; 'last-modified': string; version: string; 'oscal-version': string }
export interface OscalCatalog { catalog: { uuid: string; metadata: OscalMetadata; groups: OscalGroup[] } }
export interface OscalProfile {
  profile: {
    uuid: string;
    metadata: OscalMetadata;
    imports: { href: string; 'include-controls': { 'with-ids': string[] }[] }[];
    merge: { 'as-is': boolean };
  };
}

export interface OscalOptions {
  /** The content version, e.g. "0.1.0" (OSCAL `metadata.version`). */
  version: string;
  /** When the content last changed, as an RFC 3339 date-time with a time zone (OSCAL `metadata.last-modified`). */
  lastModified: string;
}

/**
 * The control (or group) ID of an entry: its ID lower-cased, dots as hyphens (`G.5` → `g-5`, `L.7` → `l-7`,
 * `L1` → `l1`), and stages prefixed with `s-` (`2.4` → `s-2-4`) because an OSCAL token cannot start with a digit.
 */
export function oscalId(collection: 'stages' | 'categories' | 'llmops' | 'layers', id: string): string {
  const token = id.toLowerCase().replace(/\./g, '-');
  return collection === 'stages' ? `s-${token}` : token;
}

const ours = (name: string, value: string | number): OscalProp => ({ name, value: String(value), ns: OSCAL_NS });
/** OSCAL's own `label` (the ID readers know) and `sort-id` (the model's order), which tools display and sort by. */
const labelProps = (label: string, index: number): OscalProp[] => [
  { name: 'label', value: label },
  { name: 'sort-id', value: String(index + 1).padStart(3, '0') },
];
const statement = (cid: string, prose: string): OscalPart => ({ id: `${cid}_smt`, name: 'statement', prose });
const nonEmpty = <T>(xs: T[]) => (xs.length ? xs : undefined);

function metadata(title: string, o: OscalOptions): OscalMetadata {
  return { title, 'last-modified': o.lastModified, version: o.version, 'oscal-version': OSCAL_VERSION };
}

/** The stage's practitioner guidance as parts: threats, the controls answering them, evidence to keep, residual risk. */
function guidancePart(s: Stage, cid: string): OscalPart {
  const g = s.data.guidance;
  const id = `${cid}_gdn`;
  const mappings = [
    ...g.owasp.map((x) => ours('owasp-llm', x.id)),
    ...g.agentic.map((x) => ours('owasp-agentic', x.id)),
    ...g.atlas.map((x) => ours('mitre-atlas', x.id)),
  ];
  return {
    id,
    name: 'guidance',
    props: nonEmpty(mappings),
    parts: [
      ...g.threats.map((t): OscalPart => ({
        id: `${id}.threat.${t.key}`,
        name: 'threat',
        ns: OSCAL_NS,
        title: t.title,
        props: [ours('actor', t.actor), ours('artifact', t.artifact), ...t.sources.map((r) => ours('source', r))],
        prose: t.how,
      })),
      ...g.controls.map((c, i): OscalPart => ({
        id: `${id}.control.${i + 1}`,
        name: 'control',
        ns: OSCAL_NS,
        title: c.title,
        prose: c.what,
        links: c.answers.map((k) => ({ href: `#${id}.threat.${k}`, rel: 'answers' })),
      })),
      ...g.evidence.map((e, i): OscalPart => ({
        id: `${id}.evidence.${i + 1}`,
        name: 'evidence',
        ns: OSCAL_NS,
        prose: e.record,
        parts: [{ name: 'rationale', ns: OSCAL_NS, prose: e.why }],
      })),
      { id: `${id}.if-skipped`, name: 'if-skipped', ns: OSCAL_NS, prose: g.ifSkipped },
    ],
  };
}

function stageControl(m: Model, s: Stage, index: number): OscalControl {
  const cid = oscalId('stages', s.id);
  return {
    id: cid,
    class: 'stage',
    title: s.data.name,
    props: [...labelProps(s.id, index), ours('layer', s.data.layer), ours('tier', s.data.tier), ours('novelty', s.data.novelty)],
    links: nonEmpty([
      ...s.data.categories.map((g) => ({ href: `#${oscalId('categories', g)}`, rel: 'related' })),
      ...s.data.llmops.map((l) => ({ href: `#${oscalId('llmops', l)}`, rel: 'related' })),
    ]),
    parts: [
      statement(cid, s.data.summary),
      guidancePart(s, cid),
      ...provisionsOfStage(m, s.id).map(({ provision: p, rationale }): OscalPart => ({
        id: `${cid}_prv.${p.id}`,
        name: 'provision-mapping',
        ns: OSCAL_NS,
        title: `${FRAMEWORK_NAMES[p.data.framework]} ${p.data.reference}: ${p.data.label}`,
        props: [ours('provision', p.id), ours('framework', p.data.framework), ours('reference', p.data.reference), ours('kind', p.data.kind)],
        prose: rationale,
      })),
    ],
  };
}

const categoryControl = (g: Category, index: number): OscalControl => ({
  id: oscalId('categories', g.id),
  class: 'governance-category',
  title: g.data.name,
  props: [...labelProps(g.id, index), ours('placement', g.data.placement)],
  parts: [statement(oscalId('categories', g.id), g.data.scope)],
});

const llmopsControl = (l: Llmops, index: number): OscalControl => ({
  id: oscalId('llmops', l.id),
  class: 'llmops-sub-stage',
  title: l.data.name,
  props: [...labelProps(l.id, index), ours('phase', l.data.phase)],
  parts: [statement(oscalId('llmops', l.id), l.data.summary)],
});

/** The whole model as one catalog: a group per layer holding its stages, then the governance and LLMOps pillars. */
export function oscalCatalog(m: Model, o: OscalOptions): OscalCatalog {
  const stageIndex = new Map(m.stages.map((s, i) => [s.id, i]));
  const layerGroups = m.layers.map((l): OscalGroup => ({
    id: oscalId('layers', l.id),
    class: 'layer',
    title: l.data.name,
    props: [{ name: 'label', value: l.id }, ours('band', l.data.band)],
    parts: [{ id: `${oscalId('layers', l.id)}_ovw`, name: 'overview', prose: l.data.summary }],
    controls: nonEmpty(m.stages.filter((s) => s.data.layer === l.id).map((s) => stageControl(m, s, stageIndex.get(s.id)!))),
  }));
  return {
    catalog: {
      uuid: uuidV5(UUID_NAMESPACE, 'catalog'),
      metadata: metadata(TITLE, o),
      groups: [
        ...layerGroups,
        { id: 'governance', class: 'pillar', title: 'Governance categories', controls: nonEmpty(m.categories.map(categoryControl)) },
        { id: 'llmops', class: 'pillar', title: 'LLMOps sub-stages', controls: nonEmpty(m.llmops.map(llmopsControl)) },
      ],
    },
  };
}

export interface OscalProfileOptions extends OscalOptions {
  title: string;
  /** Where the catalog is, relative to the profile or absolute. */
  catalogHref: string;
  /** The stages to select, as model IDs (e.g. "2.4"). */
  stageIds: string[];
}

/**
 * A profile selecting the given stages from the catalog, together with the governance categories and
 * LLMOps sub-stages those stages link to, so that every link in the resolved profile points to a control
 * it contains. Controls are listed in catalog order: stages, then categories, then sub-stages.
 */
export function oscalProfile(m: Model, o: OscalProfileOptions): OscalProfile {
  const wanted = new Set(o.stageIds);
  const unknown = o.stageIds.filter((id) => !m.byId.stages.has(id));
  if (unknown.length) throw new Error(`oscalProfile: expected stage IDs of the model; found ${unknown.map((id) => `"${id}"`).join(', ')}`);
  const stages = m.stages.filter((s) => wanted.has(s.id));
  const categories = m.categories.filter((g) => stages.some((s) => s.data.categories.includes(g.id)));
  const llmops = m.llmops.filter((l) => stages.some((s) => s.data.llmops.includes(l.id)));
  const ids = [
    ...stages.map((s) => oscalId('stages', s.id)),
    ...categories.map((g) => oscalId('categories', g.id)),
    ...llmops.map((l) => oscalId('llmops', l.id)),
  ];
  if (!ids.length) throw new Error('oscalProfile: expected at least one stage to select; found none');
  return {
    profile: {
      uuid: uuidV5(UUID_NAMESPACE, `profile:${o.title}`),
      metadata: metadata(o.title, o),
      imports: [{ href: o.catalogHref, 'include-controls': [{ 'with-ids': ids }] }],
      merge: { 'as-is': true },
    },
  };
}
