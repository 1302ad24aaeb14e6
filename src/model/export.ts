/**
 * Machine-readable exports of the model for other tools: every collection as JSON (with its JSON Schema
 * generated from the Zod schema), the computed figures, and the cross-reference tables as rows for CSV.
 * Pure functions; `src/site/exchange.ts` only serialises them.
 */
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { applicationOf } from './application.ts';
import { countTable3, CONVENTIONS, kindsByStageLayer, type Convention } from './asymmetry.ts';
import { completeAsymmetryTable } from './asymmetry-complete.ts';
import { stagesOfAction } from './gai-actions.ts';
import { checkClaims } from './claims.ts';
import { derivePhase } from './llmops-phases.ts';
import type { Model } from './model.ts';
import { pathOf, type Routed } from './urls.ts';
import { addressableUnits } from './units.ts';
import { incidentKindCounts } from './xref.ts';

export const EXPORT_COLLECTIONS = Object.keys(COLLECTIONS) as CollectionName[];
const ROUTED = new Set<string>(['layers', 'stages', 'llmops', 'categories', 'provisions', 'handoffs', 'actors', 'frameworks', 'incidents']);

/** The derived application dates a provision export carries (src/model/application.ts): one per scope it names. */
const applicationJson = z.array(z.strictObject({
  scope: z.string().describe('The scope key, as the provision names it.'),
  label: z.string(),
  date: z.iso.date().describe('The date in force, derived from the schedule and its amendments.'),
  history: z.array(z.strictObject({
    date: z.iso.date(),
    basis: z.string().describe('The provision that set the date, or what the amendment changed.'),
    amendment: z.string().optional().describe('The amendment (an ID in amendments.json) that set it; absent for the schedule as adopted.'),
  })).describe('Oldest first; the last step is the date in force.'),
  checked: z.iso.date().describe('The day the date in force was last checked.'),
  sources: z.array(z.string()).describe('Reference keys for the date in force.'),
})).describe('Derived, not typed: the application date of each scope the provision names, with its history.');

/** Fields an export adds to a collection's entries beyond what the content holds. */
const DERIVED: Partial<Record<CollectionName, Record<string, z.ZodType>>> = { provisions: { application: applicationJson.optional() } };

/** One collection as an array of `{ id, ...fields }`, plus `body` (Markdown source) and `page` where they exist. */
export function collectionExport(m: Model, name: CollectionName): Record<string, unknown>[] {
  return m[name].map((e) => ({
    id: e.id,
    ...(e.data as object),
    ...(e.body.trim() ? { body: e.body.trim() } : {}),
    ...(ROUTED.has(name) ? { page: pathOf(m, name as Routed, e.id) } : {}),
    ...(name === 'provisions' ? provisionApplication(m, e.id) : {}),
  }));
}

function provisionApplication(m: Model, id: string) {
  const dates = applicationOf(m, m.byId.provisions.get(id)!);
  return dates.length ? {
    application: dates.map((s) => ({
      scope: s.id, label: s.label, date: s.date,
      history: s.history.map((h) => ({ date: h.date, basis: h.basis, ...(h.amendment ? { amendment: h.amendment.id } : {}) })),
      checked: s.checked, sources: s.sources,
    })),
  } : {};
}

/** JSON Schema (draft 2020-12) of one exported collection: the entry schema plus id, body and page. */
export function collectionJsonSchema(name: CollectionName): object {
  const entry = (COLLECTIONS[name].schema as z.ZodObject).extend({
    id: z.string().describe('The entry ID (its file name in content/).'),
    body: z.string().optional().describe('Markdown source of the prose.'),
    page: z.string().optional().describe('Path of the entry page, relative to the site base.'),
    ...DERIVED[name],
  });
  return { $id: `${name}.schema.json`, title: `${COLLECTIONS[name].noun} entries`, ...z.toJSONSchema(z.array(entry), { io: 'output' }) };
}

/** The computed figures: counts, phases, asymmetry under every convention and reading, claims. */
export function statisticsExport(m: Model) {
  return {
    counts: Object.fromEntries(EXPORT_COLLECTIONS.map((c) => [c, m[c].length])),
    addressableUnits: addressableUnits(m).length,
    incidentKinds: Object.fromEntries(incidentKindCounts(m).map((k) => [k.kind, k.count])),
    llmopsPhases: m.llmops.map((l) => ({ id: l.id, stated: l.data.phase, derived: derivePhase(l.data.coverage) })),
    asymmetry: (Object.keys(CONVENTIONS) as Convention[]).flatMap((c) =>
      (['paper', 'alternative'] as const).map((r) => {
        const t = countTable3(m, c, r);
        return { convention: c, reading: r, total: t.total, upstream: { ...t.bands.upstream, units: undefined }, downstream: { ...t.bands.downstream, units: undefined } };
      })),
    completeFrameworks: completeAsymmetryTable(m),
    byStageLayer: kindsByStageLayer(m).map((k) => ({ layer: k.layer, decisionShaping: k['decision-shaping'].map((p) => p.id), evidenceProducing: k['evidence-producing'].map((p) => p.id) })),
    claims: checkClaims(m).map((c) => ({ id: c.claim.id, claimed: c.claim.data.claimed, computed: c.computed, agrees: c.agrees, readings: c.readings })),
  };
}

/** Cross-reference tables as rows (first row is the header), for CSV. */
export function crossReferenceRows(m: Model): Record<string, string[][]> {
  return {
    'stage-provision': [['stage', 'provision', 'framework', 'reference', 'kind', 'rationale'],
      ...m.provisions.flatMap((p) => p.data.stages.map((s) => [s.stage, p.id, p.data.framework, p.data.reference, p.data.kind, s.rationale]))],
    'stage-category': [['stage', 'category'], ...m.stages.flatMap((s) => s.data.categories.map((g) => [s.id, g]))],
    'stage-llmops': [['stage', 'llmops'], ...m.stages.flatMap((s) => s.data.llmops.map((l) => [s.id, l]))],
    'stage-actor': [['stage', 'actor'], ...m.stages.flatMap((s) => s.data.attackSurface.actors.map((a) => [s.id, a]))],
    'provision-category': [['provision', 'framework', 'category'], ...m.provisions.flatMap((p) => p.data.categories.map((g) => [p.id, p.data.framework, g]))],
    'action-stage': [['action', 'subcategory', 'stage', 'narrowed'], ...m.actions.flatMap((a) => stagesOfAction(m, a).map((s) => [a.id, a.data.subcategory, s, a.data.stages.length ? 'yes' : 'no']))],
    'incident-stage': [['incident', 'stage', 'role'], ...m.incidents.flatMap((x) => x.data.stages.map((s) => [x.id, s.stage, s.role]))],
  };
}
