/**
 * The structural asymmetry (Section 6.3): decision-shaping vs evidence-producing provisions, upstream
 * (Layers 1–2) vs downstream (Layers 2/3–4). The paper's figures are reproduced from the Table 3 rows
 * under a stated counting convention; nothing here knows what the paper's numbers are.
 */
import type { Kind } from '../schemas/index.ts';
import { bandOfPlacement } from './layers.ts';
import type { Model, Provision, Table3Row } from './model.ts';
import { countingUnits, kindUnder, unitStages, type Band, type Reading } from './asymmetry-complete.ts';

export { kindUnder, type Band, type Reading };

type Citation = Table3Row['data']['citations'][number];

/** How a Table 3 citation turns into counted units. The paper never states its convention (facts §6d). */
export const CONVENTIONS = {
  A: { label: 'One unit per printed citation; every range and list kept as one', expand: (_c: Citation) => false },
  B: { label: 'As A, but NIST category ranges expanded (MEASURE 1–2 counts 2); EU article ranges kept as one', expand: (c: Citation) => c.form === 'range' && c.framework === 'nist-ai-rmf' },
  C: { label: 'As A, but the AI 600-1 citation counted as its named risks', expand: (c: Citation) => c.form === 'list' && c.framework === 'nist-ai-600-1' },
  D: { label: 'Every numbered range expanded (NIST and EU); lists kept as one', expand: (c: Citation) => c.form === 'range' },
  E: { label: 'Everything expanded: every provision named counts once per citation', expand: (c: Citation) => c.form === 'range' || c.form === 'list' },
} as const;
export type Convention = keyof typeof CONVENTIONS;
export const DEFAULT_CONVENTION: Convention = 'B';


export interface CountedUnit {
  category: string;
  /** The printed label, or the provision's reference when the citation was expanded. */
  label: string;
  provisions: string[];
  kind: Kind;
}
export interface BandCount {
  total: number;
  'decision-shaping': number;
  'evidence-producing': number;
  units: CountedUnit[];
}
export interface Table3Count {
  convention: Convention;
  reading: Reading;
  total: number;
  bands: Record<Band, BandCount>;
  /** Rows left out because their category is cross-cutting, with the reason shown on the page. */
  excludedCategories: string[];
}

const emptyBand = (): BandCount => ({ total: 0, 'decision-shaping': 0, 'evidence-producing': 0, units: [] });

/** Counts Table 3's lifecycle-bound rows (categories with a layer placement) under one convention and reading. */
export function countTable3(m: Model, convention: Convention = DEFAULT_CONVENTION, reading: Reading = 'paper'): Table3Count {
  const bands: Record<Band, BandCount> = { upstream: emptyBand(), downstream: emptyBand() };
  const excludedCategories: string[] = [];
  for (const row of m.table3) {
    const category = m.byId.categories.get(row.id);
    if (!category) continue;
    const band = bandOfPlacement(m, category.data.placement);
    if (!band) {
      excludedCategories.push(row.id);
      continue;
    }
    for (const c of row.data.citations) {
      const ps = c.provisions.map((id) => m.byId.provisions.get(id)!).filter(Boolean);
      if (ps.length === 0) continue; // `unspecific` citations name nothing to classify (rule table3-citation-shape)
      const units: CountedUnit[] = CONVENTIONS[convention].expand(c)
        ? ps.map((p) => ({ category: row.id, label: p.data.reference, provisions: [p.id], kind: kindUnder(p, reading) }))
        : [{ category: row.id, label: c.label, provisions: ps.map((p) => p.id), kind: kindUnder(ps[0], reading) }];
      for (const u of units) {
        bands[band].units.push(u);
        bands[band].total++;
        bands[band][u.kind]++;
      }
    }
  }
  return { convention, reading, total: bands.upstream.total + bands.downstream.total, bands, excludedCategories };
}

export interface LayerKinds {
  layer: string;
  'decision-shaping': Provision[];
  'evidence-producing': Provision[];
}

/**
 * The same question asked of our own stage mapping instead of Table 3: for each layer, the counted
 * obligations of the complete frameworks (src/model/asymmetry-complete.ts) mapped to at least one of its
 * stages, by kind. An obligation mapped to two layers counts in both; organisation-wide ones in none.
 */
export function kindsByStageLayer(m: Model, reading: Reading = 'paper'): LayerKinds[] {
  const units = countingUnits(m).map((p) => ({ p, layers: new Set(unitStages(m, p).map((s) => m.byId.stages.get(s)?.data.layer)) }));
  return m.layers.map((l) => {
    const ps = units.filter((u) => u.layers.has(l.id)).map((u) => u.p);
    return {
      layer: l.id,
      'decision-shaping': ps.filter((p) => kindUnder(p, reading) === 'decision-shaping'),
      'evidence-producing': ps.filter((p) => kindUnder(p, reading) === 'evidence-producing'),
    };
  });
}

/** Provisions whose classification is contested: the alternative reading differs from the paper's. */
export const contested = (m: Model) => m.provisions.filter((p) => p.data.alternative && p.data.alternative.kind !== p.data.kind);
