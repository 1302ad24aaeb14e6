/**
 * The MITRE ATLAS techniques mapped to the model as ATT&CK/ATLAS Navigator layers (layer format 4.5,
 * domain `atlas-atlas`): one layer per stage, scoring each technique mapped there, and one for the whole
 * model, scoring each technique by the number of stages it is mapped to. Every technique carries the
 * reason it is mapped (its comment) and a link back to the stage page. Pure and deterministic.
 */
import type { Model, Stage } from './model.ts';
import { isAbsolute, pageLink, type SiteAddress } from './page-link.ts';
import { indexPathOf, pathOf } from './urls.ts';

/** The layer format version the layers follow; its schema is pinned in `src/schemas/navigator/`. */
export const LAYER_FORMAT = '4.5';
/** The Navigator release whose layer format 4.5 specification the schema is written from. */
export const NAVIGATOR_VERSION = '5.1.0';
/** The domain identifier under which the ATLAS Navigator serves the ATLAS matrix. */
export const ATLAS_DOMAIN = 'atlas-atlas';
/** The pinned list every technique ID must come from (`content/identifiers/mitre-atlas.yaml`). */
export const ATLAS_LIST = 'mitre-atlas';

export interface LayerLink { label: string; url: string }
export interface LayerMetadata { name: string; value: string }
export interface LayerTechnique {
  techniqueID: string;
  score: number;
  comment: string;
  metadata: LayerMetadata[];
  links?: LayerLink[];
}
export interface NavigatorLayer {
  name: string;
  versions: { navigator: string; layer: string };
  domain: string;
  description: string;
  sorting: number;
  layout: { layout: 'side'; showID: boolean; showName: boolean };
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: LayerMetadata[];
  links?: LayerLink[];
}

export interface NavigatorOptions extends SiteAddress {
  /** The content version, stated in each layer's metadata. */
  version: string;
}

const WHITE = '#ffffff';
const RED = '#e8684a';

/** The file name of a stage's layer: `stage-2-4`; the whole model's is `model`. */
export const stageLayerName = (stageId: string) => `stage-${stageId.toLowerCase().replace(/\./g, '-')}`;

/** The ATLAS names by ID, from the pinned list; throws when the list is missing. */
function atlasNames(m: Model): Map<string, string> {
  const list = m.byId.identifiers.get(ATLAS_LIST);
  if (!list) throw new Error(`navigator layers: expected the pinned list content/identifiers/${ATLAS_LIST}.yaml; found none`);
  return new Map(list.data.items.map((i) => [i.id, i.name]));
}

/** Checks every ATLAS ID of a stage against the pinned list, naming the file and field of a dangling one. */
function checkedMappings(s: Stage, names: Map<string, string>) {
  return s.data.guidance.atlas.map((x, i) => {
    if (!names.has(x.id)) throw new Error(`${s.file}: guidance.atlas[${i}].id: expected a technique ID on the pinned ATLAS list; found "${x.id}"`);
    return x;
  });
}

const stageLabel = (s: Stage) => `${s.id} ${s.data.name}`;

function layerLinks(site: SiteAddress, label: string, path: string): { links?: LayerLink[] } {
  // The Navigator opens only URLs with a scheme, so links appear when the site's address is configured.
  return isAbsolute(site) ? { links: [{ label, url: pageLink(site, path) }] } : {};
}

function frame(name: string, description: string, maxValue: number, o: NavigatorOptions, page: string, techniques: LayerTechnique[], legend: string) {
  const layer: NavigatorLayer = {
    name,
    versions: { navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT },
    domain: ATLAS_DOMAIN,
    description,
    sorting: 3,
    layout: { layout: 'side', showID: true, showName: true },
    hideDisabled: false,
    techniques,
    gradient: { colors: [WHITE, RED], minValue: 0, maxValue },
    legendItems: [{ label: legend, color: RED }],
    metadata: [
      { name: 'source', value: 'LLM Security Lifecycle' },
      { name: 'content version', value: o.version },
      { name: 'page', value: pageLink(o, page) },
    ],
    ...layerLinks(o, name, page),
  };
  return layer;
}

/** The layer of one stage: each ATLAS technique mapped there, scored 1, with the reason as comment. */
export function stageLayer(m: Model, stageId: string, o: NavigatorOptions): NavigatorLayer {
  const s = m.byId.stages.get(stageId);
  if (!s) throw new Error(`stageLayer: expected a stage ID of the model; found "${stageId}"`);
  const names = atlasNames(m);
  const page = pathOf(m, 'stages', s.id);
  const mapped = checkedMappings(s, names);
  const techniques = mapped.map((x): LayerTechnique => ({
    techniqueID: x.id,
    score: 1,
    comment: x.why,
    metadata: [{ name: 'stage', value: stageLabel(s) }, { name: 'page', value: pageLink(o, page) }],
    ...layerLinks(o, `Stage ${stageLabel(s)}`, page),
  }));
  const count = mapped.length === 1 ? '1 MITRE ATLAS technique' : `${mapped.length} MITRE ATLAS techniques`;
  return frame(
    `Stage ${stageLabel(s)}`,
    `${s.data.summary} ${count} mapped to this stage of the LLM security lifecycle, each with the reason it applies.`,
    1, o, page, techniques, 'mapped to this stage',
  );
}

/**
 * The whole model's layer: each ATLAS technique mapped to any stage, scored by the number of stages it is
 * mapped to, with the stages and their reasons as comment and a link to each stage page.
 */
export function modelLayer(m: Model, o: NavigatorOptions): NavigatorLayer {
  const names = atlasNames(m);
  const byTechnique = new Map<string, { stage: Stage; why: string }[]>();
  for (const s of m.stages)
    for (const x of checkedMappings(s, names)) byTechnique.set(x.id, [...(byTechnique.get(x.id) ?? []), { stage: s, why: x.why }]);
  // Techniques in the order of the pinned list, so the file does not depend on the order stages are read in.
  const ids = [...names.keys()].filter((id) => byTechnique.has(id));
  const techniques = ids.map((id): LayerTechnique => {
    const at = byTechnique.get(id)!;
    return {
      techniqueID: id,
      score: at.length,
      comment: at.map((a) => `${stageLabel(a.stage)}: ${a.why}`).join('\n'),
      metadata: at.map((a) => ({ name: 'stage', value: stageLabel(a.stage) })),
      ...(isAbsolute(o) ? { links: at.map((a) => ({ label: `Stage ${stageLabel(a.stage)}`, url: pageLink(o, pathOf(m, 'stages', a.stage.id)) })) } : {}),
    };
  });
  const max = Math.max(1, ...techniques.map((t) => t.score));
  return frame(
    'LLM security lifecycle: ATLAS techniques by stage',
    `The ${techniques.length} MITRE ATLAS techniques mapped to the ${m.stages.length} stages of the LLM security lifecycle; a technique's score is the number of stages it is mapped to.`,
    max, o, indexPathOf('stages'), techniques, `mapped to ${max} stage${max === 1 ? '' : 's'}`,
  );
}

/** Every layer by file name (without `.json`): `model`, then one per stage in pipeline order. */
export function navigatorLayers(m: Model, o: NavigatorOptions): Map<string, NavigatorLayer> {
  return new Map([['model', modelLayer(m, o)], ...m.stages.map((s): [string, NavigatorLayer] => [stageLayerName(s.id), stageLayer(m, s.id, o)])]);
}
