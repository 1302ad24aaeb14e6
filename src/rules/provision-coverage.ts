import type { Model } from '../model/model.ts';
import { FRAMEWORK_NAMES, FRAMEWORKS } from '../schemas/provision.ts';
import { listIdOf, PROVISION_LISTS } from '../model/provision-ids.ts';
import type { Rule } from './rule.ts';

/**
 * The pinned lists of the four governance frameworks are complete official lists (their coverage of the
 * official texts is tested in provision-coverage.test.ts), so an item without an entry is a provision
 * the site silently leaves unmapped.
 */
export const pinnedListCovered: Rule = {
  name: 'pinned-list-covered',
  description: 'Every item on the pinned list of a governance framework (NIST AI RMF, AI 600-1, EU AI Act, ISO/IEC 42001) has a provision entry, so no official provision is left unplaced.',
  check: (m: Model) =>
    FRAMEWORKS.flatMap((framework) => {
      const list = m.byId.identifiers.get(PROVISION_LISTS[framework]);
      if (!list) return [];
      const entered = new Set(m.provisions.filter((p) => p.data.framework === framework)
        .map((p) => listIdOf(framework, p.data.reference))
        .filter((at) => at && !at.part).map((at) => at!.id));
      return list.data.items.flatMap((item, i) => entered.has(item.id) || m.unreadable.provisions.size ? [] : [{
        file: list.file,
        field: `items[${i}].id`,
        message: `expected a provision entry in content/provisions/ for ${item.id} (${item.name.length > 60 ? `${item.name.slice(0, 57)}...` : item.name}), since every item of ${FRAMEWORK_NAMES[framework]} is placed in the lifecycle or marked organisation-wide; found none`,
      }]);
    }),
};
