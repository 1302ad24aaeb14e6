import { bandOfPlacement } from '../model/layers.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

export const table3CitationShape: Rule = {
  name: 'table3-citation-shape',
  description: "A Table 3 citation names provisions of its own framework, as many as its form says (one for single, two or more for range and list, none for unspecific, which needs a note).",
  check: (m) =>
    m.table3.flatMap((r) =>
      r.data.citations.flatMap((c, i) => {
        const out: ReturnType<Rule['check']> = [];
        const field = `citations[${i}]`;
        const n = c.provisions.length;
        const expected = { single: n === 1, range: n >= 2, list: n >= 2, unspecific: n === 0 }[c.form];
        if (!expected)
          out.push({ file: r.file, field: `${field}.provisions`, message: `expected ${{ single: 'exactly one provision', range: 'two or more provisions', list: 'two or more provisions', unspecific: 'no provisions' }[c.form]} for form "${c.form}" ("${c.label}"); found ${n}` });
        if (c.form === 'unspecific' && !c.note)
          out.push({ file: r.file, field: `${field}.note`, message: `expected a note saying why "${c.label}" names no provision; found none` });
        for (const [j, id] of c.provisions.entries()) {
          const p = m.byId.provisions.get(id);
          if (p && p.data.framework !== c.framework)
            out.push({ file: r.file, field: `${field}.provisions[${j}]`, message: `expected a ${c.framework} provision; found ${id}, which is ${p.data.framework}` });
          if (p && m.byId.categories.has(r.id) && !p.data.categories.includes(r.id))
            out.push({ file: p.file, field: 'categories', message: `expected ${r.id} in the list, because Table 3 cites ${p.data.reference} in row ${r.id}; found [${p.data.categories.join(', ')}]` });
        }
        return out;
      }),
    ),
};

/**
 * A citation counted as one unit must have one classification; otherwise the asymmetry count would
 * depend on which of its provisions is picked. Only rows the asymmetry counts (categories placed at a
 * layer) are concerned: a cross-cutting row such as "GOVERN (all 6)" legitimately mixes kinds.
 */
export const table3CitationHomogeneous: Rule = {
  name: 'table3-citation-homogeneous',
  description: 'In the rows the asymmetry counts, all provisions grouped under one citation share their classification, under both readings.',
  check: (m) =>
    m.table3.flatMap((r) => {
      const category = m.byId.categories.get(r.id);
      if (!category || !bandOfPlacement(m, category.data.placement)) return [];
      return r.data.citations.flatMap((c, i) => {
        const ps = c.provisions.map((id) => m.byId.provisions.get(id)).filter((p) => p !== undefined);
        const kinds = new Set(ps.map((p) => p.data.kind));
        const alt = new Set(ps.map((p) => p.data.alternative?.kind ?? p.data.kind));
        return kinds.size > 1 || alt.size > 1
          ? [{ file: r.file, field: `citations[${i}].provisions`, message: `expected the provisions of "${c.label}" to share one classification; found ${ps.map((p) => `${p.id}: ${p.data.kind}${p.data.alternative ? ` (alt. ${p.data.alternative.kind})` : ''}`).join('; ')}` }]
          : [];
      });
    }),
};

/** Provisions come from the paper's Table 3 or its Section 6.2 handoffs; anything else is an orphan. */
export const provisionIsCited: Rule = {
  name: 'provision-is-cited',
  description: "Every provision the paper glosses (it has a `paperLabel`) is cited by a Table 3 row or by a handoff, so the paper's mapping loses no entry; the complete-framework entries are placed by their stages instead (rule provision-placed).",
  check: (m) => {
    const cited = new Set([
      ...m.table3.flatMap((r) => r.data.citations.flatMap((c) => c.provisions)),
      ...m.handoffs.flatMap((h) => h.data.evidence.flatMap((e) => e.provisions)),
    ]);
    return m.provisions
      .filter((p) => p.data.paperLabel !== undefined && !cited.has(p.id) && !m.provisions.some((q) => q.data.parent === p.id && cited.has(q.id)))
      .map((p) => ({ file: p.file, message: `expected ${p.id} to be cited by a row in content/table3/ or by a handoff's evidence, since it carries the paper's label "${p.data.paperLabel}"; found no citation` }));
  },
};
