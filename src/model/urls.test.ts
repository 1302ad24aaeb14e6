import { describe, expect, it } from 'vitest';
import { loadModel } from './load.ts';
import { pathOf, shortAliases, slugify } from './urls.ts';

describe('page paths', () => {
  const m = loadModel();
  it('are readable and carry the ID', () => {
    expect(pathOf(m, 'stages', '2.4')).toBe('stages/2-4-alignment/');
    expect(pathOf(m, 'llmops', 'L.7')).toBe('llmops/l-7-human-feedback-integration/');
    expect(pathOf(m, 'categories', 'G.5')).toBe('governance/g-5-regulatory-compliance/');
    expect(pathOf(m, 'provisions', 'eu-art-14')).toBe('provisions/eu-art-14/');
  });
  it('are unique across every routed entry', () => {
    const all = (['layers', 'stages', 'llmops', 'categories', 'provisions', 'handoffs', 'actors', 'frameworks', 'incidents'] as const)
      .flatMap((c) => m[c].map((e) => pathOf(m, c, e.id)));
    expect(new Set(all).size).toBe(all.length);
  });
  it('give every stage, sub-stage, category, handoff and provision a short alias', () => {
    const aliases = new Map(shortAliases(m).map((a) => [a.from, a.to]));
    expect(aliases.get('s/2.4/')).toBe('stages/2-4-alignment/');
    expect(aliases.get('s/L.7/')).toBe(pathOf(m, 'llmops', 'L.7'));
    expect(aliases.get('s/l.7/')).toBe(pathOf(m, 'llmops', 'L.7'));
    expect(aliases.get('s/eu-art-14/')).toBe('provisions/eu-art-14/');
    for (const s of m.stages) expect(aliases.get(`s/${s.id}/`)).toBe(pathOf(m, 'stages', s.id));
  });
  it('slugify folds punctuation and accents', () => {
    expect(slugify('AI Bill of Materials (AIBOM) & Model Provenance')).toBe('ai-bill-of-materials-aibom-and-model-provenance');
    expect(slugify('Ré-évaluation')).toBe('re-evaluation');
  });
});

describe('renamed entries', () => {
  it('keep their former short link and former page as redirects to the current page', async () => {
    const { cleanFixtures, fixture } = await import('../test/fixture.ts');
    const { validateContent } = await import('./load.ts');
    const root = fixture({ file: 'provisions/eu-art-14.mdx', replace: /^framework: /m, with: 'formerIds: [eu-art-14-old]\nframework: ' },
      { file: 'stages/2.4.mdx', replace: /^layer: /m, with: "formerIds: ['2.99']\nlayer: " });
    const m = validateContent(root).model;
    const aliases = shortAliases(m);
    expect(aliases).toContainEqual({ from: 's/2.99/', to: 'stages/2-4-alignment/' });
    expect(aliases).toContainEqual({ from: 'stages/2-99-alignment/', to: 'stages/2-4-alignment/' });
    expect(aliases).toContainEqual({ from: 'provisions/eu-art-14-old/', to: 'provisions/eu-art-14/' });
    cleanFixtures();
  });
});
