import { COLLECTIONS } from '../schemas/index.ts';
import { references, type Found } from '../model/refs.ts';
import type { Rule } from './rule.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const danglingReference: Rule = {
  name: 'dangling-reference',
  description: 'Every ID written in a field or a :cite[key] names an existing entry of the right collection; references to a file that cannot be read are reported once, on that file.',
  check: (m) => {
    const dangling: Found[] = [];
    // References to a file that exists but could not be read: one issue on that file, not one per reference.
    const unchecked = new Map<string, { file: string; noun: string; id: string; refs: Found[] }>();
    for (const r of references(m)) {
      if (m.byId[r.target].has(r.id)) continue;
      const file = m.unreadable[r.target].get(r.id);
      if (file === undefined) {
        dangling.push(r);
        continue;
      }
      const hit = unchecked.get(file) ?? { file, noun: COLLECTIONS[r.target].noun, id: r.id, refs: [] };
      hit.refs.push(r);
      unchecked.set(file, hit);
    }
    return [
      ...dangling.map((r) => ({ file: r.file, field: r.field, message: `expected an existing ${COLLECTIONS[r.target].noun} ID; found "${r.id}", which matches no file in content/${r.target}/` })),
      ...[...unchecked.values()].map(({ file, noun, id, refs }) => ({
        file,
        message: `${plural(refs.length, 'reference')} to ${noun} "${id}" in ${plural(new Set(refs.map((r) => r.file)).size, 'file')} could not be checked, because this file could not be read; they are checked once it is fixed`,
      })),
    ];
  },
};
