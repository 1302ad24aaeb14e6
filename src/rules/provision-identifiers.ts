import type { FrameworkKey } from '../schemas/provision.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

/** The pinned list each framework's provisions are checked against: `content/identifiers/<framework>.yaml`. */
export const PROVISION_LISTS: Record<FrameworkKey, string> = {
  'nist-ai-rmf': 'nist-ai-rmf',
  'nist-ai-600-1': 'nist-ai-600-1',
  'eu-ai-act': 'eu-ai-act',
  'iso-42001': 'iso-42001',
};

/** An AI 600-1 reference names the risk and its section: "Confabulation (AI 600-1 §2.2)". */
const NIST600_REFERENCE = /^(.+) \(AI 600-1 (§2\.\d+)\)$/;
/** An EU AI Act part such as "Art. 53(1)(d)" or "Art. 10(3)": the article, then one or more bracketed parts. */
const EU_PART = /^(Art\. \d+)(\([^()]+\))+$/;

/**
 * How a provision's `reference` reads against its list: the list ID it must be on, whether it is a part
 * of that ID (so the list's name is not its title), and, for AI 600-1, the risk name the reference spells out.
 * Undefined when the reference does not have the form the framework's provisions use.
 */
export function listIdOf(framework: FrameworkKey, reference: string): { id: string; part: boolean; name?: string } | undefined {
  if (framework === 'nist-ai-600-1') {
    const m = NIST600_REFERENCE.exec(reference);
    return m ? { id: m[2]!, part: false, name: m[1]! } : undefined;
  }
  if (framework === 'eu-ai-act') {
    const m = EU_PART.exec(reference);
    if (m) return { id: m[1]!, part: true };
  }
  return { id: reference, part: false };
}

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
