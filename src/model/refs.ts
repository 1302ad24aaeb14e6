/**
 * Every ID-valued field of every entry, with the collection it points into. One enumeration serves the
 * dangling-reference rule and the backlinks every page can show.
 */
import { PROSE_COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { unitCollection } from '../schemas/ids.ts';
import type { Model } from './model.ts';

export type Found = { file: string; field: string; target: CollectionName; id: string };

export function* references(m: Model): Generator<Found> {
  for (const s of m.stages) {
    yield { file: s.file, field: 'layer', target: 'layers', id: s.data.layer };
    for (const [i, a] of s.data.attackSurface.actors.entries()) yield { file: s.file, field: `attackSurface.actors[${i}]`, target: 'actors', id: a };
    for (const [i, l] of s.data.llmops.entries()) yield { file: s.file, field: `llmops[${i}]`, target: 'llmops', id: l };
    for (const [i, g] of s.data.categories.entries()) yield { file: s.file, field: `categories[${i}]`, target: 'categories', id: g };
    for (const [i, t] of s.data.guidance.threats.entries()) {
      yield { file: s.file, field: `guidance.threats[${i}].actor`, target: 'actors', id: t.actor };
      for (const [j, r] of t.sources.entries()) yield { file: s.file, field: `guidance.threats[${i}].sources[${j}]`, target: 'references', id: r };
    }
  }
  for (const l of m.llmops) {
    for (const [i, c] of l.data.cascadesTo.entries()) yield { file: l.file, field: `cascadesTo[${i}].id`, target: 'llmops', id: c.id };
    if (l.data.loop) {
      yield { file: l.file, field: 'loop.from', target: 'stages', id: l.data.loop.from };
      yield { file: l.file, field: 'loop.to', target: 'stages', id: l.data.loop.to };
    }
  }
  for (const l of m.identifiers) yield { file: l.file, field: 'source', target: 'references', id: l.data.source };
  for (const s of m.schedules) yield { file: s.file, field: 'source', target: 'references', id: s.data.source };
  for (const a of m.amendments) {
    yield { file: a.file, field: 'amends', target: 'schedules', id: a.data.amends };
    for (const [i, r] of a.data.sources.entries()) yield { file: a.file, field: `sources[${i}]`, target: 'references', id: r };
  }
  for (const p of m.provisions) {
    if (p.data.parent) yield { file: p.file, field: 'parent', target: 'provisions', id: p.data.parent };
    for (const [i, g] of p.data.categories.entries()) yield { file: p.file, field: `categories[${i}]`, target: 'categories', id: g };
    for (const [i, s] of p.data.stages.entries()) yield { file: p.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
  }
  for (const a of m.actions) {
    yield { file: a.file, field: 'subcategory', target: 'provisions', id: a.data.subcategory };
    for (const [i, r] of a.data.risks.entries()) yield { file: a.file, field: `risks[${i}]`, target: 'provisions', id: r };
    for (const [i, s] of a.data.stages.entries()) yield { file: a.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
  }
  for (const r of m.table3) {
    yield { file: r.file, field: 'id (file name)', target: 'categories', id: r.id };
    for (const [i, c] of r.data.citations.entries())
      for (const [j, p] of c.provisions.entries()) yield { file: r.file, field: `citations[${i}].provisions[${j}]`, target: 'provisions', id: p };
  }
  for (const h of m.handoffs) {
    yield { file: h.file, field: 'from', target: 'layers', id: h.data.from };
    yield { file: h.file, field: 'to', target: 'layers', id: h.data.to };
    for (const [i, e] of h.data.evidence.entries())
      for (const [j, p] of e.provisions.entries()) yield { file: h.file, field: `evidence[${i}].provisions[${j}]`, target: 'provisions', id: p };
    for (const [i, g] of h.data.categories.entries()) yield { file: h.file, field: `categories[${i}]`, target: 'categories', id: g };
    for (const [i, e] of h.data.evidence.entries()) {
      yield { file: h.file, field: `evidence[${i}].producedAt`, target: 'stages', id: e.producedAt };
      yield { file: h.file, field: `evidence[${i}].usedAt`, target: 'stages', id: e.usedAt };
    }
  }
  for (const t of m.tiers) {
    const units = [
      ...t.data.steps.flatMap((s, i) => s.units.map((u, j) => ({ field: `steps[${i}].units[${j}]`, u }))),
      ...t.data.leavesUncovered.flatMap((s, i) => s.units.map((u, j) => ({ field: `leavesUncovered[${i}].units[${j}]`, u }))),
    ];
    for (const { field, u } of units) yield { file: t.file, field, target: unitCollection(u) ?? 'stages', id: u };
    for (const [i, s] of t.data.steps.entries())
      for (const [j, r] of s.sources.entries()) yield { file: t.file, field: `steps[${i}].sources[${j}]`, target: 'references', id: r };
  }
  for (const p of m.phases) {
    yield { file: p.file, field: 'source', target: 'references', id: p.data.source };
    for (const [i, s] of p.data.stages.entries()) yield { file: p.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
    for (const [i, l] of p.data.llmops.entries()) yield { file: p.file, field: `llmops[${i}].id`, target: 'llmops', id: l.id };
    for (const [i, g] of p.data.categories.entries()) yield { file: p.file, field: `categories[${i}]`, target: 'categories', id: g };
  }
  for (const x of m.incidents) {
    for (const [i, s] of x.data.stages.entries()) yield { file: x.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
    for (const [i, l] of x.data.llmops.entries()) yield { file: x.file, field: `llmops[${i}].id`, target: 'llmops', id: l.id };
    yield { file: x.file, field: 'caughtAt.stage', target: 'stages', id: x.data.caughtAt.stage };
    for (const [i, e] of x.data.missingEvidence.entries()) yield { file: x.file, field: `missingEvidence[${i}].provision`, target: 'provisions', id: e.provision };
    for (const [i, r] of x.data.sources.entries()) yield { file: x.file, field: `sources[${i}]`, target: 'references', id: r };
  }
  for (const f of m.frameworks) if (f.data.reference) yield { file: f.file, field: 'reference', target: 'references', id: f.data.reference };
  for (const name of PROSE_COLLECTIONS)
    for (const e of m[name]) for (const [i, r] of e.cites.entries()) yield { file: e.file, field: `body :cite #${i + 1}`, target: 'references', id: r };
}


/** The source entry of each reference, keyed by file, so a backlink can name the page it comes from. */
const SOURCES = ['stages', 'provisions', 'table3', 'handoffs', 'incidents', 'frameworks', 'llmops', 'categories', 'tiers', 'phases'] as const;

export interface Backlink { collection: CollectionName; id: string; field: string }

const index = new WeakMap<Model, Map<string, Backlink[]>>();

/** Every reference of the model grouped by its target, computed once per model. */
function backlinkIndex(m: Model): Map<string, Backlink[]> {
  const hit = index.get(m);
  if (hit) return hit;
  const byFile = new Map<string, { collection: CollectionName; id: string }>();
  for (const c of SOURCES) for (const e of m[c]) byFile.set(e.file, { collection: c, id: e.id });
  const out = new Map<string, Backlink[]>();
  for (const r of references(m)) {
    const src = byFile.get(r.file);
    if (!src) continue;
    const key = `${r.target}\0${r.id}`;
    out.set(key, [...(out.get(key) ?? []), { ...src, field: r.field }]);
  }
  index.set(m, out);
  return out;
}

/** Entries whose fields or citations point at `id` in `target`, in model order, one per field. */
export const backlinks = (m: Model, target: CollectionName, id: string): Backlink[] => backlinkIndex(m).get(`${target}\0${id}`) ?? [];
