import { describe, expect, it } from 'vitest';
import { loadModel } from './load.ts';
import { backlinks } from './refs.ts';

describe('backlinks', () => {
  const m = loadModel();
  it('list every entry pointing at a stage, with the field', () => {
    const links = backlinks(m, 'stages', '2.4');
    const fromProvisions = m.provisions.filter((p) => p.data.stages.some((s) => s.stage === '2.4')).map((p) => p.id);
    expect(links.filter((b) => b.collection === 'provisions').map((b) => b.id)).toEqual(fromProvisions);
    expect(links).toContainEqual(expect.objectContaining({ collection: 'incidents', id: 'rlhf-reward-poisoning' }));
  });
  it('list the pages citing a reference', () => {
    const links = backlinks(m, 'references', 'wang2024rlhfpoison');
    expect(links.some((b) => b.collection === 'stages' && b.id === '2.4')).toBe(true);
    expect(links.every((b) => /^(body|sources|guidance.threats|steps)/.test(b.field))).toBe(true);
  });
  it('are empty for an entry nothing points at', () => {
    expect(backlinks(m, 'stages', '9.9')).toEqual([]);
  });
});
