/** The identifier forms a reader may type for a provision, indexed as its search keywords. */
import { describe, expect, it } from 'vitest';
import { identifierForms, searchAliases, searchKeywords } from './search.ts';
import { loadModel } from './load.ts';

const m = loadModel();

describe('identifier forms', () => {
  it.each([
    ['Art. 15(5)', ['Article 15(5)', 'Art 15(5)']],
    ['Cl. 6.1.2', ['Clause 6.1.2']],
    ['MEASURE 2.7', ['MS-2.7', 'Measure 2.7']],
    ['A.6.2.6', ['Annex A.6.2.6']],
    ['Confabulation (AI 600-1 §2.2)', ['Confabulation', 'AI 600-1 2.2']],
  ])('%s is also found as %j', (reference, forms) => {
    expect(identifierForms(reference)).toEqual(expect.arrayContaining([reference, ...forms]));
  });
  it("puts a subcategory's AI 600-1 action IDs among its keywords, and its aliases apart", () => {
    expect(searchKeywords(m, 'provisions', 'nist-govern-1-1')).toContain('GV-1.1-001');
    const p = m.provisions.find((x) => x.data.aliases.length)!;
    expect(searchAliases(m, 'provisions', p.id)).toEqual(p.data.aliases);
    expect(searchKeywords(m, 'provisions', p.id)).not.toContain(p.data.aliases[0]);
  });
});
