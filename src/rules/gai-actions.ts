import { subcategoryOfAction } from '../model/gai-actions.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

export const gaiActionPlaced: Rule = {
  name: 'gai-action-placed',
  description: "Every AI 600-1 suggested action serves the AI RMF subcategory its ID names (GV-1.1-001 → GOVERN 1.1), addresses only AI 600-1 GAI risks, and narrows its stages only to stages its subcategory maps to.",
  check: (m: Model) =>
    m.actions.flatMap((a) => {
      const issues = [];
      const expected = subcategoryOfAction(a.id);
      if (a.data.subcategory !== expected)
        issues.push({ file: a.file, field: 'subcategory', message: `expected ${expected} (the subcategory the ID ${a.id} names); found ${a.data.subcategory}` });
      const sub = m.byId.provisions.get(a.data.subcategory);
      if (sub && sub.data.framework !== 'nist-ai-rmf')
        issues.push({ file: a.file, field: 'subcategory', message: `expected a NIST AI RMF subcategory; found ${sub.id}, a ${sub.data.framework} provision` });
      for (const [i, r] of a.data.risks.entries()) {
        const p = m.byId.provisions.get(r);
        if (p && p.data.framework !== 'nist-ai-600-1')
          issues.push({ file: a.file, field: `risks[${i}]`, message: `expected an AI 600-1 GAI risk (a nist600-… provision); found ${r}, a ${p.data.framework} provision` });
      }
      const allowed = new Set(sub?.data.stages.map((s) => s.stage) ?? []);
      for (const [i, s] of a.data.stages.entries())
        if (sub && allowed.size && !allowed.has(s.stage))
          issues.push({ file: a.file, field: `stages[${i}].stage`, message: `expected one of the stages ${sub.data.reference} maps to (${[...allowed].join(', ')}), since an action narrows its subcategory; found ${s.stage}` });
      return issues;
    }),
};
