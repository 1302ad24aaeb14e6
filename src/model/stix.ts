/**
 * The model as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP): every threat of the
 * stage guidance as an `attack-pattern`, every control as a `course-of-action` that `mitigates` the threats
 * it answers, the incidents as `incident` objects, and stages, LLMOps sub-stages and provisions as new
 * object types defined through STIX 2.1 extension definitions (spec §7.3), related to the rest by
 * `related-to` relationships. OWASP and ATLAS IDs, ATLAS case studies and sources are external references.
 *
 * Pure and deterministic: every ID is a UUIDv5 of a name we choose, `created` and `modified` are the time
 * the content last changed, and objects come in the model's order, so a rebuild gives the same bytes.
 */
import { FRAMEWORK_NAMES } from '../schemas/index.ts';
import type { Incident, Llmops, Model, Provision, Stage } from './model.ts';
import { OSCAL_NS } from './oscal.ts';
import { isAbsolute, pageLink, type SiteAddress } from './page-link.ts';
import { controlAnchor, pathOf, threatAnchor } from './urls.ts';
import { URL_NAMESPACE, uuidV5 } from './uuid.ts';

/** Namespace of every STIX identifier we mint. */
const STIX_NS = uuidV5(URL_NAMESPACE, `${OSCAL_NS}/stix`);
/** `source_name` of external references to our own pages. */
export const SOURCE_NAME = 'llm-security-lifecycle';

/** The new object types, each defined by its own extension definition in the bundle. */
export const CUSTOM_TYPES = {
  stage: 'llm-lifecycle-stage',
  subStage: 'llm-lifecycle-sub-stage',
  provision: 'llm-lifecycle-provision',
} as const;

/** `source_name` of the pinned identifier lists, by list file. */
const LIST_SOURCES: Record<string, string> = {
  'mitre-atlas': 'mitre-atlas',
  'owasp-llm-2025': 'owasp-llm-top-10-2025',
  'owasp-agentic-2026': 'owasp-agentic-top-10-2026',
};

export interface ExternalReference { source_name: string; external_id?: string; url?: string; description?: string }
export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  created_by_ref?: string;
  name?: string;
  description?: string;
  external_references?: ExternalReference[];
  extensions?: Record<string, { extension_type: string }>;
  [property: string]: unknown;
}
export interface StixBundle { type: 'bundle'; id: string; objects: StixObject[] }

export interface StixOptions extends SiteAddress {
  /** The content version (the extension definitions' `version`). */
  version: string;
  /** When the content last changed (RFC 3339, UTC): every object's `created` and `modified`. */
  lastModified: string;
  /** Who publishes the content: the `identity` every object is `created_by_ref`. */
  publisher: string;
}

/** A STIX identifier: `<type>--<UUIDv5 of the name>`. */
export const stixId = (type: string, name: string) => `${type}--${uuidV5(STIX_NS, `${type}:${name}`)}`;

/** A STIX timestamp must be precise to the millisecond: `2025-06-30T12:00:00.000Z`. */
function stixTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`stixBundle: expected lastModified as an RFC 3339 date-time; found "${iso}"`);
  return new Date(t).toISOString();
}

const nonEmpty = <T>(xs: T[]) => (xs.length ? xs : undefined);

/** Builds the bundle; see the module comment. */
export function stixBundle(m: Model, o: StixOptions): StixBundle {
  const time = stixTime(o.lastModified);
  const identity = stixId('identity', o.publisher);
  const base = (type: string, name: string) => ({ type, spec_version: '2.1' as const, id: stixId(type, name), created: time, modified: time, created_by_ref: identity });
  const link = (path: string, externalId: string, description: string): ExternalReference => ({
    source_name: SOURCE_NAME,
    external_id: externalId,
    // STIX URLs must be absolute; without a site URL the page's base-relative path goes in the description.
    ...(isAbsolute(o) ? { url: pageLink(o, path), description } : { description: `${description} (page ${pageLink(o, path)})` }),
  });
  const sources = (keys: string[]): ExternalReference[] =>
    keys.map((k) => {
      const r = m.byId.references.get(k);
      if (!r) throw new Error(`stixBundle: expected a reference "${k}" in content/references/; found none`);
      const url = r.data.url ?? (r.data.doi ? `https://doi.org/${r.data.doi}` : undefined);
      return { source_name: k, description: r.data.text, ...(url ? { url } : {}) };
    });
  const listed = (list: string, id: string, name: string): ExternalReference => {
    const known = m.byId.identifiers.get(list)?.data.items.some((i) => i.id === id);
    if (!known) throw new Error(`stixBundle: expected "${id}" on the pinned list content/identifiers/${list}.yaml; found no such entry`);
    return { source_name: LIST_SOURCES[list], external_id: id, description: name };
  };

  const objects: StixObject[] = [];
  const relationships: StixObject[] = [];
  const relate = (type: string, source: string, target: string, description?: string) =>
    relationships.push({ ...base('relationship', `${type}:${source}:${target}`), relationship_type: type, source_ref: source, target_ref: target, ...(description ? { description } : {}) });

  const { created_by_ref: _self, ...publisher } = base('identity', o.publisher);
  objects.push({ ...publisher, name: o.publisher, identity_class: 'organization' });

  const definitions = {
    [CUSTOM_TYPES.stage]: ['Stage of the LLM security lifecycle', 'A core pipeline stage of the security-oriented lifecycle model of LLM systems.',
      'Properties: name (the stage name), description (what happens at the stage), identifier (the stage ID, e.g. "2.4"), layer (the layer ID, e.g. "L2") and layer_name, tier (the adoption tier at which an organisation first analyses the stage, 1 to 9), novelty (refined, subsumed, omitted or emerging), actors (threat actor classes with access), artifacts (artifacts exposed). External references: the stage page, and the OWASP Top 10 for LLM Applications 2025, OWASP Top 10 for Agentic Applications and MITRE ATLAS entries mapped to the stage.'],
    [CUSTOM_TYPES.subStage]: ['LLMOps sub-stage of the LLM security lifecycle', 'A sub-stage of the LLMOps pillar, which operates on several pipeline stages.',
      'Properties: name, description (what the sub-stage does), identifier (e.g. "L.7"), phase (the synthesis phase the paper states). External references: the sub-stage page.'],
    [CUSTOM_TYPES.provision]: ['Governance provision mapped to the LLM security lifecycle', 'A provision of the NIST AI RMF (with AI 600-1), the EU AI Act or ISO/IEC 42001 that the governance pillar maps to stages.',
      'Properties: name (framework, reference and label), identifier (e.g. "eu-art-14"), framework (nist-ai-rmf, nist-ai-600-1, eu-ai-act or iso-42001), reference (as the instrument numbers it), label, title (the official title, where it has one), kind (decision-shaping or evidence-producing), categories (governance category IDs). External references: the provision page.'],
  } as const;
  const extensionOf = (type: string) => stixId('extension-definition', type);
  for (const [type, [name, description, schema]] of Object.entries(definitions))
    objects.push({ ...base('extension-definition', type), name, description, schema: `New STIX Domain Object type "${type}". ${schema}`, version: o.version, extension_types: ['new-sdo'] });
  const custom = (type: string, name: string) => ({ ...base(type, name), extensions: { [extensionOf(type)]: { extension_type: 'new-sdo' } } });

  const idOf = {
    stage: (s: string) => stixId(CUSTOM_TYPES.stage, s),
    subStage: (l: string) => stixId(CUSTOM_TYPES.subStage, l),
    provision: (p: string) => stixId(CUSTOM_TYPES.provision, p),
    threat: (s: string, key: string) => stixId('attack-pattern', `${s}#${key}`),
    control: (s: string, n: number) => stixId('course-of-action', `${s}#${n}`),
    incident: (x: string) => stixId('incident', x),
  };
  const layerName = new Map(m.layers.map((l) => [l.id, l.data.name]));

  const stage = (s: Stage): StixObject => {
    const g = s.data.guidance;
    return {
      ...custom(CUSTOM_TYPES.stage, s.id),
      name: s.data.name,
      description: s.data.summary,
      identifier: s.id,
      layer: s.data.layer,
      layer_name: layerName.get(s.data.layer) ?? s.data.layer,
      tier: s.data.tier,
      novelty: s.data.novelty,
      actors: s.data.attackSurface.actors,
      artifacts: s.data.attackSurface.artifacts,
      external_references: [
        link(pathOf(m, 'stages', s.id), s.id, `Stage ${s.id} ${s.data.name}`),
        ...g.owasp.map((x) => listed('owasp-llm-2025', x.id, x.name)),
        ...g.agentic.map((x) => listed('owasp-agentic-2026', x.id, x.name)),
        ...g.atlas.map((x) => listed('mitre-atlas', x.id, x.name)),
      ],
    };
  };
  const subStage = (l: Llmops): StixObject => ({
    ...custom(CUSTOM_TYPES.subStage, l.id),
    name: l.data.name,
    description: l.data.summary,
    identifier: l.id,
    phase: l.data.phase,
    external_references: [link(pathOf(m, 'llmops', l.id), l.id, `LLMOps sub-stage ${l.id} ${l.data.name}`)],
  });
  const provision = (p: Provision): StixObject => ({
    ...custom(CUSTOM_TYPES.provision, p.id),
    name: `${FRAMEWORK_NAMES[p.data.framework]} ${p.data.reference}: ${p.data.label}`,
    identifier: p.id,
    framework: p.data.framework,
    reference: p.data.reference,
    label: p.data.label,
    ...(p.data.title ? { title: p.data.title } : {}),
    kind: p.data.kind,
    categories: p.data.categories,
    external_references: [link(pathOf(m, 'provisions', p.id), p.id, `${FRAMEWORK_NAMES[p.data.framework]} ${p.data.reference}`)],
  });
  const incident = (x: Incident): StixObject => ({
    ...base('incident', x.id),
    name: x.data.name,
    description: x.data.summary,
    external_references: [
      link(pathOf(m, 'incidents', x.id), x.id, `${x.data.kind === 'incident' ? 'Incident' : 'Demonstration'}, ${x.data.date}`),
      ...(x.data.atlasCaseStudy ? [{ source_name: 'mitre-atlas', external_id: x.data.atlasCaseStudy, description: `MITRE ATLAS case study ${x.data.atlasCaseStudy}` }] : []),
      ...sources(x.data.sources),
    ],
  });

  for (const s of m.stages) {
    objects.push(stage(s));
    const page = pathOf(m, 'stages', s.id);
    for (const t of s.data.guidance.threats) {
      const id = idOf.threat(s.id, t.key);
      objects.push({
        ...base('attack-pattern', `${s.id}#${t.key}`),
        name: t.title,
        description: t.how,
        kill_chain_phases: [{ kill_chain_name: SOURCE_NAME, phase_name: page.split('/')[1] }],
        external_references: [link(`${page}#${threatAnchor(t.key)}`, `${s.id}#${t.key}`, `Threat at stage ${s.id} ${s.data.name}`), ...sources(t.sources)],
      });
      relate('related-to', id, idOf.stage(s.id), `Threat at stage ${s.id} ${s.data.name} (actor: ${t.actor}; artifact: ${t.artifact})`);
    }
    for (const [i, c] of s.data.guidance.controls.entries()) {
      const id = idOf.control(s.id, i + 1);
      objects.push({
        ...base('course-of-action', `${s.id}#${i + 1}`),
        name: c.title,
        description: c.what,
        external_references: [link(`${page}#${controlAnchor(i + 1)}`, `${s.id}#control-${i + 1}`, `Control at stage ${s.id} ${s.data.name}`)],
      });
      relate('related-to', id, idOf.stage(s.id), `Control at stage ${s.id} ${s.data.name}`);
      for (const key of c.answers) relate('mitigates', id, idOf.threat(s.id, key));
    }
    for (const l of s.data.llmops) relate('related-to', idOf.stage(s.id), idOf.subStage(l), `LLMOps sub-stage ${l} operates on stage ${s.id}`);
  }
  for (const l of m.llmops) objects.push(subStage(l));
  for (const p of m.provisions) {
    objects.push(provision(p));
    for (const { stage: s, rationale } of p.data.stages) relate('related-to', idOf.provision(p.id), idOf.stage(s), rationale);
  }
  for (const x of m.incidents) {
    objects.push(incident(x));
    for (const at of x.data.stages) {
      relate('related-to', idOf.incident(x.id), idOf.stage(at.stage), `${at.role === 'primary' ? 'Primary stage, where the trust boundary was breached' : 'Related stage'}: ${at.note}`);
      for (const key of at.threats) relate('related-to', idOf.incident(x.id), idOf.threat(at.stage, key), `The incident realises this threat at stage ${at.stage}`);
    }
  }
  return { type: 'bundle', id: stixId('bundle', 'llm-security-lifecycle'), objects: [...objects, ...relationships] };
}

/** Whether a bundle is complete: every reference in it names an object of the bundle. Returns the dangling ones. */
export function danglingRefs(b: StixBundle): string[] {
  const ids = new Set(b.objects.map((x) => x.id));
  return b.objects.flatMap((x) => [
    ...['created_by_ref', 'source_ref', 'target_ref'].map((k) => x[k]).filter((v): v is string => typeof v === 'string' && !ids.has(v)).map((v) => `${x.id}: ${v}`),
    ...Object.keys(x.extensions ?? {}).filter((k) => !ids.has(k)).map((k) => `${x.id}: extension ${k}`),
  ]);
}
