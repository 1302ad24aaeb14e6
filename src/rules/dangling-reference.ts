import type { CollectionName } from '../schemas/index';
import type { Model } from '../model/model';
import type { Rule } from './rule';

type Found = { file: string; field: string; target: CollectionName; id: string };

/** Every ID-valued field of every entry, with the collection it must point into. */
export function* references(m: Model): Generator<Found> {
  for (const s of m.stages) {
    yield { file: s.file, field: 'layer', target: 'layers', id: s.data.layer };
    for (const [i, a] of s.data.attackSurface.actors.entries()) yield { file: s.file, field: `attackSurface.actors[${i}]`, target: 'actors', id: a };
    for (const [i, l] of s.data.llmops.entries()) yield { file: s.file, field: `llmops[${i}]`, target: 'llmops', id: l };
    for (const [i, g] of s.data.categories.entries()) yield { file: s.file, field: `categories[${i}]`, target: 'categories', id: g };
  }
  for (const p of m.provisions) {
    if (p.data.parent) yield { file: p.file, field: 'parent', target: 'provisions', id: p.data.parent };
    for (const [i, g] of p.data.categories.entries()) yield { file: p.file, field: `categories[${i}]`, target: 'categories', id: g };
    for (const [i, s] of p.data.stages.entries()) yield { file: p.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
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
  }
  for (const x of m.incidents) {
    for (const [i, s] of x.data.stages.entries()) yield { file: x.file, field: `stages[${i}].stage`, target: 'stages', id: s.stage };
    for (const [i, l] of x.data.llmops.entries()) yield { file: x.file, field: `llmops[${i}]`, target: 'llmops', id: l };
    for (const [i, r] of x.data.sources.entries()) yield { file: x.file, field: `sources[${i}]`, target: 'references', id: r };
  }
  for (const f of m.frameworks) if (f.data.reference) yield { file: f.file, field: 'reference', target: 'references', id: f.data.reference };
  for (const name of ['stages', 'llmops', 'categories', 'provisions', 'handoffs', 'incidents'] as const)
    for (const e of m[name]) for (const [i, r] of e.cites.entries()) yield { file: e.file, field: `body <Cite> #${i + 1}`, target: 'references', id: r };
}

export const danglingReference: Rule = {
  name: 'dangling-reference',
  description: 'Every ID written in a field or a <Cite> names an existing entry of the right collection.',
  check: (m) =>
    [...references(m)]
      .filter((r) => !m.byId[r.target].has(r.id))
      .map((r) => ({ file: r.file, field: r.field, message: `expected an existing ${r.target} ID; found "${r.id}", which matches no file in content/${r.target}/` })),
};
