import { listIdOf, PROVISION_LISTS } from '../model/provision-ids.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

export const provisionOnPinnedList: Rule = {
  name: 'provision-on-pinned-list',
  description: "Every provision's reference (or, for a part such as Art. 53(1)(d), its article) is on its framework's pinned official list, and its title is the name the list gives it.",
  check: (m: Model) =>
    m.provisions.flatMap((p) => {
      const { framework, reference, title } = p.data;
      const key = PROVISION_LISTS[framework];
      const list = m.byId.identifiers.get(key);
      if (!list) return [{ file: p.file, field: 'framework', message: `expected the pinned list content/identifiers/${key}.yaml; found none` }];
      const names = new Map(list.data.items.map((i) => [i.id, i.name]));
      const where = `the pinned list ${list.data.name} (${list.data.edition})`;
      const at = listIdOf(framework, reference);
      if (!at) return [{ file: p.file, field: 'reference', message: `expected a reference of the form "<risk name> (AI 600-1 §2.N)"; found "${reference}"` }];
      const official = names.get(at.id);
      if (official === undefined)
        return [{ file: p.file, field: 'reference', message: at.part
          ? `expected the enclosing article ${at.id} on ${where}; found "${reference}", whose article is not listed`
          : `expected an ID on ${where}; found "${reference}"` }];
      if (at.name !== undefined && at.name !== official)
        return [{ file: p.file, field: 'reference', message: `expected "${official} (AI 600-1 ${at.id})" (the official name of ${at.id}); found "${reference}"` }];
      if (title === undefined) return [];
      if (at.part)
        return [{ file: p.file, field: 'title', message: `expected no title on a part (the list names ${at.id}, not ${reference}); found "${title}"` }];
      if (title !== official) return [{ file: p.file, field: 'title', message: `expected "${official}" (the official title of ${at.id}); found "${title}"` }];
      return [];
    }),
};
