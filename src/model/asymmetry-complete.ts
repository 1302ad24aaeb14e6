/**
 * The structural asymmetry asked of the complete frameworks rather than of Table 3's excerpt: are the
 * provisions placed upstream mostly decision-shaping, and those placed downstream mostly evidence-producing?
 * This is the site's own analysis. Its counting rule:
 * - the unit is an obligation as the framework numbers it: a NIST subcategory, an AI 600-1 risk, an EU
 *   article or annex (its paragraph entries count with it), an ISO clause or Annex A control at the finest
 *   level the list gives. Functions, categories and groups are left out, since their children carry them;
 * - a unit counts once in each band its stages reach (upstream: Data and Model; downstream: Distribution
 *   and Application); the `spanning` variant counts a unit reaching both bands in neither instead;
 * - organisation-wide units reach no band and are counted apart.
 */
import type { FrameworkKey, Kind } from '../schemas/provision.ts';
import { FRAMEWORKS } from '../schemas/provision.ts';
import { listIdOf } from './provision-ids.ts';
import type { Model, Provision } from './model.ts';

export type Reading = 'paper' | 'alternative';
/** A provision's kind under the paper's reading, or under the alternative where one is recorded. */
export const kindUnder = (p: Provision, reading: Reading): Kind => (reading === 'alternative' ? p.data.alternative?.kind ?? p.data.kind : p.data.kind);

interface Units { units: Provision[]; stages: Map<string, string[]>; stageSets: Map<string, Set<string>>; parts: Map<string, Provision[]> }
/** Computed once per model: pages ask for the units and their stages hundreds of times in one build. */
const memo = new WeakMap<Model, Units>();

function unitsOf(m: Model): Units {
  let hit = memo.get(m);
  if (!hit) {
    const children = new Map<string, Provision[]>();
    for (const p of m.provisions) if (p.data.parent) children.set(p.data.parent, [...(children.get(p.data.parent) ?? []), p]);
    const isPart = (p: Provision) => listIdOf(p.data.framework, p.data.reference)?.part ?? false;
    const units = m.provisions.filter((p) => {
      if (isPart(p)) return false;
      const kids = children.get(p.id);
      // An EU article refined only by its own paragraphs (which are not units) stays one.
      return !kids || (p.data.framework === 'eu-ai-act' && kids.every(isPart));
    });
    const parts = new Map(m.provisions.map((p) => [p.id, (children.get(p.id) ?? []).filter(isPart)]));
    const stages = new Map(m.provisions.map((p) => [p.id, [...new Set([p, ...parts.get(p.id)!].flatMap((x) => x.data.stages.map((s) => s.stage)))]]));
    hit = { units, stages, stageSets: new Map([...stages].map(([id, ss]) => [id, new Set(ss)])), parts };
    memo.set(m, hit);
  }
  return hit;
}

/** The counted units: every entry no other entry refines, with EU paragraphs folded into their article. */
export const countingUnits = (m: Model): Provision[] => unitsOf(m).units;

/** Stages of a unit with those of its paragraph entries (Art. 15 with Art. 15(5)). */
export const unitStages = (m: Model, p: Provision): string[] => unitsOf(m).stages.get(p.id) ?? p.data.stages.map((s) => s.stage);
/** The same stages as a set, for comparing units (the framework crosswalk). */
export const unitStageSet = (m: Model, p: Provision): Set<string> => unitsOf(m).stageSets.get(p.id) ?? new Set(unitStages(m, p));
/** The paragraph entries folded into a unit (Art. 15(5) into Art. 15); none for other frameworks. */
export const paragraphsOf = (m: Model, p: Provision): Provision[] => unitsOf(m).parts.get(p.id) ?? [];

export type Band = 'upstream' | 'downstream';
/** The layer bands a set of stages reaches (upstream: Data and Model; downstream: Distribution and Application). */
export const bandsReached = (m: Model, stages: Iterable<string>): Set<Band> =>
  new Set([...stages].flatMap((s) => m.byId.layers.get(m.byId.stages.get(s)?.data.layer ?? '')?.data.band ?? []));

export interface KindSplit { 'decision-shaping': number; 'evidence-producing': number; total: number }
export interface CompleteAsymmetry {
  framework: FrameworkKey | 'all';
  reading: Reading;
  spanning: 'both' | 'neither';
  upstream: KindSplit;
  downstream: KindSplit;
  organisationWide: KindSplit;
  units: number;
}

const split = (): KindSplit => ({ 'decision-shaping': 0, 'evidence-producing': 0, total: 0 });
const add = (s: KindSplit, k: Kind) => { s[k]++; s.total++; };

export function completeAsymmetry(m: Model, framework: FrameworkKey | 'all' = 'all', reading: Reading = 'paper', spanning: 'both' | 'neither' = 'both'): CompleteAsymmetry {
  const out: CompleteAsymmetry = { framework, reading, spanning, upstream: split(), downstream: split(), organisationWide: split(), units: 0 };
  for (const p of countingUnits(m)) {
    if (framework !== 'all' && p.data.framework !== framework) continue;
    out.units++;
    const kind = kindUnder(p, reading);
    const stages = unitStages(m, p);
    if (stages.length === 0) { add(out.organisationWide, kind); continue; }
    const bands = bandsReached(m, stages);
    if (bands.size > 1 && spanning === 'neither') continue;
    if (bands.has('upstream')) add(out.upstream, kind);
    if (bands.has('downstream')) add(out.downstream, kind);
  }
  return out;
}

/** Every framework and all together, under both readings and both ways of counting a spanning unit. */
export const completeAsymmetryTable = (m: Model) =>
  (['all', ...FRAMEWORKS] as const).flatMap((f) => (['paper', 'alternative'] as const).flatMap((r) => (['both', 'neither'] as const).map((s) => completeAsymmetry(m, f, r, s))));

/** Share of a band's units of one kind, as a whole percentage; undefined for an empty band. */
export const share = (s: KindSplit, k: Kind) => (s.total ? Math.round((100 * s[k]) / s.total) : undefined);

/** Whether the paper's pattern holds in this count: upstream mostly decision-shaping and downstream mostly evidence-producing. */
export const patternHolds = (a: CompleteAsymmetry) =>
  a.upstream['decision-shaping'] > a.upstream['evidence-producing'] && a.downstream['evidence-producing'] > a.downstream['decision-shaping'];

