import type { Model } from '../model/model.ts';
import { listIdOf, PROVISION_LISTS } from '../model/provision-ids.ts';
import type { Rule } from './rule.ts';

/**
 * An EU AI Act entry binds exactly whom its article binds, as the reviewed addressee table on the pinned
 * list records it (`binds` on the items of `content/identifiers/eu-ai-act.yaml`); an entry for a part of
 * an article (Art. 53(1)(d)) binds some of them. An article without a reviewed table cannot be cited, so
 * every new EU entry comes with a review of its addressees.
 */
export const bindsNamesAddressees: Rule = {
  name: 'binds-names-addressees',
  description: "Every EU AI Act provision's `binds` lists each addressee its article binds, per the reviewed table on the pinned list (a part of an article: a subset of them), and no one else.",
  check: (m: Model) => {
    const list = m.byId.identifiers.get(PROVISION_LISTS['eu-ai-act']);
    if (!list) return [];
    const items = new Map(list.data.items.map((i) => [i.id, i]));
    return m.provisions.filter((p) => p.data.framework === 'eu-ai-act').flatMap((p) => {
      const at = listIdOf('eu-ai-act', p.data.reference);
      const item = at && items.get(at.id);
      if (!at || !item) return []; // provision-on-pinned-list reports it
      if (!item.binds)
        return [{ file: p.file, field: 'binds', message: `expected a reviewed addressee table (binds) for ${at.id} on ${list.file}; found none, so whom ${p.data.reference} binds is unchecked` }];
      const table = new Map(item.binds.map((b) => [b.role, b.at]));
      const extra = p.data.binds.filter((r) => !table.has(r));
      const missing = at.part ? [] : [...table.keys()].filter((r) => !p.data.binds.includes(r));
      return [
        ...missing.map((r) => ({ file: p.file, field: 'binds', message: `expected "${r}" among the addressees (${at.id} binds it: ${table.get(r)}); found [${p.data.binds.join(', ')}]` })),
        ...extra.map((r) => ({ file: p.file, field: 'binds', message: `expected only addressees ${at.id} binds (${[...table.keys()].join(', ')}); found "${r}"${item.named?.some((n) => n.role === r) ? ', which the article names without binding' : ''}` })),
      ];
    });
  },
};
