import { COLLECTIONS } from '../schemas/index.ts';
import { references } from '../model/refs.ts';
import type { Rule } from './rule.ts';

export const danglingReference: Rule = {
  name: 'dangling-reference',
  description: 'Every ID written in a field or a :cite[key] names an existing entry of the right collection.',
  check: (m) =>
    [...references(m)]
      .filter((r) => !m.byId[r.target].has(r.id))
      .map((r) => ({ file: r.file, field: r.field, message: `expected an existing ${COLLECTIONS[r.target].noun} ID; found "${r.id}", which matches no file in content/${r.target}/` })),
};
