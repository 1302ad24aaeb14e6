/**
 * The model: every collection in its canonical order, with lookup maps. Built from validated entries;
 * it never throws on a dangling reference (the rules report those), so rules can run on it.
 */
import type { CollectionName } from '../schemas/index.ts';
import { noUnreadable, type Entry, type RawCollections, type Unreadable } from './read.ts';

export type Collections = RawCollections;
type EntryOf<K extends CollectionName> = Collections[K][number];
export type Stage = EntryOf<'stages'>;
export type Layer = EntryOf<'layers'>;
export type Llmops = EntryOf<'llmops'>;
export type Category = EntryOf<'categories'>;
export type Provision = EntryOf<'provisions'>;
export type Table3Row = EntryOf<'table3'>;
export type Handoff = EntryOf<'handoffs'>;
export type Actor = EntryOf<'actors'>;
export type Tier = EntryOf<'tiers'>;
export type Framework = EntryOf<'frameworks'>;
export type Incident = EntryOf<'incidents'>;
export type Reference = EntryOf<'references'>;
export type Claim = EntryOf<'claims'>;
export type IdentifierList = EntryOf<'identifiers'>;
export type Phase = EntryOf<'phases'>;
export type Schedule = EntryOf<'schedules'>;
export type Amendment = EntryOf<'amendments'>;
export type GaiAction = EntryOf<'actions'>;

export type Model = Collections & {
  byId: { [K in CollectionName]: Map<string, EntryOf<K>> };
  /** Files that exist under a valid ID but could not be read, by collection (ID → file); empty in a valid model. */
  unreadable: Unreadable;
};

/** Compares dotted numeric IDs part by part: 1.2 < 1.10 < 2.1; L.2 < L.10. */
export function compareDotted(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const c = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return c;
  }
  return 0;
}

const FRAMEWORK_ORDER = ['nist-ai-rmf', 'nist-ai-600-1', 'eu-ai-act', 'iso-42001'];
/** AI 600-1 action ID prefixes in the AI RMF's function order. */
const ACTION_FUNCTIONS = ['GV', 'MP', 'MS', 'MG'];
/**
 * Where a provision sits within its framework, before its number: NIST functions in the Core's order
 * (GOVERN, MAP, MEASURE, MANAGE), EU articles before annexes, ISO clauses before Annex A.
 */
const SECTION_ORDER = ['nist-govern', 'nist-map', 'nist-measure', 'nist-manage', 'eu-art', 'eu-annex', 'iso-cl', 'iso-a'];
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
const fromRoman = (r: string) => [...r].reduce((n, c, i, cs) => n + ((ROMAN[c] ?? 0) < (ROMAN[cs[i + 1] ?? ''] ?? 0) ? -1 : 1) * (ROMAN[c] ?? 0), 0);
/** A sort key within a framework: the section's rank, then the number (annexes by their Roman numeral). */
function provisionKey(id: string): [number, string] {
  const section = SECTION_ORDER.findIndex((s) => id === s || id.startsWith(`${s}-`));
  if (section < 0) return [SECTION_ORDER.length, id];
  let rest = id.slice(SECTION_ORDER[section]!.length + 1);
  if (SECTION_ORDER[section] === 'eu-annex') rest = String(fromRoman(rest.split('-')[0]!)) + rest.slice(rest.split('-')[0]!.length);
  return [section, rest];
}
const compareProvisionIds = (a: string, b: string) => {
  const [sa, ra] = provisionKey(a);
  const [sb, rb] = provisionKey(b);
  return sa - sb || compareDotted(ra, rb);
};

export function buildModel(c: Collections, unreadable: Unreadable = noUnreadable()): Model {
  const layerOrder = new Map(c.layers.map((l) => [l.id, l.data.order]));
  const byDotted = <T extends Entry<unknown>>(xs: T[]) => [...xs].sort((a, b) => compareDotted(a.id, b.id));
  const sorted: Collections = {
    layers: [...c.layers].sort((a, b) => a.data.order - b.data.order),
    stages: [...c.stages].sort((a, b) => (layerOrder.get(a.data.layer) ?? 99) - (layerOrder.get(b.data.layer) ?? 99) || compareDotted(a.id, b.id)),
    llmops: byDotted(c.llmops),
    categories: [...c.categories].sort((a, b) => a.data.order - b.data.order || compareDotted(a.id, b.id)),
    provisions: [...c.provisions].sort((a, b) =>
      FRAMEWORK_ORDER.indexOf(a.data.framework) - FRAMEWORK_ORDER.indexOf(b.data.framework) || compareProvisionIds(a.id, b.id)),
    table3: [...c.table3],
    handoffs: byDotted(c.handoffs),
    actors: [...c.actors].sort((a, b) => a.data.order - b.data.order),
    tiers: [...c.tiers].sort((a, b) => a.data.level - b.data.level),
    frameworks: [...c.frameworks].sort((a, b) => a.data.order - b.data.order),
    incidents: [...c.incidents].sort((a, b) => a.data.sortDate.localeCompare(b.data.sortDate) || a.id.localeCompare(b.id)),
    references: [...c.references].sort((a, b) =>
      (a.data.paperNumber ?? Infinity) - (b.data.paperNumber ?? Infinity) || a.id.localeCompare(b.id)),
    identifiers: [...c.identifiers],
    phases: [...c.phases].sort((a, b) => a.data.source.localeCompare(b.data.source) || a.data.order - b.data.order),
    claims: [...c.claims].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    schedules: [...c.schedules].sort((a, b) => a.id.localeCompare(b.id)),
    // In the order they took effect (last adoption step), so applying them in turn gives the dates in force.
    actions: [...c.actions].sort((a, b) => ACTION_FUNCTIONS.indexOf(a.id.slice(0, 2)) - ACTION_FUNCTIONS.indexOf(b.id.slice(0, 2)) || compareDotted(a.id.slice(3), b.id.slice(3))),
    amendments: [...c.amendments].sort((a, b) => (a.data.adopted.at(-1)?.date ?? '').localeCompare(b.data.adopted.at(-1)?.date ?? '') || a.id.localeCompare(b.id)),
  };
  const categoryOrder = new Map(sorted.categories.map((g, i) => [g.id, i]));
  sorted.table3.sort((a, b) => (categoryOrder.get(a.id) ?? 99) - (categoryOrder.get(b.id) ?? 99));
  const byId = Object.fromEntries(
    Object.entries(sorted).map(([k, xs]) => [k, new Map((xs as Entry<unknown>[]).map((e) => [e.id, e]))]),
  ) as Model['byId'];
  return { ...sorted, byId, unreadable };
}
